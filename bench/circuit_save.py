"""Benchmark: the circuit editor's reads and saves on a cache of synthetic invoices.

``python -m bench.circuit_save [--quick]`` prints a table and writes
bench/results/circuit_save.json. A save that changes the entity kind recomputes the payment
deadline of every invoice of the structure in the same writer transaction (the writer is busy
that long); a circuit-only save is a few rows and one audit event.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.report import report
from bench.ui_fill import STRUCTURE_ID, fill_invoices
from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.domain.status_types import Role
from desktop_app.models.database import open_database
from desktop_app.sync.derived import refresh_after_pull
from desktop_app.sync.structure_settings import (
    known_structures,
    load_structure_settings,
    save_structure_settings,
)

CIRCUIT = ApprovalCircuit(
    ApprovalPolicy(Decimal("25000.00"), {f"SERV{i:02d}": Decimal(1000 * i) for i in range(20)}),
    tuple(Approver(f"manager{i}", frozenset({f"SERV{i:02d}"})) for i in range(10)),
    (Delegation("manager1", "adjoint", date(2026, 7, 1), date(2026, 7, 31)),),
)


def _ms(work: Callable[[], Any], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 1)


def run(invoices: int) -> list[dict[str, Any]]:
    """Measure on a fresh cache of ``invoices`` synthetic invoices (one structure)."""
    with tempfile.TemporaryDirectory() as folder, open_database(Path(folder) / "c.sqlite") as db:
        fill_invoices(db, invoices)
        derive = _ms(lambda: refresh_after_pull(db, []))  # what a pull does for new invoices

        def structures() -> None:
            with db.read() as session:
                known_structures(session)

        def load() -> None:
            with db.read() as session:
                load_structure_settings(session, STRUCTURE_ID)

        kinds = iter([EntityKind.PUBLIC_HEALTH, EntityKind.PUBLIC_ENTERPRISE])

        def save_kind() -> None:
            outcome = save_structure_settings(
                db, STRUCTURE_ID, CIRCUIT, next(kinds), user="admin", role=Role.ADMIN
            )
            assert outcome.recomputed == invoices

        def save_circuit() -> None:
            save_structure_settings(
                db, STRUCTURE_ID, CIRCUIT, EntityKind.LOCAL_AUTHORITY, user="admin", role=Role.ADMIN
            )

        return [
            {
                "figure": f"structure list ({invoices} invoices)",
                "value": _ms(structures, 3),
                "unit": "ms",
                "goal": "<= 300",
            },
            {"figure": "load one structure", "value": _ms(load, 3), "unit": "ms", "goal": "<= 50"},
            {
                "figure": "save circuit only (no kind change)",
                "value": _ms(save_circuit, 3),
                "unit": "ms",
                "goal": "<= 200",
            },
            {
                "figure": f"save with kind change ({invoices} deadlines)",
                "value": _ms(save_kind, 2),
                "unit": "ms",
                "goal": "<= 5000" if invoices >= 100_000 else "<= 1500",
            },
            {
                "figure": f"for reference: full derivation after a pull ({invoices})",
                "value": derive,
                "unit": "ms",
                "goal": "info",
            },
        ]


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 invoices instead of 100,000")
    args = parser.parse_args(argv)
    rows = run(20_000 if args.quick else 100_000)
    report("circuit_save", rows, quick=args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
