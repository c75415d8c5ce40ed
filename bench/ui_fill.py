"""Fill a real cache with synthetic invoices through the single writer (tests and benches)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from desktop_app.domain.inboxes import inbox_for_status
from desktop_app.models.database import Database

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
SUPPLIERS = (
    "BTP RHONE SAS",
    "PAPETERIE DU CENTRE",
    "FOURNITURES DEMO SAS",
    "ELEC OUEST SARL",
    "TRANSPORTS MARTIN",
    "CANTINE BIO DU LAC",
    "INFORMATIQUE ALPES",
)
SERVICES = (
    (8841, "FINANCES", "Finances"),
    (8842, "TECHNIQUE", "Services techniques"),
    (8843, "ECOLES", "Écoles"),
    (8844, "ACHATS", "Achats"),
)
STRUCTURE_ID = 26073617
BASE_ID = 100_000_000

_COLUMNS = (
    "id, number, invoice_type, payment_request_type, frame, syntax, supplier_name, supplier_code,"
    " supplier_id_type, structure_id, structure_code, structure_name, service_id, service_code,"
    " service_name, engagement_number, issue_date, deposit_date, due_date, currency,"
    " amount_excl_vat, amount_vat, amount_incl_vat, amount_due, status, inbox, status_changed_at,"
    " platform_marker, status_comment, downloaded, possible_duplicate, updated_at"
)
_INSERT = f"INSERT INTO invoices ({_COLUMNS}) VALUES ({', '.join('?' * 32)})"


def invoice_tuple(index: int) -> tuple[Any, ...]:
    """Column values of the ``index``-th synthetic invoice (deterministic; amounts scaled 1e4)."""
    status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
    cents = (index * 7919) % 5_000_000 + 25  # 0.25 .. 50,000.24 EUR excl. VAT
    excl = cents * 100
    vat = (cents * 20 + 50) // 100 * 100
    deposit = date(2025, 1, 1) + timedelta(days=index % 700)
    service_id, service_code, service_name = SERVICES[index % len(SERVICES)]
    stamp = f"{deposit.isoformat()}T10:{index % 60:02d}:00.000Z"
    return (
        BASE_ID + index,
        f"F-{index:07d}",
        "AVOIR" if index % 20 == 0 else "FACTURE",
        "FACTURE",
        "A1_FACTURE_FOURNISSEUR",
        "UBL",
        SUPPLIERS[index % len(SUPPLIERS)],
        f"{55203253400059 + index % 97}",
        "SIRET",
        STRUCTURE_ID,
        "21690123100011",
        "Mairie de Démo-sur-Rhône",
        service_id,
        service_code,
        service_name,
        f"EJ-2026-{index % 9999:04d}",
        (deposit - timedelta(days=2)).isoformat(),
        deposit.isoformat(),
        (deposit + timedelta(days=30)).isoformat(),
        "EUR",
        excl,
        vat,
        excl + vat,
        excl + vat,
        status,
        inbox_for_status(status).value,
        stamp,
        stamp,
        "Livraison conforme" if index % 7 == 0 else None,
        0,
        0,
        "2026-01-01T00:00:00.000000Z",
    )


def _batches(start: int, count: int, size: int) -> Iterator[list[tuple[Any, ...]]]:
    for first in range(start, start + count, size):
        yield [invoice_tuple(i) for i in range(first, min(first + size, start + count))]


def fill_structure(database: Database) -> None:
    """The demo structure and its services."""

    def work(session: Any) -> None:
        conn = session.connection()
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO structures (id, siret, name) VALUES (?, ?, ?)",
            (STRUCTURE_ID, "21690123100011", "Mairie de Démo-sur-Rhône"),
        )
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO services (id, structure_id, code, name, active) "
            "VALUES (?, ?, ?, ?, 1)",
            [(sid, STRUCTURE_ID, code, name) for sid, code, name in SERVICES],
        )

    database.writer.run(work)


def fill_invoices(database: Database, count: int, start: int = 0, batch: int = 20_000) -> None:
    """Insert ``count`` synthetic invoices (ids ``BASE_ID + start ...``) with executemany."""
    fill_structure(database)

    def work(session: Any) -> None:
        cursor = session.connection().connection.cursor()
        try:
            for rows in _batches(start, count, batch):
                cursor.executemany(_INSERT, rows)
        finally:
            cursor.close()

    database.writer.run(work)
