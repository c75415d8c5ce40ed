"""Resume after SIGKILL: ``python -m desktop_app sync`` killed at random points, then resumed.

Each trial starts from an empty cache, kills the headless sync at a random moment (before,
during or after the pull), resumes, and checks that nothing is lost or doubled.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.models.database import open_database
from tests.sync.conftest import integrity_ok, pull, snapshot

TRIALS = 20
REPO = Path(__file__).resolve().parents[2]


def sync_command(connect_file: str, database: Path) -> list[str]:
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
        "40",
        "--quiet",
        "--retry-base",
        "0.05",
    ]


@pytest.fixture(scope="module")
def reference(sandbox, tmp_path_factory):
    from tests.sync.conftest import make_client

    with open_database(tmp_path_factory.mktemp("ref") / "ref.sqlite") as database:
        with make_client(sandbox) as client:
            pull(client, database)
        return snapshot(database)


def test_full_headless_run(sandbox, reference, tmp_path: Path) -> None:
    database = tmp_path / "cache.sqlite"
    result = subprocess.run(
        sync_command(sandbox.info["connectFile"], database),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    assert "sync ok" in result.stdout
    with open_database(database) as db:
        assert snapshot(db) == reference


def cached_invoice_count(database: Path) -> int:
    """Invoices already committed in ``database`` (read-only, while the sync writes)."""
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM invoices").fetchone()[0])
    except sqlite3.Error:
        return 0  # schema not created yet


def wait_for_progress(process: subprocess.Popen[bytes], database: Path, target: float) -> None:
    """Return once ``target`` invoices are committed, the process ended, or 60 s passed."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if cached_invoice_count(database) >= target:
            return
        time.sleep(0.01)


@pytest.mark.slow
def test_resume_after_sigkill_at_random_points(sandbox, reference, tmp_path: Path) -> None:
    from tests.sync.conftest import make_client

    rng = random.Random(20261125)
    killed_mid_pull = 0
    with make_client(sandbox) as client:
        for trial in range(TRIALS):
            database = tmp_path / f"trial-{trial}.sqlite"
            process = subprocess.Popen(
                sync_command(sandbox.info["connectFile"], database),
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
            if trial % 4 == 0:
                time.sleep(rng.uniform(0.05, 1.5))  # anywhere, start-up included
            else:  # at a random point of the pull itself, whatever the machine's speed
                wait_for_progress(process, database, rng.uniform(0.05, 0.95) * len(reference))
            finished = process.poll() is not None
            process.send_signal(signal.SIGKILL)
            process.wait(30)
            if database.exists():
                with open_database(database) as db:
                    partial = len(snapshot(db))
                    if 0 < partial < len(reference) and not finished:
                        killed_mid_pull += 1
                    assert integrity_ok(db)
                    pull(client, db)  # resume
                    assert snapshot(db) == reference, f"trial {trial}"
                    assert integrity_ok(db)
    assert killed_mid_pull >= 5, "too few kills landed in the middle of a pull"
