"""Benchmark: the invoice list at a million invoices.

``python -m bench.ui_million [--quick] [--keep PATH]`` fills a cache (1,000,000 invoices, or
100,000 with ``--quick``) directly with SQLite executemany, then measures on the real widgets
(offscreen): first rows visible after opening an inbox, applying a filter and a full-text
search (p95), cold start of a process to a usable window, and its RSS, first without any
table statistics, then after ``ANALYZE``. Beside each list figure, its peer measured in the
same run: SQLite alone (the ``sqlite3`` module) running the same SQL for the first page (the
id page and the visible rows' columns). Prints a table and writes
bench/results/ui_million.json.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.report import figure, report
from bench.ui_fill import _INSERT, SERVICES, STRUCTURE_ID, invoice_tuple

BATCH = 50_000


def build_cache(path: Path, count: int) -> float:
    """Migrate an empty cache, then insert ``count`` invoices with executemany."""
    from desktop_app.models.database import open_database

    started = time.perf_counter()
    if path.exists():
        with sqlite3.connect(path) as conn:
            have = conn.execute("SELECT COUNT(*) FROM invoices").fetchone()[0]
        if have == count:
            return 0.0
        path.unlink()
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute(
        "INSERT INTO structures (id, siret, name) VALUES (?, ?, ?)",
        (STRUCTURE_ID, "21690123100011", "Mairie de Démo-sur-Rhône"),
    )
    conn.executemany(
        "INSERT INTO services (id, structure_id, code, name, active) VALUES (?, ?, ?, ?, 1)",
        [(sid, STRUCTURE_ID, code, name) for sid, code, name in SERVICES],
    )
    for first in range(0, count, BATCH):
        rows = [invoice_tuple(i) for i in range(first, min(first + BATCH, count))]
        conn.executemany(_INSERT, rows)
        conn.commit()
        print(f"  {min(first + BATCH, count):>9,} invoices", file=sys.stderr, flush=True)
    conn.close()
    from desktop_app.models.database import optimize_full_text

    optimize_full_text(path)  # as the app's daily maintenance leaves it (database.close)
    return time.perf_counter() - started


def set_statistics(path: Path, analyzed: bool) -> None:
    """With ``ANALYZE`` statistics (``sqlite_stat1``) or without any."""
    with sqlite3.connect(path) as conn:
        if analyzed:
            conn.execute("ANALYZE")
        else:
            conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
            conn.execute("DROP TABLE IF EXISTS sqlite_stat4")
        conn.commit()


def p95(samples: list[float]) -> float:
    """95th percentile (nearest rank)."""
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def _timed(action: Callable[[], None], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        out.append((time.perf_counter() - started) * 1000)
    return out


PEER = "SQLite alone (sqlite3), same queries' first page"
_VISIBLE = 40  # rows whose display columns the peer reads (more than a 700 px list shows)


def _peer_statements(database: Any, criteria: Any) -> list[tuple[str, list[Any]]]:
    """The SQL the list runs for ``criteria``'s first page: the id page (with the strategy
    the list chose) and the display rows of the visible ids, as plain SQL text."""
    from sqlalchemy.dialects import sqlite

    from desktop_app.models.invoices import Invoice
    from desktop_app.models.list_rows import _ROWS_SQL
    from desktop_app.models.queries import SortKey, planned_ids_query
    from desktop_app.ui.invoice_table_model import InvoiceTableModel

    with database.read() as session:
        page = planned_ids_query(session, criteria, SortKey.DEPOSIT_DATE, True)
        page = page.add_columns(Invoice.deposit_date).limit(InvoiceTableModel.ID_PAGE)
        ids = [int(row[0]) for row in session.execute(page)][:_VISIBLE]
    compiled = page.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    rows = _ROWS_SQL.format(marks=", ".join("?" * len(ids)))  # the list's own row statement
    return [(str(compiled), []), (rows, ids)]


def _peer_time(path: Path, statements: list[tuple[str, list[Any]]], repeat: int) -> list[float]:
    conn = sqlite3.connect(path)
    try:
        for sql, params in statements:  # warm, as the list is
            conn.execute(sql, params).fetchall()
        out = []
        for _ in range(repeat):
            started = time.perf_counter()
            for sql, params in statements:
                conn.execute(sql, params).fetchall()
            out.append((time.perf_counter() - started) * 1000)
        return out
    finally:
        conn.close()


def _qt_alone_repaint(view: Any, repeat: int) -> list[float]:
    """The limit of "first rows visible": Qt alone repainting the same list — a view of the
    same size, style and settings, over a C++ model (``QStandardItemModel``) holding the
    texts our model shows on its visible rows (no Python is called while painting)."""
    from desktop_app.ui.qt import QApplication, QStandardItem, QStandardItemModel, Qt, QTableView

    model = view.model()
    rows = min(model.rowCount(), view.viewport().height() // max(1, view.rowHeight(0)) + 2)
    alone = QStandardItemModel(rows, model.columnCount())
    for row in range(rows):
        for col in range(model.columnCount()):
            text = model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
            alone.setItem(row, col, QStandardItem(str(text or "")))
    twin = QTableView()
    twin.setModel(alone)
    twin.setAlternatingRowColors(True)
    twin.setWordWrap(False)
    twin.verticalHeader().setVisible(False)
    twin.verticalHeader().setDefaultSectionSize(view.rowHeight(0))
    for col in range(model.columnCount()):
        twin.setColumnWidth(col, view.columnWidth(col))
    twin.resize(view.size())
    twin.show()
    QApplication.processEvents()  # exposed: a repaint before that paints nothing
    twin.viewport().repaint()
    samples = _timed(twin.viewport().repaint, repeat)
    twin.close()
    twin.deleteLater()
    return samples


def measure_list(path: Path, repeat: int) -> dict[str, list[float]]:
    """Open inboxes, apply filters, search: time until the first rows are painted."""
    from desktop_app.domain.inboxes import Inbox
    from desktop_app.models.database import open_database
    from desktop_app.models.queries import InvoiceFilter
    from desktop_app.ui.app import make_application
    from desktop_app.ui.invoice_list import InvoiceListView

    app = make_application()
    database = open_database(path)
    view = InvoiceListView(database)
    view.resize(900, 700)
    view.show()
    app.processEvents()

    def show(criteria: InvoiceFilter) -> Callable[[], None]:
        def run() -> None:
            view.invoice_model.set_query(criteria)
            view.viewport().repaint()  # paints the visible rows: their data is read now

        return run

    inboxes = [
        Inbox.TO_PROCESS,
        Inbox.SUSPENDED,
        Inbox.REJECTED,
        Inbox.SERVICE_DONE,
        Inbox.MANDATED,
        Inbox.PAID,
        Inbox.ALL,
    ]
    filters = [
        InvoiceFilter(inbox=Inbox.TO_PROCESS, supplier="PAPETERIE"),
        InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"SUSPENDUE"})),
        InvoiceFilter(
            inbox=Inbox.TO_PROCESS, amount_min=Decimal("1000"), amount_max=Decimal("2000")
        ),
        InvoiceFilter(inbox=Inbox.ALL, date_from=date(2025, 6, 1), date_to=date(2025, 6, 30)),
        InvoiceFilter(inbox=Inbox.ALL, service_id=SERVICES[1][0]),
        InvoiceFilter(inbox=Inbox.MANDATED, service_id=SERVICES[2][0]),
    ]
    searches = [
        "cantine",
        "F-0012345",
        "EJ-2026-0042",
        "ELEC OUEST",
        "informatique alpes",
        "livraison conforme",
        "55203253400100",
    ]
    results: dict[str, list[float]] = {"inbox": [], "filter": [], "search": []}
    groups = {
        "inbox": [InvoiceFilter(inbox=inbox) for inbox in inboxes],
        "filter": filters,
        "search": [InvoiceFilter(inbox=Inbox.ALL, text=text) for text in searches],
    }
    for _ in range(repeat):
        for kind, group in groups.items():
            for criteria in group:
                results[kind] += _timed(show(criteria), 1)
    for kind, group in groups.items():
        results["peer_" + kind] = []
        for criteria in group:
            results["peer_" + kind] += _peer_time(
                path, _peer_statements(database, criteria), repeat
            )
    results["qt_paint"] = _qt_alone_repaint(view, repeat * 10)
    view.close()
    view.deleteLater()
    app.processEvents()
    database.close()
    return results


_COLD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from desktop_app.ui.app import make_application
from desktop_app.models.database import open_database
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QSettings
app = make_application()
database = open_database(Path(sys.argv[1]))
sync = SyncService(database, settings_path=Path(sys.argv[2]) / "c.json")
window = MainWindow(sync, QSettings(str(Path(sys.argv[2]) / "ui.ini"), QSettings.Format.IniFormat))
window.show()
window.list.viewport().repaint()
app.processEvents()
print("READY", flush=True)
import psutil
from desktop_app.domain.inboxes import Inbox
from desktop_app.ui.workers import pending_tasks
for inbox in (Inbox.ALL, Inbox.TO_PROCESS, Inbox.PAID):
    window.inboxes.select_inbox(inbox)
    window.list.viewport().repaint()
window.filters.search.setText("cantine")
window.filters.apply_now()
for _ in range(40):
    window.list.scrollToBottom(); app.processEvents()
deadline = time.monotonic() + 30
while pending_tasks() and time.monotonic() < deadline:
    app.processEvents(); time.sleep(0.01)
print("RSS", psutil.Process().memory_info().rss, flush=True)
os._exit(0)  # not the periodic backup of a 1 GB cache at close: it is not what is measured
"""


