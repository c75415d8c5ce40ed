"""Inbox queries in SQL: filter, full-text search, sort and page by row id (for lazy lists)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    func,
    literal_column,
    select,
    text,
    true,
    update,
)
from sqlalchemy.orm import Session

from desktop_app.domain.deadlines import ClockState
from desktop_app.domain.inboxes import Inbox
from desktop_app.models.counters import NO_KEY, counted_total, tallies
from desktop_app.models.invoice_checks import invoices_with_anomalies
from desktop_app.models.invoices import Invoice
from desktop_app.models.search_order import (
    hit_ids,
    hits_in_list_order,
    list_key,
    match_condition,
)
from desktop_app.models.types import ExactDecimal


class SortKey(StrEnum):
    """Columns a list can be sorted on; each is backed by an index ending with ``id``."""

    DEPOSIT_DATE = "deposit_date"
    ISSUE_DATE = "issue_date"
    SUPPLIER = "supplier_name"
    AMOUNT = "amount_incl_vat"
    NUMBER = "number"
    STATUS_CHANGED = "status_changed_at"
    PAYMENT_DEADLINE = "payment_deadline"


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    """What the clerk asked for: an inbox, a service, and optional criteria.

    ``structure_ids`` is the sidebar's structure selection: None means every structure
    (and invoices without one), a set only those structures' invoices (empty: none)."""

    inbox: Inbox = Inbox.ALL
    service_id: int | None = None
    structure_ids: frozenset[int] | None = None
    statuses: frozenset[str] = field(default_factory=frozenset)
    supplier: str | None = None  # prefix of the supplier name
    date_from: date | None = None  # deposit date range
    date_to: date | None = None
    amount_min: Decimal | None = None  # amount incl. VAT range
    amount_max: Decimal | None = None
    text: str | None = None  # full-text search (FTS5)
    possible_duplicates: bool = False
    with_anomalies: bool = False  # the invoice checks found at least one error
    late: bool = False  # payment deadline passed, clock running
    due_within_days: int | None = None  # deadline within N days (today included)
    today: date | None = None  # the day deadlines are judged on (default: today)
    engagement_states: frozenset[str] = field(default_factory=frozenset)  # EngagementState


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)
_MAX_SEARCH_WORDS = 12
#: Above this many full-text hits, walk the sort index and test each row against the index
#: (fast when hits are dense) instead of sorting every hit (fast when hits are few).
DENSE_TEXT_HITS = 5_000


