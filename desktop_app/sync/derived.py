"""Fields derived from the cached invoices: payment-deadline clock and duplicate links.

:func:`refresh_derived_fields` recomputes, for the given invoices, the day each was made
available (``received_on``), its first suspension and the completion after it, the day the
clock stopped (payment or rejection), the deadline from :func:`domain.deadlines.
compute_deadline`, and the duplicate key / link of :mod:`domain.duplicates`. It is called
after each pull (new, changed and never-derived invoices) and after local status changes.
Days left are not stored: the list computes them from ``payment_deadline`` and today.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.domain.deadlines import ClockState, EntityKind, compute_deadline
from desktop_app.domain.duplicates import duplicate_key
from desktop_app.models.approvals import StructureSetting
from desktop_app.models.database import Database
from desktop_app.models.engagements import match_invoices
from desktop_app.models.invoices import Invoice, StatusHistory

PARIS = ZoneInfo("Europe/Paris")
CHUNK = 500
AVAILABLE = "MISE_A_DISPOSITION"
SUSPENDED = "SUSPENDUE"
COMPLETED = "COMPLETEE"
#: Statuses that stop the clock for good: paid, or rejected (nothing is owed).
SETTLING = frozenset({"MISE_EN_PAIEMENT", "REJETEE"})
#: Payment requests that are not paid by the recipient: no deadline.
NO_DEADLINE_TYPES = frozenset({"AVOIR"})


@dataclass(frozen=True, slots=True)
class ClockDates:
    """The four dates the deadline depends on."""

    received_on: date | None
    suspended_on: date | None
    resumed_on: date | None
    settled_on: date | None


def platform_day(stamp: str | None) -> date | None:
    """The Paris calendar day of a platform timestamp (``2026-11-25T23:30:00.000Z``)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(stamp[:10])
        except ValueError:
            return None
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(PARIS).date()


def clock_dates(
    history: Sequence[tuple[str, str]],
    deposit_date: date | None,
    status: str,
    status_changed_at: str | None,
) -> ClockDates:
    """Dates from the status history ``(status, occurred_at)`` in order.

    Without a history (not fetched yet) the current status stands in: a suspended invoice is
    taken as suspended since its last change, a paid or rejected one as settled then.
    """
    received = suspended = resumed = settled = None
    for code, occurred in history:
        day = platform_day(occurred)
        if day is None:
            continue
        if code == AVAILABLE and received is None:
            received = day
        elif code == SUSPENDED and suspended is None:
            suspended = day
        elif code == COMPLETED and suspended is not None and resumed is None:
            resumed = day
        elif code in SETTLING and settled is None:
            settled = day
    if not history:
        changed = platform_day(status_changed_at)
        if status == SUSPENDED:
            suspended = changed
        elif status in SETTLING:
            settled = changed
    return ClockDates(received or deposit_date, suspended, resumed, settled)


def key_text(
    supplier_code: str | None, supplier_name: str, number: str, issue_date: date | None
) -> str:
    """The stored form of :func:`domain.duplicates.duplicate_key`."""
    key = duplicate_key(supplier_code, supplier_name or "", number or "", issue_date)
    return f"{key.supplier}|{key.number}|{key.year or ''}"[:200]


def entity_kinds(session: Session, default: EntityKind) -> dict[int, EntityKind]:
    """Configured kind per structure (others take ``default``)."""
    kinds: dict[int, EntityKind] = {}
    for structure_id, kind in session.execute(
        select(StructureSetting.structure_id, StructureSetting.entity_kind)
    ):
        try:
            kinds[int(structure_id)] = EntityKind(kind)
        except ValueError:
            kinds[int(structure_id)] = default
    return kinds


