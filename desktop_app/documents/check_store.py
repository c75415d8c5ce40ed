"""Run the invoice checks over the downloaded files and keep the outcome per invoice.

:func:`check_pending` reads (on the calling thread, read-only sessions) every invoice file not
checked yet, or checked from another file or with older rules, runs
:func:`~desktop_app.documents.checks.check_invoice` and writes the outcome through the single
database writer. A file that cannot be read is recorded with its message key and not retried
until it changes: the error is shown where the preview is, never swallowed silently.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.documents.checks import BuyerRequirements, check_invoice, error_count
from desktop_app.documents.checks_catalog import Finding, Severity
from desktop_app.documents.errors import DocumentError
from desktop_app.models.database import Database
from desktop_app.models.invoice_checks import InvoiceCheck
from desktop_app.models.invoices import Blob, InvoiceDocument
from desktop_app.models.types import utc_now

log = logging.getLogger(__name__)

#: Bump when a rule changes: every stored outcome is then checked again.
RULES_VERSION = "2026-12-08.1"  # .1: the structure's requirements applied
BATCH = 50

Requirements = Callable[[Session, int], BuyerRequirements | None]


@dataclass(frozen=True, slots=True)
class CheckRun:
    """What one :func:`check_pending` call did."""

    checked: int
    with_errors: int
    unreadable: int


def findings_to_json(findings: list[Finding]) -> str:
    """The findings as stored (amounts as text, never float)."""
    return json.dumps(
        [
            {
                "rule": f.rule,
                "severity": f.severity.value,
                "where": f.where,
                "stated": None if f.stated is None else str(f.stated),
                "expected": None if f.expected is None else str(f.expected),
                "params": f.params,
                "also": list(f.also),
            }
            for f in findings
        ],
        ensure_ascii=False,
    )


def findings_from_json(text: str | None) -> list[Finding]:
    """The stored findings back as :class:`Finding` (unknown entries are skipped, logged)."""
    out: list[Finding] = []
    try:
        items: Any = json.loads(text or "[]")
    except ValueError:
        log.warning("stored findings unreadable; checks will run again")
        return out
    for item in items if isinstance(items, list) else []:
        try:
            out.append(
                Finding(
                    rule=str(item["rule"]),
                    severity=Severity(item["severity"]),
                    where=str(item.get("where") or ""),
                    stated=None if item.get("stated") is None else Decimal(item["stated"]),
                    expected=None if item.get("expected") is None else Decimal(item["expected"]),
                    params={str(k): str(v) for k, v in (item.get("params") or {}).items()},
                    also=tuple(str(r) for r in item.get("also") or ()),
                )
            )
        except (KeyError, ValueError, TypeError, ArithmeticError):
            log.warning("a stored finding was skipped: %r", item)
    return out


def _pending(session: Session, limit: int) -> list[tuple[int, int]]:
    """(invoice id, blob id) of files whose stored outcome is missing or stale."""
    stale = or_(
        InvoiceCheck.invoice_id.is_(None),
        InvoiceCheck.rules_version != RULES_VERSION,
        InvoiceCheck.blob_id.is_(None),
        InvoiceCheck.blob_id != InvoiceDocument.blob_id,
    )
    rows = session.execute(
        select(InvoiceDocument.invoice_id, InvoiceDocument.blob_id)
        .outerjoin(InvoiceCheck, InvoiceCheck.invoice_id == InvoiceDocument.invoice_id)
        .where(and_(InvoiceDocument.blob_id.is_not(None), stale))
        .order_by(InvoiceDocument.invoice_id)
        .limit(limit)
    ).all()
    return [(int(invoice_id), int(blob_id)) for invoice_id, blob_id in rows if blob_id is not None]


def _outcome(
    session: Session, invoice_id: int, blob_id: int, requirements: Requirements | None
) -> dict[str, Any]:
    from desktop_app.documents.reader import read_invoice  # lxml/pypdf: not at start-up

    content = session.scalar(select(Blob.content).where(Blob.id == blob_id))
    base = {"invoice_id": invoice_id, "blob_id": blob_id, "rules_version": RULES_VERSION}
    try:
        invoice = read_invoice(bytes(content or b""))
    except DocumentError as exc:
        return base | {"errors": 0, "warnings": 0, "findings": "[]", "read_error": exc.key}
    wanted = requirements(session, invoice_id) if requirements is not None else None
    findings = check_invoice(invoice, wanted)
    errors = error_count(findings)
    return base | {
        "errors": errors,
        "warnings": len(findings) - errors,
        "findings": findings_to_json(findings),
        "read_error": None,
    }


def _write(session: Session, *, outcomes: list[dict[str, Any]]) -> None:
    now = utc_now()
    for outcome in outcomes:
        row = session.get(InvoiceCheck, outcome["invoice_id"]) or InvoiceCheck(
            invoice_id=outcome["invoice_id"]
        )
        row.blob_id = outcome["blob_id"]
        row.rules_version = outcome["rules_version"]
        row.errors = outcome["errors"]
        row.warnings = outcome["warnings"]
        row.findings_json = outcome["findings"]
        row.read_error = outcome["read_error"]
        row.checked_at = now
        session.add(row)


def check_pending(
    database: Database, requirements: Requirements | None = None, limit: int = 10_000
) -> CheckRun:
    """Check every file that needs it (up to ``limit``), writing in batches; never on the
    GUI thread (reading an invoice takes milliseconds to a second for a large PDF)."""
    checked = with_errors = unreadable = 0
    while checked < limit:
        with database.read() as session:
            pending = _pending(session, min(BATCH, limit - checked))
            outcomes = [_outcome(session, i, b, requirements) for i, b in pending]
        if not outcomes:
            break
        database.writer.run(partial(_write, outcomes=outcomes))
        checked += len(outcomes)
        with_errors += sum(1 for o in outcomes if o["errors"])
        unreadable += sum(1 for o in outcomes if o["read_error"])
    return CheckRun(checked, with_errors, unreadable)


def stored_findings(session: Session, invoice_id: int) -> tuple[list[Finding], str | None] | None:
    """The stored findings and read error of ``invoice_id``; None when not checked yet."""
    row = session.get(InvoiceCheck, invoice_id)
    if row is None:
        return None
    return findings_from_json(row.findings_json), row.read_error


def check_one(
    database: Database, invoice_id: int, requirements: Requirements | None = None
) -> bool:
    """Check ``invoice_id``'s file now if it needs it (the detail view, before the batch run);
    False when the invoice has no downloaded file."""
    with database.read() as session:
        blob_id = session.scalar(
            select(InvoiceDocument.blob_id).where(InvoiceDocument.invoice_id == invoice_id)
        )
        if blob_id is None:
            return False
        row = session.get(InvoiceCheck, invoice_id)
        if row is not None and row.blob_id == blob_id and row.rules_version == RULES_VERSION:
            return True
        outcome = _outcome(session, invoice_id, int(blob_id), requirements)
    database.writer.run(partial(_write, outcomes=[outcome]))
    return True
