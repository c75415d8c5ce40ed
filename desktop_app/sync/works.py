"""Works invoices: pull the statements seen as MOE / MOA, send the MOE / MOA actions once.

A run (:class:`WorksSync`, called by the engine only when works are enabled for the
profile, see :func:`works_enabled`):

1. asks ``recupererStructuresActivesFactureTravaux`` (go-choruspro) which structures the
   account reaches in the works space; none: the account has no works role, nothing else
   is called;
2. sends the queued works actions (``facturesTravaux/v1/traiter``, assumed shape) exactly
   once: each row carries its own Idempotency-Key (honoured by the sandbox; ignored by a
   platform that does not know it), and a row whose answer was lost (left ``sending``) is
   first checked against the statement's history — our passage there closes the row
   without a second call; the statement still at the status we acted from is resent; any
   other status is a conflict (someone acted first);
3. searches ``facturesTravaux/v1/rechercher`` (Pastell ``CPPWrapper::rechercheFactureTravaux``)
   with ``roleUtilisateur`` ``MOE`` then ``MOA``, page by page, and consults
   (``facturesTravaux/v1/consulter``, assumed) each new or changed statement for its history.

No Qt here; writes go through the database's single writer.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop_app.domain.works_circuit import ACTION_RULES, WorksAction, WorksRole
from desktop_app.models import works as store
from desktop_app.models.database import Database
from desktop_app.sync.errors import (
    AuthError,
    NetworkError,
    PlatformError,
    SyncCancelled,
    TransientPlatformError,
)

log = logging.getLogger(__name__)

WORKS_STRUCTURES = "/cpro/transverses/v1/recuperer/structures/actives/facturetravaux"
WORKS_SEARCH = "/cpro/facturesTravaux/v1/rechercher"
WORKS_CONSULT = "/cpro/facturesTravaux/v1/consulter"
WORKS_PROCESS = "/cpro/facturesTravaux/v1/traiter"
PAGE_SIZE = 200
ROLES = (WorksRole.MOE.value, WorksRole.MOA.value)
#: Sandbox demo users who work the works circuit (desktop_app/sandbox/works.py WORKS_ROLES).
WORKS_DEMO_USERS = frozenset({"moe", "moa"})

if TYPE_CHECKING:  # the settings read works_enabled without loading the HTTP client
    from desktop_app.sync.client import PlatformClient


def works_enabled(setting: bool | None, sandbox: bool, login: str) -> bool:
    """Whether the engine runs the works part: the profile's setting, else (sandbox) when
    the demo user is the MOE or the MOA. Off otherwise, so an account without works pays
    no call for it."""
    if setting is not None:
        return setting
    return sandbox and login in WORKS_DEMO_USERS


@dataclass
class WorksStats:
    """What a works run did."""

    structures: int = 0
    statements: int = 0
    changed: int = 0
    sent: int = 0
    confirmed_without_resend: int = 0
    failed: int = 0


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def _moment(value: Any) -> datetime:
    text = str(value or "").replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(value: Any) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return datetime.now(UTC).date()


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def statement_values(item: dict[str, Any], role: str) -> dict[str, Any] | None:
    """A ``listeFacturesTravaux`` item as cache values; None without an id."""
    statement_id = _int(item.get("idFactureTravaux"))
    if statement_id is None:
        return None
    number = str(item.get("numeroFactureTravaux") or statement_id)
    return {
        "id": statement_id,
        "number": number,
        "contract": str(item.get("numeroDossierFacturation") or number),
        "contract_label": str(item.get("libelleDossierFacturation") or ""),
        "rank": _int(item.get("rangDansDossier")) or 0,
        "kind": str(item.get("typeFactureTravaux") or ""),
        "frame": str(item.get("cadreFacturation") or ""),
        "works_status": str(item.get("statutFactureTravaux") or ""),
        "status_at": _moment(item.get("dateHeureEtatCourant")),
        "deposit_date": _day(item.get("dateDepot") or item.get("dateFactureTravaux")),
        "structure_id": _int(item.get("idDestinataire")),
        "service_id": _int(item.get("idServiceExecutant")),
        "service_code": item.get("identifiantServiceExecutant"),
        "supplier_code": str(item.get("identifiantFournisseur") or ""),
        "supplier_name": str(item.get("designationFournisseur") or ""),
        "amount_excl_vat": _decimal(item.get("montantHT")) or Decimal("0.00"),
        "amount_incl_vat": _decimal(item.get("montantTTC")) or Decimal("0.00"),
        "amount_moe": _decimal(item.get("montantValideMOE")),
        "amount_moa": _decimal(item.get("montantValideMOA")),
        "roles": role,
    }


def _action_body(row: store.WorksActionRow, role: str) -> dict[str, Any]:
    rule = ACTION_RULES[WorksAction(row.action)]
    body: dict[str, Any] = {
        "idFactureTravaux": row.statement_id,
        "roleUtilisateur": role,
        "action": rule.wire,
        "commentaire": row.comment,
    }
    if row.amount is not None:
        body["montantValide"] = f"{row.amount:.2f}"
    return body


def our_passage(history: list[dict[str, Any]], row: store.WorksActionRow) -> bool:
    """The statement's history shows our action: its target status, in our role, with our
    comment (the evidence that a lost answer's call went through)."""
    rule = ACTION_RULES[WorksAction(row.action)]
    return any(
        p.get("statut") == rule.target
        and str(p.get("role") or "").upper() == rule.role.value
        and (p.get("commentaire") or "") == (row.comment or "")
        for p in history
    )


class WorksSync:
    """One works run (see the module docstring)."""

    def __init__(
        self,
        client: PlatformClient,
        database: Database,
        cancel: threading.Event | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.client = client
        self.database = database
        self.cancel = cancel or threading.Event()
        self.page_size = page_size
        self.stats = WorksStats()

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise SyncCancelled("cancelled")

    def structures(self) -> list[dict[str, Any]]:
        """The structures of the account's works space ([] when it has none or the service
        is refused)."""
        try:
            data = self.client.call_raw(WORKS_STRUCTURES, {})
        except (AuthError, NetworkError, TransientPlatformError):
            raise
        except PlatformError as exc:
            log.info("works space refused (HTTP %s): no works pull", exc.http_status)
            return []
        return [s for s in data.get("listeStructures") or [] if isinstance(s, dict)]

    def run(self) -> WorksStats:
        """Structures, then actions, then statements."""
        found = self.structures()
        self.stats.structures = len(found)
        if not found:
            return self.stats
        self.send()
        self.pull()
        return self.stats

    # --- pull ---

    def pull(self) -> None:
        """Every statement in each works role, with the history of the new or changed ones."""
        for role in ROLES:
            page = 1
            while True:
                self._check_cancel()
                body = {
                    "roleUtilisateur": role,
                    "rechercheFactureTravaux": {
                        "pageResultatDemandee": page,
                        "nbResultatsParPage": self.page_size,
                    },
                }
                data = self.client.call_raw(WORKS_SEARCH, body, ok_codes=(0, 20007))
                items = [i for i in data.get("listeFacturesTravaux") or [] if isinstance(i, dict)]
                self._store_page(items, role)
                block = data.get("parametresRetour") or {}
                pages = _int(block.get("pages")) or 0
                if not items or page >= pages:
                    break
                page += 1

    def _store_page(self, items: list[dict[str, Any]], role: str) -> None:
        rows = [v for v in (statement_values(i, role) for i in items) if v is not None]
        if not rows:
            return
        with self.database.read() as session:
            known = {
                r.id: (r.works_status, r.history)
                for r in (session.get(store.WorksStatement, v["id"]) for v in rows)
                if r is not None
            }
        for values in rows:
            before = known.get(values["id"])
            if before is None or before[0] != values["works_status"] or before[1] == "[]":
                self._check_cancel()
                values["history"] = json.dumps(self._history(values["id"], role))
        self.stats.statements += len(rows)

        def work(session: Session) -> int:
            return sum(store.upsert_statement(session, dict(v)) for v in rows)

        self.stats.changed += self.database.writer.run(work)

    def _history(self, statement_id: int, role: str) -> list[dict[str, Any]]:
        data = self.client.call_raw(
            WORKS_CONSULT, {"idFactureTravaux": statement_id, "roleUtilisateur": role}
        )
        return [p for p in data.get("historiqueStatuts") or [] if isinstance(p, dict)]

    # --- actions ---

    def _set(self, action_id: int, **values: Any) -> None:
        def work(session: Session) -> None:
            session.execute(
                update(store.WorksActionRow)
                .where(store.WorksActionRow.id == action_id)
                .values(**values)
            )

        self.database.writer.run(work)

    def send(self) -> None:
        """Send every open action once (see the module docstring)."""
        with self.database.read() as session:
            rows = store.open_actions(session)
            session.expunge_all()
        for row in rows:
            self._check_cancel()
            self._send_one(row)

    def _send_one(self, row: store.WorksActionRow) -> None:
        rule = ACTION_RULES[WorksAction(row.action)]
        role = rule.role.value
        if row.state == store.SENDING:  # an earlier attempt's answer was lost
            detail = self.client.call_raw(
                WORKS_CONSULT, {"idFactureTravaux": row.statement_id, "roleUtilisateur": role}
            )
            history = [p for p in detail.get("historiqueStatuts") or [] if isinstance(p, dict)]
            status = str(detail.get("statutFactureTravaux") or "")
            if status != row.from_status:
                if our_passage(history, row):
                    self._done(row, status, history)
                    self.stats.confirmed_without_resend += 1
                else:
                    self._set(row.id, state=store.CONFLICT, error=status)
                return
        self._set(row.id, state=store.SENDING, attempts=row.attempts + 1)
        try:
            answer = self.client.call_raw(
                WORKS_PROCESS, _action_body(row, role), idempotency_key=row.key
            )
        except (AuthError, NetworkError, TransientPlatformError):
            raise  # left "sending": the next run checks the history before any resend
        except PlatformError as exc:
            reason = str(exc.body.get("detail") or exc.libelle)
            self._set(row.id, state=store.FAILED, error=reason)
            self.stats.failed += 1
            return
        self._done(row, str(answer.get("statutFactureTravaux") or rule.target), None)
        self.stats.sent += 1

    def _done(
        self, row: store.WorksActionRow, status: str, history: list[dict[str, Any]] | None
    ) -> None:
        def work(session: Session) -> None:
            action = session.get(store.WorksActionRow, row.id)
            if action is not None:
                action.state = store.SENT
                action.sent_at = datetime.now(UTC)
                action.error = None
            # no history in hand: "[]" makes the pull consult it again
            session.execute(
                update(store.WorksStatement)
                .where(store.WorksStatement.id == row.statement_id)
                .values(
                    works_status=status,
                    history=json.dumps(history) if history is not None else "[]",
                )
            )

        self.database.writer.run(work)
