"""Lifecycle statuses the catalogue does not know, as the platform sent them (never dropped).

Since the 2026 reform an invoice routed through a private platform may carry statuses of the
reform's lifecycle that :mod:`desktop_app.domain.status_catalog` does not list. The invoice
keeps the code as sent (``invoices.status``, ``status_history.status``); this table remembers
each such code once, with the platform's own label when the answer carried one, for the
readable display and the diagnostics view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, func, select
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.models.types import UtcDateTime, utc_now


class UnknownStatus(Base):
    """One status code unknown to the catalogue."""

    __tablename__ = "unknown_statuses"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    label: Mapped[str | None] = mapped_column(String(200))  # the platform's, as sent
    seen_in: Mapped[str] = mapped_column(String(20))  # "search" (current status) | "history"
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_invoice_id: Mapped[int | None] = mapped_column(BigInteger)
    times_seen: Mapped[int] = mapped_column(Integer, default=1)


@dataclass(frozen=True, slots=True)
class UnknownStatusRow:
    """One unknown status as the diagnostics view lists it."""

    code: str
    label: str | None
    seen_in: str
    first_seen_at: datetime
    last_seen_at: datetime
    invoices_now: int  # cached invoices whose current status it is


def load_unknown_statuses(database: Database) -> list[UnknownStatusRow]:
    """Every recorded unknown status, newest first, with its current invoice count."""
    with database.read() as session:
        rows = session.scalars(
            select(UnknownStatus).order_by(UnknownStatus.last_seen_at.desc())
        ).all()
        counts = dict(
            session.execute(
                select(Invoice.status, func.count())
                .where(Invoice.status.in_([row.code for row in rows]))
                .group_by(Invoice.status)
            ).all()
        )
    return [
        UnknownStatusRow(
            r.code, r.label, r.seen_in, r.first_seen_at, r.last_seen_at, int(counts.get(r.code, 0))
        )
        for r in rows
    ]
