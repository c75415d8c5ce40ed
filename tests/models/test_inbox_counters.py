"""The maintained inbox counters (revision 0010) equal COUNT(*) after every kind of write,
and the list's footer count uses them or a bounded COUNT; the "replaced by" lookup uses its
partial index whatever the statistics."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from desktop_app.domain.inboxes import Inbox
from desktop_app.models import Invoice
from desktop_app.models.counters import tallies
from desktop_app.models.database import Database, open_database
from desktop_app.models.queries import (
    InvoiceFilter,
    count,
    count_matching,
    counters_answer,
    inbox_counts,
    mark_seen,
    new_counts,
    replaced_by,
    service_totals,
)
from tests.models.factories import invoice_values

ROWS = 600


def counted_by_sql(session: Session) -> dict[tuple[int, int, str], tuple[int, int, object]]:
    """What COUNT(*) over the invoices says, keyed like the counters."""
    query = text(
        "SELECT IFNULL(structure_id, 0), IFNULL(service_id, 0), inbox, COUNT(*),"
        " SUM(is_new), SUM(IFNULL(amount_incl_vat, 0)) FROM invoices GROUP BY 1, 2, 3"
    )
    return {(s, v, i): (n, new, amount) for s, v, i, n, new, amount in session.execute(query)}


def counted_by_triggers(session: Session) -> dict[tuple[int, int, str], tuple[int, int, object]]:
    query = text(
        "SELECT structure_key, service_key, inbox, total, new, amount FROM inbox_counters"
        " WHERE total <> 0 OR new <> 0 OR amount <> 0"
    )
    return {(s, v, i): (n, new, amount) for s, v, i, n, new, amount in session.execute(query)}


def assert_counters_right(database: Database) -> None:
    with database.read() as session:
        assert counted_by_triggers(session) == counted_by_sql(session)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "cache.sqlite") as db:

        def fill(session: Session) -> None:
            rows = []
            for i in range(ROWS):
                values = invoice_values(i)
                if i % 5 == 0:
                    values["service_id"] = None  # keyed 0
                if i % 7 == 0:
                    values["structure_id"] = None
                values["is_new"] = i % 3 == 0
                rows.append(values)
            session.execute(insert(Invoice), rows)

        db.writer.run(fill)
        yield db


def test_counters_equal_count_after_inserts(database: Database) -> None:
    assert_counters_right(database)
    with database.read() as session:
        assert sum(inbox_counts(session).values()) == ROWS
        inbox = Inbox.TO_PROCESS.value
        by_sql = session.scalar(select(func.count()).where(Invoice.inbox == inbox))
        assert by_sql and inbox_counts(session)[inbox] == by_sql


def test_counters_follow_updates_of_every_counted_column(database: Database) -> None:
    first = 100_000_000

    def change(session: Session) -> None:
        session.execute(
            update(Invoice)
            .where(Invoice.id < first + 50)
            .values(status="MANDATEE", inbox=Inbox.MANDATED.value)
        )
        session.execute(
            update(Invoice)
            .where(Invoice.id.between(first + 50, first + 80))
            .values(service_id=9999, structure_id=77)
        )
        session.execute(
            text("UPDATE invoices SET amount_incl_vat = amount_incl_vat + 12345 WHERE id % 11 = 0")
        )
        session.execute(text("UPDATE invoices SET amount_incl_vat = NULL WHERE id % 13 = 0"))
        session.execute(text("UPDATE invoices SET number = number || '-b' WHERE id % 2 = 0"))
        invoice = session.get(Invoice, first + 301)
        assert invoice is not None
        invoice.inbox = Inbox.PAID.value  # through the ORM too
        invoice.service_id = None

    database.writer.run(change)
    assert_counters_right(database)
    with database.read() as session:
        assert service_totals(session)[9999] == 31
        assert sum(inbox_counts(session, structure_ids=frozenset({77})).values()) == 31


def test_counters_follow_marking_seen_and_deletes(database: Database) -> None:
    with database.read() as session:
        before = sum(new_counts(session).values())
        ids = list(session.scalars(select(Invoice.id).where(Invoice.is_new.is_(True)).limit(40)))
    assert before == ROWS // 3
    changed = database.writer.run(lambda s: mark_seen(s, ids))
    assert len(changed) == 40
    with database.read() as session:
        assert sum(new_counts(session).values()) == before - 40
    database.writer.run(lambda s: s.execute(delete(Invoice).where(Invoice.id % 4 == 1)))
    database.writer.run(lambda s: s.execute(delete(Invoice).where(Invoice.id == 100_000_000)))
    assert_counters_right(database)
    database.writer.run(lambda s: s.execute(delete(Invoice)))
    assert_counters_right(database)
    with database.read() as session:
        assert inbox_counts(session) == {}
        assert tallies(session, "all") == {}


def test_footer_count_from_counters_or_bounded(database: Database) -> None:
    answerable = [
        InvoiceFilter(),
        InvoiceFilter(inbox=Inbox.TO_PROCESS),
        InvoiceFilter(inbox=Inbox.ALL, service_id=8842),
        InvoiceFilter(inbox=Inbox.SUSPENDED, structure_ids=frozenset({26073617})),
        InvoiceFilter(structure_ids=frozenset()),
        InvoiceFilter(text="  -- "),  # no word: no search
    ]
    others = [
        InvoiceFilter(supplier="PAPETERIE"),
        InvoiceFilter(statuses=frozenset({"SUSPENDUE"})),
        InvoiceFilter(text="F-0000012"),
        InvoiceFilter(engagement_states=frozenset({"missing"})),
        InvoiceFilter(with_anomalies=True),
        InvoiceFilter(possible_duplicates=True),
        InvoiceFilter(inbox=Inbox.ALL, late=True),
    ]
    with database.read() as session:
        for criteria in answerable:
            assert counters_answer(criteria), criteria
            assert count_matching(session, criteria) == (count(session, criteria), True)
        for criteria in others:
            assert not counters_answer(criteria), criteria
            assert count_matching(session, criteria) == (count(session, criteria), True)
        wide = InvoiceFilter(supplier="")  # blank: every row, not counter-answered
        assert count_matching(session, InvoiceFilter(statuses=frozenset({"MANDATEE"})), 10) == (
            10,
            False,
        )
        assert count_matching(session, wide)[0] == count(session, wide)


def test_replaced_by_uses_its_partial_index_with_or_without_statistics(
    database: Database,
) -> None:
    rejected = 100_000_004

    def link(session: Session) -> None:
        session.execute(
            update(Invoice)
            .where(Invoice.id.in_([100_000_010, 100_000_020]))
            .values(replaces_rejected_id=rejected)
        )

    database.writer.run(link)
    for analyzed in (False, True):
        if analyzed:
            database.writer.run(lambda s: s.execute(text("ANALYZE")))
        with database.read() as session:
            assert replaced_by(session, rejected) == [
                (100_000_010, "F-0000010"),
                (100_000_020, "F-0000020"),
            ]
            assert replaced_by(session, 100_000_010) == []
            plan = " ".join(
                str(row[-1])
                for row in session.execute(
                    text(
                        "EXPLAIN QUERY PLAN SELECT id, number FROM invoices INDEXED BY"
                        " ix_invoices_replaced_by WHERE replaces_rejected_id = 1"
                        " AND replaces_rejected_id IS NOT NULL ORDER BY id"
                    )
                )
            )
            assert "ix_invoices_replaced_by" in plan and "SCAN invoices" not in plan
