"""The UI's door to the invoice checks: stored findings, checking on demand, texts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.documents.check_requirements import structure_requirements
from desktop_app.documents.check_store import CheckRun, check_one, check_pending, stored_findings
from desktop_app.documents.checks_catalog import RULES, Finding, Severity
from desktop_app.documents.checks_text import (
    finding_text,
    rule_label,
    severity_text,
    suggested_text,
    tolerance_text,
    where_text,
)
from desktop_app.models.database import Database

__all__ = [
    "CheckRun",
    "CheckedInvoice",
    "FindingRow",
    "check_all",
    "check_now",
    "load_checks",
]


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One finding as the detail view shows it, in the user's language."""

    is_error: bool
    severity: str
    rule: str
    where: str
    text: str
    tolerance: str
    source: str
    suggested: str = ""  # the action the rule suggests (suspend asking, recycle), or ""


@dataclass(frozen=True, slots=True)
class CheckedInvoice:
    """The checks' outcome for one invoice (``checked`` False: not done yet)."""

    checked: bool
    rows: tuple[FindingRow, ...] = ()
    read_error: str | None = None  # the documents layer's error key (the preview says more)

    @property
    def errors(self) -> int:
        return sum(1 for row in self.rows if row.is_error)

    @property
    def warnings(self) -> int:
        return len(self.rows) - self.errors


def _row(finding: Finding, language: str) -> FindingRow:
    rule = RULES.get(finding.rule)
    return FindingRow(
        is_error=finding.severity is Severity.ERROR,
        severity=severity_text(finding, language),
        rule=rule_label(finding),
        where=where_text(finding, language),
        text=finding_text(finding, language),
        tolerance=tolerance_text(finding, language) if finding.stated is not None else "",
        source=rule.source if rule else "",
        suggested=suggested_text(finding, language),
    )


def load_checks(database: Database, invoice_id: int, language: str) -> CheckedInvoice:
    """The stored outcome of ``invoice_id`` (errors first)."""
    stored = database.query(stored_findings, invoice_id)
    if stored is None:
        return CheckedInvoice(checked=False)
    findings, read_error = stored
    ordered = sorted(findings, key=lambda f: f.severity is not Severity.ERROR)
    return CheckedInvoice(True, tuple(_row(f, language) for f in ordered), read_error)


def check_now(database: Database, invoice_id: int) -> bool:
    """Check one invoice's file if needed (worker thread); False without a file."""
    return check_one(database, invoice_id, structure_requirements)


def check_all(database: Database) -> CheckRun:
    """Check every downloaded file that needs it (worker thread)."""
    return check_pending(database, structure_requirements)
