"""Invoice counts per (structure, service, inbox), kept by SQLite triggers (revision 0010).

The triggers of ``inbox_counters`` add and take out each inserted, deleted or updated
invoice, so a count of an inbox, a service or the chosen structures is a sum over a few
dozen rows, never a ``COUNT(*)`` over the invoices. A missing structure or service is keyed
0 (the platform's ids are positive).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop_app.models.base import Base
from desktop_app.models.types import ExactDecimal

NO_KEY = 0  # the key of an invoice without structure or without service


class InboxCounter(Base):
    """How many invoices, new ones and their amount, for one structure, service and inbox."""

    __tablename__ = "inbox_counters"

    structure_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    service_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    inbox: Mapped[str] = mapped_column(String(20), primary_key=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal(0))

    __table_args__ = ({"sqlite_with_rowid": False},)


@dataclass(frozen=True, slots=True)
class Tally:
    """A counted group: invoices, new (unseen) ones, amount incl. VAT."""

    total: int = 0
    new: int = 0
    amount: Decimal = Decimal(0)


def tallies(
    session: Session,
    group_by: str,
    *,
    inbox: str | None = None,
    service_id: int | None = None,
    structure_ids: frozenset[int] | None = None,
) -> dict[int | str, Tally]:
    """Counters summed per ``group_by`` (``"inbox"``, ``"service_key"``, ``"structure_key"``
    or ``"all"``), restricted to an inbox, a service, the chosen structures (None: all)."""
    key = InboxCounter.inbox if group_by == "all" else getattr(InboxCounter, group_by)
    query = select(
        key,
        func.sum(InboxCounter.total),
        func.sum(InboxCounter.new),
        func.sum(InboxCounter.amount),
    )
    if inbox is not None:
        query = query.where(InboxCounter.inbox == inbox)
    if service_id is not None:
        query = query.where(InboxCounter.service_key == service_id)
    if structure_ids is not None:
        query = query.where(InboxCounter.structure_key.in_(sorted(structure_ids)))
    if group_by != "all":
        query = query.group_by(key)
    out: dict[int | str, Tally] = {}
    for group, total, new, amount in session.execute(query):
        if not total:
            continue
        name: int | str = "all" if group_by == "all" else group
        out[name] = Tally(int(total), int(new or 0), amount or Decimal(0))
    return out


def counted_total(
    session: Session,
    *,
    inbox: str | None = None,
    service_id: int | None = None,
    structure_ids: frozenset[int] | None = None,
) -> int:
    """How many invoices an inbox (None: every inbox) of a service, of the chosen
    structures, holds: one sum over the counters."""
    found = tallies(session, "all", inbox=inbox, service_id=service_id, structure_ids=structure_ids)
    return found["all"].total if "all" in found else 0
