"""Statuses the catalogue does not know, found in search and history answers, remembered.

What happens to such a status (checked in :mod:`desktop_app.sync.mapping` and
:mod:`desktop_app.sync.pull`): the invoice row keeps the code as sent (``invoices.status``,
truncated to 60 characters like every status), its inbox is ``OTHER``
(:func:`~desktop_app.domain.inboxes.inbox_for_status`), the history keeps the code of each
passage; nothing is dropped. What was missing is the platform's label (the list showed a bare
code) and a place where the clerk or the support sees which codes came in: this module records
each unknown code once, with the label when the answer carries one, in ``unknown_statuses``.

The label's field name is **(assumed)**: no public client or recorded answer shows one for
Chorus Pro's search (3.1) or history (3.4) answers, nor for the reform's platforms yet. The
names read, first found wins: ``libelleStatut``, ``statutLibelle``, ``libelleStatutCourant``
(search) and ``histoStatutLibelle``, ``libelleStatut`` (history).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop_app.domain.transitions import is_known_status
from desktop_app.models.types import utc_now
from desktop_app.models.unknown_statuses import UnknownStatus

SEARCH_LABEL_KEYS = ("libelleStatut", "statutLibelle", "libelleStatutCourant")
HISTORY_LABEL_KEYS = ("histoStatutLibelle", "libelleStatut")
MAX_CODE, MAX_LABEL = 60, 200


@dataclass(frozen=True, slots=True)
class SeenStatus:
    """An unknown status code as one answer carried it."""

    code: str
    label: str | None
    seen_in: str  # "search" | "history"
    invoice_id: int | None


def _label(entry: dict[str, Any], keys: Iterable[str]) -> str | None:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:MAX_LABEL]
    return None


def _invoice_id(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def unknown_in_search(entries: Iterable[dict[str, Any]]) -> list[SeenStatus]:
    """Unknown current statuses of a search page (3.1), one per code (the last seen wins)."""
    found: dict[str, SeenStatus] = {}
    for entry in entries:
        code = str(entry.get("statut") or "").strip()[:MAX_CODE]
        if code and not is_known_status(code):
            found[code] = SeenStatus(
                code,
                _label(entry, SEARCH_LABEL_KEYS),
                "search",
                _invoice_id(entry.get("idFacture")),
            )
    return list(found.values())


def unknown_in_history(invoice_id: int, answer: dict[str, Any]) -> list[SeenStatus]:
    """Unknown statuses among an invoice's history entries (3.4)."""
    block = answer.get("historiquesDesStatuts") or {}
    found: dict[str, SeenStatus] = {}
    for item in block.get("histoStatut") or [] if isinstance(block, dict) else []:
        if not isinstance(item, dict):
            continue
        code = str(item.get("histoStatutCode") or "").strip()[:MAX_CODE]
        if code and not is_known_status(code):
            found[code] = SeenStatus(code, _label(item, HISTORY_LABEL_KEYS), "history", invoice_id)
    return list(found.values())


def record_unknown(session: Session, seen: Iterable[SeenStatus]) -> int:
    """Upsert the codes (writer thread): a label once given is kept if a later answer has none."""
    now = utc_now()
    count = 0
    for status in seen:
        stmt = insert(UnknownStatus).values(
            code=status.code,
            label=status.label,
            seen_in=status.seen_in,
            first_seen_at=now,
            last_seen_at=now,
            last_invoice_id=status.invoice_id,
            times_seen=1,
        )
        update: dict[str, Any] = {
            "last_seen_at": stmt.excluded.last_seen_at,
            "last_invoice_id": stmt.excluded.last_invoice_id,
            "times_seen": UnknownStatus.times_seen + 1,
        }
        if status.label is not None:
            update["label"] = stmt.excluded.label
        session.execute(stmt.on_conflict_do_update(index_elements=["code"], set_=update))
        count += 1
    return count
