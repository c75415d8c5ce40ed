"""Stress: ``python -m desktop_app sync`` killed with SIGKILL at random points, many times.

Each trial starts from an empty cache (or, with ``--keep``, from the previous trial's cache),
kills the headless sync at a random moment, resumes it, and checks that the cache equals a
reference pull (no invoice lost or doubled, same history) and ``PRAGMA integrity_check``.

    python -m bench.sync_kill_stress [--trials 100] [--invoices 1000] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from desktop_app.models.database import Database, open_database
from desktop_app.sandbox.launcher import start_sandbox_process
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.connection import settings_from_connect_info
from desktop_app.sync.pull import Puller, PullOptions

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "sync_kill_stress.json"


def snapshot(database: Database) -> dict[int, tuple[str, str | None, int]]:
    with database.read() as session:
        rows = session.execute(
            text(
                "SELECT i.id, i.status, i.platform_marker, (SELECT COUNT(*) FROM status_history h "
                "WHERE h.invoice_id = i.id) FROM invoices i"
            )
        ).all()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="reuse the cache across trials")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    mid = 0
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
                    name = "cache.sqlite" if args.keep else f"trial-{trial}.sqlite"
                    database = root / name
                    if args.keep and database.exists() and trial % 10 == 0:
                        for suffix in ("", "-wal", "-shm"):
                            Path(str(database) + suffix).unlink(missing_ok=True)
                    command = [
                        sys.executable,
                        "-m",
                        "desktop_app",
                        "sync",
                        "--connect-file",
                        sandbox.info["connectFile"],
                        "--database",
                        str(database),
                        "--files",
                        "none",
                        "--page-size",
                        "100",
                        "--quiet",
                    ]
                    process = subprocess.Popen(
                        command,
                        cwd=REPO,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        env={**os.environ, "PYTHONPATH": str(REPO)},
                    )
                    time.sleep(rng.uniform(0.3, 4.0))
                    process.send_signal(signal.SIGKILL)
                    process.wait(30)
                    if not database.exists():
                        continue
                    with open_database(database) as db:
                        partial = len(snapshot(db))
                        mid += 0 < partial < len(reference)
                        Puller(client, db, options=options).run()
                        with db.read() as session:
                            ok = session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                        same = snapshot(db) == reference
                    if not (ok and same):
                        failures += 1
                        print(f"trial {trial}: integrity {ok}, equal to reference {same}")
                    if not args.keep:
                        for suffix in ("", "-wal", "-shm"):
                            Path(str(database) + suffix).unlink(missing_ok=True)
                elapsed = time.monotonic() - started
        finally:
            sandbox.stop()
    print(f"{args.trials} trials, {mid} killed mid-pull, {failures} failures, {elapsed:.0f} s")
    RESULTS.write_text(
        json.dumps(
            [
                {"figure": "kill trials", "value": args.trials, "unit": "trials", "goal": "info"},
                {
                    "figure": "killed in the middle of a pull",
                    "value": mid,
                    "unit": "trials",
                    "goal": "info",
                },
                {
                    "figure": "trials losing or doubling data",
                    "value": failures,
                    "unit": "trials",
                    "goal": "<= 0",
                },
            ],
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
