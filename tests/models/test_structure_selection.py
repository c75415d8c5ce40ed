"""The structure selection in SQL: lists, counts, new counts, service totals, dashboard
figures and exports of the chosen structures only; per-structure counts; index plans."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from desktop_app.documents.exports import export_csv
from desktop_app.domain.inboxes import Inbox
from desktop_app.models import Invoice
from desktop_app.models.dashboard import read_dashboard
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Structure
from desktop_app.models.queries import (
    InvoiceFilter,
    count,
    fetch_ids,
    inbox_counts,
    invoice_ids_query,
    new_counts,
    service_totals,
)
from desktop_app.models.structure_queries import structure_counts
from tests.models.factories import invoice_values

ROWS = 3_000
# a university and two of its sites: one SIREN, three SIRETs
SITES = {
    41: ("19751719500011", "UNIVERSITE DE DEMO — SIEGE"),
    42: ("19751719500029", "UNIVERSITE DE DEMO — CAMPUS NORD"),
    43: ("19751719500037", "UNIVERSITE DE DEMO — IUT"),
}


def _site(index: int) -> int:
    return (41, 42, 42, 43, 43, 43)[index % 6]  # 1/6, 2/6, 3/6 of the invoices


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("sites") / "cache.sqlite"
    db = open_database(path)

    def fill(session: Session) -> None:
        for sid, (siret, name) in SITES.items():
            session.add(Structure(id=sid, siret=siret, name=name))
        rows = []
        for i in range(ROWS):
            values = invoice_values(i)
            site = _site(i)
            values |= {
                "structure_id": site,
                "structure_code": SITES[site][0],
                "structure_name": SITES[site][1],
                "service_id": site * 100 + i % 2,
                "is_new": i % 10 == 0,
            }
            rows.append(values)
        session.execute(insert(Invoice), rows)

    db.writer.run(fill)
    db.writer.run(lambda s: s.execute(text("ANALYZE")))
    yield db
    db.close()


def _expected(sites: set[int], inbox: Inbox = Inbox.ALL) -> int:
    return sum(
        1
        for i in range(ROWS)
        if _site(i) in sites and (inbox is Inbox.ALL or invoice_values(i)["inbox"] == inbox.value)
    )


def test_lists_and_counts_follow_the_selection(database: Database) -> None:
    with database.read() as session:
        assert count(session, InvoiceFilter()) == ROWS  # none chosen: all combined
        north = frozenset({42})
        assert count(session, InvoiceFilter(structure_ids=north)) == _expected({42}) == 1000
        both = frozenset({41, 43})
        criteria = InvoiceFilter(inbox=Inbox.TO_PROCESS, structure_ids=both)
        assert count(session, criteria) == _expected({41, 43}, Inbox.TO_PROCESS)
        ids = fetch_ids(session, criteria, limit=ROWS)
        assert ids and all(_site(i - 100_000_000) in {41, 43} for i in ids)
        assert count(session, InvoiceFilter(structure_ids=frozenset())) == 0  # none ticked
        by_inbox = inbox_counts(session, structure_ids=north)
        assert sum(by_inbox.values()) == 1000
        assert by_inbox[Inbox.TO_PROCESS.value] == _expected({42}, Inbox.TO_PROCESS)
        new = new_counts(session, structure_ids=north)
        assert sum(new.values()) == sum(1 for i in range(ROWS) if _site(i) == 42 and i % 10 == 0)
        assert set(service_totals(session, structure_ids=north)) == {4200, 4201}
        assert sum(service_totals(session).values()) == ROWS


def test_per_structure_counts(database: Database) -> None:
    with database.read() as session:
        counts = structure_counts(session)
    # sorted by name: CAMPUS NORD, IUT, SIEGE
    assert [(c.id, c.total) for c in counts] == [(42, 1000), (43, 1500), (41, 500)]
    by_id = {c.id: c for c in counts}
    assert [c.name for c in counts] == sorted(c.name for c in counts)
    for sid in SITES:
        assert by_id[sid].total == _expected({sid})
        assert by_id[sid].to_process == _expected({sid}, Inbox.TO_PROCESS)
        assert by_id[sid].siret == SITES[sid][0]


def test_dashboard_figures_follow_the_selection(database: Database) -> None:
    chosen = frozenset({42, 43})
    with database.read() as session:
        figures = read_dashboard(session, today=date(2026, 6, 1), structure_ids=chosen)
        assert figures.in_progress.count + figures.finished.count == _expected({42, 43})
        for figure in (figures.late, figures.due_soon, figures.waiting_supplier, *figures.groups):
            assert figure.criteria.structure_ids == chosen
            assert count(session, figure.criteria) == figure.count
        assert {f.key for f in figures.services} == {
            f"service:{s}" for s in (4200, 4201, 4300, 4301)
        }
        everything = read_dashboard(session, today=date(2026, 6, 1))
        assert everything.in_progress.count + everything.finished.count == ROWS


def test_the_csv_export_holds_the_chosen_structures_only(
    database: Database, tmp_path: Path
) -> None:
    target = tmp_path / "list.csv"
    with database.read() as session:
        written = export_csv(session, InvoiceFilter(structure_ids=frozenset({41})), target)
    assert written == 500
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 1 + 500


def test_a_selection_is_served_by_the_structure_index(database: Database) -> None:
    criteria = InvoiceFilter(inbox=Inbox.TO_PROCESS, structure_ids=frozenset({42}))
    with database.read() as session:
        query = invoice_ids_query(criteria).limit(200)
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " ".join(
            str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
        )
    assert "ix_invoices_structure_inbox" in plan, plan
