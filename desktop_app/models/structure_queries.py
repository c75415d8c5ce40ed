"""The user's structures (SIRET) with their invoice counts, for the sidebar's selector.

A user may be attached to several structures (a university and its sites, a town hall and
its social action centre): the sync layer stores those the platform lists for the account
(``structures``) and every invoice carries its recipient structure (``invoices.
structure_id``). Counted with one GROUP BY over ``ix_invoices_structure_inbox``; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.counters import tallies
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice, Service, Structure


@dataclass(frozen=True, slots=True)
class StructureCount:
    """One structure and its cached invoices (all of them, and those to process)."""

    id: int
    siret: str
    name: str
    total: int
    to_process: int


def structure_counts(session: Session) -> list[StructureCount]:
    """Every known structure — learned from the platform or named by a cached invoice —
    with its counts, sorted by name (unnamed last)."""
    totals: dict[int, list[int]] = {}
    named: dict[int, tuple[str, str]] = {}
    # counts from the maintained counters (revision 0010), not a GROUP BY over the invoices
    for sid, tally in tallies(session, "structure_key").items():
        totals.setdefault(int(sid), [0, 0])[0] = tally.total
    for sid, tally in tallies(session, "structure_key", inbox=Inbox.TO_PROCESS.value).items():
        totals.setdefault(int(sid), [0, 0])[1] = tally.total
    known = set(session.scalars(select(Structure.id)))
    for sid in totals:
        if sid > 0 and sid not in known:  # named only by its invoices: one indexed lookup
            code, name = session.execute(
                select(Invoice.structure_code, Invoice.structure_name)
                .where(Invoice.structure_id == sid)
                .limit(1)
            ).one_or_none() or (None, None)
            named[sid] = (str(code or ""), str(name or ""))
    for sid, siret, name in session.execute(select(Structure.id, Structure.siret, Structure.name)):
        named[int(sid)] = (str(siret or ""), str(name or ""))
        totals.setdefault(int(sid), [0, 0])
    found = [
        StructureCount(sid, named[sid][0], named[sid][1], counts[0], counts[1])
        for sid, counts in totals.items()
        if sid > 0
    ]
    return sorted(found, key=lambda s: (s.name == "", s.name.lower(), s.id))


@dataclass(frozen=True, slots=True)
class ServiceChoice:
    """One service of the invoice's structure (``rechercherServicesStructure``, cached)."""

    code: str
    name: str
    active: bool

    def text(self) -> str:
        return f"{self.code} — {self.name}" if self.name else self.code


def structure_services(database: Database, invoice_id: int) -> tuple[list[ServiceChoice], str]:
    """(services of ``invoice_id``'s structure, the invoice's current service code)."""
    with database.read() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None or invoice.structure_id is None:
            return [], ""
        rows = session.execute(
            select(Service.code, Service.name, Service.active)
            .where(Service.structure_id == invoice.structure_id)
            .order_by(Service.code)
        ).all()
        current = invoice.service_code or ""
    found = [ServiceChoice(str(c), str(n or ""), bool(a)) for c, n, a in rows if c]
    return found, current
