"""Clear the "new" flag of invoices the user has seen, through the one database writer."""

from __future__ import annotations

from concurrent.futures import Future

from sqlalchemy.orm import Session

from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter, mark_all_seen, mark_seen


def submit_mark_seen(database: Database, ids: list[int]) -> Future[list[int]]:
    """Clear the flag of ``ids`` (writer thread); the future gives the ids it changed."""
    wanted = list(ids)

    def work(session: Session) -> list[int]:
        return mark_seen(session, wanted)

    return database.writer.submit(work)


def submit_mark_all_seen(database: Database, criteria: InvoiceFilter) -> Future[list[int]]:
    """Clear the flag of every invoice matching ``criteria``; the ids it changed."""

    def work(session: Session) -> list[int]:
        return mark_all_seen(session, criteria)

    return database.writer.submit(work)
