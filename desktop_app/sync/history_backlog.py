"""Phase 2 of the pull: drain the history backlog (missing or stale status histories).

The backlog is the cache itself: ``invoices.history_synced_at IS NULL`` (new invoices, a moved
``dateHeureEtatCourant``, or our own action just sent). Histories are fetched with one call
each (3.4 consulterHistoriqueFacture; the contract has no batch form) on up to ``workers``
concurrent connections, while the writer stores the previous batch in one transaction. An
invoice leaves the backlog only when its history is written for the marker it still has, so a
kill at any point, or a change seen meanwhile, just leaves it in the backlog for the next run.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models.database import Database
from desktop_app.models.types import utc_text
from desktop_app.sync.cache_writes import HISTORY_BACKLOG, store_histories
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.errors import SyncCancelled, ValidationRefused
from desktop_app.sync.events import EventBus, SyncProgress
from desktop_app.sync.mapping import history_values
from desktop_app.sync.unknown_statuses import record_unknown, unknown_in_history

log = logging.getLogger(__name__)

UNKNOWN_INVOICE = 20001  # FACTURE_INCONNUE: no longer visible (re-routed...)


class HistoryBacklog:
    """Fetches and stores the histories of the backlog; see the module docstring."""

    def __init__(
        self,
        client: PlatformClient,
        database: Database,
        bus: EventBus,
        *,
        retry: Callable[[Callable[[], Any]], Any],
        cancel: threading.Event,
        batch: int = 500,
    ) -> None:
        self.client = client
        self.database = database
        self.bus = bus
        self.retry = retry
        self.cancel = cancel
        self.batch = max(1, batch)

    def pending(self) -> list[tuple[int, str | None]]:
        """``(invoice id, marker)`` of the backlog, freshest status change first."""
        with self.database.engine.connect() as connection:
            rows = connection.exec_driver_sql(HISTORY_BACKLOG).all()
        return [(int(row[0]), row[1]) for row in rows]

    def _fetch(self, invoice_id: int) -> dict[str, Any] | None:
        if self.cancel.is_set():
            return None  # the drain stops at the next batch; nothing is marked for this one
        try:
            result: dict[str, Any] = self.retry(lambda: self.client.history(invoice_id))
            return result
        except ValidationRefused as exc:
            if exc.code_retour == UNKNOWN_INVOICE:
                log.info("invoice %s no longer visible; history skipped", invoice_id)
                return {}
            raise

    def drain(
        self, pool: ThreadPoolExecutor, *, before_first_write: Callable[[], None] | None = None
    ) -> int:
        """Fetch and store every pending history; the number of history calls.
        ``before_first_write`` runs once, when the first batch is fetched, before its write."""
        backlog = self.pending()
        total = len(backlog)
        if not total:
            return 0
        started = time.monotonic()
        batches = [backlog[i : i + self.batch] for i in range(0, total, self.batch)]
        queued: list[Future[dict[str, Any] | None]] = [
            pool.submit(self._fetch, invoice_id) for invoice_id, _ in batches[0]
        ]
        pending_write: Future[None] | None = None
        done = 0
        try:
            for index, batch in enumerate(batches):
                current = queued
                queued = []
                if index + 1 < len(batches):  # keep every connection busy across batches
                    queued = [pool.submit(self._fetch, i) for i, _ in batches[index + 1]]
                answers = [future.result() for future in current]
                if self.cancel.is_set():
                    raise SyncCancelled("cancelled")
                if index == 0 and before_first_write is not None:
                    before_first_write()
                write = self.database.writer.submit(self._writer(batch, answers))
                if pending_write is not None:
                    pending_write.result()
                pending_write = write
                done += len(batch)
                elapsed = time.monotonic() - started
                eta = (total - done) * elapsed / done
                self.bus.publish(SyncProgress(done, total, "history", eta))
        finally:
            for future in queued:
                future.cancel()
            if pending_write is not None:
                pending_write.result()
        return total

    @staticmethod
    def _writer(
        batch: list[tuple[int, str | None]], answers: list[dict[str, Any] | None]
    ) -> Callable[[Session], None]:
        now_text = utc_text(datetime.now(UTC))
        rows: list[tuple[Any, ...]] = []
        synced: list[tuple[str, int, str | None]] = []
        unknown = []
        for (invoice_id, marker), answer in zip(batch, answers, strict=True):
            if answer is None:
                continue
            rows.extend(history_values(invoice_id, answer))
            unknown.extend(unknown_in_history(invoice_id, answer))
            synced.append((now_text, invoice_id, marker))

        def work(session: Session) -> None:
            store_histories(session, rows, synced)
            record_unknown(session, unknown)

        return work
