"""What the invoice checks found in each downloaded invoice file (stored so lists filter in SQL).

One row per invoice whose structured file was checked: the counts the list filters on
(``errors``; "factures avec anomalies" is ``errors > 0``), the findings as JSON for the detail
view, and what was checked (``blob_id``, ``rules_version``) so a new file or new rules are
checked again. ``read_error`` holds the documents layer's message key when the file could not
be read (then the counts are 0 and nothing is retried until the file or the rules change).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, Select, String, Text, select, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base
from desktop_app.models.types import UtcDateTime, utc_now

#: a ``rules_version`` no release uses: the row is checked again (its inputs changed)
STALE_RULES = "stale"


class InvoiceCheck(Base):
    """The checks' outcome for one invoice's structured file."""

    __tablename__ = "invoice_checks"

    invoice_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("invoices.id", ondelete="CASCADE"), primary_key=True
    )
    blob_id: Mapped[int | None] = mapped_column(Integer)  # the file that was checked
    rules_version: Mapped[str] = mapped_column(String(20))
    errors: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    findings_json: Mapped[str] = mapped_column(Text, default="[]")
    read_error: Mapped[str | None] = mapped_column(String(80))
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (
        Index("ix_invoice_checks_errors", "invoice_id", sqlite_where=text("errors > 0")),
    )


def invoices_with_anomalies() -> Select[Any]:
    """SELECT of the ids of invoices whose checks found at least one error."""
    return select(InvoiceCheck.invoice_id).where(InvoiceCheck.errors > 0)
