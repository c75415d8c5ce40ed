"""The sidebar's figures: counts per inbox, per service and not yet seen, of the chosen
structures (read on a worker thread; no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from desktop_app.models.database import Database
from desktop_app.models.invoices import Service
from desktop_app.models.queries import inbox_counts, new_counts, service_totals


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts per inbox, overall and per service."""

    by_inbox: dict[str, int]
    services: list[tuple[int, str, int]]  # (service id, name, total)
    new_by_inbox: dict[str, int] = field(default_factory=dict)  # not yet seen, per inbox


def read_counts(database: Database, structure_ids: frozenset[int] | None = None) -> Counts:
    """Inbox counts and per-service totals of the chosen structures (None: all), on a
    worker thread; only the chosen structures' services are listed."""
    with database.read() as session:
        by_inbox = inbox_counts(session, structure_ids=structure_ids)
        query = select(Service).order_by(Service.name)
        if structure_ids is not None:
            query = query.where(Service.structure_id.in_(sorted(structure_ids)))
        services = [
            (service.id, service.name or service.code) for service in session.scalars(query)
        ]
        per_service = service_totals(session, structure_ids)
        totals = [(sid, name, per_service.get(sid, 0)) for sid, name in services]
        new = new_counts(session, structure_ids)
    return Counts(by_inbox, totals, new)
