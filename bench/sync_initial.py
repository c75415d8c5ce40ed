"""Bench: initial and incremental sync from the loopback sandbox (mTLS + RFC 9421 signatures).

The initial pull has two phases: metadata (search pages of 1,000, the inbox is usable after
it) and the history backlog (one signed 3.4 call per invoice, 4 connections). Figures, best and
median of the runs: phase 1 rate and time to a usable inbox, phase 2 rate (with the default
RSA-3072 certificate, plus one run with an ECDSA P-256 one), metadata+history in all; the same
rows inserted with raw sqlite3 into the app's schema (invoices alone, with history, and without
FTS triggers and secondary indexes) and through the app's own bulk path, with the ratios;
files included (details + download, on a subset), incremental with nothing new and with 100
changed invoices, peak RSS of the client. Then, side by side in the same run
(:mod:`bench.sync_peer`), the whole ``invoice-desk sync`` process against Pastell's Chorus Pro
connector on a PISTE-mode sandbox of 2,000 invoices.

    python -m bench.sync_initial [--quick] [--runs N] [--peer-runs N] [--peer-only]
"""

from __future__ import annotations

import argparse
import sqlite3
import ssl
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx
import psutil
from sqlalchemy import text
from sqlalchemy.orm import Session

from bench.report import figure as _figure
from bench.report import report
from bench.sync_peer import measure_peer
from desktop_app.models.database import open_database
from desktop_app.sandbox.launcher import start_sandbox_process
from desktop_app.sync.cache_writes import store_histories, upsert_invoices
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.files import DocumentFetcher
from desktop_app.sync.mapping import HISTORY_VALUE_COLUMNS, INVOICE_VALUE_COLUMNS
from desktop_app.sync.pull import Puller, PullOptions
from desktop_app.sync.sandbox_door import settings_from_connect_info


class PeakRss:
    """Samples this process's RSS every 20 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        process = psutil.Process()
        while not self._stop.is_set():
            self.peak = max(self.peak, process.memory_info().rss)
            self._stop.wait(0.02)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


INVOICE_INSERT = (
    f"INSERT INTO invoices ({', '.join(INVOICE_VALUE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(INVOICE_VALUE_COLUMNS))})"
)
HISTORY_INSERT = (
    f"INSERT INTO status_history ({', '.join(HISTORY_VALUE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(HISTORY_VALUE_COLUMNS))})"
)
PAGE = 1000
MARKER = INVOICE_VALUE_COLUMNS.index("platform_marker")


@dataclass
class Rows:
    """The rows one pull stored, in storage format, pages of 1,000 invoices with their
    history rows (read back from a synced cache: the same rows, no network)."""

    pages: list[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]

    @classmethod
    def from_cache(cls, path: Path) -> Rows:
        connection = sqlite3.connect(path)
        invoices = connection.execute(
            f"SELECT {', '.join(INVOICE_VALUE_COLUMNS)} FROM invoices "
            "ORDER BY status_changed_at, id"
        ).fetchall()
        histories: dict[int, list[tuple[Any, ...]]] = {}
        for row in connection.execute(
            f"SELECT {', '.join(HISTORY_VALUE_COLUMNS)} FROM status_history ORDER BY id"
        ):
            histories.setdefault(row[0], []).append(row)
        connection.close()
        pages = []
        for start in range(0, len(invoices), PAGE):
            page = invoices[start : start + PAGE]
            pages.append((page, [h for row in page for h in histories.get(row[0], [])]))
        return cls(pages)

    @property
    def invoices(self) -> int:
        return sum(len(page) for page, _ in self.pages)

    @property
    def histories(self) -> int:
        return sum(len(history) for _, history in self.pages)


def _fresh_cache(path: Path, bare: bool) -> None:
    """The app's migrated schema at ``path``; ``bare`` drops the FTS triggers and every
    secondary index (primary keys and unique constraints stay)."""
    open_database(path).close()
    if not bare:
        return
    connection = sqlite3.connect(path)
    names = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE tbl_name IN ('invoices', 'status_history') "
        "AND type IN ('trigger', 'index') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name in names:
        connection.execute(f"DROP {kind.upper()} {name}")
    connection.commit()
    connection.close()


def raw_insert_seconds(path: Path, rows: Rows, *, history: bool, bare: bool = False) -> float:
    """Plain sqlite3 ``executemany`` INSERTs of ``rows``, one transaction per page."""
    _fresh_cache(path, bare)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA cache_size=-32000")  # the app's own settings (database.py)
    started = time.perf_counter()
    for invoices, histories in rows.pages:
        with connection:
            connection.executemany(INVOICE_INSERT, invoices)
            if history:
                connection.executemany(HISTORY_INSERT, histories)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def app_bulk_seconds(path: Path, rows: Rows) -> float:
    """The pull's own write path (upserts + history + marks through the single writer)."""
    _fresh_cache(path, bare=False)
    with open_database(path) as database:
        started = time.perf_counter()
        for invoices, histories in rows.pages:
            synced = [("2026-01-01T00:00:00.000000Z", row[0], row[MARKER]) for row in invoices]

            def work(
                session: Session,
                page: list[Any] = invoices,
                hist: list[Any] = histories,
                marks: list[Any] = synced,
            ) -> None:
                upsert_invoices(session, page)
                store_histories(session, hist, marks)

            database.writer.run(work)
        return time.perf_counter() - started


