"""Engagements: the documented CSV of the user guide imported into a real cache, the
set-based match against the one-invoice rule of the domain, and refused files (nothing
stored half-way)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_app.documents.engagements_file import import_engagement_file, read_engagement_file
from desktop_app.domain.engagements import (
    Engagement,
    EngagementError,
    EngagementState,
    match_state,
    number_key,
)
from desktop_app.models.database import Database, open_database
from desktop_app.models.engagements import (
    EngagementRow,
    match_invoices,
    state_counts,
    store_requirement,
)
from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import InvoiceFilter, count
from desktop_app.models.work import AuditEvent
from desktop_app.resource_paths import resource_path
from tests.models.factories import invoice_values

STRUCTURE = 26073617


def guide_csv(language: str = "fr") -> str:
    """The example CSV the user guide documents (the very text a user would copy)."""
    page = resource_path("guide", language, "index.html").read_text(encoding="utf-8")
    found = re.search(r'<pre class="csv">(.*?)</pre>', page, re.S)
    assert found is not None
    return found.group(1)


# invoice number -> (its engagement number, supplier SIRET, amount incl. VAT)
INVOICES = {
    "F-OK": ("EJ-2026-0001", "55203253400059", Decimal("1200.00")),
    "F-LOWER": ("ej-2026-0001 ", "55203253400059", Decimal("8500.00")),  # exactly the balance
    "F-OVER": ("EJ-2026-0002", "55203253400060", Decimal("2400.01")),
    "F-OTHER": ("EJ-2026-0002", "55203253400099", Decimal("10.00")),
    "F-UNKNOWN": ("EJ-1999-7777", "55203253400059", Decimal("10.00")),
    "F-NONE": (None, "55203253400059", Decimal("10.00")),
    "F-ZERO": ("BC-2026-0003", "55203253400061", Decimal("0.01")),  # nothing remains
}
EXPECTED = {
    "F-OK": EngagementState.FOUND,
    "F-LOWER": EngagementState.FOUND,
    "F-OVER": EngagementState.OVER_BALANCE,
    "F-OTHER": EngagementState.OTHER_SUPPLIER,
    "F-UNKNOWN": EngagementState.NOT_FOUND,
    "F-NONE": None,
    "F-ZERO": EngagementState.OVER_BALANCE,
}


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "cache.sqlite")

    def fill(session) -> None:
        for index, (number, (ej, siret, amount)) in enumerate(INVOICES.items()):
            values = invoice_values(index)
            values.update(
                id=900 + index,
                number=number,
                engagement_number=ej,
                supplier_code=siret,
                amount_incl_vat=amount,
                structure_id=STRUCTURE,
            )
            session.add(Invoice(**values))

    db.writer.run(fill)
    yield db
    db.close()


def _states(db: Database) -> dict[str, str | None]:
    with db.read() as session:
        return dict(session.execute(select(Invoice.number, Invoice.engagement_state)).all())


def _write(tmp: Path, text: str, name: str = "engagements.csv", encoding: str = "utf-8") -> Path:
    path = tmp / name
    path.write_text(text, encoding=encoding)
    return path


def test_the_documented_csv_feeds_the_matching(cache: Database, tmp_path: Path) -> None:
    assert set(_states(cache).values()) == {None}  # nothing imported: nothing to say
    outcome = import_engagement_file(cache, _write(tmp_path, guide_csv()), user="agent")
    assert outcome.stored == 3
    states = _states(cache)
    assert states == {n: (s.value if s else None) for n, s in EXPECTED.items()}
    with cache.read() as session:
        first = session.scalar(
            select(EngagementRow).where(EngagementRow.number_key == "EJ-2026-0001")
        )
        assert first is not None
        assert (first.amount, first.remaining, first.service_code) == (
            Decimal("12000.00"),
            Decimal("8500.00"),
            "TECHNIQUE",
        )
        assert str(first.end_date) == "2026-12-31"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "engagements.imported")
        ).one()
        assert json.loads(event.details)["engagements"] == 3
        # the list filter and the dashboard count in SQL, on the indexed column
        over = InvoiceFilter(engagement_states=frozenset({EngagementState.OVER_BALANCE.value}))
        assert count(session, over) == 2
        assert state_counts(session) == {
            "found": 2,
            "over_balance": 2,
            "other_supplier": 1,
            "not_found": 1,
        }


def test_the_english_guide_documents_the_same_file() -> None:
    assert guide_csv("en") == guide_csv("fr")


def test_sql_match_agrees_with_the_domain_rule(cache: Database, tmp_path: Path) -> None:
    import_engagement_file(cache, _write(tmp_path, guide_csv()), user="agent")
    engagements = {
        e.key: e for e in read_engagement_file(_write(tmp_path, guide_csv())).engagements
    }
    with cache.read() as session:
        for invoice in session.scalars(select(Invoice)):
            rule = match_state(
                invoice.engagement_number,
                invoice.supplier_code,
                invoice.amount_incl_vat,
                engagements.get(number_key(invoice.engagement_number)),
                required=False,
            )
            assert invoice.engagement_state == (rule.value if rule else None), invoice.number


def test_a_required_number_missing_is_flagged(cache: Database, tmp_path: Path) -> None:
    cache.writer.run(
        lambda s: store_requirement(
            s,
            STRUCTURE,
            engagement_required=True,
            service_required=True,
            service_or_engagement=False,
        )
    )
    assert _states(cache)["F-NONE"] == EngagementState.MISSING.value
    assert _states(cache)["F-OK"] is None  # no import yet: a number cannot be judged


def test_xlsx_with_number_cells_is_read(cache: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["N° EJ", "Siret fournisseur", "Montant TTC", "Reste à payer", "Date de début"])
    sheet.append(["EJ-2026-0001", 55203253400059, 12000, 8500.5, "2026-01-01"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    outcome = import_engagement_file(cache, path, user="agent")
    assert outcome.stored == 1
    states = _states(cache)
    assert states["F-OK"] == "found" and states["F-OVER"] == "not_found"
    with cache.read() as session:
        row = session.scalars(select(EngagementRow)).one()
        assert row.remaining == Decimal("8500.50") and row.supplier_siret == "55203253400059"


@pytest.mark.parametrize(
    ("text", "key", "params"),
    [
        (
            "numéro;montant\nEJ-1;10\n",
            "engagements.missing_headers",
            {"missing": "SIRET fournisseur"},
        ),
        (
            "numéro;SIRET fournisseur;montant\nEJ-1;55203253400059;10\nEJ-2;55203253400059;dix\n",
            "engagements.bad_row",
            {"line": 3, "reason": "money.not_a_number"},
        ),
        (
            "numéro;SIRET fournisseur;montant\nEJ-1;5520325340005;10\n",
            "engagements.bad_row",
            {"line": 2, "reason": "engagements.bad_siret"},
        ),
        (
            "numéro;SIRET fournisseur;montant\nEJ-1;55203253400059;10\nej-1;55203253400059;12\n",
            "engagements.duplicate_number",
            {"line": 3, "first": 2},
        ),
        (
            "numéro;SIRET fournisseur;montant;date début;date fin\n"
            "EJ-1;55203253400059;10;01/02/2026;01/01/2026\n",
            "engagements.bad_row",
            {"reason": "engagements.dates_reversed"},
        ),
        ("juste du texte sans séparateur\n", "engagements.not_a_table", {}),
        ("", "engagements.empty", {}),
    ],
)
def test_a_bad_file_is_refused_whole_and_changes_nothing(
    cache: Database, tmp_path: Path, text: str, key: str, params: dict[str, object]
) -> None:
    import_engagement_file(cache, _write(tmp_path, guide_csv()), user="agent")
    before = _states(cache)
    with pytest.raises(EngagementError) as caught:
        import_engagement_file(cache, _write(tmp_path, text, "bad.csv"), user="agent")
    assert caught.value.key == key
    for name, value in params.items():
        assert caught.value.params[name] == value
    assert _states(cache) == before
    with cache.read() as session:
        assert len(session.scalars(select(EngagementRow)).all()) == 3


def test_windows_1252_comma_separated_and_point_amounts(cache: Database, tmp_path: Path) -> None:
    text = (
        "Numéro,SIRET fournisseur,Montant,Montant restant\n"
        'EJ-2026-0001,55203253400059,"12.000,00",1200.00\n'
    )
    path = _write(tmp_path, text, encoding="cp1252")
    outcome = import_engagement_file(cache, path, user="agent")
    assert outcome.stored == 1
    states = _states(cache)
    assert states["F-OK"] == "found"  # 1 200,00 fits in 1 200,00
    assert states["F-LOWER"] == "over_balance"


def test_a_damaged_xlsx_is_refused(cache: Database, tmp_path: Path) -> None:
    path = tmp_path / "abime.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(EngagementError) as caught:
        import_engagement_file(cache, path, user="agent")
    assert caught.value.key == "engagements.bad_xlsx"


def test_match_of_some_invoices_only(cache: Database, tmp_path: Path) -> None:
    import_engagement_file(cache, _write(tmp_path, guide_csv()), user="agent")

    def forget(session) -> None:
        session.execute(Invoice.__table__.update().values(engagement_state=None))
        match_invoices(session, [900])

    cache.writer.run(forget)
    states = _states(cache)
    assert states["F-OK"] == "found" and states["F-OVER"] is None


def test_engagement_dataclass_key() -> None:
    assert Engagement("ej 2026 1", "1" * 14, Decimal(1), Decimal(1)).key == "EJ20261"
