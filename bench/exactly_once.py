"""Exactly-once against a platform that ignores ``Idempotency-Key`` (the sandbox's chorus-like
mode: a resend is a real second traiterFactureRecue, refused 20002 or applied twice).

Two experiments, both counted on the platform's side (the sandbox's status history):

* kill trials: a worker process sends the outbox and is killed with SIGKILL at a random
  moment while rows are being sent (before the request, in flight, answer not yet recorded);
  the outbox is then resumed in-process until every row is closed;
* fault runs: the sync engine sends the outbox through 30 % faults (5xx, 429, connection
  reset, slow answers past the client's timeout, truncated answers).

An action is *lost* when the platform has no entry for it, *doubled* when it has more than one.

    python -m bench.exactly_once [--quick] [--trials 100] [--runs 3] [--invoices 300]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from bench.report import figure, report
from desktop_app.domain.actions import mark_service_done, record_mandate, suspend
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.models.outbox_store import open_entries
from desktop_app.models.work import OutboxEntry, OutboxState
from desktop_app.sandbox.launcher import SandboxProcess, start_sandbox_process
from desktop_app.sync.actions import queue_status_change
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.engine import EngineOptions, SyncEngine
from desktop_app.sync.outbox_sender import OutboxSender
from desktop_app.sync.pull import Puller, PullOptions
from desktop_app.sync.sandbox_door import read_connect_file, settings_from_connect_info

REPO = Path(__file__).resolve().parents[1]
FAULTS = "rate=0.3,kinds=5xx,429,reset,slow,truncate,seed={seed},slow_s=0.8,retry_after=1"
FAST = Backoff(base_s=0.05, cap_s=0.5, max_attempts=40)
USER = "manager"  # may commit any amount of the demo circuit: no approval detour


class Admin:
    """The sandbox's admin endpoints."""

    def __init__(self, info: dict[str, Any]) -> None:
        self.http = httpx.Client(
            base_url=info["apiBase"],
            verify=ssl.create_default_context(cafile=str(info["caCert"])),
            timeout=60,
            headers={info["adminHeader"]: info["adminToken"]},
        )

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.request(method, "/sandbox/admin/" + path, json=body)
        response.raise_for_status()
        return response.json()

    def applied(self, invoice_id: int) -> Counter[str]:
        """Recipient status changes applied to ``invoice_id`` (from the platform's history)."""
        return Counter(self.call("GET", f"invoices/{invoice_id}")["appliedRecipientChanges"])

    def close(self) -> None:
        self.http.close()


def start_chorus_like(folder: Path, invoices: int) -> SandboxProcess:
    """A sandbox that ignores Idempotency-Key and replays for real."""
    return start_sandbox_process(
        folder, invoices=invoices, seed=5, extra_args=("--chorus-like",), timeout=900
    )


def make_client(info: dict[str, Any], timeout_s: float = 10.0) -> PlatformClient:
    settings, _ = settings_from_connect_info(info, user=USER, timeout_s=timeout_s)
    return PlatformClient(settings)


def pull(client: PlatformClient, database: Database) -> None:
    Puller(client, database, options=PullOptions(page_size=200, backoff=FAST)).run()


@dataclass
class Tally:
    """Actions queued and what the platform shows of them."""

    actions: int = 0
    lost: int = 0
    doubled: int = 0
    not_done: int = 0
    verified: int = 0  # rows closed from the history (an earlier attempt had landed)
    details: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.actions += other.actions
        self.lost += other.lost
        self.doubled += other.doubled
        self.not_done += other.not_done
        self.verified += other.verified
        self.details += other.details


def fresh_invoices(
    admin: Admin, client: PlatformClient, database: Database, count: int
) -> list[int]:
    """``count`` invoices newly deposited by the supplier, pulled, "mise à disposition"."""
    ids = [
        int(i) for i in admin.call("POST", "supplier", {"action": "deposit", "count": count})["ids"]
    ]
    pull(client, database)
    with database.read() as session:
        statuses = dict(
            session.execute(select(Invoice.id, Invoice.status).where(Invoice.id.in_(ids))).all()
        )
    ready = [i for i in ids if statuses.get(i) == "MISE_A_DISPOSITION"]
    if len(ready) != count:
        raise RuntimeError(f"deposited invoices not all available: {statuses}")
    return ready


def queue_actions(database: Database, ids: list[int], tag: str) -> list[tuple[int, str]]:
    """Queue a mix of actions (one invoice gets two in a row); the (invoice, target) expected."""
    expected: list[tuple[int, str]] = []
    first, *others = ids
    queue_status_change(database, first, mark_service_done("MISE_A_DISPOSITION", f"SF {tag}"))
    change = record_mandate("SERVICE_FAIT", f"M-{tag}", Decimal("10.00"))
    queue_status_change(database, first, change)
    expected += [(first, "SERVICE_FAIT"), (first, "MANDATEE")]
    for index, invoice_id in enumerate(others):
        if index % 2 == 0:
            change = suspend("MISE_A_DISPOSITION", "CMD_ERR", f"Bon de commande illisible {tag}")
            expected.append((invoice_id, "SUSPENDUE"))
        else:
            change = mark_service_done("MISE_A_DISPOSITION")
            expected.append((invoice_id, "SERVICE_FAIT"))
        queue_status_change(database, invoice_id, change)
    database.writer.run(lambda _s: None)  # every row stored
    return expected


