"""Queue a validated user action: local change + outbox row, one transaction, via the writer."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH
from desktop_app.models.database import Database
from desktop_app.models.outbox_store import enqueue_action

PROCESS_ENDPOINT = "/cpro/factures/v1/traiter/recue"  # traiterFactureRecue (spec 3.5)


#: fields every public client sends (Pastell CPPWrapper, go-choruspro): the confirmed shape.
CONFIRMED_FIELDS = ("idFacture", "nouveauStatut", "motif", "numeroDPMandat")
#: IPM5 extensions the contract names but no public client confirms (sent only when enabled).
IPM5_FIELDS = ("codeMotif", "commentaire", "montantDPMandat")


@dataclass(frozen=True, slots=True)
class WireOptions:
    """Per-profile shape of traiterFactureRecue (see :meth:`ConnectionProfile.wire`).

    The default is the confirmed shape: nothing the public clients do not send.
    """

    motif_max_length: int = MOTIF_MAX_LENGTH
    ipm5: bool = False


CONFIRMED = WireOptions()


def process_payload(
    invoice_id: int, change: StatusChange, wire: WireOptions = CONFIRMED
) -> dict[str, Any]:
    """The traiterFactureRecue body for ``change``.

    ``motif`` carries the text the platform keeps: motive label, the clerk's comment and the
    requested attachments (:meth:`StatusChange.motif_text`, composed once in the domain);
    ``numeroDPMandat`` is always present, empty when there is none, as Pastell sends it.
    ``codeMotif``, ``commentaire`` and ``montantDPMandat`` are added only when ``wire.ipm5``.
    """
    body: dict[str, Any] = {
        "idFacture": invoice_id,
        "nouveauStatut": change.target_status,
        "motif": change.motif_text(),
        "numeroDPMandat": change.mandate_number or "",
    }
    if not wire.ipm5:
        return body
    if change.motif_code:
        body["codeMotif"] = change.motif_code
    comment = change.platform_comment()
    if comment:
        body["commentaire"] = comment
    if change.mandate_amount is not None:
        body["montantDPMandat"] = change.mandate_amount.amount
    return body


def queue_status_change(
    database: Database,
    invoice_id: int,
    change: StatusChange,
    *,
    user: str | None = None,
    wire: WireOptions = CONFIRMED,
) -> Future[str]:
    """Queue ``change`` on the writer thread; the future gives the row's idempotency key."""

    def work(session: Session) -> str:
        entry = enqueue_action(
            session,
            invoice_id=invoice_id,
            action=change.kind.value,
            endpoint=PROCESS_ENDPOINT,
            payload=process_payload(invoice_id, change, wire),
            created_by=user,
        )
        return entry.idempotency_key

    return database.writer.submit(work)