def _histories(session: Session, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    rows = session.execute(
        select(StatusHistory.invoice_id, StatusHistory.status, StatusHistory.occurred_at)
        .where(StatusHistory.invoice_id.in_(ids))
        .order_by(StatusHistory.invoice_id, StatusHistory.occurred_at, StatusHistory.id)
    )
    for invoice_id, status, occurred in rows:
        found[int(invoice_id)].append((str(status), str(occurred)))
    return found


def deadline_values(row: Any, dates: ClockDates, kind: EntityKind, today: date) -> dict[str, Any]:
    """The stored deadline columns of one invoice (the one rule, shared with the editor)."""
    values: dict[str, Any] = {
        "received_on": dates.received_on,
        "suspended_on": dates.suspended_on,
        "resumed_on": dates.resumed_on,
        "settled_on": dates.settled_on,
        "payment_deadline": None,
        "deadline_balance": None,
    }
    if dates.received_on is None or row.invoice_type in NO_DEADLINE_TYPES:
        values["deadline_state"] = ClockState.STOPPED.value
        return values
    deadline = compute_deadline(
        dates.received_on,
        kind,
        today,
        suspended_on=dates.suspended_on,
        resumed_on=dates.resumed_on,
        settled_on=dates.settled_on,
    )
    values["deadline_state"] = deadline.state.value
    values["payment_deadline"] = deadline.due_date
    if deadline.state is ClockState.SUSPENDED:
        values["deadline_balance"] = deadline.days_left
    return values


def _duplicates(session: Session, keys: dict[int, str]) -> dict[int, int | None]:
    """id -> the earlier invoice it duplicates (same key, same amount when both known)."""
    wanted = sorted(set(keys.values()))
    by_key: dict[str, list[tuple[int, Decimal | None, str]]] = defaultdict(list)
    for start in range(0, len(wanted), CHUNK):
        rows = session.execute(
            select(Invoice.id, Invoice.duplicate_key, Invoice.amount_incl_vat, Invoice.status)
            .where(Invoice.duplicate_key.in_(wanted[start : start + CHUNK]))
            .order_by(Invoice.id)
        )
        for invoice_id, key, amount, status in rows:
            by_key[str(key)].append((int(invoice_id), amount, str(status)))
    amounts = dict(
        session.execute(
            select(Invoice.id, Invoice.amount_incl_vat).where(Invoice.id.in_(list(keys)))
        ).all()
    )
    links: dict[int, int | None] = {}
    for invoice_id, key in keys.items():
        mine = amounts.get(invoice_id)
        links[invoice_id] = next(
            (
                other
                for other, amount, status in by_key.get(key, [])
                if other < invoice_id
                and status != "REJETEE"  # a re-deposit after a rejection is linked, not flagged
                and (mine is None or amount is None or amount == mine)
            ),
            None,
        )
    return links


def refresh_derived_fields(
    session: Session,
    invoice_ids: Iterable[int],
    *,
    today: date | None = None,
    default_kind: EntityKind = EntityKind.LOCAL_AUTHORITY,
) -> int:
    """Recompute the deadline and duplicate fields of ``invoice_ids`` (writer session).

    ``possible_duplicate`` stays true when the platform flagged it (``doublonPotentiel``) and
    becomes true when an earlier cached invoice shares the key. Returns how many were updated.
    """
    day = today or datetime.now(PARIS).date()
    kinds = entity_kinds(session, default_kind)
    ids = sorted(set(invoice_ids))
    updated = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = list(
            session.execute(
                select(
                    Invoice.id,
                    Invoice.invoice_type,
                    Invoice.structure_id,
                    Invoice.supplier_code,
                    Invoice.supplier_name,
                    Invoice.number,
                    Invoice.issue_date,
                    Invoice.deposit_date,
                    Invoice.status,
                    Invoice.status_changed_at,
                    Invoice.possible_duplicate,
                    Invoice.duplicate_key,
                ).where(Invoice.id.in_(chunk))
            )
        )
        histories = _histories(session, chunk)
        keys = {
            int(r.id): key_text(r.supplier_code, r.supplier_name, r.number, r.issue_date)
            for r in rows
        }
        changed_keys = [
            {"id": int(r.id), "duplicate_key": keys[int(r.id)]}
            for r in rows
            if r.duplicate_key != keys[int(r.id)]
        ]
        if changed_keys:  # keys first, so invoices of the same batch see each other
            # ORM bulk UPDATE by primary key: one executemany, not a statement per invoice
            session.execute(update(Invoice), changed_keys)
        links = _duplicates(session, keys)
        derived: list[dict[str, Any]] = []
        for r in rows:
            invoice_id = int(r.id)
            dates = clock_dates(
                histories.get(invoice_id, []), r.deposit_date, r.status, r.status_changed_at
            )
            kind = kinds.get(int(r.structure_id or 0), default_kind)
            values = deadline_values(r, dates, kind, day)
            values["duplicate_of_id"] = links[invoice_id]
            values["possible_duplicate"] = bool(r.possible_duplicate) or (
                links[invoice_id] is not None
            )
            values["id"] = invoice_id
            derived.append(values)
        if derived:
            session.execute(update(Invoice), derived)
        updated += len(derived)
    return updated


def never_derived(session: Session, limit: int = 100_000) -> list[int]:
    """Invoices stored but never derived (e.g. a pull stopped before its refresh)."""
    query = select(Invoice.id).where(Invoice.deadline_state.is_(None)).limit(limit)
    return [int(i) for i in session.scalars(query)]


def refresh_after_pull(
    database: Database,
    invoice_ids: Iterable[int],
    *,
    today: date | None = None,
    default_kind: EntityKind = EntityKind.LOCAL_AUTHORITY,
) -> int:
    """Refresh ``invoice_ids`` and every never-derived invoice (one writer transaction)."""
    return database.writer.run(
        partial(refresh_after_pull_work, invoice_ids, today=today, default_kind=default_kind)
    )


def refresh_after_pull_work(
    invoice_ids: Iterable[int],
    session: Session,
    *,
    today: date | None = None,
    default_kind: EntityKind = EntityKind.LOCAL_AUTHORITY,
) -> int:
    """The work of :func:`refresh_after_pull`, to queue on the writer (``partial`` of ids)."""
    ids = set(invoice_ids) | set(never_derived(session))
    match_invoices(session, sorted(ids))  # engagement found / not found / over balance
    return refresh_derived_fields(session, ids, today=today, default_kind=default_kind)