def fts_match_expression(user_text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query (every token quoted).

    Words separated by spaces must all match. A word the tokenizer splits (``F-0012345``,
    ``EJ-2026-0042``) must match as a phrase, so an identifier finds itself and not every
    invoice sharing one of its parts. Only the last token is a prefix (the word being
    typed; not when the text ends with a space): a prefix makes SQLite merge the lists of
    every matching term in memory, which costs ~100 ms on a frequent term such as ``f`` at
    a million invoices, whereas an exact term skips through its list.
    """
    words = [tokens for word in user_text.split() if (tokens := _FTS_TOKEN.findall(word))]
    if not words:
        return None
    words = words[:_MAX_SEARCH_WORDS]
    phrases = [" + ".join(f'"{token}"' for token in tokens) for tokens in words]
    if not user_text[-1:].isspace():
        phrases[-1] += "*"
    return " ".join(phrases)


def _hits_exceed(session: Session, match: str, limit: int) -> bool:
    probe = text(
        "SELECT count(*) FROM (SELECT rowid FROM invoices_fts WHERE invoices_fts MATCH :match "
        "LIMIT :limit)"
    ).bindparams(match=match, limit=limit + 1)
    return int(session.scalar(probe) or 0) > limit


def _range_is_dense(session: Session, conditions: list[Any]) -> bool:
    """True when a supplier or amount range alone holds more than :data:`DENSE_TEXT_HITS`
    invoices (counted on its own index, stopping at the limit)."""
    inner = select(Invoice.id).where(and_(*conditions)).limit(DENSE_TEXT_HITS + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0) > DENSE_TEXT_HITS


def _range_conditions(criteria: InvoiceFilter, walk: bool) -> list[list[Any]]:
    """The supplier-prefix and amount ranges, each a list of terms; ``walk`` hides their
    columns from the planner (unary ``+``) so it walks the sort index and tests each row."""
    name: Any = Invoice.supplier_name
    amount: Any = Invoice.amount_incl_vat
    if walk:
        name = literal_column("+invoices.supplier_name", String())
        amount = literal_column("+invoices.amount_incl_vat", ExactDecimal())
    out: list[list[Any]] = []
    if criteria.supplier:
        prefix = criteria.supplier.strip().upper()
        out.append([name >= prefix, name < prefix + "\uffff"])
    terms = []
    if criteria.amount_min is not None:
        terms.append(amount >= criteria.amount_min)
    if criteria.amount_max is not None:
        terms.append(amount <= criteria.amount_max)
    if terms:
        out.append(terms)
    return out


def text_hits_are_dense(session: Session, criteria: InvoiceFilter) -> bool:
    """True when the search text matches more than :data:`DENSE_TEXT_HITS` invoices, and
    so does each supplier or amount range asked (then the list walks its sort index).

    The whole word is counted first: exact terms stream and the count stops at the limit,
    whereas a prefix is merged in full before the first hit. A prefix matches at least what
    the whole word matches, so only when the word alone is not dense is the prefix counted.
    """
    ranges = _range_conditions(criteria, walk=False)
    if not all(_range_is_dense(session, terms) for terms in ranges):
        return False  # a selective supplier or amount range drives the query
    match = fts_match_expression(criteria.text) if criteria.text else None
    if match is None:
        return bool(ranges)  # only dense ranges: walk the sort index
    if match.endswith("*") and _hits_exceed(session, match[:-1], DENSE_TEXT_HITS):
        return True
    return _hits_exceed(session, match, DENSE_TEXT_HITS)


def _text_condition(match: str, dense: bool) -> Any:
    if dense:
        # The unary + keeps SQLite from driving the query by the hit list (one lookup and a
        # sort per hit): it walks the sort index in display order and probes the hit set,
        # built once, until the page is full. (Sorted by deposit date, the list is driven by
        # the full-text index itself instead: see :func:`invoice_ids_query`.)
        return literal_column("+invoices.id", Integer()).in_(hit_ids(match))
    return Invoice.id.in_(hit_ids(match))


def _deadline_condition(criteria: InvoiceFilter) -> Any:
    """Running clock and a deadline in the asked range (served by ``ix_invoices_deadline``)."""
    today = criteria.today or date.today()
    running = Invoice.deadline_state == ClockState.RUNNING.value
    if criteria.due_within_days is None:
        return and_(running, Invoice.payment_deadline < today)
    horizon = today + timedelta(days=max(0, criteria.due_within_days))
    low = None if criteria.late else today
    if low is None:
        return and_(running, Invoice.payment_deadline <= horizon)
    return and_(running, Invoice.payment_deadline >= low, Invoice.payment_deadline <= horizon)


def structure_condition(structure_ids: frozenset[int]) -> Any:
    """Invoices of the chosen structures (an empty choice matches none)."""
    return Invoice.structure_id.in_(sorted(structure_ids))


def _apply_filter(
    query: Select[tuple[int]],
    criteria: InvoiceFilter,
    dense_text: bool = False,
    text_in_from: bool = False,
) -> Select[tuple[int]]:
    conditions = []
    if criteria.structure_ids is not None:
        conditions.append(structure_condition(criteria.structure_ids))
    if criteria.inbox is not Inbox.ALL:
        conditions.append(Invoice.inbox == criteria.inbox.value)
    if criteria.service_id is not None:
        conditions.append(Invoice.service_id == criteria.service_id)
    if criteria.statuses:
        conditions.append(Invoice.status.in_(sorted(criteria.statuses)))
    for terms in _range_conditions(criteria, walk=dense_text):
        conditions += terms
    if criteria.date_from:
        conditions.append(Invoice.deposit_date >= criteria.date_from)
    if criteria.date_to:
        conditions.append(Invoice.deposit_date <= criteria.date_to)
    if criteria.possible_duplicates:
        conditions.append(Invoice.possible_duplicate.is_(True))
    if criteria.with_anomalies:
        conditions.append(Invoice.id.in_(invoices_with_anomalies()))
    if criteria.engagement_states:  # ix_invoices_engagement
        conditions.append(Invoice.engagement_state.in_(sorted(criteria.engagement_states)))
    if criteria.late or criteria.due_within_days is not None:
        conditions.append(_deadline_condition(criteria))
    if criteria.text and (match := fts_match_expression(criteria.text)):
        conditions.append(
            match_condition(match) if text_in_from else _text_condition(match, dense_text)
        )
    return query.where(and_(*conditions)) if conditions else query


def invoice_ids_query(
    criteria: InvoiceFilter,
    sort: SortKey = SortKey.DEPOSIT_DATE,
    descending: bool = True,
    *,
    dense_text: bool = False,
) -> Select[tuple[int]]:
    """SELECT of the matching invoice ids in display order (ties broken by id).

    ``dense_text`` (see :func:`text_hits_are_dense`) walks the sort index and checks each row
    against the full-text index, so a common word does not sort a hundred thousand hits;
    sorted by deposit date, the full-text index is walked instead, in its key order (the
    list's), each hit joined to its invoice (:mod:`desktop_app.models.search_order`).
    """
    match = fts_match_expression(criteria.text) if criteria.text else None
    if dense_text and match and sort is SortKey.DEPOSIT_DATE:
        hits = cast(Select[tuple[int]], select(Invoice.id).select_from(hits_in_list_order()))
        key_order = list_key.desc() if descending else list_key.asc()
        return _apply_filter(hits, criteria, dense_text, text_in_from=True).order_by(key_order)
    sort_column = getattr(Invoice, sort.value)
    order = (
        (sort_column.desc(), Invoice.id.desc())
        if descending
        else (sort_column.asc(), Invoice.id.asc())
    )
    return _apply_filter(select(Invoice.id), criteria, dense_text).order_by(*order)


def planned_ids_query(
    session: Session,
    criteria: InvoiceFilter,
    sort: SortKey,
    descending: bool,
    dense_text: bool | None = None,
) -> Select[tuple[int]]:
    """:func:`invoice_ids_query` with the full-text strategy chosen from the hit count
    (``dense_text``: a decision already taken for the same criteria, e.g. the first page's)."""
    dense = text_hits_are_dense(session, criteria) if dense_text is None else dense_text
    return invoice_ids_query(criteria, sort, descending, dense_text=dense)


def fetch_ids(
    session: Session,
    criteria: InvoiceFilter,
    sort: SortKey = SortKey.DEPOSIT_DATE,
    descending: bool = True,
    *,
    offset: int = 0,
    limit: int = 200,
) -> list[int]:
    """One page of matching ids."""
    query = planned_ids_query(session, criteria, sort, descending).offset(offset).limit(limit)
    return list(session.scalars(query))


def count(session: Session, criteria: InvoiceFilter) -> int:
    """How many invoices match."""
    inner = _apply_filter(select(Invoice.id), criteria).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def fetch_rows(session: Session, ids: list[int]) -> dict[int, Invoice]:
    """The invoices of ``ids`` (one query), keyed by id."""
    if not ids:
        return {}
    return {inv.id: inv for inv in session.scalars(select(Invoice).where(Invoice.id.in_(ids)))}


def inbox_counts(
    session: Session,
    service_id: int | None = None,
    structure_ids: frozenset[int] | None = None,
) -> dict[str, int]:
    """Count per inbox (optionally for one service, or the chosen structures), read from the
    maintained counters (``inbox_counters``), not counted."""
    found = tallies(session, "inbox", service_id=service_id, structure_ids=structure_ids)
    return {str(inbox): tally.total for inbox, tally in found.items()}


def service_totals(session: Session, structure_ids: frozenset[int] | None = None) -> dict[int, int]:
    """Invoices per service id (of the chosen structures), from the counters."""
    found = tallies(session, "service_key", structure_ids=structure_ids)
    return {int(sid): tally.total for sid, tally in found.items() if sid != NO_KEY}


#: Rendered ``invoices.is_new = 1``: the exact term of the partial index ``ix_invoices_new``.
IS_NEW = Invoice.is_new == true()
_SEEN_CHUNK = 500


def new_counts(session: Session, structure_ids: frozenset[int] | None = None) -> dict[str, int]:
    """Invoices not yet seen, per inbox, of the chosen structures (from the counters)."""
    found = tallies(session, "inbox", structure_ids=structure_ids)
    return {str(inbox): tally.new for inbox, tally in found.items() if tally.new}


#: Above this many matches, a filter the counters cannot answer shows "N+" (a bounded COUNT).
COUNT_BOUND = 10_000


def counters_answer(criteria: InvoiceFilter) -> bool:
    """True when ``criteria`` only names an inbox, a service and structures: the maintained
    counters hold its count."""
    text_given = bool(criteria.text and fts_match_expression(criteria.text))
    rest = replace(
        criteria,
        inbox=Inbox.ALL,
        service_id=None,
        structure_ids=None,
        today=None,
        text=criteria.text if text_given else None,
    )
    return rest == InvoiceFilter()


def count_matching(
    session: Session, criteria: InvoiceFilter, bound: int = COUNT_BOUND
) -> tuple[int, bool]:
    """How many invoices match, and whether that is exact: from the counters when they can
    answer, else a COUNT that stops after ``bound`` matches (then ``(bound, False)``)."""
    if counters_answer(criteria):
        inbox = None if criteria.inbox is Inbox.ALL else criteria.inbox.value
        total = counted_total(
            session,
            inbox=inbox,
            service_id=criteria.service_id,
            structure_ids=criteria.structure_ids,
        )
        return total, True
    inner = _apply_filter(select(Invoice.id), criteria).limit(bound + 1).subquery()
    found = int(session.scalar(select(func.count()).select_from(inner)) or 0)
    return (found, True) if found <= bound else (bound, False)


def replaced_by(session: Session, invoice_id: int) -> list[tuple[int, str]]:
    """The re-deposits of the rejected invoice ``invoice_id`` (id, number), through the
    partial index ``ix_invoices_replaced_by`` named outright: whatever the statistics say,
    never a scan of every invoice."""
    query = text(
        "SELECT id, number FROM invoices INDEXED BY ix_invoices_replaced_by"
        " WHERE replaces_rejected_id = :invoice_id AND replaces_rejected_id IS NOT NULL"
        " ORDER BY id"
    ).bindparams(invoice_id=invoice_id)
    return [(int(i), str(n)) for i, n in session.execute(query)]


def mark_seen(session: Session, ids: list[int]) -> list[int]:
    """Clear the "new" flag of ``ids`` (in the writer's transaction); the ids it changed."""
    changed: list[int] = []
    for start in range(0, len(ids), _SEEN_CHUNK):
        chunk = ids[start : start + _SEEN_CHUNK]
        found = list(session.scalars(select(Invoice.id).where(IS_NEW, Invoice.id.in_(chunk))))
        if found:
            session.execute(update(Invoice).where(Invoice.id.in_(found)).values(is_new=False))
            changed += found
    return changed


def mark_all_seen(session: Session, criteria: InvoiceFilter) -> list[int]:
    """Clear the "new" flag of every invoice matching ``criteria``; the ids it changed."""
    query = _apply_filter(select(Invoice.id), criteria).where(IS_NEW)
    ids: list[int] = [int(cast(int, row[0])) for row in session.execute(query)]
    return mark_seen(session, ids)
