"""Incremental, resumable pull of received invoices, in two phases.

Phase 1 (metadata): per structure and payment-request type, search by last status change
since the watermark minus an overlap, ascending, in large pages walked with a keyset cursor
(the next search starts at the last timestamp seen, so invoices changing during the walk are
never skipped). Each page is upserted in ONE writer transaction together with the new
watermark; an invoice that is new or whose ``dateHeureEtatCourant`` moved gets
``history_synced_at = NULL``. The inbox is complete and usable when phase 1 ends.

Phase 2 (history): the *history backlog* (invoices whose history is missing or stale, i.e.
``history_synced_at IS NULL``, freshest first) is drained with up to ``workers`` concurrent
connections (the contract's client rule), in batched writer transactions
(:mod:`desktop_app.sync.history_backlog`).

Killed at any point, the next run resumes without losing or duplicating anything: upserts by
``idFacture``, history unique on ``(invoice_id, platform_entry_id)``, the watermark commits
with the page it covers and the backlog is the database itself.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.models.database import Database
from desktop_app.models.invoices import Service, Structure
from desktop_app.models.types import utc_text
from desktop_app.sync.backoff import Backoff, with_retries
from desktop_app.sync.cache_writes import advance_watermark, raw_connection, upsert_invoices
from desktop_app.sync.client import PlatformClient, is_last_page, is_transient
from desktop_app.sync.derived import refresh_after_pull, refresh_after_pull_work
from desktop_app.sync.engagements import learn_requirements
from desktop_app.sync.errors import SyncCancelled
from desktop_app.sync.events import EventBus, InvoicesChanged, SyncProgress
from desktop_app.sync.history_backlog import HistoryBacklog
from desktop_app.sync.mapping import entry_marker, invoice_values, page_watermark
from desktop_app.sync.unknown_statuses import record_unknown, unknown_in_search
from desktop_app.sync.user_structures import learn_user_structures

log = logging.getLogger(__name__)

OVERLAP = timedelta(minutes=10)
PAYMENT_TYPES = ("FACTURE", "FACTURE_TRAVAUX")
UNKNOWN_INVOICE = 20001  # FACTURE_INCONNUE: no longer visible (re-routed...)
# Invoices a pull creates are "new" until the user sees them (revision 0005). Not on the first
# pull of a structure (no watermark yet): that is the backlog, not news.
MARK_NEW = "UPDATE invoices SET is_new = 1 WHERE id = ?"


def _number(value: Any) -> int:
    """A paging / return-code field as a number; null, missing or garbled reads as 0."""
    try:
        return int(value) if value is not None and not isinstance(value, bool) else 0
    except (TypeError, ValueError):
        return 0


def watermark_minus(watermark: str, overlap: timedelta) -> str:
    """``watermark`` (ISO 8601, ``Z``) minus ``overlap``, in the platform's format."""
    moment = datetime.fromisoformat(watermark.replace("Z", "+00:00")) - overlap
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass
class PullStats:
    """What one pull stored."""

    seen: int = 0
    new: int = 0
    changed: int = 0
    history_calls: int = 0
    pages: int = 0
    new_ids: list[int] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)
    status_changes: list[tuple[int, str, str | None, str]] = field(default_factory=list)

    def add(self, other: PullStats) -> None:
        self.seen += other.seen
        self.new += other.new
        self.changed += other.changed
        self.history_calls += other.history_calls
        self.pages += other.pages
        self.new_ids += other.new_ids
        self.changed_ids += other.changed_ids
        self.status_changes += other.status_changes


@dataclass(frozen=True)
class PullOptions:
    """Tuning of the pull."""

    page_size: int = 1000
    workers: int = 4
    overlap: timedelta = OVERLAP
    payment_types: Sequence[str] = PAYMENT_TYPES
    # in-run retries of transient failures: about 8 s in all before the run gives up
    backoff: Backoff = field(default_factory=lambda: Backoff(base_s=0.5, cap_s=8.0, max_attempts=5))
    history: bool = True  # phase 2 in the same run (False: metadata only, backlog kept)
    history_batch: int = 500  # invoices whose history is written per writer transaction


def store_structures(
    database: Database, structures: list[dict[str, Any]], services: dict[int, list[dict[str, Any]]]
) -> None:
    """Upsert structures and their services (one transaction)."""

    def work(session: Session) -> None:
        for item in structures:
            sid = int(item["idStructureCPP"])
            row = session.get(Structure, sid) or Structure(id=sid)
            row.siret = str(item.get("identifiant") or item.get("identifiantStructure") or "")[:14]
            row.name = str(item.get("designationStructure") or "")[:200]
            session.add(row)
            for svc in services.get(sid, []):
                service = session.get(Service, int(svc["idService"])) or Service(
                    id=int(svc["idService"])
                )
                service.structure_id = sid
                service.code = str(svc.get("codeService") or "")[:100]
                service.name = str(svc.get("libelleService") or "")[:200]
                service.active = bool(svc.get("estActif", True))
                session.add(service)

    database.writer.run(work)