def timed_pull(client: PlatformClient, path: Path, options: PullOptions) -> tuple[float, float]:
    """(seconds to a usable inbox, seconds in all) of one initial pull into ``path``."""
    with open_database(path) as database:
        puller = Puller(client, database, options=options)
        started = time.perf_counter()
        stats = puller.run()
        total = time.perf_counter() - started
    if puller.metadata_seconds is None or stats.history_calls != stats.new:
        raise RuntimeError(f"unexpected pull: {stats.new} new, {stats.history_calls} histories")
    return puller.metadata_seconds, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 invoices, 2 runs")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--invoices", type=int, default=None)
    parser.add_argument("--files-subset", type=int, default=None)
    parser.add_argument("--user", default="manager", help="certificate user (manager: RSA-3072)")
    parser.add_argument("--ecdsa-user", default="clerk", help="second run with a P-256 key")
    parser.add_argument("--transport", default="keepalive", choices=("keepalive", "httpx"))
    parser.add_argument("--peer-runs", type=int, default=None, help="alternated runs (5)")
    parser.add_argument("--peer-invoices", type=int, default=2000)
    parser.add_argument("--pastell-git", default=None, help="a local clone of Pastell")
    parser.add_argument("--peer-only", action="store_true", help="only the side-by-side rows")
    args = parser.parse_args()
    count = args.invoices or (2000 if args.quick else 20000)
    runs = args.runs or (2 if args.quick else 3)
    subset = args.files_subset or (200 if args.quick else 1000)
    options = PullOptions(page_size=1000, workers=4)
    peer_runs = args.peer_runs or (2 if args.quick else 5)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        root = Path(folder)
        peer_rows = measure_peer(root, args.peer_invoices, peer_runs, args.pastell_git)
        if args.peer_only:
            report("sync_initial", peer_rows, quick=True)  # never replaces a full run
            return
        started = time.monotonic()
        sandbox = start_sandbox_process(root / "sandbox", invoices=count, seed=5, timeout=1800)
        print(
            f"sandbox with {sandbox.info['invoices']} invoices ready in "
            f"{time.monotonic() - started:.1f} s ({sandbox.info['mode']})"
        )
        try:
            figures = _measure(args, root, sandbox.info, runs, subset, options)
        finally:
            sandbox.stop()
    report("sync_initial", peer_rows + figures, quick=args.quick)


def _client(info: dict[str, Any], user: str, transport: str) -> PlatformClient:
    settings, _ = settings_from_connect_info(info, user=user)
    return PlatformClient(replace(settings, transport=transport))


