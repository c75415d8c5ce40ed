"""Engagement matching: 100,000 cached invoices against 50,000 imported engagements.

Figures: the set-based match of every invoice (``models.engagements.match_invoices``, one
writer transaction; goal <= 2 s), the whole import of a 50,000-line CSV (read, checks, store,
match, audit), and the list filter / dashboard count on the indexed state.

    python -m bench.engagements [--quick]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.report import figure, report
from bench.ui_fill import BASE_ID, fill_invoices
from desktop_app.documents.engagements_file import import_engagement_file
from desktop_app.domain.engagements import EngagementState
from desktop_app.models.database import open_database
from desktop_app.models.engagements import match_invoices, state_counts
from desktop_app.models.queries import InvoiceFilter, count

HEADER = "numéro;SIRET fournisseur;service;montant;montant restant;date début;date fin;libellé\n"
SERVICES = ("FINANCES", "TECHNIQUE", "ECOLES", "ACHATS")


def _french(cents: int) -> str:
    """``1 234,56`` (a space between thousands, a decimal comma)."""
    return f"{cents // 100:,}".replace(",", " ") + f",{cents % 100:02d}"


def write_csv(path: Path, engagements: int, seed: int = 7) -> None:
    """``engagements`` lines as a financial software exports them (French amounts)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(engagements):
            amount = rng.randint(100, 9_000_000)  # cents
            remaining = rng.randint(0, amount)
            siret = 55203253400059 + (n % 97)
            out.write(
                f"EJ-{n:06d};{siret};{SERVICES[n % 4]};{_french(amount)};{_french(remaining)};"
                f"01/01/2026;31/12/2026;Commande {n}\n"
            )


def run(invoices: int, engagements: int) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        database = open_database(tmp / "cache.sqlite")
        try:
            fill_invoices(database, invoices)
            span = engagements + engagements // 5  # a sixth of the numbers are unknown

            def renumber(session: Any) -> None:  # every 25th invoice carries no number
                session.execute(
                    text(
                        "UPDATE invoices SET engagement_number = CASE WHEN (id - :base) % 25 = 0 "
                        "THEN NULL ELSE printf('EJ-%06d', (id - :base) % :span) END"
                    ),
                    {"base": BASE_ID, "span": span},
                )

            database.writer.run(renumber)
            source = tmp / "engagements.csv"
            write_csv(source, engagements)
            started = time.perf_counter()
            outcome = import_engagement_file(database, source, user="bench")
            imported = time.perf_counter() - started
            assert outcome.stored == engagements
            timings = []
            for _ in range(3):
                started = time.perf_counter()
                touched = database.writer.run(lambda session: match_invoices(session))
                timings.append(time.perf_counter() - started)
            assert touched == invoices
            with database.read() as session:
                started = time.perf_counter()
                over = count(
                    session,
                    InvoiceFilter(engagement_states=frozenset({EngagementState.OVER_BALANCE})),
                )
                counts = state_counts(session)
                counted = time.perf_counter() - started
        finally:
            database.close()
    rows = [
        figure(
            f"match {invoices} invoices against {engagements} engagements",
            round(min(timings), 3),
            "s",
            "<= 2",
        ),
        figure(
            f"import a {engagements}-line CSV (read, check, store, match, audit)",
            round(imported, 3),
            "s",
            "<= 10",
        ),
        figure(
            "filter count + dashboard counts (indexed state)",
            round(counted * 1000, 1),
            "ms",
            "<= 300",
        ),
        figure("invoices over the remaining balance", over, "invoices", "info"),
    ]
    rows += [
        figure(f"invoices '{state}'", n, "invoices", "info") for state, n in sorted(counts.items())
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 invoices, 10,000 engagements")
    args = parser.parse_args(argv)
    sizes = (20_000, 10_000) if args.quick else (100_000, 50_000)
    report("engagements", run(*sizes), quick=args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
