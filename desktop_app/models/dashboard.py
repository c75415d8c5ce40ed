"""Dashboard figures (IPM5-015): counts and amounts a clerk or a manager acts on.

Each figure carries the :class:`InvoiceFilter` that lists exactly the invoices it counts, so
the screen can open that list in one click. Plain queries over indexed columns; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.engagements import ATTENTION_STATES as ENGAGEMENT_ATTENTION
from desktop_app.domain.inboxes import FINISHED_STATUSES, Inbox, inbox_for_status
from desktop_app.domain.works_boxes import BoxCount
from desktop_app.models.approvals import ApprovalRequest, ApprovalState
from desktop_app.models.counters import NO_KEY, tallies
from desktop_app.models.invoices import Invoice, Service
from desktop_app.models.queries import InvoiceFilter, _apply_filter, structure_condition
from desktop_app.models.works import works_figures

DUE_SOON_DAYS = 5
FINISHED_INBOXES = frozenset(inbox_for_status(status) for status in FINISHED_STATUSES)
GROUP_ORDER = (
    Inbox.TO_PROCESS,
    Inbox.SUSPENDED,
    Inbox.SERVICE_DONE,
    Inbox.MANDATED,
    Inbox.PAID,
    Inbox.REJECTED,
    Inbox.OTHER,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """How many invoices, their amount incl. VAT, and the filter that lists them."""

    key: str  # "late", "due_soon", "waiting_supplier", "group:<inbox>", "service:<id>"
    label: str  # the service code for services; empty for the others (the UI names them)
    count: int
    amount: Decimal
    criteria: InvoiceFilter


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    """Everything the dashboard shows, read in one go."""

    in_progress: Figure
    finished: Figure
    late: Figure
    due_soon: Figure
    waiting_supplier: Figure
    groups: tuple[Figure, ...]
    services: tuple[Figure, ...]
    pending_approvals: int
    engagements: Figure | None = None  # engagement to check (not found, over balance...)
    works: tuple[BoxCount, ...] = ()  # works statements by box; () without works statements


def _figure(session: Session, key: str, criteria: InvoiceFilter, label: str = "") -> Figure:
    inner = _apply_filter(select(Invoice.id), criteria).subquery()
    query = select(func.count(), func.sum(Invoice.amount_incl_vat)).where(
        Invoice.id.in_(select(inner.c.id))
    )
    number, amount = session.execute(query).one()
    return Figure(key, label, int(number or 0), amount or Decimal(0), criteria)


def read_dashboard(
    session: Session, today: date | None = None, structure_ids: frozenset[int] | None = None
) -> DashboardFigures:
    """The figures as of ``today`` (default: the machine's date), for the chosen structures
    (None: all); each figure's filter keeps that choice."""
    day = today or date.today()
    chosen = structure_ids
    by_inbox: dict[Inbox, tuple[int, Decimal]] = {}
    # per inbox and per service from the maintained counters (revision 0010)
    for inbox, tally in tallies(session, "inbox", structure_ids=chosen).items():
        by_inbox[Inbox(str(inbox))] = (tally.total, tally.amount)
    groups = tuple(
        Figure(
            f"group:{inbox.value}",
            "",
            by_inbox.get(inbox, (0, Decimal(0)))[0],
            by_inbox.get(inbox, (0, Decimal(0)))[1],
            InvoiceFilter(inbox=inbox, structure_ids=chosen),
        )
        for inbox in GROUP_ORDER
    )
    finished = [g for g in groups if g.criteria.inbox in FINISHED_INBOXES]
    running = [g for g in groups if g.criteria.inbox not in FINISHED_INBOXES]
    codes = {int(sid): str(code) for sid, code in session.execute(select(Service.id, Service.code))}
    per_service = [
        (int(sid), tally)
        for sid, tally in tallies(session, "service_key", structure_ids=chosen).items()
        if sid != NO_KEY
    ]
    per_service.sort(key=lambda item: (-item[1].total, item[0]))
    services = tuple(
        Figure(
            f"service:{service_id}",
            codes.get(service_id) or _service_code(session, service_id),
            tally.total,
            tally.amount,
            InvoiceFilter(inbox=Inbox.ALL, service_id=service_id, structure_ids=chosen),
        )
        for service_id, tally in per_service
    )
    pending_query = select(func.count()).where(ApprovalRequest.state == ApprovalState.PENDING.value)
    if chosen is not None:
        pending_query = pending_query.where(
            ApprovalRequest.invoice_id.in_(select(Invoice.id).where(structure_condition(chosen)))
        )
    pending = session.scalar(pending_query)
    return DashboardFigures(
        in_progress=_total("in_progress", running, chosen),
        finished=_total("finished", finished, chosen),
        late=_figure(session, "late", InvoiceFilter(late=True, today=day, structure_ids=chosen)),
        due_soon=_figure(
            session,
            "due_soon",
            InvoiceFilter(due_within_days=DUE_SOON_DAYS, today=day, structure_ids=chosen),
        ),
        waiting_supplier=_figure(
            session,
            "waiting_supplier",
            InvoiceFilter(inbox=Inbox.SUSPENDED, structure_ids=chosen),
        ),
        groups=groups,
        services=services,
        pending_approvals=int(pending or 0),
        engagements=_figure(
            session,
            "engagements",
            InvoiceFilter(engagement_states=frozenset(s.value for s in ENGAGEMENT_ATTENTION)),
        ),
        works=works_figures(session, day, chosen),
    )


def _service_code(session: Session, service_id: int) -> str:
    """The code an invoice gives a service the account does not list (one indexed row)."""
    code = session.scalar(
        select(Invoice.service_code).where(Invoice.service_id == service_id).limit(1)
    )
    return str(code or service_id)


def _total(key: str, parts: list[Figure], chosen: frozenset[int] | None = None) -> Figure:
    """The sum of ``parts``; it opens the whole list (the groups split it further)."""
    return Figure(
        key,
        "",
        sum(p.count for p in parts),
        sum((p.amount for p in parts), Decimal(0)),
        InvoiceFilter(inbox=Inbox.ALL, structure_ids=chosen),
    )
