"""Bench: initial and incremental sync from the loopback sandbox (mTLS + RFC 9421 signatures).

Figures: initial metadata+history sync (invoices/s, min/median of runs), the same rows bulk
inserted with raw sqlite3 (and the ratio), files included (details + download, on a subset),
incremental with nothing new, incremental with 100 changed invoices, peak RSS of the client.

    python -m bench.sync_initial [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import ssl
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil

from desktop_app.models.database import open_database
from desktop_app.sandbox.launcher import start_sandbox_process
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.connection import settings_from_connect_info
from desktop_app.sync.files import DocumentFetcher
from desktop_app.sync.mapping import history_rows, invoice_row
from desktop_app.sync.pull import Puller, PullOptions

RESULTS = Path(__file__).resolve().parent / "results" / "sync_initial.json"


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


def raw_insert_seconds(path: Path, client: PlatformClient, page_size: int) -> tuple[float, int]:
    """Fetch every row once (untimed), then time a raw sqlite3 bulk insert of the same rows."""
    invoices: list[dict[str, Any]] = []
    histories: list[dict[str, Any]] = []
    now = datetime.now(UTC)
    page = 1
    while True:
        data = client.search_invoices(structure_id=None, since=None, page=page, page_size=page_size)
        entries = data.get("listeFactures") or []
        for entry in entries:
            invoices.append(invoice_row(entry, now, True))
        if not entries or int(data["pageCourante"]) >= int(data["pages"]):
            break
        page += 1
    for row in invoices:
        histories.extend(history_rows(row["id"], client.history(row["id"])))
    open_database(path).close()  # same schema, migrated
    scale = 10_000

    def money(value: Any) -> int | None:
        return None if value is None else int(value * scale)

    invoice_tuples = [
        (
            r["id"],
            r["number"],
            r["invoice_type"],
            r["payment_request_type"],
            r["supplier_name"],
            r["supplier_code"],
            r["structure_id"],
            r["service_id"],
            str(r["issue_date"]),
            str(r["deposit_date"]),
            r["currency"],
            money(r["amount_excl_vat"]),
            money(r["amount_incl_vat"]),
            money(r["amount_due"]),
            r["status"],
            r["inbox"],
            r["status_changed_at"],
            r["platform_marker"],
            int(r["downloaded"]),
            int(r["possible_duplicate"]),
            now.isoformat(),
        )
        for r in invoices
    ]
    history_tuples = [
        (
            h["invoice_id"],
            h["platform_entry_id"],
            h["status"],
            h["occurred_at"],
            h["author"],
            h["comment"],
            h["source"],
        )
        for h in histories
    ]
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    for start in range(0, len(invoice_tuples), 1000):
        with connection:
            connection.executemany(
                "INSERT INTO invoices (id, number, invoice_type, payment_request_type, "
                "supplier_name, supplier_code, structure_id, service_id, issue_date, "
                "deposit_date, currency, amount_excl_vat, amount_incl_vat, amount_due, status, "
                "inbox, status_changed_at, platform_marker, downloaded, possible_duplicate, "
                "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                invoice_tuples[start : start + 1000],
            )
            ids = {t[0] for t in invoice_tuples[start : start + 1000]}
            connection.executemany(
                "INSERT INTO status_history (invoice_id, platform_entry_id, status, occurred_at, "
                "author, comment, source) VALUES (?,?,?,?,?,?,?)",
                [h for h in history_tuples if h[0] in ids],
            )
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, len(invoices)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 invoices, 2 runs")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--invoices", type=int, default=None)
    parser.add_argument("--files-subset", type=int, default=None)
    args = parser.parse_args()
    count = args.invoices or (2000 if args.quick else 20000)
    runs = args.runs or (2 if args.quick else 3)
    subset = args.files_subset or (200 if args.quick else 1000)
    options = PullOptions(page_size=1000, workers=4)
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        root = Path(folder)
        started = time.monotonic()
        sandbox = start_sandbox_process(root / "sandbox", invoices=count, seed=5, timeout=1800)
        print(
            f"sandbox with {sandbox.info['invoices']} invoices ready in "
            f"{time.monotonic() - started:.1f} s ({sandbox.info['mode']})"
        )
        try:
            settings, _ = settings_from_connect_info(sandbox.info, user="manager")
            initial: list[float] = []
            peak = 0
            stored = 0
            with PlatformClient(settings) as client:
                client.structures()
                for run in range(runs):
                    with open_database(root / f"run{run}.sqlite") as database, PeakRss() as rss:
                        t0 = time.perf_counter()
                        stats = Puller(client, database, options=options).run()
                        initial.append(time.perf_counter() - t0)
                        stored = stats.new
                    peak = max(peak, rss.peak)
                    print(f"run {run}: {stats.new} invoices in {initial[-1]:.2f} s")
                rates = [stored / s for s in initial]
                raw_s, raw_n = raw_insert_seconds(root / "raw.sqlite", client, 1000)
                # incremental: nothing new, then 100 changed
                with open_database(root / "run0.sqlite") as database:
                    quiet = []
                    for _ in range(5):
                        t0 = time.perf_counter()
                        Puller(client, database, options=options).run()
                        quiet.append(time.perf_counter() - t0)
                    admin = httpx.Client(
                        base_url=sandbox.info["apiBase"],
                        timeout=60,
                        verify=ssl.create_default_context(cafile=sandbox.info["caCert"]),
                        headers={sandbox.info["adminHeader"]: sandbox.info["adminToken"]},
                    )
                    changed_s = []
                    for _ in range(3):
                        admin.post(
                            "/sandbox/admin/supplier", json={"action": "deposit", "count": 50}
                        )
                        admin.post("/sandbox/admin/supplier", json={"action": "pay", "count": 50})
                        t0 = time.perf_counter()
                        stats = Puller(client, database, options=options).run()
                        changed_s.append(time.perf_counter() - t0)
                        print(
                            f"incremental: {stats.new} new + {stats.changed} changed "
                            f"in {changed_s[-1]:.3f} s"
                        )
                    admin.close()
                    ids = DocumentFetcher(client, database).stale_ids(subset)
                    t0 = time.perf_counter()
                    DocumentFetcher(client, database, fmt="XML").fetch(ids)
                    files_s = time.perf_counter() - t0
            meta_med = statistics.median(initial)
            files_rate = len(ids) / files_s
            # metadata + files for N invoices, estimated from the two measured rates
            with_files = stored / (meta_med + stored / files_rate)
            figures = [
                {
                    "figure": f"initial sync {stored} invoices metadata+history, min",
                    "value": round(min(initial), 2),
                    "unit": "s",
                    "goal": None,
                },
                {
                    "figure": f"initial sync {stored} invoices metadata+history, median",
                    "value": round(meta_med, 2),
                    "unit": "s",
                    "goal": None,
                },
                {
                    "figure": "initial sync rate metadata+history, best",
                    "value": round(max(rates)),
                    "unit": "invoices/s",
                    "goal": ">= 2000",
                },
                {
                    "figure": "initial sync rate metadata+history, median",
                    "value": round(statistics.median(rates)),
                    "unit": "invoices/s",
                    "goal": ">= 2000",
                },
                {
                    "figure": f"raw sqlite3 bulk insert of the same {raw_n} invoices + history",
                    "value": round(raw_s, 3),
                    "unit": "s",
                    "goal": None,
                },
                {
                    "figure": "ratio initial sync (median) / raw bulk insert",
                    "value": round(meta_med / raw_s, 1),
                    "unit": "x",
                    "goal": "<= 3",
                },
                {
                    "figure": f"details + files fetch ({len(ids)} invoices)",
                    "value": round(files_rate),
                    "unit": "invoices/s",
                    "goal": None,
                },
                {
                    "figure": "initial sync rate files included (estimated from both phases)",
                    "value": round(with_files),
                    "unit": "invoices/s",
                    "goal": None,
                },
                {
                    "figure": "incremental sync, nothing new, min",
                    "value": round(min(quiet), 3),
                    "unit": "s",
                    "goal": "<= 0.3",
                },
                {
                    "figure": "incremental sync, nothing new, median",
                    "value": round(statistics.median(quiet), 3),
                    "unit": "s",
                    "goal": "<= 0.3",
                },
                {
                    "figure": "incremental sync, 100 changed, min",
                    "value": round(min(changed_s), 3),
                    "unit": "s",
                    "goal": None,
                },
                {
                    "figure": "incremental sync, 100 changed, median",
                    "value": round(statistics.median(changed_s), 3),
                    "unit": "s",
                    "goal": None,
                },
                {
                    "figure": "peak RSS of the client during the initial sync",
                    "value": round(peak / 2**20),
                    "unit": "MiB",
                    "goal": None,
                },
            ]
        finally:
            sandbox.stop()
    width = max(len(f["figure"]) for f in figures)
    for figure in figures:
        goal = f"  (goal {figure['goal']})" if figure["goal"] else ""
        print(f"{figure['figure']:<{width}}  {figure['value']:>10} {figure['unit']}{goal}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    name = RESULTS if not args.quick else RESULTS.with_name("sync_initial_quick.json")
    name.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"written {name}")


if __name__ == "__main__":
    main()
