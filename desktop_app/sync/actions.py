"""Queue a validated user action: local change + outbox row, one transaction, via the writer."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.actions import StatusChange
from desktop_app.models.database import Database
from desktop_app.models.outbox_store import enqueue_action

PROCESS_ENDPOINT = "/cpro/factures/v1/traiter/recue"  # traiterFactureRecue (spec 3.5)


def process_payload(invoice_id: int, change: StatusChange) -> dict[str, Any]:
    """The traiterFactureRecue body for ``change``, as the contract spells it.

    ``motif`` (confirmed free text) carries the motive's French label; ``codeMotif``,
    ``commentaire`` and ``montantDPMandat`` are the IPM5 fields (names assumed by the spec).
    """
    body: dict[str, Any] = {"idFacture": invoice_id, "nouveauStatut": change.target_status}
    if change.motif_code:
        body["motif"] = change.motif_label("fr")
        body["codeMotif"] = change.motif_code
    elif change.target_status == "MANDATEE":
        body["motif"] = ""
    comment = change.platform_comment()
    if comment:
        body["commentaire"] = comment
    if change.mandate_number is not None:
        body["numeroDPMandat"] = change.mandate_number
    if change.mandate_amount is not None:
        body["montantDPMandat"] = change.mandate_amount.amount
    return body


def queue_status_change(
    database: Database, invoice_id: int, change: StatusChange, *, user: str | None = None
) -> Future[str]:
    """Queue ``change`` on the writer thread; the future gives the row's idempotency key."""

    def work(session: Session) -> str:
        entry = enqueue_action(
            session,
            invoice_id=invoice_id,
            action=change.kind.value,
            endpoint=PROCESS_ENDPOINT,
            payload=process_payload(invoice_id, change),
            created_by=user,
        )
        return entry.idempotency_key

    return database.writer.submit(work)