def _measure(
    args: argparse.Namespace,
    root: Path,
    info: dict[str, Any],
    runs: int,
    subset: int,
    options: PullOptions,
) -> list[dict[str, Any]]:
    inbox_s: list[float] = []
    total_s: list[float] = []
    peak = 0
    with _client(info, args.user, args.transport) as client:
        client.structures()
        for run in range(runs):
            with PeakRss() as rss:
                meta, total = timed_pull(client, root / f"run{run}.sqlite", options)
            inbox_s.append(meta)
            total_s.append(total)
            peak = max(peak, rss.peak)
            print(f"run {run}: inbox usable after {meta:.2f} s, history done after {total:.2f} s")
        rows = Rows.from_cache(root / "run0.sqlite")
        n = rows.invoices
        raw_meta = raw_insert_seconds(root / "raw-meta.sqlite", rows, history=False)
        raw_all = raw_insert_seconds(root / "raw-all.sqlite", rows, history=True)
        raw_bare = raw_insert_seconds(root / "raw-bare.sqlite", rows, history=True, bare=True)
        app_bulk = app_bulk_seconds(root / "app-bulk.sqlite", rows)
        print(
            f"raw inserts: metadata {raw_meta:.2f} s, +history {raw_all:.2f} s, "
            f"bare {raw_bare:.2f} s; app path {app_bulk:.2f} s"
        )
        quiet, changed_s = _incremental(client, info, root / "run0.sqlite", options)
        with open_database(root / "run0.sqlite") as database:
            ids = DocumentFetcher(client, database).stale_ids(subset)
            t0 = time.perf_counter()
            DocumentFetcher(client, database, fmt="XML").fetch(ids)
            files_s = time.perf_counter() - t0
    ecdsa_rate = None
    if args.ecdsa_user:
        with _client(info, args.ecdsa_user, args.transport) as client:
            client.structures()
            meta, total = timed_pull(client, root / "ecdsa.sqlite", options)
        with open_database(root / "ecdsa.sqlite") as database, database.read() as session:
            seen = int(session.execute(text("SELECT count(*) FROM invoices")).scalar_one())
        ecdsa_rate = seen / (total - meta)
    history_s = [t - m for t, m in zip(total_s, inbox_s, strict=True)]
    inbox_med, total_med = statistics.median(inbox_s), statistics.median(total_s)
    files_rate = len(ids) / files_s
    with_files = n / (total_med + n / files_rate)  # metadata + history + files, estimated
    figures = [
        _figure("invoices of the initial sync", n, "invoices"),
        _figure("histories fetched (one signed call each, contract 3.4)", n, "calls"),
        _figure("phase 1 metadata rate, best", round(n / min(inbox_s)), "invoices/s", ">= 2000"),
        _figure("phase 1 metadata rate, median", round(n / inbox_med), "invoices/s", ">= 2000"),
        _figure("time to usable inbox, min", round(min(inbox_s), 2), "s"),
        _figure("time to usable inbox, median", round(inbox_med, 2), "s"),
        _figure(
            f"phase 2 history rate ({args.user} certificate), best",
            round(n / min(history_s)),
            "invoices/s",
        ),
        _figure(
            f"phase 2 history rate ({args.user} certificate), median",
            round(n / statistics.median(history_s)),
            "invoices/s",
        ),
        _figure("initial sync metadata+history, min", round(min(total_s), 2), "s"),
        _figure("initial sync metadata+history, median", round(total_med, 2), "s"),
        _figure("initial sync rate metadata+history, best", round(n / min(total_s)), "invoices/s"),
        _figure("initial sync rate metadata+history, median", round(n / total_med), "invoices/s"),
        _figure(
            "raw sqlite3 insert of the same invoice rows (app schema)", round(raw_meta, 3), "s"
        ),
        _figure(
            "raw sqlite3 insert of the same invoice + history rows (app schema)",
            round(raw_all, 3),
            "s",
        ),
        _figure(
            "raw sqlite3 insert, same rows, no FTS triggers nor secondary indexes",
            round(raw_bare, 3),
            "s",
        ),
        _figure(
            "app bulk write path alone, same rows (upserts via the writer)", round(app_bulk, 3), "s"
        ),
        _figure(
            "ratio phase 1 metadata (median) / raw insert of the invoice rows",
            round(inbox_med / raw_meta, 1),
            "x",
            "<= 3",
        ),
        _figure(
            "ratio metadata+history (median) / raw insert of invoice + history rows",
            round(total_med / raw_all, 1),
            "x",
            "<= 3",
        ),
        _figure(f"details + files fetch ({len(ids)} invoices)", round(files_rate), "invoices/s"),
        _figure(
            "initial sync rate files included (estimated from both measures)",
            round(with_files),
            "invoices/s",
        ),
        _figure("incremental sync, nothing new, min", round(min(quiet), 3), "s", "<= 0.3"),
        _figure(
            "incremental sync, nothing new, median",
            round(statistics.median(quiet), 3),
            "s",
            "<= 0.3",
        ),
        _figure("incremental sync, 100 changed, min", round(min(changed_s), 3), "s"),
        _figure(
            "incremental sync, 100 changed, median", round(statistics.median(changed_s), 3), "s"
        ),
        _figure("peak RSS of the client during the initial sync", round(peak / 2**20), "MiB"),
    ]
    if ecdsa_rate is not None:
        figures.insert(
            8,
            _figure(
                f"phase 2 history rate ({args.ecdsa_user} certificate, ECDSA P-256), one run",
                round(ecdsa_rate),
                "invoices/s",
            ),
        )
    return figures


def _incremental(
    client: PlatformClient, info: dict[str, Any], path: Path, options: PullOptions
) -> tuple[list[float], list[float]]:
    """Seconds of 5 pulls with nothing new, then of 3 pulls after 50 deposits + 50 payments."""
    with open_database(path) as database:
        quiet = []
        for _ in range(5):
            t0 = time.perf_counter()
            Puller(client, database, options=options).run()
            quiet.append(time.perf_counter() - t0)
        admin = httpx.Client(
            base_url=info["apiBase"],
            timeout=60,
            verify=ssl.create_default_context(cafile=info["caCert"]),
            headers={info["adminHeader"]: info["adminToken"]},
        )
        changed_s = []
        for _ in range(3):
            admin.post("/sandbox/admin/supplier", json={"action": "deposit", "count": 50})
            admin.post("/sandbox/admin/supplier", json={"action": "pay", "count": 50})
            t0 = time.perf_counter()
            stats = Puller(client, database, options=options).run()
            changed_s.append(time.perf_counter() - t0)
            print(
                f"incremental: {stats.new} new + {stats.changed} changed, "
                f"{stats.history_calls} histories in {changed_s[-1]:.3f} s"
            )
        admin.close()
    return quiet, changed_s


if __name__ == "__main__":
    main()
