"""Tell a damaged cache from a new one, keep a recent copy, and repair without losing actions.

An offline-first cache holds the user's queued actions: a file emptied, byte-flipped or made
unreadable must never be taken for a new, empty cache. Three pieces:

* a *marker* beside the file records that a cache was created there, so a 0-byte or missing
  header is reported as damage, not as a fresh start;
* :func:`check_file` classifies what SQLite says (damaged, disk full, I/O error) and runs
  ``PRAGMA quick_check`` on files small enough to check at start-up;
* :func:`repair` keeps the damaged file aside, restores the newest sound backup and puts
  back every open outbox row it can still read from the damaged file.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.models.migrations_runner import DatabaseOpenError
from desktop_app.models.work import BLOCKING_STATES, OutboxState

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".created"
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024  # larger files are checked by the CLI commands
LOW_DISK_BYTES = 16 * 1024 * 1024
BACKUP_INTERVAL = timedelta(hours=6)
# the open rows read back from a damaged cache: the ones that block an invoice
OPEN_OUTBOX_STATES = tuple(sorted(state.value for state in BLOCKING_STATES))


MESSAGES_FR = {
    "database.too_new": "Ce cache a été écrit par une version plus récente d'Invoice Desk ; "
    "il n'a pas été modifié. Installez la dernière version.",
    "database.unknown_schema": "Ce fichier n'est pas un cache Invoice Desk ; "
    "il n'a pas été modifié.",
    "database.unreadable": "Le cache est illisible (fichier endommagé ?) ; il n'a pas été modifié.",
    "database.damaged": "Le cache local est endommagé ; il n'a pas été modifié. "
    "Lancez « invoice-desk migrate --repair » : le fichier endommagé est gardé à côté, "
    "la dernière copie de sauvegarde est restaurée et les actions en attente encore "
    "lisibles sont reprises.",
    "database.disk_full": "Le disque est plein : le cache ne peut pas être écrit. "
    "Libérez de la place puis relancez ; rien n'a été perdu.",
    "database.io_error": "Le cache n'a pas pu être lu ou écrit (erreur d'entrée-sortie : "
    "disque retiré, droits, réseau ?). Rien n'a été modifié ; vérifiez le disque puis relancez.",
}


def message_fr(key: str) -> str:
    """The French text of a cache problem ``key`` (for the command line)."""
    return MESSAGES_FR.get(key, key)


def problem_text(problem: DatabaseOpenError) -> str:
    """What the command line prints for ``problem``: its French text, then the file."""
    return f"{message_fr(problem.key)}\n{problem.path} {problem.detail}".rstrip()


def marker_path(path: Path) -> Path:
    """The file recording that a cache was created at ``path``."""
    return path.with_name(path.name + MARKER_SUFFIX)


def write_marker(path: Path, revision: str) -> None:
    """Record that ``path`` holds a cache (written after each successful open)."""
    marker = marker_path(path)
    text = json.dumps({"revision": revision}, sort_keys=True)
    if not marker.exists() or marker.read_text(encoding="utf-8") != text:
        marker.write_text(text, encoding="utf-8")


def classify(exc: BaseException, path: Path) -> DatabaseOpenError:
    """The user-facing problem behind a SQLite error on ``path``."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseOpenError("database.disk_full", path, str(exc))
    if "disk i/o error" in text or "unable to open" in text or "readonly" in text:
        if _free_bytes(path) < LOW_DISK_BYTES:
            return DatabaseOpenError("database.disk_full", path, str(exc))
        return DatabaseOpenError("database.io_error", path, str(exc))
    return DatabaseOpenError("database.damaged", path, str(exc))


def is_sqlite_error(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it wraps, as SQLAlchemy does) is a SQLite database error."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, sqlite3.DatabaseError):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return 0


