"""Resume after SIGKILL: ``python -m desktop_app sync`` killed at random points, then resumed.

Each trial starts from an empty cache, kills the headless sync at a random moment (before,
during or after either phase of the pull: metadata pages, then the history backlog), resumes,
and checks that nothing is lost or doubled.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
from pathlib import Path

import pytest

from bench.sync_kill_stress import aim_kill, pull_progress
from bench.sync_kill_stress import sync_command as stress_sync_command
from desktop_app.models.database import open_database
from tests.sync.conftest import integrity_ok, pull, snapshot

TRIALS = 20
REPO = Path(__file__).resolve().parents[2]


def sync_command(connect_file: str, database: Path) -> list[str]:
    return stress_sync_command(connect_file, database, page_size=40)


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


@pytest.mark.slow
def test_resume_after_sigkill_at_random_points(sandbox, reference, tmp_path: Path) -> None:
    from tests.sync.conftest import make_client

    rng = random.Random(20261125)
    killed_mid_pull = 0
    killed_in_phase = {"metadata": 0, "history": 0}
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
            # start-up, inside the metadata phase, then twice while the history is fetched
            phase = ("start-up", "metadata", "history", "history")[trial % 4]
            aim_kill(process, database, phase, len(reference), rng)
            finished = process.poll() is not None
            process.send_signal(signal.SIGKILL)
            process.wait(30)
            if database.exists():
                with open_database(database) as db:
                    partial = snapshot(db)
                    with_history = pull_progress(database) - len(partial)
                    if not finished and 0 < len(partial) < len(reference):
                        killed_mid_pull += 1
                        killed_in_phase["metadata"] += 1
                    elif not finished and len(partial) == len(reference) > with_history:
                        killed_mid_pull += 1
                        killed_in_phase["history"] += 1
                    assert integrity_ok(db)
                    pull(client, db)  # resume
                    assert snapshot(db) == reference, f"trial {trial}"
                    assert integrity_ok(db)
    assert killed_mid_pull >= 5, "too few kills landed in the middle of a pull"
    assert min(killed_in_phase.values()) >= 2, killed_in_phase


@pytest.fixture(scope="module")
def chorus_like_sandbox(tmp_path_factory):
    """A sandbox that ignores Idempotency-Key: a resend is a real second call."""
    from bench.exactly_once import start_chorus_like

    process = start_chorus_like(tmp_path_factory.mktemp("chorus"), invoices=100)
    try:
        yield process
    finally:
        process.stop()


@pytest.mark.slow
def test_outbox_killed_while_sending_resumes_exactly_once(chorus_like_sandbox, tmp_path) -> None:
    """kill -9 of a process sending the outbox, then resume: each action on the platform
    exactly once (counted in the sandbox's history), every row done. A few trials; the bench
    ``python -m bench.exactly_once`` runs 100."""
    from bench.exactly_once import run_kill_trials

    tally, _unrecorded = run_kill_trials(chorus_like_sandbox, tmp_path, trials=4, seed=7)
    assert tally.actions == 16
    assert (tally.lost, tally.doubled, tally.not_done) == (0, 0, 0), tally.details
