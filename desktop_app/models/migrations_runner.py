"""Start-up migrations: back up first, one transaction per step, refuse newer files."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Alembic is imported only when a migration runs (cold start, issue 17)
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 3


class DatabaseOpenError(Exception):
    """The cache cannot be opened; ``key`` names the user-facing message."""

    def __init__(self, key: str, path: Path, detail: str = "") -> None:
        self.key = key
        self.path = path
        self.detail = detail
        super().__init__(f"{key}: {path}{' — ' + detail if detail else ''}")


@dataclass(frozen=True, slots=True)
class MigrationResult:
    """What start-up did to the cache file."""

    from_revision: str | None
    to_revision: str
    backup_path: Path | None


_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision\s*=\s*(None|["\']([^"\']+)["\'])', re.MULTILINE)


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migration scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _revision_graph() -> dict[str, str | None]:
    """Each revision script's ``revision`` and ``down_revision``, read from the files' text.

    Opening the cache needs only the head to compare with; importing Alembic for that took a
    quarter of a second of each start. ``tests/models/test_migrations.py`` checks this graph
    against Alembic's own reading of the same scripts.
    """
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("[0-9]*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:  # pragma: no cover - every script declares both
            raise RuntimeError(f"migration script without revision ids: {script.name}")
        graph[revision.group(1)] = down.group(2)
    return graph


def head_revision() -> str:
    """The newest schema revision this build knows (the one no script builds on)."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:  # pragma: no cover - the package always ships one linear chain
        raise RuntimeError(f"expected one head revision, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    """Every revision this build can migrate from."""
    return set(_revision_graph())


def read_revision(path: Path) -> str | None:
    """The file's schema revision, read without modifying it; ``None`` for a new, empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseOpenError("database.unknown_schema", path)
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        from desktop_app.models.cache_health import classify

        raise classify(exc, path) from exc
    return str(row[0]) if row else None


def backup_database(path: Path, revision: str) -> Path:
    """Copy the file aside with SQLite's online backup (consistent even in WAL mode)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    try:
        with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    except sqlite3.DatabaseError:
        target.unlink(missing_ok=True)  # never leave a partial copy (a full disk, say)
        raise
    _prune_backups(path)
    return target


def _prune_backups(path: Path) -> None:
    backups = sorted(path.parent.glob(f"{path.name}.backup-*"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink()


def migrate(path: Path, engine: Engine) -> MigrationResult:
    """Bring ``path`` to the head revision through ``engine`` (which must point at it)."""
    current = read_revision(path)
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseOpenError("database.too_new", path, f"revision {current}, app knows {head}")
    if current == head:
        return MigrationResult(current, head, None)
    from alembic import command

    backup = backup_database(path, current) if current is not None else None
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return MigrationResult(current, head, backup)
