"""Derived fields on a real cache: the payment clock from the history, duplicate links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from desktop_app.domain.deadlines import EntityKind
from desktop_app.models import Invoice, StatusHistory, StructureSetting
from desktop_app.models.database import Database, open_database
from desktop_app.models.queries import InvoiceFilter, count, fetch_ids
from desktop_app.sync.derived import clock_dates, platform_day, refresh_after_pull
from tests.models.factories import invoice_values


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "cache.sqlite") as database:
        yield database


def _add(db: Database, index: int, history: list[tuple[str, str]], **values: Any) -> int:
    row = {**invoice_values(index), **values}

    def work(session: Session) -> int:
        session.add(Invoice(**row))
        for n, (status, stamp) in enumerate(history):
            session.add(
                StatusHistory(
                    invoice_id=row["id"], platform_entry_id=n + 1, status=status, occurred_at=stamp
                )
            )
        return int(row["id"])

    return db.writer.run(work)


def _get(db: Database, invoice_id: int) -> Invoice:
    with db.read() as session:
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        session.expunge(invoice)
        return invoice


def test_platform_day_is_the_paris_calendar_day() -> None:
    # 23:30 UTC on 31 Jan is 00:30 on 1 Feb in Paris (winter, UTC+1)
    assert platform_day("2026-01-31T23:30:00.000Z") == date(2026, 2, 1)
    assert platform_day("2026-07-31T21:59:00.000Z") == date(2026, 7, 31)  # summer, UTC+2
    assert platform_day(None) is None


def test_clock_dates_without_history_use_the_current_status() -> None:
    dates = clock_dates([], date(2026, 3, 2), "SUSPENDUE", "2026-03-10T09:00:00.000Z")
    assert (dates.received_on, dates.suspended_on) == (date(2026, 3, 2), date(2026, 3, 10))
    paid = clock_dates([], date(2026, 3, 2), "MISE_EN_PAIEMENT", "2026-04-01T09:00:00.000Z")
    assert paid.settled_on == date(2026, 4, 1)


def test_running_suspended_resumed_and_paid_deadlines(db: Database) -> None:
    today = date(2026, 3, 20)
    # Made available Friday 30 Jan 2026 (deposited the 29th): 30 days -> Sunday 1 Mar 2026
    # (a weekend deadline is not extended); on 20 Mar it is 19 days late.
    running = _add(
        db,
        1,
        [("DEPOSEE", "2026-01-29T10:00:00.000Z"), ("MISE_A_DISPOSITION", "2026-01-30T08:00:00Z")],
        status="MISE_A_DISPOSITION",
        deposit_date=date(2026, 1, 29),
        invoice_type="FACTURE",
    )
    # Received 2 Mar, suspended 12 Mar: deadline was 1 Apr, balance 20 days, frozen.
    suspended = _add(
        db,
        2,
        [("MISE_A_DISPOSITION", "2026-03-02T08:00:00Z"), ("SUSPENDUE", "2026-03-12T08:00:00Z")],
        status="SUSPENDUE",
        invoice_type="FACTURE",
    )
    # Received 2 Feb (deadline 4 Mar), suspended 24 Feb (balance 8 days), completed 2 Mar:
    # new deadline = 2 Mar + max(30, 8) = 1 Apr (R2192-29).
    resumed = _add(
        db,
        3,
        [
            ("MISE_A_DISPOSITION", "2026-02-02T08:00:00Z"),
            ("SUSPENDUE", "2026-02-24T08:00:00Z"),
            ("COMPLETEE", "2026-03-02T08:00:00Z"),
        ],
        status="COMPLETEE",
        invoice_type="FACTURE",
    )
    # Local authority by default; the hospital structure is configured at 50 days:
    # received 30 Jan -> 21 Mar.
    hospital = _add(
        db,
        4,
        [("MISE_A_DISPOSITION", "2026-01-30T08:00:00Z")],
        status="MISE_A_DISPOSITION",
        structure_id=777,
        invoice_type="FACTURE",
    )
    db.writer.run(
        lambda s: s.add(
            StructureSetting(structure_id=777, entity_kind=EntityKind.PUBLIC_HEALTH.value)
        )
    )
    refresh_after_pull(db, [running, suspended, resumed, hospital], today=today)
    first = _get(db, running)
    assert (first.received_on, first.payment_deadline) == (date(2026, 1, 30), date(2026, 3, 1))
    assert first.deadline_state == "running"
    second = _get(db, suspended)
    assert second.deadline_state == "suspended"
    assert second.payment_deadline is None and second.deadline_balance == 20
    third = _get(db, resumed)
    assert (third.resumed_on, third.payment_deadline) == (date(2026, 3, 2), date(2026, 4, 1))
    assert _get(db, hospital).payment_deadline == date(2026, 3, 21)
    with db.read() as session:
        late = fetch_ids(session, InvoiceFilter(late=True, today=today))
        soon = fetch_ids(session, InvoiceFilter(due_within_days=5, today=today))
        urgent = count(session, InvoiceFilter(late=True, due_within_days=5, today=today))
    assert late == [running]
    assert soon == [hospital]  # 21 Mar is tomorrow; 1 Apr is 12 days away
    assert urgent == 2


def test_duplicates_are_linked_to_the_earlier_invoice(db: Database) -> None:
    original = _add(
        db, 10, [], number="F-2026/001", supplier_code="111", issue_date=date(2026, 1, 5)
    )
    copy = _add(
        db,
        11,
        [],
        number="f 2026 001",
        supplier_code="111",
        issue_date=date(2026, 1, 5),
        amount_incl_vat=_get(db, original).amount_incl_vat,
    )
    other_amount = _add(
        db,
        12,
        [],
        number="F-2026-001",
        supplier_code="111",
        issue_date=date(2026, 6, 1),
        amount_incl_vat=Decimal("1.00"),
    )
    other_year = _add(
        db, 13, [], number="F-2026/001", supplier_code="111", issue_date=date(2025, 12, 30)
    )
    refresh_after_pull(db, [original, copy, other_amount, other_year], today=date(2026, 3, 1))
    assert _get(db, copy).duplicate_of_id == original
    assert _get(db, copy).possible_duplicate is True
    assert _get(db, original).possible_duplicate is False
    assert _get(db, other_amount).duplicate_of_id is None  # another amount: a correction
    assert _get(db, other_year).duplicate_of_id is None  # another year
    with db.read() as session:
        assert fetch_ids(session, InvoiceFilter(possible_duplicates=True)) == [copy]
