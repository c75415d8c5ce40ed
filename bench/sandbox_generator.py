"""Speed of the sandbox invoice generator: metadata and files per syntax.

Run: ``python -m bench.sandbox_generator [--quick]``; prints a table and writes
``bench/results/sandbox_generator.json`` (list of {figure, value, unit, goal}).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from bench.report import report
from desktop_app.sandbox.generator.files import (
    render_cii,
    render_facturx,
    render_pivot,
    render_platform_pdf,
    render_ubl,
)
from desktop_app.sandbox.generator.invoices import generate_invoice, generate_invoices
from desktop_app.sandbox.generator.model import GeneratedInvoice
from desktop_app.sandbox.generator.recipients import demo_recipients


def _rate(count: int, seconds: float) -> float:
    return round(count / seconds, 1) if seconds > 0 else float("inf")


def _files_rate(
    invoices: Sequence[GeneratedInvoice], render: Callable[[GeneratedInvoice], bytes]
) -> tuple[float, float]:
    """(files/s, mean KiB) rendering every invoice of ``invoices``."""
    total = 0
    start = time.perf_counter()
    for invoice in invoices:
        total += len(render(invoice))
    elapsed = time.perf_counter() - start
    return _rate(len(invoices), elapsed), round(total / len(invoices) / 1024, 1)


def run(quick: bool) -> list[dict[str, object]]:
    """Measure and return the figures."""
    recipients = demo_recipients()
    count = 5_000 if quick else 20_000
    start = time.perf_counter()
    invoices = list(generate_invoices(1, count, recipients))
    meta_seconds = time.perf_counter() - start
    typical_indexes = [i.index for i in invoices if len(i.lines) <= 20][: count // 2]
    start = time.perf_counter()
    for index in typical_indexes:
        generate_invoice(1, index, recipients)
    typical_seconds = time.perf_counter() - start
    figures: list[dict[str, object]] = [
        {
            "figure": "metadata generation, typical invoices (<= 20 lines)",
            "value": _rate(len(typical_indexes), typical_seconds),
            "unit": "invoices/s",
            "goal": ">= 3000",
        },
        {
            "figure": f"metadata generation, full mix ({count} invoices, 1-1000 lines)",
            "value": _rate(count, meta_seconds),
            "unit": "invoices/s",
            "goal": ">= 2000",
        },
        {
            "figure": f"start-up generation time for {count} invoices",
            "value": round(meta_seconds, 2),
            "unit": "s",
            "goal": "<= 10" if count == 20_000 else "<= 2.5",
        },
    ]
    per_syntax = {
        "UBL": (render_ubl, 300 if quick else 2_000, ">= 500"),
        "CII": (render_cii, 300 if quick else 2_000, ">= 500"),
        "PIVOT": (render_pivot, 300 if quick else 2_000, ">= 500"),
        "FACTURX": (render_facturx, 20 if quick else 150, ">= 20"),
        "platform PDF (reportlab)": (render_platform_pdf, 30 if quick else 200, ">= 30"),
    }
    sample = [i for i in invoices if i.syntax != "FACTURX"]
    for name, (render, n, goal) in per_syntax.items():
        subset = sample[:n] if name.startswith("platform") else invoices[:n]
        rate, kib = _files_rate(subset, render)
        figures.append(
            {
                "figure": f"{name} files (typical mix)",
                "value": rate,
                "unit": "files/s",
                "goal": goal,
            }
        )
        figures.append(
            {"figure": f"{name} mean file size", "value": kib, "unit": "KiB", "goal": "info"}
        )
    big = [i for i in invoices if len(i.lines) >= 200][: 5 if quick else 20]
    if big:
        rate, _ = _files_rate(big, render_ubl)
        figures.append(
            {
                "figure": "UBL files, invoices of >= 200 lines",
                "value": rate,
                "unit": "files/s",
                "goal": ">= 20",
            }
        )
    return figures


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller samples (CI)")
    args = parser.parse_args(argv)
    report("sandbox_generator", run(args.quick), quick=args.quick)


if __name__ == "__main__":
    main()
