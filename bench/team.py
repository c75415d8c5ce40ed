"""Benchmark: the team store with 50 simulated desktops (``python -m bench.team [--quick]``).

Starts a throwaway PostgreSQL cluster (bench/pg_cluster.py) and measures, on this machine:

* **propagation**: a manager's decision on one desktop, until each other desktop has it in its
  own cache (real :class:`TeamSync` links, each with its own SQLite cache and database role),
  with ``LISTEN/NOTIFY`` and with short polling (1 s) instead; p50/p95 over every (decision,
  desktop) pair. All desktops run in this one process on 2 cores: a pessimistic set-up.
* **throughput**: decisions per second the store sustains (the real operation path:
  ``team_store.apply_op``, row-level security and ``applied_ops`` included), 10 managers
  deciding at once on separate connections.
* **platform load**: HTTP requests one desktop's pull makes against the sandbox (first pull,
  an idle incremental pull, one with new invoices), and what 50 desktops pulling every 5
  minutes imply per hour.

Writes bench/results/team.json (``team_quick.json`` with ``--quick``).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from bench.pg_cluster import Cluster, start_cluster
from bench.report import figure, report
from desktop_app.domain.approvals import ApprovalCircuit, Approver
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.sync import team_store
from desktop_app.sync.approvals import pending_requests
from desktop_app.sync.team_admin import add_person, apply_schema, create_database
from desktop_app.sync.team_ops import decide_team
from desktop_app.sync.team_results import TeamNotice
from desktop_app.sync.team_sync import TeamSync

PASSWORD = "bench-password"  # a throwaway cluster's
STRUCTURE = 26_073_617
SYNC_INTERVAL_S = 300  # the desktops' pull period assumed for the platform load (5 min)


def _team_database(cluster: Cluster, managers: int, clerks: int) -> str:
    name = f"bench_{uuid.uuid4().hex[:6]}"
    create_database(cluster.superuser_dsn(), name)
    apply_schema(cluster.superuser_dsn(name))
    with psycopg.connect(cluster.superuser_dsn(name)) as conn:
        for i in range(managers):
            add_person(conn, f"bmgr{i}", "manager", PASSWORD)
        for i in range(clerks):
            add_person(conn, f"bclerk{i}", "clerk", PASSWORD)
        approvers = tuple(Approver(f"bmgr{i}") for i in range(managers))
        team_store.store_circuit(conn, STRUCTURE, ApprovalCircuit(ApprovalPolicy(), approvers))
    return name


def _request_body(invoice_id: int) -> dict[str, Any]:
    return {
        "structure_id": STRUCTURE,
        "invoice_id": invoice_id,
        "invoice_number": f"F-{invoice_id}",
        "supplier_name": "Fournisseur",
        "action": "mandate",
        "payload": f'{{"idFacture": {invoice_id}}}',
        "service_code": "FINANCES",
        "amount": "45000.00",
        "threshold": "40000.00",
        "previous_status": "MISE_A_DISPOSITION",
    }


def _fill(database: Database, invoice_ids: list[int]) -> None:
    def work(session: Any) -> None:
        for invoice_id in invoice_ids:
            session.add(
                Invoice(
                    id=invoice_id,
                    number=f"F-{invoice_id}",
                    invoice_type="FACTURE",
                    status="MISE_A_DISPOSITION",
                    inbox="to_process",
                    structure_id=STRUCTURE,
                    service_code="FINANCES",
                    supplier_name="Fournisseur",
                )
            )

    database.writer.run(work)


@contextmanager
def _desktops(
    cluster: Cluster, name: str, count: int, managers: int, poll_s: float, listen: bool, root: Path
) -> Iterator[list[tuple[Database, TeamSync, dict[str, float]]]]:
    """``count`` desktops (desktop i < managers is manager i), each with a cache and a link."""
    made = []
    for i in range(count):
        login = f"bmgr{i}" if i < managers else f"bclerk{i - managers}"
        database = open_database(root / f"d{i}-{uuid.uuid4().hex[:4]}.sqlite")
        seen: dict[str, float] = {}

        def remember(notice: TeamNotice, seen: dict[str, float] = seen) -> None:
            if notice.key == "team.decided_elsewhere" and notice.invoice_id is not None:
                seen.setdefault(str(notice.invoice_id), time.time())

        link = TeamSync(
            database,
            cluster.tcp_dsn(login, PASSWORD, name),
            login,
            poll_s=poll_s,
            on_notice=remember,
        )
        if not listen:
            link._run = _polling_loop(link)  # type: ignore[method-assign]
        made.append((database, link, seen))
    try:
        yield made
    finally:
        for database, link, _ in made:
            link.stop()
            database.close()


def _polling_loop(link: TeamSync) -> Any:
    """Short polling instead of LISTEN: one round every ``poll_s`` (the fallback)."""

    def loop() -> None:
        while not link._stop.is_set():
            link.sync_once()
            link._stop.wait(link.poll_s)

    return loop


def propagation(
    cluster: Cluster, desktops: int, decisions: int, *, listen: bool, poll_s: float
) -> list[float]:
    """Seconds from a decision's commit to its arrival in each other desktop's cache."""
    managers = 5
    name = _team_database(cluster, managers, desktops - managers)
    invoice_ids = [500_000 + i for i in range(decisions)]
    delays: list[float] = []
    with (
        tempfile.TemporaryDirectory() as folder,
        _desktops(cluster, name, desktops, managers, poll_s, listen, Path(folder)) as made,
    ):
        for database, _link, _ in made:
            _fill(database, invoice_ids)
        with psycopg.connect(cluster.tcp_dsn("bclerk0", PASSWORD, name)) as clerk:
            for invoice_id in invoice_ids:
                team_store.apply_op(clerk, str(uuid.uuid4()), "request", _request_body(invoice_id))
        for _, link, _ in made:
            link.sync_once()  # every desktop has every request in its queue
            link.start()
        deciding_db, deciding_link, _ = made[0]
        for invoice_id in invoice_ids:
            with deciding_db.read() as session:
                mine = [
                    r.id
                    for r in pending_requests(session, "bmgr0", Role.MANAGER, datetime.now().date())
                    if r.invoice_id == invoice_id
                ]
            decide_team(deciding_db, mine, approve=True, user="bmgr0", role=Role.MANAGER).result()
            deciding_link.wake()
            committed = _decided_at(cluster, name, invoice_id)
            deadline = time.time() + 30
            others = made[1:]
            while time.time() < deadline and any(str(invoice_id) not in s for _, _, s in others):
                time.sleep(0.02)
            delays += [s.get(str(invoice_id), deadline) - committed for _, _, s in others]
    return delays


def _decided_at(cluster: Cluster, name: str, invoice_id: int) -> float:
    deadline = time.time() + 30
    with psycopg.connect(cluster.superuser_dsn(name), autocommit=True) as conn:
        while time.time() < deadline:
            row = conn.execute(
                "SELECT decided_at FROM team.approval_requests WHERE invoice_id = %s "
                "AND decided_at IS NOT NULL",
                (invoice_id,),
            ).fetchone()
            if row:
                return float(row[0].timestamp())
            time.sleep(0.005)
    raise RuntimeError("the decision never reached the store")


def throughput(cluster: Cluster, requests: int, managers: int = 10) -> float:
    """Decisions per second, ``managers`` deciding at once through ``apply_op``."""
    name = _team_database(cluster, managers, 1)
    with psycopg.connect(cluster.tcp_dsn("bclerk0", PASSWORD, name)) as clerk:
        keys = []
        for i in range(requests):
            key = str(uuid.uuid4())
            team_store.apply_op(clerk, key, "request", _request_body(900_000 + i))
            keys.append(key)
    shares = [keys[i::managers] for i in range(managers)]
    connections = [
        psycopg.connect(cluster.tcp_dsn(f"bmgr{i}", PASSWORD, name)) for i in range(managers)
    ]
    won = [0] * managers

    def decide(index: int) -> None:
        conn = connections[index]
        for request_key in shares[index]:
            body = {"request_key": request_key, "approve": True, "mention": None}
            if team_store.apply_op(conn, str(uuid.uuid4()), "decide", body)["outcome"] == "ok":
                won[index] += 1

    threads = [threading.Thread(target=decide, args=(i,)) for i in range(managers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    for conn in connections:
        conn.close()
    assert sum(won) == requests, "every decision must win exactly once"
    return requests / elapsed


def platform_load(invoices: int) -> dict[str, int]:
    """HTTP requests of one desktop's pulls against the sandbox."""
    import httpx

    from desktop_app.sandbox.launcher import start_sandbox_process
    from desktop_app.sync.backoff import Backoff
    from desktop_app.sync.client import PlatformClient
    from desktop_app.sync.pull import Puller, PullOptions
    from desktop_app.sync.sandbox_door import settings_from_connect_info

    counts = {"n": 0}

    def count(_request: httpx.Request) -> None:
        counts["n"] += 1

    with tempfile.TemporaryDirectory() as folder:
        sandbox = start_sandbox_process(Path(folder) / "sb", invoices=invoices, seed=3)
        try:
            settings, _ = settings_from_connect_info(sandbox.info, user="clerk", timeout_s=30)
            with (
                PlatformClient(settings) as client,
                open_database(Path(folder) / "c.sqlite") as database,
            ):
                client._http.event_hooks["request"].append(count)
                options = PullOptions(page_size=100, backoff=Backoff(base_s=0.05, cap_s=0.5))
                found = {}
                for phase in ("first pull", "idle pull", "pull after 10 new invoices"):
                    if phase.startswith("pull after"):
                        _supplier_deposits(sandbox.info, 10)
                    counts["n"] = 0
                    Puller(client, database, options=options).run()
                    found[phase] = counts["n"]
                return found
        finally:
            sandbox.stop()


