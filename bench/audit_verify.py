"""Benchmark: verifying the audit trail (hash chain + signed anchors) and exporting it.

``python -m bench.audit_verify [--quick]`` fills a real SQLite cache with audit events and an
anchor signed every 50 events (ECDSA P-256), then times ``verify_trail`` and ``export_json``.
Prints a table and writes bench/results/audit_verify.json.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from cryptography import x509
from sqlalchemy.orm import Session

from bench.report import report
from desktop_app.models.anchor_signatures import SigningKey
from desktop_app.models.audit_anchors import create_anchor
from desktop_app.models.audit_store import append_event, export_json, verify_trail
from desktop_app.models.database import open_database
from tests.models.anchor_keys import make_key, self_signed

EVERY = 50


def _signer() -> tuple[SigningKey, x509.Certificate]:
    key = make_key("ec")
    return key, self_signed(key, "Bench Signer")


def run(events: int) -> list[dict[str, object]]:
    """Fill, verify, export; the result rows."""
    key, cert = _signer()
    with tempfile.TemporaryDirectory() as folder, open_database(Path(folder) / "c.sqlite") as db:

        def batch(session: Session) -> None:
            for i in range(EVERY):
                append_event(
                    session,
                    actor="clerk@demo",
                    kind="action.queued",
                    invoice_id=100_000 + i,
                    details={"action": "suspend", "comment": "Pièce manquante", "n": i},
                )
            create_anchor(session, key, cert)

        started = time.perf_counter()
        for _ in range(events // EVERY):
            db.writer.run(batch)
        fill_s = time.perf_counter() - started
        with db.read() as session:
            started = time.perf_counter()
            result = verify_trail(session)
            verify_s = time.perf_counter() - started
            started = time.perf_counter()
            exported = export_json(session)
            export_s = time.perf_counter() - started
    if not result.intact or result.event_count != events:
        raise RuntimeError(f"trail not intact after filling: {result.problem}")
    anchors = result.anchors_checked
    return [
        {"figure": "audit events in the trail", "value": events, "unit": "events", "goal": "info"},
        {
            "figure": "signed anchors (one per 50 events)",
            "value": anchors,
            "unit": "anchors",
            "goal": "info",
        },
        {
            "figure": "append + anchor rate",
            "value": round(events / fill_s),
            "unit": "events/s",
            "goal": ">= 1000",
        },
        {
            "figure": "verify chain and anchors",
            "value": round(verify_s, 2),
            "unit": "s",
            "goal": "<= 5" if events >= 100_000 else "<= 1",
        },
        {
            "figure": "verify rate",
            "value": round(events / verify_s),
            "unit": "events/s",
            "goal": ">= 20000",
        },
        {"figure": "JSON export", "value": round(export_s, 2), "unit": "s", "goal": "info"},
        {
            "figure": "JSON export size",
            "value": round(len(exported) / 1e6, 1),
            "unit": "MB",
            "goal": "info",
        },
    ]


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 events instead of 100,000")
    args = parser.parse_args(argv)
    rows = run(10_000 if args.quick else 100_000)
    report("audit_verify", rows, quick=args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