def precompile() -> None:
    """Write the package's bytecode first, as the MSI ships it (installers/windows/bytecode.py):
    a machine that writes no bytecode (``PYTHONDONTWRITEBYTECODE``, a read-only install)
    would otherwise compile every module from source at each start."""
    import desktop_app

    package = Path(desktop_app.__file__).resolve().parent
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(package)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )


def measure_cold_start(path: Path, runs: int) -> tuple[list[float], list[int]]:
    """Process launch to a shown window with its first rows painted; RSS after use."""
    precompile()
    times, rss = [], []
    with tempfile.TemporaryDirectory() as work:
        for _ in range(runs):
            started = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, "-c", _COLD, str(path), work],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("READY"):
                    times.append((time.perf_counter() - started) * 1000)
                elif line.startswith("RSS"):
                    rss.append(int(line.split()[1]))
            child.wait(120)
    return times, rss


def measure_phase(path: Path, quick: bool, analyzed: bool) -> list[dict[str, Any]]:
    """Every figure of one statistics state."""
    set_statistics(path, analyzed)
    label = "after ANALYZE" if analyzed else "no statistics"
    lists = measure_list(path, 3 if quick else 8)
    cold, rss = measure_cold_start(path, 3 if quick else 5)
    rows = []
    for kind, name in (
        ("inbox", "open an inbox"),
        ("filter", "apply a filter"),
        ("search", "full-text search"),
    ):
        rows.append(
            figure(
                f"{name}: first rows visible (p95, {label})",
                round(p95(lists[kind]), 1),
                "ms",
                "<= 20",
                peer=PEER,
                peer_value=round(p95(lists["peer_" + kind]), 2),
            )
        )
    qt_alone = figure(
        f"repaint of the visible rows, Qt alone (p95, {label})",
        round(p95(lists["qt_paint"]), 1),
        "ms",
    )
    qt_alone["limit"] = "Qt alone: the same view over a C++ QStandardItemModel (no Python)"
    qt_alone["limit_value"] = qt_alone["value"]
    rows.append(qt_alone)
    rows.append(
        figure(
            f"open an inbox (median, {label})",
            round(statistics.median(lists["inbox"]), 1),
            "ms",
            "<= 20",
            peer=PEER,
            peer_value=round(statistics.median(lists["peer_inbox"]), 2),
        )
    )
    rows.append(
        figure(
            f"cold start to usable window (median, {label})",
            round(statistics.median(cold)),
            "ms",
            "<= 1000",
        )
    )
    rows.append(
        figure(
            f"resident memory after use (max, {label})", round(max(rss) / 1e6, 1), "MB", "<= 250"
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100,000 invoices, fewer runs")
    parser.add_argument("--keep", type=Path, help="cache file to build once and reuse")
    args = parser.parse_args(argv)
    count = 100_000 if args.quick else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "cache.sqlite"
        fill_s = build_cache(path, count)
        from desktop_app.models.database import open_database

        open_database(path).close()  # migrated before any timing
        figures = [figure("invoices in the cache", count, "rows", ">= 1000000")]
        for analyzed in (False, True):
            figures += measure_phase(path, args.quick, analyzed)
    if fill_s:
        figures.append(figure("cache fill time (executemany)", round(fill_s, 1), "s"))
    report("ui_million", figures, quick=args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