def count_on_platform(
    admin: Admin,
    database: Database,
    expected: list[tuple[int, str]],
    before: dict[int, Counter[str]],
    tag: str,
) -> Tally:
    """Lost / doubled actions, seen from the platform's history; rows not closed as done."""
    tally = Tally(actions=len(expected))
    for invoice_id in sorted({i for i, _ in expected}):
        now = admin.applied(invoice_id)
        for target in {t for i, t in expected if i == invoice_id}:
            wanted = sum(1 for i, t in expected if i == invoice_id and t == target)
            got = now[target] - before[invoice_id][target]
            if got < wanted:
                tally.lost += wanted - got
                tally.details.append(f"{tag}: {invoice_id} {target} applied {got}/{wanted}")
            elif got > wanted:
                tally.doubled += got - wanted
                tally.details.append(f"{tag}: {invoice_id} {target} applied {got}/{wanted}")
    ids = {i for i, _ in expected}
    with database.read() as session:
        rows = list(session.scalars(select(OutboxEntry).where(OutboxEntry.invoice_id.in_(ids))))
    for row in rows:
        if row.state != OutboxState.DONE.value:
            tally.not_done += 1
            tally.details.append(f"{tag}: row {row.id} {row.state} {row.last_error_code}")
        elif row.response and "verifiedApplied" in row.response:
            tally.verified += 1
    return tally


def drain(sender: OutboxSender, database: Database, passes: int = 40) -> None:
    """Send until no row is open (or ``passes`` passes)."""
    for _ in range(passes):
        sender.send_due(wait_budget_s=3.0)
        with database.read() as session:
            if not open_entries(session):
                return


# --- kill trials ---


def worker(connect_file: Path, database_path: Path) -> int:
    """The process a kill trial starts then kills: send the outbox, nothing else."""
    info = read_connect_file(connect_file)
    with open_database(database_path) as database, make_client(info) as client:
        sender = OutboxSender(client, database, backoff=FAST, settle_s=1.0)
        sender.recover()
        drain(sender, database)
    return 0


def sending_progress(database: Path, since_id: int = 0) -> tuple[int, int]:
    """(rows from ``since_id`` on that reached "sending" or beyond, rows "sending" now),
    read-only while the worker writes."""
    try:
        with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute(
                "SELECT count(*), coalesce(sum(state = 'sending'), 0) FROM outbox "
                "WHERE id >= ? AND (state IN ('sending','done') OR attempts > 0)",
                (since_id,),
            ).fetchone()
            return int(row[0]), int(row[1])
    except sqlite3.Error:
        return 0, 0


#: during a kill trial a request is held before the platform handles it (slow fault; the
#: handler still runs after the client is gone), so that kills land while it is in flight
KILL_FAULTS = "rate=0.5,kinds=slow,slow_s=0.3,seed={seed}"


