"""Bench: start of the headless command line, whole process, as a user's shell runs it.

Figures, min and median of N runs each: ``invoice-desk sync --help`` (goal <= 0.3 s, it
was 1.21 s when the parser imported every sub-command, Qt and the main window included),
``invoice-desk --help``, and the floor no CLI can beat: the same interpreter starting and
doing nothing (``python -c pass``, its site-packages included), as the limit beside them.

    python -m bench.cli_start [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from typing import Any

from bench.report import figure, report

COMMANDS: dict[str, list[str]] = {
    "invoice-desk sync --help": ["-m", "desktop_app", "sync", "--help"],
    "invoice-desk --help": ["-m", "desktop_app", "--help"],
    "python -c pass (interpreter floor)": ["-c", "pass"],
}


def time_command(argv: list[str], runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` fresh interpreters running ``argv``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, *argv], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=None)
    options = parser.parse_args()
    runs = options.runs or (3 if options.quick else 9)
    time_command(COMMANDS["invoice-desk sync --help"], 1)  # bytecode written, files cached
    rows: list[dict[str, Any]] = []
    floor = statistics.median(time_command(COMMANDS["python -c pass (interpreter floor)"], runs))
    for name, argv in COMMANDS.items():
        times = time_command(argv, runs)
        goal = "<= 0.3" if name == "invoice-desk sync --help" else "info"
        row_min = figure(f"{name}, min", round(min(times), 3), "s", goal)
        row_median = figure(f"{name}, median", round(statistics.median(times), 3), "s", goal)
        if not name.startswith("python"):
            for row in (row_min, row_median):
                row["limit"] = "python -c pass (interpreter floor), median"
                row["limit_value"] = round(floor, 3)
        rows += [row_min, row_median]
    report("cli_start", rows, quick=options.quick)


if __name__ == "__main__":
    main()
