"""Saved searches: named list criteria kept in the cache (written through the single writer)."""

from __future__ import annotations

import json
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter
from desktop_app.models.work import SavedSearch


@dataclass(frozen=True, slots=True)
class Saved:
    """A saved search as read back."""

    id: int
    name: str
    criteria: InvoiceFilter


def criteria_to_json(criteria: InvoiceFilter) -> str:
    """Stable JSON of ``criteria`` (decimals and dates as text)."""
    data: dict[str, Any] = {
        "inbox": criteria.inbox.value,
        "service_id": criteria.service_id,
        "statuses": sorted(criteria.statuses),
        "supplier": criteria.supplier,
        "date_from": criteria.date_from.isoformat() if criteria.date_from else None,
        "date_to": criteria.date_to.isoformat() if criteria.date_to else None,
        "amount_min": str(criteria.amount_min) if criteria.amount_min is not None else None,
        "amount_max": str(criteria.amount_max) if criteria.amount_max is not None else None,
        "text": criteria.text,
        "possible_duplicates": criteria.possible_duplicates,
        "with_anomalies": criteria.with_anomalies,
        "late": criteria.late,
        "due_within_days": criteria.due_within_days,
        "engagement_states": sorted(criteria.engagement_states),
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def criteria_from_json(text: str) -> InvoiceFilter:
    """The filter stored by :func:`criteria_to_json` (unknown keys ignored)."""
    data = json.loads(text)
    criteria = InvoiceFilter()
    return replace(
        criteria,
        inbox=Inbox(data.get("inbox") or Inbox.ALL.value),
        service_id=data.get("service_id"),
        statuses=frozenset(data.get("statuses") or ()),
        supplier=data.get("supplier"),
        date_from=date.fromisoformat(data["date_from"]) if data.get("date_from") else None,
        date_to=date.fromisoformat(data["date_to"]) if data.get("date_to") else None,
        amount_min=Decimal(data["amount_min"]) if data.get("amount_min") else None,
        amount_max=Decimal(data["amount_max"]) if data.get("amount_max") else None,
        text=data.get("text"),
        possible_duplicates=bool(data.get("possible_duplicates")),
        with_anomalies=bool(data.get("with_anomalies")),
        late=bool(data.get("late")),
        due_within_days=(
            int(data["due_within_days"]) if data.get("due_within_days") is not None else None
        ),
        engagement_states=frozenset(data.get("engagement_states") or ()),
    )


def list_saved(database: Database, owner: str) -> list[Saved]:
    """The user's saved searches, by name."""
    with database.read() as session:
        rows = session.scalars(
            select(SavedSearch).where(SavedSearch.owner == owner).order_by(SavedSearch.name)
        )
        return [Saved(row.id, row.name, criteria_from_json(row.criteria)) for row in rows]


def save_search(database: Database, owner: str, name: str, criteria: InvoiceFilter) -> Future[int]:
    """Create or replace the search ``name``; the future gives its id."""
    payload = criteria_to_json(criteria)

    def work(session: Session) -> int:
        existing = session.scalar(
            select(SavedSearch).where(SavedSearch.owner == owner, SavedSearch.name == name)
        )
        if existing is not None:
            existing.criteria = payload
            session.flush()
            return existing.id
        row = SavedSearch(owner=owner, name=name, criteria=payload)
        session.add(row)
        session.flush()
        return row.id

    return database.writer.submit(work)


def delete_search(database: Database, search_id: int) -> Future[None]:
    """Remove a saved search."""

    def work(session: Session) -> None:
        session.execute(delete(SavedSearch).where(SavedSearch.id == search_id))

    return database.writer.submit(work)