def aim_kill(
    process: subprocess.Popen[bytes],
    database: Path,
    since_id: int,
    aim: int,
    in_flight: bool,
    rng: random.Random,
) -> None:
    """Wait until ``aim`` rows were attempted (and, ``in_flight``, one is being sent)."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        reached, sending = sending_progress(database, since_id)
        if reached >= aim and (sending or not in_flight):
            break
        time.sleep(0.002)
    time.sleep(rng.uniform(0.02, 0.25) if in_flight else rng.uniform(0.0, 0.03))


def kill_trial(
    sandbox: SandboxProcess,
    admin: Admin,
    client: PlatformClient,
    database: Database,
    database_path: Path,
    trial: int,
    rng: random.Random,
    invoices_per_trial: int = 3,
) -> tuple[Tally, bool]:
    """One trial; (tally, whether the kill left an applied action unrecorded)."""
    ids = fresh_invoices(admin, client, database, invoices_per_trial)
    before = {i: admin.applied(i) for i in ids}
    expected = queue_actions(database, ids, f"K{trial}")
    with database.read() as session:
        first_row = min(
            session.scalars(select(OutboxEntry.id).where(OutboxEntry.invoice_id.in_(ids)))
        )
    admin.call("POST", "faults", {"spec": KILL_FAULTS.format(seed=trial)})
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.exactly_once",
            "--worker",
            "--connect-file",
            str(sandbox.info["connectFile"]),
            "--database",
            str(database_path),
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    aim = rng.randint(1, len(expected))
    aim_kill(process, database_path, first_row, aim, trial % 2 == 0, rng)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    time.sleep(0.5)  # a held request finishes on the platform, its client gone
    admin.call("POST", "faults", {"spec": None})
    # did the kill land between the platform applying a row and the row being recorded?
    with database.read() as session:
        sending = list(
            session.scalars(
                select(OutboxEntry).where(OutboxEntry.state == OutboxState.SENDING.value)
            )
        )
    unrecorded = any(
        admin.applied(r.invoice_id)[json.loads(r.payload)["nouveauStatut"]]
        > before[r.invoice_id][json.loads(r.payload)["nouveauStatut"]]
        for r in sending
    )
    sender = OutboxSender(client, database, backoff=FAST, settle_s=1.0)
    sender.recover()
    drain(sender, database)
    return count_on_platform(admin, database, expected, before, f"kill {trial}"), unrecorded


def run_kill_trials(
    sandbox: SandboxProcess, folder: Path, trials: int, seed: int = 1
) -> tuple[Tally, int]:
    """(tally over every trial, kills that left an applied action unrecorded)."""
    rng = random.Random(seed)  # reproducible kill moments
    admin = Admin(sandbox.info)
    tally = Tally()
    unrecorded = 0
    database_path = folder / "kill-cache.sqlite"
    try:
        with open_database(database_path) as database, make_client(sandbox.info) as client:
            pull(client, database)
            for trial in range(trials):
                result, landed = kill_trial(
                    sandbox, admin, client, database, database_path, trial, rng
                )
                tally.add(result)
                unrecorded += landed
    finally:
        admin.close()
    return tally, unrecorded


# --- fault runs ---


def fault_run(sandbox: SandboxProcess, folder: Path, run: int, invoices: int = 8) -> Tally:
    """One run of the sync engine through 30 % faults; counted on the platform afterwards."""
    admin = Admin(sandbox.info)
    try:
        with (
            open_database(folder / f"faults-{run}.sqlite") as database,
            make_client(sandbox.info) as client,
        ):
            pull(client, database)
            ids = fresh_invoices(admin, client, database, invoices)
            before = {i: admin.applied(i) for i in ids}
            expected = queue_actions(database, ids, f"F{run}")
            admin.call("POST", "faults", {"spec": FAULTS.format(seed=101 + run)})
            try:
                options = EngineOptions(
                    files="none",
                    pull=PullOptions(page_size=200, backoff=FAST),
                    outbox_backoff=FAST,
                    outbox_wait_budget_s=3.0,
                )
                with make_client(sandbox.info, timeout_s=0.5) as faulty:
                    engine = SyncEngine(database, faulty, options=options)
                    for _ in range(40):
                        engine.run_once()
                        with database.read() as session:
                            if not open_entries(session):
                                break
            finally:
                admin.call("POST", "faults", {"spec": None})
            return count_on_platform(admin, database, expected, before, f"faults {run}")
    finally:
        admin.close()


def run_fault_runs(sandbox: SandboxProcess, folder: Path, runs: int) -> Tally:
    tally = Tally()
    for run in range(runs):
        tally.add(fault_run(sandbox, folder, run))
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10 kill trials, 1 fault run")
    parser.add_argument("--trials", type=int, default=None)
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--invoices", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--connect-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.connect_file, args.database)
    trials = args.trials or (10 if args.quick else 100)
    runs = args.runs or (1 if args.quick else 3)
    with tempfile.TemporaryDirectory(prefix="exactly-once-") as name:
        folder = Path(name)
        sandbox = start_chorus_like(folder / "sandbox", args.invoices)
        try:
            started = time.monotonic()
            kills, unrecorded = run_kill_trials(sandbox, folder, trials, args.seed)
            kill_s = time.monotonic() - started
            started = time.monotonic()
            faults = run_fault_runs(sandbox, folder, runs)
            fault_s = time.monotonic() - started
        finally:
            sandbox.stop()
    for line in kills.details + faults.details:
        print(line)
    rows = [
        figure("kill -9 trials (idempotency off)", trials, "trials"),
        figure("actions queued in the kill trials", kills.actions, "actions"),
        figure("kills leaving an applied action unrecorded", unrecorded, "trials"),
        figure("rows closed from the history after a kill", kills.verified, "rows"),
        figure("actions lost over the kill trials", kills.lost, "actions", "<= 0"),
        figure("actions doubled over the kill trials", kills.doubled, "actions", "<= 0"),
        figure("rows not done after the kill trials", kills.not_done, "rows", "<= 0"),
        figure("time for the kill trials", round(kill_s), "s"),
        figure("fault runs at 30 % (idempotency off)", runs, "runs"),
        figure("actions queued in the fault runs", faults.actions, "actions"),
        figure("rows closed from the history in the fault runs", faults.verified, "rows"),
        figure("actions lost over the fault runs", faults.lost, "actions", "<= 0"),
        figure("actions doubled over the fault runs", faults.doubled, "actions", "<= 0"),
        figure("rows not done after the fault runs", faults.not_done, "rows", "<= 0"),
        figure("time for the fault runs", round(fault_s), "s"),
    ]
    report("exactly_once", rows, quick=args.quick)
    bad = kills.lost + kills.doubled + kills.not_done + faults.lost + faults.doubled
    return 1 if bad + faults.not_done else 0


if __name__ == "__main__":
    sys.exit(main())
