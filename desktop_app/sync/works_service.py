"""The application service's works operations (a mixin of :class:`~desktop_app.sync.service.
AppService`): read the cached statements, queue an MOE / MOA action, enable the works run."""

from __future__ import annotations

import dataclasses
import uuid
from concurrent.futures import Future
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop_app.domain.errors import TransitionNotAllowed
from desktop_app.domain.works_circuit import WorksAction, check_action
from desktop_app.models import works as store
from desktop_app.models.audit_store import append_event

if TYPE_CHECKING:
    from desktop_app.models.database import Database
    from desktop_app.sync.engine import SyncEngine


class WorksOperations:
    """Works statements and actions; needs ``database``, ``engine``, ``user``, ``send_soon``."""

    database: Database
    engine: SyncEngine | None
    fixed_today: date | None

    def send_soon(self) -> None:  # provided by AppService
        raise NotImplementedError

    def enable_works(self, enabled: bool) -> None:
        """Turn the engine's works run on or off (the profile's choice, see
        :func:`desktop_app.sync.works.works_enabled`)."""
        if self.engine is not None and self.engine.options.works != enabled:
            self.engine.options = dataclasses.replace(self.engine.options, works=enabled)

    @property
    def works_enabled(self) -> bool:
        return self.engine is not None and self.engine.options.works

    def works_statements(self) -> list[store.StatementView]:
        """Every cached works statement."""
        with self.database.read() as session:
            return store.statements(session)

    def contract_statements(self, contract: str) -> list[store.StatementView]:
        """The statements of one contract, by rank."""
        with self.database.read() as session:
            return store.contract_statements(session, contract)

    def queue_works_action(
        self,
        statement_id: int,
        action: WorksAction,
        comment: str,
        amount: Decimal | None = None,
        *,
        actor: str,
    ) -> Future[int]:
        """Check the action against the cached statement (domain rules) and queue it; it
        leaves at the next run (at once when connected). Raises a DomainError when refused."""
        with self.database.read() as session:
            row = session.get(store.WorksStatement, statement_id)
            if row is None:
                raise TransitionNotAllowed("works.unknown")
            status, roles = row.works_status, row.role_set()
            pending = store.open_actions(session)
        if any(p.statement_id == statement_id for p in pending):
            raise TransitionNotAllowed("works.pending")
        check_action(status, roles, action, comment, amount)

        def work(session: Session) -> int:
            entry = store.WorksActionRow(
                statement_id=statement_id,
                action=action.value,
                from_status=status,
                comment=comment.strip(),
                amount=amount,
                key=uuid.uuid4().hex,
                state=store.QUEUED,
                attempts=0,
                actor=actor,
            )
            session.add(entry)
            session.flush()
            append_event(
                session,
                actor=actor,
                kind="works.queued",
                details={"statement": statement_id, "action": action.value},
            )
            return int(entry.id)

        future = self.database.writer.submit(work)
        future.add_done_callback(self._works_send_soon)
        return future

    def _works_send_soon(self, future: Future[int]) -> None:
        if (
            future.exception() is None
            and self.engine is not None
            and getattr(self, "interval_s", None)
        ):
            self.send_soon()
