"""What the sandbox does after a recipient sets ``A_RECYCLER``: the supplier re-routes.

On Chorus Pro the recipient cannot move an invoice to another service itself: it sets
``A_RECYCLER`` through ``traiterFactureRecue`` (the only recipient field is the free-text
``motif``; Pastell ``CPPWrapper``, go-choruspro ``TraiterFactureRecueOptions``) and the supplier
then changes the routing data with ``recyclerFacture`` (``POST /cpro/factures/v1/recycler``,
body ``identifiantFactureCPP``, ``destinataire.codeDestinataire`` /
``destinataire.codeServiceExecutant``, ``reference.numeroBonCommande``, ``commentaire``;
go-choruspro ``factures.go`` ``RecyclerFactureOptions``); the invoice is deposited again
(``A_RECYCLER -> DEPOSEE``, statuses.json) and made available to the new service.

The sandbox plays that supplier at once when the recipient's ``motif`` names a service of the
same structure (``Service destinataire : CODE``, :func:`desktop_app.domain.motif_text
.recycle_target_line`), as a supplier reading the motive would: history ``A_RECYCLER``
(recipient) -> ``DEPOSEE`` (supplier, the new service in the comment) -> ``MISE_A_DISPOSITION``
(platform), and the invoice's service changes (seen in searches, consult and history).
A motive naming no known service leaves the invoice at ``A_RECYCLER``.
"""

from __future__ import annotations

import sqlite3

from desktop_app.domain.motif_text import recycle_target_of
from desktop_app.sandbox.context import Sandbox
from desktop_app.sandbox.dataset import PLATFORM_AUTHOR, SUPPLIER_AUTHOR
from desktop_app.sandbox.store import HistoryEntry

#: the supplier-side service the sandbox plays (go-choruspro ``RecyclerFacture``)
RECYCLE_SERVICE = "recyclerFacture"


def target_service(sandbox: Sandbox, row: sqlite3.Row, motif: str | None) -> sqlite3.Row | None:
    """The service of the invoice's structure that ``motif`` names (None when none or same)."""
    code = recycle_target_of(motif)
    if code is None:
        return None
    structure = sandbox.services[row["service_id"]]["structure_id"]
    for service in sandbox.services.values():
        if service["structure_id"] == structure and str(service["code"]) == code:
            return None if service["id"] == row["service_id"] else service
    return None


def reroute(sandbox: Sandbox, row: sqlite3.Row, motif: str | None) -> int | None:
    """Re-route a just-recycled invoice as its supplier would; the new service id or None.

    Runs inside the ``traiterFactureRecue`` transaction, right after the ``A_RECYCLER`` entry.
    """
    service = target_service(sandbox, row, motif)
    if service is None:
        return None
    store = sandbox.store
    invoice_id = int(row["id"])
    old = sandbox.services[row["service_id"]]
    note = (
        f"Facture recyclée par le fournisseur ({RECYCLE_SERVICE}) : service "
        f"{old['code']} -> {service['code']} ({service['name']})"
    )
    deposited = store.tick()
    store.db.execute(
        "UPDATE invoices SET service_id = ? WHERE id = ?", (int(service["id"]), invoice_id)
    )
    store.set_status(
        invoice_id, HistoryEntry("DEPOSEE", deposited, SUPPLIER_AUTHOR, "supplier", note), note
    )
    available = store.tick()
    store.set_status(
        invoice_id,
        HistoryEntry("MISE_A_DISPOSITION", available, PLATFORM_AUTHOR, "platform", note),
        note,
    )
    store.add_event(invoice_id, note, SUPPLIER_AUTHOR, available)
    return int(service["id"])
