"""Build cached invoices for tests and benchmarks (plain values, no platform involved)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.domain.inboxes import inbox_for_status

STATUS_CYCLE = (
    "MISE_A_DISPOSITION",
    "MISE_A_DISPOSITION",
    "COMPLETEE",
    "SUSPENDUE",
    "REJETEE",
    "SERVICE_FAIT",
    "MANDATEE",
    "MISE_EN_PAIEMENT",
)
SUPPLIERS = ("BTP RHONE SAS", "PAPETERIE DU CENTRE", "FOURNITURES DEMO SAS", "ELEC OUEST SARL")


def invoice_values(index: int) -> dict[str, Any]:
    """Column values of the ``index``-th synthetic invoice (deterministic)."""
    status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
    amount = Decimal(index % 50_000) + Decimal("0.25")
    deposit = date(2026, 1, 1) + timedelta(days=index % 300)
    return {
        "id": 100_000_000 + index,
        "number": f"F-{index:07d}",
        "invoice_type": "AVOIR" if index % 20 == 0 else "FACTURE",
        "payment_request_type": "FACTURE",
        "frame": "A1_FACTURE_FOURNISSEUR",
        "syntax": "UBL",
        "supplier_name": SUPPLIERS[index % len(SUPPLIERS)],
        "supplier_code": f"{55203253400059 + index % 97}",
        "structure_id": 26073617,
        "service_id": 8841 + index % 4,
        "service_code": ("FINANCES", "TECHNIQUE", "ECOLES", "ACHATS")[index % 4],
        "engagement_number": f"EJ-2026-{index % 9999:04d}",
        "issue_date": deposit - timedelta(days=2),
        "deposit_date": deposit,
        "currency": "EUR",
        "amount_excl_vat": amount,
        "amount_vat": (amount * Decimal("0.2")).quantize(Decimal("0.01")),
        "amount_incl_vat": amount + (amount * Decimal("0.2")).quantize(Decimal("0.01")),
        "amount_due": amount,
        "status": status,
        "inbox": inbox_for_status(status).value,
        "status_changed_at": f"{deposit.isoformat()}T10:00:00.000Z",
        "platform_marker": f"{deposit.isoformat()}T10:00:00.000Z",
        "status_comment": "Livraison conforme" if index % 7 == 0 else None,
    }
