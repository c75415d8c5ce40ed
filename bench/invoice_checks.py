"""Benchmark: the invoice checks on one invoice, and the background run over a cache.

``python -m bench.invoice_checks [--quick]`` prints a table and writes
bench/results/invoice_checks.json. The invoices are made by :func:`bench.documents.make_ubl`
(valid EN 16931 UBL, 20 or 500 lines); the cache run stores one distinct file per invoice
and checks them all as the window's checks runner does (read + check + write through the
single writer).
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.documents import make_ubl
from bench.report import figure, report
from bench.ui_fill import fill_invoices
from desktop_app.documents import read_invoice
from desktop_app.documents.check_store import check_pending
from desktop_app.documents.checks import check_invoice
from desktop_app.models.database import open_database
from desktop_app.models.invoices import Blob, Invoice, InvoiceDocument


def _median_ms(work: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 3)


def _cache_run(count: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder, open_database(Path(folder) / "c.sqlite") as db:
        fill_invoices(db, count)
        with db.read() as session:
            ids = [row[0] for row in session.query(Invoice.id).order_by(Invoice.id).all()]

        def attach(session: Any) -> None:
            for seq, invoice_id in enumerate(ids, start=1):
                content = make_ubl(20, seq)
                blob = Blob(
                    sha256=hashlib.sha256(content).hexdigest(), size=len(content), content=content
                )
                session.add(blob)
                session.flush()
                session.add(
                    InvoiceDocument(invoice_id=invoice_id, file_format="XML", blob_id=blob.id)
                )

        db.writer.run(attach)
        start = time.perf_counter()
        outcome = check_pending(db)
        elapsed = time.perf_counter() - start
        return round(outcome.checked / elapsed, 1), outcome.with_errors


def run(quick: bool) -> list[dict[str, Any]]:
    runs = 5 if quick else 30
    small = read_invoice(make_ubl(20))
    large = read_invoice(make_ubl(500))
    rate, with_errors = _cache_run(200 if quick else 2000)
    return [
        figure(
            "check, 20-line invoice (median)",
            _median_ms(lambda: check_invoice(small), runs),
            "ms",
            "<= 5",
        ),
        figure(
            "check, 500-line invoice (median)",
            _median_ms(lambda: check_invoice(large), runs),
            "ms",
            "<= 50",
        ),
        figure("background run: read + check + store", rate, "invoices/s", ">= 20"),
        # make_ubl's buyer SIRET 21560260900017 fails the INSEE check digit: one error each
        figure("background run: invoices with an error", with_errors, "invoices", "info"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, 200 invoices")
    args = parser.parse_args()
    report("invoice_checks", run(args.quick), quick=args.quick)


if __name__ == "__main__":
    main()
