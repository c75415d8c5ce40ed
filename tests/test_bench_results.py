"""Committed benchmark results follow the project's format (no timing is asserted here)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

RESULTS = sorted((Path(__file__).resolve().parents[1] / "bench" / "results").glob("*.json"))
GOAL = re.compile(r"^(info|n/a|(<=|>=) -?\d+(\.\d+)?)$")


def test_every_benchmark_has_results() -> None:
    names = {path.stem for path in RESULTS}
    modules = {p.stem for p in (RESULTS[0].parents[1]).glob("*.py")} if RESULTS else set()
    assert {"documents", "sandbox_serve", "sync_initial", "ui_million"} <= names
    assert {name.removesuffix("_quick") for name in names} <= modules


@pytest.mark.parametrize("path", RESULTS, ids=lambda p: p.stem)
def test_result_rows_are_figure_value_unit_goal(path: Path) -> None:
    rows = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    assert rows
    for row in rows:
        assert set(row) == {"figure", "value", "unit", "goal"}, row
        assert isinstance(row["value"], int | float), row
        assert GOAL.match(row["goal"]), row