class Puller:
    """Runs the two-phase pull with a small pool of network threads and the single writer."""

    def __init__(
        self,
        client: PlatformClient,
        database: Database,
        bus: EventBus | None = None,
        options: PullOptions | None = None,
        cancel: threading.Event | None = None,
        on_retry: Callable[[BaseException, float], None] | None = None,
    ) -> None:
        self.client = client
        self.database = database
        self.bus = bus or EventBus()
        self.options = options or PullOptions()
        self.cancel = cancel or threading.Event()
        self.on_retry = on_retry
        self._done = 0
        self._total = 0
        self._stored: dict[int, str | None] = {}  # id -> marker written in this run
        self._started = time.monotonic()
        self.metadata_seconds: float | None = None  # time to a usable inbox, last run

    # --- helpers ---

    def _retry(self, call: Callable[[], Any]) -> Any:
        return with_retries(
            call,
            policy=self.options.backoff,
            is_transient=is_transient,
            cancel=self.cancel,
            on_retry=self.on_retry,
        )

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise SyncCancelled("cancelled")

    def _known(self, ids: list[int]) -> dict[int, tuple[str | None, str]]:
        """id -> (marker, status) of the cached invoices among ``ids``."""
        placeholders = ",".join("?" * len(ids))
        with self.database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT id, platform_marker, status FROM invoices WHERE id IN ({placeholders})",
                tuple(ids),
            ).all()
        return {row[0]: (row[1], row[2]) for row in rows}

    def _progress(self) -> None:
        elapsed = time.monotonic() - self._started
        eta = None
        if self._done and self._total >= self._done:
            eta = (self._total - self._done) * elapsed / self._done
        self.bus.publish(SyncProgress(self._done, self._total or None, "metadata", eta))

    # --- the pull ---

    def learn_structures(self) -> list[int]:
        """Structures (and their services) the account is attached to and receives invoices
        for (:mod:`desktop_app.sync.user_structures`); stored locally."""
        structures = learn_user_structures(
            lambda: self._retry(self.client.attachments),
            lambda: self._retry(self.client.structures),
        )
        services: dict[int, list[dict[str, Any]]] = {}
        for item in structures:
            sid = int(item["idStructureCPP"])
            services[sid] = self._retry(partial(self.client.services, sid))
        store_structures(self.database, structures, services)
        ids = [int(item["idStructureCPP"]) for item in structures]
        learn_requirements(self.client, self.database, ids, self._retry)  # EJ required?
        return ids

    def run(self, structure_ids: Sequence[int] | None = None) -> PullStats:
        """Phase 1 for every structure (learning them first when not given), then phase 2."""
        self._started = time.monotonic()
        ids = list(structure_ids) if structure_ids is not None else self.learn_structures()
        stats = PullStats()
        with ThreadPoolExecutor(self.options.workers, thread_name_prefix="sync-net") as pool:
            for structure_id in ids:
                for kind in self.options.payment_types:
                    stats.add(self.pull_structure(pool, structure_id, kind))
            self.metadata_seconds = time.monotonic() - self._started
            changed = stats.new_ids + stats.changed_ids
            # deadlines, duplicates (deposit date): queued on the writer, which works on it
            # while the first batch of histories is fetched (their writes queue behind it)
            refresh = self.database.writer.submit(partial(refresh_after_pull_work, changed))
            announced = False

            def announce() -> None:  # the inbox is up to date: tell the UI (this thread)
                nonlocal announced
                if announced:
                    return
                announced = True
                refresh.result()
                if stats.new_ids or stats.changed_ids:
                    self.bus.publish(
                        InvoicesChanged(
                            tuple(stats.new_ids),
                            tuple(stats.changed_ids),
                            tuple(stats.status_changes),
                        )
                    )

            if not self.options.history:
                announce()
            else:
                try:
                    stats.history_calls += self.drain_history(pool, before_first_write=announce)
                except BaseException:
                    try:  # the metadata are stored: announced even when the drain failed
                        announce()
                    except Exception:
                        log.exception("derived refresh failed after a failed history drain")
                    raise
                announce()  # when the drain found nothing to fetch
                if changed:  # the histories give the day made available, the suspensions
                    refresh_after_pull(self.database, changed)
        return stats

    def drain_history(
        self,
        pool: ThreadPoolExecutor | None = None,
        *,
        before_first_write: Callable[[], None] | None = None,
    ) -> int:
        """Phase 2 alone: fetch every missing or stale history; the number of calls made.
        ``before_first_write`` runs on this thread once the first batch is fetched."""
        backlog = HistoryBacklog(
            self.client,
            self.database,
            self.bus,
            retry=self._retry,
            cancel=self.cancel,
            batch=self.options.history_batch,
        )
        if pool is not None:
            return backlog.drain(pool, before_first_write=before_first_write)
        with ThreadPoolExecutor(self.options.workers, thread_name_prefix="sync-net") as own:
            return backlog.drain(own, before_first_write=before_first_write)

    def _watermark(self, structure_id: int, kind: str) -> str | None:
        with self.database.engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT watermark FROM sync_state "
                    "WHERE structure_id = :sid AND payment_request_type = :kind"
                ),
                {"sid": structure_id, "kind": kind},
            ).first()
        return None if row is None else row[0]

    def _search(self, structure_id: int, kind: str, since: str | None, page: int) -> dict[str, Any]:
        result: dict[str, Any] = self._retry(
            lambda: self.client.search_invoices(
                structure_id=structure_id,
                since=since,
                page=page,
                page_size=self.options.page_size,
                payment_request_type=kind,
            )
        )
        return result

    def pull_structure(self, pool: ThreadPoolExecutor, structure_id: int, kind: str) -> PullStats:
        """Phase 1 for one structure and payment-request type, from its watermark."""
        stats = PullStats()
        watermark = self._watermark(structure_id, kind)
        cursor = watermark_minus(watermark, self.options.overlap) if watermark else None
        page = 1
        pending_write: Future[None] | None = None
        next_page: Future[dict[str, Any]] | None = None
        counted_total = False
        try:
            data = self._search(structure_id, kind, cursor, page)
            while True:
                self._check_cancel()
                entries: list[dict[str, Any]] = list(data.get("listeFactures") or [])
                if _number(data.get("codeRetour")) != 0 or not entries:
                    break
                if not counted_total:
                    self._total += _number(data.get("total")) or len(entries)
                    counted_total = True
                size = self.options.page_size
                if not is_last_page(data, page, len(entries), size):  # prefetch the next page
                    first_ts = entries[0].get("dateHeureEtatCourant")
                    last_ts = entries[-1].get("dateHeureEtatCourant")
                    if not last_ts or last_ts == first_ts:  # no keyset possible: plain paging
                        page += 1
                    else:
                        cursor, page = last_ts, 1
                    next_page = pool.submit(self._search, structure_id, kind, cursor, page)
                write = self._process_page(
                    structure_id, kind, entries, stats, mark_new=watermark is not None
                )
                if pending_write is not None:
                    pending_write.result()
                pending_write = write
                stats.pages += 1
                if next_page is None:
                    break
                data = next_page.result()
                next_page = None
        finally:
            if next_page is not None:
                next_page.cancel()
            if pending_write is not None:
                pending_write.result()
        if stats.pages == 0:  # nothing new: record the successful check
            now_text = utc_text(datetime.now(UTC))
            self.database.writer.run(
                lambda s: advance_watermark(s, structure_id, kind, None, now_text)
            )
        return stats

    def _process_page(
        self,
        structure_id: int,
        kind: str,
        entries: list[dict[str, Any]],
        stats: PullStats,
        *,
        mark_new: bool = True,
    ) -> Future[None]:
        """Upsert the page's new or moved invoices with the watermark (one transaction);
        with ``mark_new`` the invoices it creates are flagged new (unseen) in that same one."""
        known = self._known([int(e["idFacture"]) for e in entries])
        now_text = utc_text(datetime.now(UTC))
        rows: list[tuple[Any, ...]] = []
        created: list[tuple[int]] = []
        for entry in entries:
            if entry.get("idDestinataire") in (None, ""):  # the structure searched for
                entry = {**entry, "idDestinataire": structure_id}
            invoice_id, marker = int(entry["idFacture"]), entry_marker(entry)
            if invoice_id in self._stored:
                if self._stored[invoice_id] == marker:
                    continue  # page boundary already handled in this run
            elif invoice_id in known and known[invoice_id][0] == marker:
                continue
            self._stored[invoice_id] = marker
            rows.append(invoice_values(entry, now_text))
            previous = known.get(invoice_id)
            new_status = str(entry.get("statut") or "")
            if previous is None:
                stats.new += 1
                stats.new_ids.append(invoice_id)
                if mark_new:
                    created.append((invoice_id,))
            else:
                stats.changed += 1
                stats.changed_ids.append(invoice_id)
            if previous is None or previous[1] != new_status:
                stats.status_changes.append(
                    (
                        invoice_id,
                        str(entry.get("designationFournisseur") or ""),
                        previous[1] if previous else None,
                        new_status,
                    )
                )
        stats.seen += len(entries)
        mark = page_watermark(entries)
        unknown = unknown_in_search(entries)  # kept as sent; remembered for the diagnostics

        def work(session: Session) -> None:
            upsert_invoices(session, rows)
            record_unknown(session, unknown)
            if created:
                raw_connection(session).executemany(MARK_NEW, created)
            advance_watermark(session, structure_id, kind, mark, now_text)

        future = self.database.writer.submit(work)
        self._done += len(entries)
        self._progress()
        return future
