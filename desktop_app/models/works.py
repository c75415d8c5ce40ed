"""Works statements seen as MOE / MOA and the works actions' outbox (cache tables of 0010).

Reads run in read sessions; writes are units of work for the single writer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Date, Integer, String, Text, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop_app.domain.works_boxes import BoxCount, Placed, box_counts
from desktop_app.models.base import Base
from desktop_app.models.types import ExactDecimal, UtcDateTime, utc_now

QUEUED, SENDING, SENT, FAILED, CONFLICT = "queued", "sending", "sent", "failed", "conflict"
OPEN_STATES = (QUEUED, SENDING)


class WorksStatement(Base):
    """One works document (état d'acompte, projet de décompte…) as the platform last said."""

    __tablename__ = "works_statements"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    number: Mapped[str] = mapped_column(String(100))
    contract: Mapped[str] = mapped_column(String(100))
    contract_label: Mapped[str] = mapped_column(String(300), default="")
    rank: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(40))
    frame: Mapped[str] = mapped_column(String(80), default="")
    works_status: Mapped[str] = mapped_column("status", String(60))  # the platform's
    status_at: Mapped[datetime] = mapped_column(UtcDateTime)
    deposit_date: Mapped[date] = mapped_column(Date)
    structure_id: Mapped[int | None] = mapped_column(BigInteger)
    service_id: Mapped[int | None] = mapped_column(BigInteger)
    service_code: Mapped[str | None] = mapped_column(String(100))
    supplier_code: Mapped[str] = mapped_column(String(40), default="")
    supplier_name: Mapped[str] = mapped_column(String(300), default="")
    amount_excl_vat: Mapped[Decimal] = mapped_column(ExactDecimal)
    amount_incl_vat: Mapped[Decimal] = mapped_column(ExactDecimal)
    amount_moe: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    amount_moa: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    roles: Mapped[str] = mapped_column(String(20), default="")  # "MOE", "MOA", "MOE MOA"
    history: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of passages
    pulled_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    def role_set(self) -> frozenset[str]:
        return frozenset(self.roles.split())

    def passages(self) -> list[dict[str, Any]]:
        try:
            data = json.loads(self.history)
        except ValueError:
            return []
        return [p for p in data if isinstance(p, dict)] if isinstance(data, list) else []

    def validated(self) -> Decimal | None:
        """The last validated amount: the MOA's, else the MOE's."""
        return self.amount_moa if self.amount_moa is not None else self.amount_moe


class WorksActionRow(Base):
    """An MOE / MOA action waiting to be sent, or its outcome."""

    __tablename__ = "works_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    statement_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str] = mapped_column(String(60))
    comment: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(16), default=QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


@dataclass(frozen=True, slots=True)
class StatementView:
    """A statement as the works window shows it (plain values, no session needed)."""

    id: int
    number: str
    contract: str
    contract_label: str
    rank: int
    kind: str
    frame: str
    status: str
    deposit_date: date
    supplier_name: str
    service_code: str | None
    amount_excl_vat: Decimal
    amount_incl_vat: Decimal
    amount_moe: Decimal | None
    amount_moa: Decimal | None
    roles: frozenset[str]
    history: tuple[dict[str, Any], ...]
    pending_action: str | None  # an action of ours not yet confirmed


def _view(row: WorksStatement, pending: str | None) -> StatementView:
    return StatementView(
        row.id,
        row.number,
        row.contract,
        row.contract_label,
        row.rank,
        row.kind,
        row.frame,
        row.works_status,
        row.deposit_date,
        row.supplier_name,
        row.service_code,
        row.amount_excl_vat,
        row.amount_incl_vat,
        row.amount_moe,
        row.amount_moa,
        row.role_set(),
        tuple(row.passages()),
        pending,
    )


def _pending(session: Session) -> dict[int, str]:
    rows = session.execute(
        select(WorksActionRow.statement_id, WorksActionRow.action).where(
            WorksActionRow.state.in_(OPEN_STATES)
        )
    )
    return {int(sid): str(action) for sid, action in rows}


def statements(session: Session) -> list[StatementView]:
    """Every cached statement, by contract then rank."""
    pending = _pending(session)
    rows = session.scalars(
        select(WorksStatement).order_by(WorksStatement.contract, WorksStatement.rank)
    )
    return [_view(r, pending.get(r.id)) for r in rows]


def contract_statements(session: Session, contract: str) -> list[StatementView]:
    """The statements of one contract (dossier de facturation), by rank."""
    pending = _pending(session)
    rows = session.scalars(
        select(WorksStatement)
        .where(WorksStatement.contract == contract)
        .order_by(WorksStatement.rank, WorksStatement.id)
    )
    return [_view(r, pending.get(r.id)) for r in rows]


def upsert_statement(session: Session, values: dict[str, Any]) -> bool:
    """Insert or update one statement from the pull; True when it is new or changed status."""
    row = session.get(WorksStatement, values["id"])
    if row is None:
        session.add(WorksStatement(**values))
        return True
    changed = bool(row.works_status != values["works_status"])
    roles = row.role_set() | frozenset(str(values.get("roles", "")).split())
    session.execute(
        update(WorksStatement)
        .where(WorksStatement.id == row.id)
        .values({**values, "roles": " ".join(sorted(roles))})
    )
    return changed


def open_actions(session: Session) -> list[WorksActionRow]:
    """The actions still to send (queued, or left ``sending`` by a run that stopped)."""
    return list(
        session.scalars(
            select(WorksActionRow)
            .where(WorksActionRow.state.in_(OPEN_STATES))
            .order_by(WorksActionRow.id)
        )
    )


def actions_of(session: Session, statement_id: int) -> list[WorksActionRow]:
    """Every action queued on a statement, oldest first."""
    return list(
        session.scalars(
            select(WorksActionRow)
            .where(WorksActionRow.statement_id == statement_id)
            .order_by(WorksActionRow.id)
        )
    )


def works_figures(
    session: Session, today: date, structure_ids: frozenset[int] | None = None
) -> tuple[BoxCount, ...]:
    """The dashboard's works figures (to check, to validate, tacit, late, due soon) for the
    chosen structures; () when no works statement is cached (no works role or flow off)."""
    query = select(
        WorksStatement.works_status,
        WorksStatement.kind,
        WorksStatement.frame,
        WorksStatement.deposit_date,
        WorksStatement.roles,
        WorksStatement.amount_excl_vat,
    )
    if structure_ids is not None:
        query = query.where(WorksStatement.structure_id.in_(sorted(structure_ids)))
    items = [
        Placed(status, kind, frame, deposited, frozenset(roles.split()), amount)
        for status, kind, frame, deposited, roles, amount in session.execute(query)
    ]
    return box_counts(items, today) if items else ()
