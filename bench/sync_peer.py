"""The side-by-side part of ``bench.sync_initial``: Invoice Desk against Pastell's connector.

Same run, same sandbox (PISTE mode: OAuth2 token + ``cpro-account``, no client certificate),
same 2,000 invoices, each tool's whole process timed by this parent from start to exit:

* ours: ``python -m desktop_app sync --connect-file … --database <fresh cache> --files none``
  (the shipped CLI: start, migrate a new cache, metadata pages, one history call per invoice,
  stores everything, exits);
* the peer: ``php bench/peer/pastell_sync.php`` running Pastell's ``CPPWrapper`` (see
  :mod:`bench.pastell_peer`): search pages, then one ``consulterHistoriqueFacture`` per
  invoice, sequential, new connection per call as its ``CurlWrapper`` does, stores nothing.

Runs alternate (ours, peer, ours, peer…) so both see the same machine load. The sandbox's
own CPU seconds per request, read from its process during our runs, give the limit: the
requests/s one sandbox process serves at a full core.
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil

from bench.pastell_peer import PEER, pastell_checkout, php_version, run_peer
from bench.report import figure
from desktop_app.sandbox.launcher import start_sandbox_process

INSIDE = re.compile(r" in (\d+(?:\.\d+)?) s")


def run_ours(connect_file: Path, database: Path) -> tuple[float, float, str]:
    """(whole-process seconds, seconds inside the sync as the CLI reports, summary line)."""
    command = [
        sys.executable,
        "-m",
        "desktop_app",
        "sync",
        "--connect-file",
        str(connect_file),
        "--database",
        str(database),
        "--files",
        "none",
        "--quiet",
    ]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"invoice-desk sync failed: {done.stderr[-2000:]}")
    summary = done.stdout.strip().splitlines()[-1]
    inside = INSIDE.search(summary)
    if inside is None or " 0 new" in summary:
        raise RuntimeError(f"unexpected summary: {summary!r}")
    return elapsed, float(inside.group(1)), summary


_START = """
import time, sys, pathlib
t = time.perf_counter()
import desktop_app.sync.cli
imported = time.perf_counter() - t
from desktop_app.models.database import open_database
t = time.perf_counter()
open_database(pathlib.Path(sys.argv[1])).close()
print(imported, time.perf_counter() - t)
"""


def start_costs(root: Path, runs: int = 3) -> tuple[float, float]:
    """Medians, each in a new interpreter: (import of the sync CLI, creating + migrating a new
    cache) -- the part of our whole process spent before the first request."""
    imports, migrations = [], []
    for run in range(runs):
        target = root / f"start-{run}.sqlite"
        out = subprocess.run(
            [sys.executable, "-c", _START, str(target)], capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        migrations.append(float(out[1]))
    return statistics.median(imports), statistics.median(migrations)


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def measure_peer(
    root: Path, invoices: int, runs: int, pastell_git: str | None
) -> list[dict[str, Any]]:
    """The comparison rows (empty, with a message, when PHP with curl is not installed)."""
    php = php_version()
    if php is None:
        print("peer skipped: no PHP CLI with curl (./dev.sh bench sync_initial installs it)")
        return []
    pastell = pastell_checkout(pastell_git)
    peer_name = PEER.format(php=php)
    # as installed (pip and the MSI ship bytecode): compiled once, so no run of ours compiles
    # its sources at start, even where PYTHONDONTWRITEBYTECODE is set
    package = Path(__file__).resolve().parents[1] / "desktop_app"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    sandbox = start_sandbox_process(root / "piste", invoices=invoices, seed=5, mode="piste")
    connect = root / "piste-connect.json"
    connect.write_text(json.dumps(sandbox.info), encoding="utf-8")
    ca_file = Path(sandbox.info["caCert"])
    server = psutil.Process(sandbox.process.pid)
    ours: list[float] = []
    ours_inside: list[float] = []
    peer: list[float] = []
    peer_inside: list[float] = []
    server_cpu: list[float] = []
    try:
        for run in range(runs):
            before = _cpu(server)
            whole, inside, summary = run_ours(connect, root / f"piste-{run}.sqlite")
            server_cpu.append(_cpu(server) - before)
            ours.append(whole)
            ours_inside.append(inside)
            seconds, counts = run_peer(pastell, connect, ca_file)
            if counts["invoices"] != invoices or counts["histories"] != invoices:
                raise RuntimeError(f"peer saw {counts}")
            peer.append(seconds)
            peer_inside.append(float(counts["seconds"]))
            print(f"run {run}: ours {whole:.2f} s ({summary}); peer {seconds:.2f} s ({counts})")
    finally:
        sandbox.stop()
    requests = invoices + 2 * (invoices // 1000 + 1) + 2  # histories + search pages + token
    limit = requests / statistics.median(server_cpu)
    mins = min(ours), min(peer)
    meds = statistics.median(ours), statistics.median(peer)
    label = f"sync of {invoices:,} invoices, PISTE, metadata + history, whole process"
    rows = [
        figure(
            f"{label}, min", round(mins[0], 2), "s", peer=peer_name, peer_value=round(mins[1], 2)
        ),
        figure(
            f"{label}, median", round(meds[0], 2), "s", peer=peer_name, peer_value=round(meds[1], 2)
        ),
        figure("ratio peer / ours, whole process, min", round(mins[1] / mins[0], 2), "x", ">= 3"),
        figure(
            "ratio peer / ours, whole process, median", round(meds[1] / meds[0], 2), "x", ">= 3"
        ),
        figure(
            "same, time inside the sync, median",
            round(statistics.median(ours_inside), 2),
            "s",
            peer=peer_name + " (its own clock, after PHP start)",
            peer_value=round(statistics.median(peer_inside), 2),
        ),
    ]
    rate = requests / statistics.median(ours_inside)
    limit_row = figure("platform requests/s inside our sync (PISTE), median", round(rate), "req/s")
    limit_row["limit"] = (
        "the sandbox's requests/s at one full core: requests / its CPU seconds during our run "
        "(one process; the machine's 2 cores also run the client)"
    )
    limit_row["limit_value"] = round(limit)
    rows.append(limit_row)
    imported, migrated = start_costs(root)
    rows.append(
        figure(
            "ours before the first request: import of the sync CLI, median", round(imported, 2), "s"
        )
    )
    rows.append(
        figure(
            "ours before the first request: new cache created and migrated, median",
            round(migrated, 2),
            "s",
        )
    )
    rows.append(figure("runs of each tool (alternated, same sandbox)", runs, "runs"))
    return rows
