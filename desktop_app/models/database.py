"""Open the local cache: a SQLite file in WAL mode, migrated, with one writer thread."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desktop_app.models import cache_health
from desktop_app.models.migrations_runner import (
    DatabaseOpenError,
    MigrationResult,
    backup_database,
    migrate,
)
from desktop_app.models.writer import DatabaseWriter

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)

APP_NAME = "InvoiceDesk"
DATABASE_FILE = "cache.sqlite"


def default_database_path() -> Path:
    """``cache.sqlite`` in the user's data folder (platformdirs)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DATABASE_FILE


READER_CACHE_KIB = -8_000  # negative: KiB (SQLite's convention)
WRITER_CACHE_KIB = -32_000


def _configure(read_only: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        # Each reader (the GUI thread's, the pool's) keeps its own page cache: 8 MB each keeps
        # the window's memory bounded at a million invoices; the OS caches the file for all.
        cursor.execute(f"PRAGMA cache_size={READER_CACHE_KIB if read_only else WRITER_CACHE_KIB}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    return on_connect


def make_engine(path: Path, *, read_only: bool) -> Engine:
    """An engine on ``path``; read-only engines refuse every write at the SQLite level."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 10},
        poolclass=None if read_only else NullPool,
    )
    event.listen(engine, "connect", _configure(read_only))
    return engine


def make_migration_engine(path: Path) -> Engine:
    """A writable engine whose transactions also cover DDL.

    Python's sqlite3 driver only opens a transaction before DML, so an ``ALTER TABLE``
    would otherwise commit on its own: a migration killed half-way left columns added
    without its version bump, and the next start failed on "duplicate column". Here the
    driver's own transaction handling is off and SQLAlchemy emits ``BEGIN`` itself.
    """
    engine = make_engine(path, read_only=False)

    @event.listens_for(engine, "connect")
    def _driver_autocommit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _explicit_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Database:
    """The migrated cache: read sessions from any thread, writes through :attr:`writer`."""

    def __init__(self, path: Path, migration: MigrationResult) -> None:
        self.path = path
        self.migration = migration
        self.engine = make_engine(path, read_only=True)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.writer = DatabaseWriter(make_engine(path, read_only=False))
        self._closed = False

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (``PRAGMA query_only``): any write in it fails."""
        with self._read_sessions() as session:
            yield session

    def query(
        self, read: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``read(session, *args, **kwargs)`` in a read-only session: how the UI reads through
        the query modules of ``models`` without holding a session of its own."""
        with self.read() as session:
            return read(session, *args, **kwargs)

    def close(self) -> None:
        """Finish pending writes, release every connection, then refresh the backup if due."""
        if self._closed:
            return
        self._closed = True
        self.writer.close()
        self.engine.dispose()
        if cache_health.backup_due(self.path):
            try:
                optimize_full_text(self.path)
                backup_database(self.path, "auto")
            except (OSError, sqlite3.DatabaseError) as exc:
                log.warning("cache backup skipped: %s", exc)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def optimize_full_text(path: Path) -> None:
    """Merge the full-text index's segments into one (FTS5 ``optimize``): pulls add rows one
    by one, and a phrase or a prefix search reads every segment. Run with the daily backup,
    at close (about 5 s at a million invoices, well under a second at 100,000)."""
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO invoices_fts(invoices_fts) VALUES ('optimize')")


def open_database(path: Path | None = None) -> Database:
    """Create or upgrade the cache at ``path`` (default: the user's data folder) and open it.

    Raises :class:`~desktop_app.models.migrations_runner.DatabaseOpenError` for a file
    written by a newer version (left untouched), a file that is not a cache, a damaged
    cache (``database.damaged``: :func:`repair_database` restores it), a full disk or an
    I/O error. A cache that was created here and is now empty counts as damaged.
    """
    target = path or default_database_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        cache_health.check_file(target)
        migration_engine = make_migration_engine(target)
        try:
            result = migrate(target, migration_engine)
        finally:
            migration_engine.dispose()
        cache_health.write_marker(target, result.to_revision)
    except OSError as exc:
        raise cache_health.classify(exc, target) from exc
    except DatabaseOpenError:
        raise
    except Exception as exc:
        if cache_health.is_sqlite_error(exc):
            raise cache_health.classify(exc, target) from exc
        raise
    return Database(target, result)


def repair_database(path: Path | None = None) -> cache_health.RepairResult:
    """Set a damaged cache aside, restore the newest sound backup, re-queue open actions."""
    target = path or default_database_path()

    def create_empty(fresh: Path) -> None:
        open_database(fresh).close()

    return cache_health.repair(target, create_empty)
