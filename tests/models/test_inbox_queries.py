"""Inbox queries at 100,000 invoices: results are right and the plans use indexes, not scans."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from desktop_app.domain.inboxes import Inbox
from desktop_app.models import Invoice
from desktop_app.models.database import Database, open_database, optimize_full_text
from desktop_app.models.queries import (
    InvoiceFilter,
    SortKey,
    count,
    fetch_ids,
    fetch_rows,
    fts_match_expression,
    inbox_counts,
    invoice_ids_query,
)
from tests.models.factories import STATUS_CYCLE, invoice_values

ROWS = 100_000


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("big") / "cache.sqlite"
    db = open_database(path)

    def bulk(session: Session) -> None:
        for start in range(0, ROWS, 10_000):
            batch = [invoice_values(i) for i in range(start, min(start + 10_000, ROWS))]
            session.execute(insert(Invoice), batch)

    db.writer.run(bulk)
    db.writer.run(lambda s: s.execute(text("ANALYZE")))
    yield db
    db.close()


def _plan(session: Session, criteria: InvoiceFilter, sort: SortKey = SortKey.DEPOSIT_DATE) -> str:
    query = invoice_ids_query(criteria, sort).limit(200)
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(str(row[-1]) for row in rows)


def _assert_indexed(plan: str) -> None:
    lines = plan.splitlines()
    assert any("USING" in line and "INDEX" in line for line in lines), plan
    assert not any(line.startswith("SCAN invoices") and "INDEX" not in line for line in lines), plan
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize(
    "criteria",
    [
        InvoiceFilter(inbox=Inbox.TO_PROCESS),
        InvoiceFilter(inbox=Inbox.SUSPENDED, service_id=8842),
        InvoiceFilter(inbox=Inbox.ALL),
    ],
    ids=["inbox", "inbox+service", "all"],
)
def test_inbox_query_plan_uses_an_index(big_database: Database, criteria: InvoiceFilter) -> None:
    with big_database.read() as session:
        _assert_indexed(_plan(session, criteria))


@pytest.mark.parametrize("sort", list(SortKey))
def test_every_sort_column_is_served_by_an_index(big_database: Database, sort: SortKey) -> None:
    with big_database.read() as session:
        plan = _plan(session, InvoiceFilter(), sort)
    _assert_indexed(plan)


def test_status_and_amount_filters_use_indexes(big_database: Database) -> None:
    with big_database.read() as session:
        plan = _plan(session, InvoiceFilter(statuses=frozenset({"SUSPENDUE"})))
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
        plan = _plan(session, InvoiceFilter(amount_min=Decimal("49000")), SortKey.AMOUNT)
        _assert_indexed(plan)


def test_results_are_correct(big_database: Database) -> None:
    per_status = ROWS // len(STATUS_CYCLE)
    with big_database.read() as session:
        counts = inbox_counts(session)
        assert counts["suspended"] == per_status
        assert counts["to_process"] == 3 * per_status
        assert sum(counts.values()) == ROWS
        page = fetch_ids(session, InvoiceFilter(inbox=Inbox.SUSPENDED), limit=50)
        rows = fetch_rows(session, page)
        assert len(page) == 50
        assert all(rows[i].status == "SUSPENDUE" for i in page)
        dates = [rows[i].deposit_date for i in page]
        assert dates == sorted(dates, reverse=True)
        # amount incl. VAT = a + round(a * 0.2) with a = i % 50,000 + 0.25
        expensive = InvoiceFilter(amount_min=Decimal("59988"))
        expected = sum(
            1
            for i in range(ROWS)
            if (a := Decimal(i % 50_000) + Decimal("0.25"))
            + (a * Decimal("0.2")).quantize(Decimal("0.01"))
            >= Decimal("59988")
        )
        assert expected > 0
        assert count(session, expensive) == expected
        assert count(session, InvoiceFilter(text="papeterie", inbox=Inbox.SUSPENDED)) == sum(
            1 for i in range(ROWS) if i % 4 == 1 and STATUS_CYCLE[i % 8] == "SUSPENDUE"
        )
        assert count(session, InvoiceFilter(supplier="btp")) == ROWS // 4


def test_dense_and_sparse_text_strategies_give_the_same_pages(big_database: Database) -> None:
    from desktop_app.models.queries import text_hits_are_dense

    with big_database.read() as session:
        common = InvoiceFilter(text="papeterie")  # a quarter of the invoices
        rare = InvoiceFilter(text="F-0000042")
        assert text_hits_are_dense(session, common)
        assert not text_hits_are_dense(session, rare)
        for criteria in (common, InvoiceFilter(text="elec", inbox=Inbox.SUSPENDED)):
            for sort in (SortKey.DEPOSIT_DATE, SortKey.AMOUNT):
                sparse_page = list(
                    session.scalars(invoice_ids_query(criteria, sort).limit(300).offset(100))
                )
                dense_page = list(
                    session.scalars(
                        invoice_ids_query(criteria, sort, dense_text=True).limit(300).offset(100)
                    )
                )
                assert dense_page == sparse_page
                assert len(dense_page) == 300
        assert fetch_ids(session, rare) == [100_000_042]


def _explained(session: Session, query: object) -> str:
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})  # type: ignore[attr-defined]
    return "\n".join(
        str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
    )


def test_dense_text_plan_walks_the_full_text_index_in_list_order(big_database: Database) -> None:
    """Sorted by deposit date, a frequent word's page streams out of the full-text index in
    its key order (revision 0012), each hit joined by primary key: no sort of the hits."""
    with big_database.read() as session:
        for criteria in (
            InvoiceFilter(text="papeterie"),
            InvoiceFilter(text="papeterie", inbox=Inbox.TO_PROCESS, service_id=8842),
        ):
            plan = _explained(session, invoice_ids_query(criteria, dense_text=True).limit(200))
            lines = plan.splitlines()
            assert "VIRTUAL TABLE" in lines[0], plan  # the full-text index is the outer loop
            assert "TEMP B-TREE" not in plan, plan
            assert any("invoices" in line and "(id=?)" in line for line in lines), plan
        other_sort = invoice_ids_query(
            InvoiceFilter(text="papeterie"), SortKey.AMOUNT, dense_text=True
        ).limit(200)
        plan = _explained(session, other_sort)
        assert "TEMP B-TREE" not in plan, plan  # other sorts walk their own index
        assert "INDEX" in plan, plan


def test_dense_text_in_both_directions_is_the_sorted_list(big_database: Database) -> None:
    """The key order is exactly (deposit date, id), descending and ascending, with filters."""
    with big_database.read() as session:
        for criteria in (
            InvoiceFilter(text="livraison"),
            InvoiceFilter(text="elec", inbox=Inbox.SUSPENDED, amount_min=Decimal("100")),
        ):
            for descending in (True, False):
                expected = list(
                    session.scalars(
                        invoice_ids_query(criteria, SortKey.DEPOSIT_DATE, descending)
                        .limit(250)
                        .offset(40)
                    )
                )
                streamed = list(
                    session.scalars(
                        invoice_ids_query(
                            criteria, SortKey.DEPOSIT_DATE, descending, dense_text=True
                        )
                        .limit(250)
                        .offset(40)
                    )
                )
                assert streamed == expected
                assert len(streamed) == 250


def test_the_full_text_keys_follow_every_change(tmp_path: Path) -> None:
    """Triggers keep the keyed index right: a new deposit date, a changed name, a deletion,
    and an invoice without a deposit date (listed last)."""
    from datetime import date

    db = open_database(tmp_path / "cache.sqlite")
    rows = [invoice_values(i) | {"supplier_name": "CANTINE BIO"} for i in range(12)]
    rows[3]["deposit_date"] = None
    db.writer.run(lambda s: s.execute(insert(Invoice), rows))
    newest = rows[5]["id"]

    def change(session: Session) -> None:
        session.execute(
            text("UPDATE invoices SET deposit_date = :d WHERE id = :i"),
            {"d": date(2027, 1, 1).isoformat(), "i": newest},
        )
        session.execute(
            text("UPDATE invoices SET supplier_name = 'PAPETERIE' WHERE id = :i"),
            {"i": rows[7]["id"]},
        )
        session.execute(text("DELETE FROM invoices WHERE id = :i"), {"i": rows[8]["id"]})

    db.writer.run(change)
    with db.read() as session:
        for dense in (True, False):
            found = list(
                session.scalars(invoice_ids_query(InvoiceFilter(text="cantine"), dense_text=dense))
            )
            assert found[0] == newest
            assert found[-1] == rows[3]["id"]  # no deposit date: last
            assert rows[7]["id"] not in found and rows[8]["id"] not in found
            assert len(found) == 10
        assert fetch_ids(session, InvoiceFilter(text="papeterie")) == [rows[7]["id"]]
        before = fetch_ids(session, InvoiceFilter(text="cantine"))
    optimize_full_text(db.path)  # the daily maintenance merges the segments: same answers
    with db.read() as session:
        assert fetch_ids(session, InvoiceFilter(text="cantine")) == before
    db.close()


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("cantine", '"cantine"*'),
        ("informatique alp", '"informatique" "alp"*'),
        ("livraison conforme ", '"livraison" "conforme"'),
        ("F-0012345", '"F" + "0012345"*'),
        ('EJ-2026 "0042', '"EJ" + "2026" "0042"*'),
        ("  - ; ", None),
    ],
)
def test_typed_text_becomes_a_safe_fts_expression(typed: str, expression: str | None) -> None:
    assert fts_match_expression(typed) == expression


def test_identifier_search_matches_the_identifier_as_a_phrase(big_database: Database) -> None:
    with big_database.read() as session:
        # EJ-2026-0042 is carried by invoices i with i % 9999 == 42; the engagement numbers
        # EJ-2026-0420..0429 and EJ-2026-4200.. share its tokens but not the phrase.
        expected = sorted(100_000_000 + i for i in range(ROWS) if i % 9999 == 42)
        assert sorted(fetch_ids(session, InvoiceFilter(text="EJ-2026-0042 "))) == expected
        # still typing: the last token is a prefix (EJ-2026-0042, EJ-2026-0420..0429)
        typing = {100_000_000 + i for i in range(ROWS) if f"{i % 9999:04d}".startswith("0042")}
        assert set(fetch_ids(session, InvoiceFilter(text="ej-2026-0042"))) == typing
        # words typed before the last one match whole words only
        assert fetch_ids(session, InvoiceFilter(text="papet centre")) == []
        assert count(session, InvoiceFilter(text="papeterie cent")) == ROWS // 4
