"""Stress: ``python -m desktop_app sync`` killed with SIGKILL at random points, many times.

Each trial starts from an empty cache (or, with ``--keep``, from the previous trial's cache)
and kills the headless sync at a moment aimed in turn at start-up (migrations included), the
metadata phase (a random fraction of the invoices stored) and the history phase (metadata
stored, histories being fetched); it then resumes and checks that the cache equals a
reference pull (no invoice lost or doubled, same history) and ``PRAGMA integrity_check``.

    python -m bench.sync_kill_stress [--quick] [--trials 100] [--invoices 1000] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from bench.report import figure as _figure
from bench.report import report
from desktop_app.models.database import Database, open_database
from desktop_app.sandbox.launcher import start_sandbox_process
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.pull import Puller, PullOptions
from desktop_app.sync.sandbox_door import settings_from_connect_info

REPO = Path(__file__).resolve().parents[1]
PHASES = ("start-up", "metadata", "history")


def snapshot(database: Database) -> dict[int, tuple[str, str | None, int]]:
    """Every invoice's status, marker and number of history rows."""
    with database.read() as session:
        rows = session.execute(
            text(
                "SELECT i.id, i.status, i.platform_marker, (SELECT COUNT(*) FROM status_history h "
                "WHERE h.invoice_id = i.id) FROM invoices i"
            )
        ).all()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def pull_progress(database: Path) -> int:
    """Committed work in ``database`` (read-only, while the sync writes): invoices stored by
    phase 1 plus invoices whose history phase 2 stored, so 0 .. 2 x invoices."""
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute("SELECT count(*), count(history_synced_at) FROM invoices").fetchone()
            return int(row[0]) + int(row[1])
    except sqlite3.Error:
        return 0  # schema not created yet


def wait_for_progress(process: subprocess.Popen[bytes], database: Path, target: float) -> None:
    """Return once :func:`pull_progress` reaches ``target``, the process ended, or 60 s passed."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if pull_progress(database) >= target:
            return
        time.sleep(0.01)


def aim_kill(
    process: subprocess.Popen[bytes], database: Path, phase: str, invoices: int, rng: random.Random
) -> None:
    """Wait until the moment ``phase`` asks for (whatever the machine's speed)."""
    if phase == "start-up":
        time.sleep(rng.uniform(0.05, 1.5))
    elif phase == "metadata":
        wait_for_progress(process, database, rng.uniform(0.05, 0.95) * invoices)
    else:  # histories are stored in batches: aim just after the metadata is complete
        wait_for_progress(process, database, invoices)
        time.sleep(rng.uniform(0.0, 0.2))


def sync_command(connect_file: str, database: Path, page_size: int) -> list[str]:
    """The headless sync a trial starts (and kills)."""
    return [
        sys.executable,
        "-m",
        "desktop_app",
        "sync",
        "--connect-file",
        connect_file,
        "--database",
        str(database),
        "--files",
        "none",
        "--page-size",
        str(page_size),
        "--quiet",
        "--retry-base",
        "0.05",
    ]


def _unlink(database: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)


def run_trials(args: argparse.Namespace) -> tuple[Counter[str], int, float]:
    """(kills that landed mid-pull by phase, failures, seconds)."""
    rng = random.Random(args.seed)
    landed: Counter[str] = Counter()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kill-stress-") as folder:
        root = Path(folder)
        sandbox = start_sandbox_process(root / "sandbox", invoices=args.invoices, timeout=900)
        try:
            settings, _ = settings_from_connect_info(sandbox.info)
            options = PullOptions(page_size=100)
            with PlatformClient(settings) as client:
                with open_database(root / "reference.sqlite") as reference_db:
                    Puller(client, reference_db, options=options).run()
                    reference = snapshot(reference_db)
                started = time.monotonic()
                for trial in range(args.trials):
                    database = root / ("cache.sqlite" if args.keep else f"trial-{trial}.sqlite")
                    if args.keep and trial % 10 == 0:
                        _unlink(database)
                    before = pull_progress(database)
                    process = subprocess.Popen(
                        sync_command(sandbox.info["connectFile"], database, 100),
                        cwd=REPO,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        env={**os.environ, "PYTHONPATH": str(REPO)},
                    )
                    phase = PHASES[trial % len(PHASES)]
                    aim_kill(process, database, phase, len(reference), rng)
                    finished = process.poll() is not None
                    process.send_signal(signal.SIGKILL)
                    process.wait(30)
                    progress = pull_progress(database)
                    if not finished and progress < 2 * len(reference):
                        if progress == 0:
                            landed["start-up"] += 1
                        elif progress < len(reference):
                            landed["metadata"] += 1
                        elif progress > before:
                            landed["history"] += 1
                    if not database.exists():
                        continue
                    with open_database(database) as db:
                        Puller(client, db, options=options).run()
                        with db.read() as session:
                            ok = session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                        same = snapshot(db) == reference
                    if not (ok and same):
                        failures += 1
                        print(f"trial {trial} ({phase}): integrity {ok}, equal {same}")
                    if not args.keep:
                        _unlink(database)
                elapsed = time.monotonic() - started
        finally:
            sandbox.stop()
    return landed, failures, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="12 trials, 300 invoices")
    parser.add_argument("--trials", type=int, default=None)
    parser.add_argument("--invoices", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="reuse the cache across trials")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.trials = args.trials or (12 if args.quick else 100)
    args.invoices = args.invoices or (300 if args.quick else 1000)
    landed, failures, elapsed = run_trials(args)
    figures = [
        _figure("kill trials", args.trials, "trials", f">= {20 if not args.quick else 12}"),
        _figure("invoices in the sandbox", args.invoices, "invoices"),
        *(_figure(f"kills landed mid-pull: {p}", landed[p], "trials") for p in PHASES),
        _figure("trials losing or doubling data", failures, "trials", "<= 0"),
        _figure("time for all trials", round(elapsed), "s"),
    ]
    report("sync_kill_stress", figures, quick=args.quick)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
