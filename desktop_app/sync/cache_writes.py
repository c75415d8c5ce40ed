"""The pull's bulk writes: plain SQL ``executemany`` on the writer's own connection.

Called inside a unit of work of the single :class:`~desktop_app.models.writer.DatabaseWriter`
(``session`` is its transaction), so everything here commits or rolls back with the rest of
that unit. No ORM objects and no type decorators in this path: values arrive already in the
storage format (:func:`~desktop_app.sync.mapping.invoice_values`, ``history_values``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.sync.mapping import HISTORY_VALUE_COLUMNS, INVOICE_VALUE_COLUMNS

# Metadata upsert. When the platform's marker moved (or the invoice is new) the history,
# details and files are stale: their *_synced_at go back to NULL, which puts the invoice in
# the history backlog. Local columns (pending_action, local_notes...) are never touched.
_STALE_WHEN_MOVED = ("history_synced_at", "detail_synced_at", "file_synced_at")
UPSERT_INVOICES = (
    f"INSERT INTO invoices ({', '.join(INVOICE_VALUE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(INVOICE_VALUE_COLUMNS))}) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in INVOICE_VALUE_COLUMNS[1:])
    + ", "
    + ", ".join(
        f"{name} = CASE WHEN invoices.platform_marker IS excluded.platform_marker "
        f"THEN invoices.{name} ELSE NULL END"
        for name in _STALE_WHEN_MOVED
    )
)
UPSERT_HISTORY = (
    f"INSERT INTO status_history ({', '.join(HISTORY_VALUE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(HISTORY_VALUE_COLUMNS))}) "
    "ON CONFLICT (invoice_id, platform_entry_id) DO UPDATE SET "
    + ", ".join(
        f"{name} = excluded.{name}"
        for name in HISTORY_VALUE_COLUMNS
        if name not in ("invoice_id", "platform_entry_id", "source")
    )
)
# the history is current only if the marker it was fetched for is still the invoice's marker
MARK_HISTORY_SYNCED = (
    "UPDATE invoices SET history_synced_at = ? WHERE id = ? AND platform_marker IS ?"
)
ADVANCE_WATERMARK = (
    "INSERT INTO sync_state (structure_id, payment_request_type, watermark, last_success_at, "
    "last_error) VALUES (?, ?, ?, ?, NULL) "
    "ON CONFLICT (structure_id, payment_request_type) DO UPDATE SET "
    "watermark = CASE WHEN excluded.watermark IS NOT NULL AND (sync_state.watermark IS NULL "
    "OR excluded.watermark > sync_state.watermark) THEN excluded.watermark "
    "ELSE sync_state.watermark END, "
    "last_success_at = excluded.last_success_at, last_error = NULL"
)
# oldest-first would leave the clerk's freshest invoices without history the longest
HISTORY_BACKLOG = (
    "SELECT id, platform_marker FROM invoices WHERE history_synced_at IS NULL "
    "ORDER BY status_changed_at DESC, id DESC"
)


def raw_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session`` (same transaction)."""
    driver = session.connection().connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError("the cache is expected on sqlite3")
    return driver


def upsert_invoices(session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert or update invoice metadata (tuples of ``INVOICE_VALUE_COLUMNS``)."""
    if rows:
        raw_connection(session).executemany(UPSERT_INVOICES, rows)


def store_histories(
    session: Session,
    history_rows: Sequence[tuple[Any, ...]],
    synced: Sequence[tuple[str, int, str | None]],
) -> None:
    """Upsert status history rows and mark ``(synced_at, invoice_id, marker)`` as current."""
    connection = raw_connection(session)
    if history_rows:
        connection.executemany(UPSERT_HISTORY, history_rows)
    if synced:
        connection.executemany(MARK_HISTORY_SYNCED, synced)


def advance_watermark(
    session: Session, structure_id: int, kind: str, mark: str | None, now_text: str
) -> None:
    """Move the watermark forward (never back) and record the successful check."""
    raw_connection(session).execute(ADVANCE_WATERMARK, (structure_id, kind, mark, now_text))
