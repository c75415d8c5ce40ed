"""One way for every benchmark to show and keep its figures.

:func:`report` prints the table and writes ``bench/results/NAME.json`` (a list of
``{"figure", "value", "unit", "goal"}``, the goal as ``"<= 50"``, ``">= 2000"`` or ``"info"``);
a ``--quick`` run writes ``NAME_quick.json`` so that it never replaces the last full run.
A row may also carry ``"peer"`` (what it is compared with, measured in the same run) and
``"peer_value"`` (the peer's figure, same unit).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def figure(
    name: str,
    value: float,
    unit: str,
    goal: str = "info",
    *,
    peer: str | None = None,
    peer_value: float | None = None,
) -> dict[str, Any]:
    """One row of results, with the peer's figure beside it when there is one."""
    row: dict[str, Any] = {"figure": name, "value": value, "unit": unit, "goal": goal}
    if peer is not None:
        row["peer"] = peer
        row["peer_value"] = peer_value
    return row


def results_path(name: str, quick: bool = False) -> Path:
    """Where the figures of benchmark ``name`` are kept."""
    return RESULTS_DIR / f"{name}{'_quick' if quick else ''}.json"


def report(name: str, rows: Sequence[dict[str, Any]], *, quick: bool = False) -> Path:
    """Print ``rows`` as a table and write them; the path written."""
    width = max(len(str(r["figure"])) for r in rows)
    units = max(len(str(r["unit"])) for r in rows)
    print(f"{'figure':<{width}}  {'value':>10}  {'unit':<{units}}  {'goal':<10}  peer")
    for r in rows:
        peer = f"{r['peer_value']} ({r['peer']})" if "peer" in r else ""
        print(
            f"{r['figure']!s:<{width}}  {r['value']!s:>10}  {r['unit']!s:<{units}}"
            f"  {r['goal']!s:<10}  {peer}"
        )
    target = results_path(name, quick)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(list(rows), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {target}")
    return target
