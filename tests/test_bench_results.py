"""Committed benchmark results follow the project's format (no timing is asserted here)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

RESULTS = sorted((Path(__file__).resolve().parents[1] / "bench" / "results").glob("*.json"))
#: beside a figure, optionally: the peer measured in the same run (or recorded, said so in its
#: name) or the limit that bounds it, each with its value
OPTIONAL = {"peer", "peer_value", "limit", "limit_value"}
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
        assert (
            {"figure", "value", "unit", "goal"}
            <= set(row)
            <= {"figure", "value", "unit", "goal", *OPTIONAL}
        ), row
        for name in ("peer", "limit"):
            assert (name in row) == (f"{name}_value" in row), row
            if name in row:
                assert isinstance(row[name], str) and row[name], row
                assert row[f"{name}_value"] is None or isinstance(
                    row[f"{name}_value"], int | float
                ), row
        assert isinstance(row["value"], int | float), row
        assert GOAL.match(row["goal"]), row


def test_report_writes_peer_beside_its_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import report as bench_report

    monkeypatch.setattr(bench_report, "RESULTS_DIR", tmp_path)
    rows = [
        bench_report.figure("open", 3.2, "ms", "<= 20", peer="SQLite alone", peer_value=0.1),
        bench_report.figure("rows", 10, "rows"),
    ]
    written = json.loads(bench_report.report("demo", rows).read_text(encoding="utf-8"))
    assert written[0] == {
        "figure": "open",
        "value": 3.2,
        "unit": "ms",
        "goal": "<= 20",
        "peer": "SQLite alone",
        "peer_value": 0.1,
    }
    assert "peer" not in written[1]