def _supplier_deposits(info: dict[str, Any], count: int) -> None:
    import ssl

    import httpx

    with httpx.Client(
        base_url=info["apiBase"],
        verify=ssl.create_default_context(cafile=str(info["caCert"])),
        headers={info["adminHeader"]: info["adminToken"]},
        timeout=30,
    ) as admin:
        admin.post("/sandbox/admin/supplier", json={"action": "deposit", "count": count})


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10 desktops, fewer decisions")
    args = parser.parse_args()
    desktops, decisions, requests = (10, 5, 400) if args.quick else (50, 20, 4000)
    cluster = start_cluster()
    rows = []
    try:
        for listen, label in ((True, "LISTEN/NOTIFY"), (False, "polling every 1 s")):
            delays = propagation(cluster, desktops, decisions, listen=listen, poll_s=1.0)
            goal = "<= 2" if listen else "info"
            rows += [
                figure(
                    f"decision seen on {desktops - 1} other desktops, p50 ({label})",
                    round(statistics.median(delays), 3),
                    "s",
                    "info",
                ),
                figure(
                    f"decision seen on {desktops - 1} other desktops, p95 ({label})",
                    round(_pct(delays, 0.95), 3),
                    "s",
                    goal,
                ),
            ]
        rows.append(
            figure(
                "decisions per second the store sustains (10 managers at once)",
                round(throughput(cluster, requests)),
                "decisions/s",
                ">= 200",
            )
        )
    finally:
        cluster.remove()
    load = platform_load(300 if args.quick else 2000)
    per_hour = 3600 // SYNC_INTERVAL_S
    rows += [
        figure(f"platform requests, one desktop's {phase}", value, "requests", "info")
        for phase, value in load.items()
    ]
    rows += [
        figure(
            "platform requests per hour, 50 desktops idle (pull every 5 min)",
            50 * per_hour * load["idle pull"],
            "requests/h",
            "info",
        ),
        figure(
            "platform requests, 50 desktops' first pull",
            50 * load["first pull"],
            "requests",
            "info",
        ),
    ]
    report("team", rows, quick=args.quick)


if __name__ == "__main__":
    main()