def check_file(path: Path) -> None:
    """Raise :class:`DatabaseOpenError` when ``path`` is not a sound cache (or a new one).

    A missing or 0-byte file is new unless the marker says a cache was created here.
    """
    size = path.stat().st_size if path.exists() else 0
    if size == 0:
        if marker_path(path).exists():
            detail = "empty file" if path.exists() else "file missing"
            raise DatabaseOpenError("database.damaged", path, detail)
        return
    if size > QUICK_CHECK_MAX_BYTES:
        return
    problems = integrity_problems(path, quick=True)
    if problems:
        raise DatabaseOpenError("database.damaged", path, "; ".join(problems[:3]))


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) finds; empty when sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        problem = classify(exc, path)
        if problem.key != "database.damaged":
            raise problem from exc
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def backups(path: Path) -> list[Path]:
    """Backup copies of ``path``, newest first."""
    found = path.parent.glob(f"{path.name}.backup-*")
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def backup_due(path: Path, now: datetime | None = None) -> bool:
    """Whether the newest backup is older than :data:`BACKUP_INTERVAL` (or there is none)."""
    newest = next(iter(backups(path)), None)
    if newest is None:
        return True
    taken = datetime.fromtimestamp(newest.stat().st_mtime, UTC)
    return (now or datetime.now(UTC)) - taken >= BACKUP_INTERVAL


@dataclass(frozen=True, slots=True)
class RepairResult:
    """What :func:`repair` did."""

    damaged_copy: Path | None
    restored_from: Path | None
    actions_recovered: int  # open actions read back from the damaged file
    actions_waiting: int  # open actions in the repaired cache


def salvage_outbox(path: Path) -> list[dict[str, Any]]:
    """Every open outbox row still readable in ``path`` (row by row past damaged pages)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return []
    conn.row_factory = sqlite3.Row
    rows: list[dict[str, Any]] = []
    try:
        try:
            last = conn.execute("SELECT max(id) FROM outbox").fetchone()[0] or 0
        except sqlite3.DatabaseError as exc:
            log.warning("outbox unreadable in the damaged cache: %s", exc)
            return []
        marks = ",".join("?" * len(OPEN_OUTBOX_STATES))
        for row_id in range(1, int(last) + 1):
            try:
                row = conn.execute(
                    f"SELECT * FROM outbox WHERE id = ? AND state IN ({marks})",
                    (row_id, *OPEN_OUTBOX_STATES),
                ).fetchone()
            except sqlite3.DatabaseError as exc:
                log.warning("outbox row %s unreadable: %s", row_id, exc)
                continue
            if row is not None:
                rows.append(dict(row))
    finally:
        conn.close()
    return rows


def _restore_rows(path: Path, rows: list[dict[str, Any]]) -> int:
    """Insert the salvaged rows missing from ``path`` (matched by idempotency key)."""
    if not rows:
        return 0
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(outbox)")}
        added = 0
        for row in rows:
            values = {k: v for k, v in row.items() if k in columns and k != "id"}
            if values.get("state") == OutboxState.SENDING:  # its send may have arrived: check first
                values["state"] = OutboxState.INTERRUPTED.value
            names = ", ".join(values)
            marks = ", ".join("?" * len(values))
            cursor = conn.execute(
                f"INSERT OR IGNORE INTO outbox ({names}) VALUES ({marks})",
                tuple(values.values()),
            )
            added += cursor.rowcount
    return added


def _set_aside(path: Path) -> Path | None:
    if not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target


def repair(path: Path, create_empty: Callable[[Path], None]) -> RepairResult:
    """Keep the damaged file aside, restore the newest sound backup, re-queue open actions.

    With no sound backup ``create_empty`` makes a new cache (the next sync fills it again)
    and the recovered actions wait there for their invoices to come back.
    """
    salvaged = salvage_outbox(path) if path.exists() and path.stat().st_size else []
    damaged = _set_aside(path)
    restored = None
    for candidate in backups(path):
        if not integrity_problems(candidate):
            with sqlite3.connect(candidate) as source, sqlite3.connect(path) as copy:
                source.backup(copy)
            restored = candidate
            break
        log.warning("backup %s is damaged too, skipped", candidate)
    if restored is None:
        marker_path(path).unlink(missing_ok=True)
        create_empty(path)
    added = _restore_rows(path, salvaged)
    waiting = _count_open(path)
    log.info(
        "cache repaired: %s set aside, restored from %s, %d actions back", damaged, restored, added
    )
    return RepairResult(damaged, restored, added, waiting)


def _count_open(path: Path) -> int:
    marks = ",".join("?" * len(OPEN_OUTBOX_STATES))
    with sqlite3.connect(path) as conn:
        query = f"SELECT count(*) FROM outbox WHERE state IN ({marks})"
        return int(conn.execute(query, OPEN_OUTBOX_STATES).fetchone()[0])
