"""Start-up migrations: back up first, one transaction per step, refuse newer files."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
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


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migration scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this build knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no migration scripts found")
    return head


def known_revisions() -> set[str]:
    """Every revision this build can migrate from."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


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
    backup = backup_database(path, current) if current is not None else None
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return MigrationResult(current, head, backup)
