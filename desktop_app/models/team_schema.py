"""The team store's schema (PostgreSQL), managed by its own Alembic tree (``team_migrations``).

Like the cache (:mod:`desktop_app.models.migrations_runner`), a store whose revision this
build does not know is refused (``team.too_new``): an older desktop never writes into a newer
schema. Applying the schema (:func:`upgrade_team_store`) is IT's job (``invoice-desk team
init``, as the database owner); desktops only check it (:func:`check_team_schema`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

TEAM_MIGRATIONS_DIR = Path(__file__).resolve().parent / "team_migrations"
SCHEMA = "team"
GROUP_ROLES = {
    "clerk": "invoice_desk_clerk",
    "manager": "invoice_desk_manager",
    "admin": "invoice_desk_admin",
}


class TeamSchemaError(Exception):
    """The team store's schema cannot be used; ``key`` names the user-facing message."""

    def __init__(self, key: str, detail: str = "") -> None:
        self.key = key
        self.detail = detail
        super().__init__(f"{key}{': ' + detail if detail else ''}")


def team_alembic_config() -> Config:
    """Alembic configuration of the team store's migration scripts."""
    config = Config()
    config.set_main_option("script_location", str(TEAM_MIGRATIONS_DIR))
    return config


def team_head_revision() -> str:
    """The newest team store revision this build knows."""
    head = ScriptDirectory.from_config(team_alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no team store migration scripts found")
    return head


def team_known_revisions() -> set[str]:
    """Every team store revision this build knows."""
    script = ScriptDirectory.from_config(team_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def engine_for(connect: Callable[[], Any]) -> Engine:
    """A SQLAlchemy engine (psycopg 3 dialect) over connections made by ``connect``."""
    return create_engine("postgresql+psycopg://", creator=connect, poolclass=NullPool)


def read_team_revision(connection: Connection) -> str | None:
    """The store's revision (``None``: schema not applied yet)."""
    try:
        with connection.begin_nested():
            found = connection.scalar(text("SELECT version_num FROM team.alembic_version"))
    except ProgrammingError:
        return None
    return None if found is None else str(found)


def check_revision(current: str | None) -> None:
    """Raise unless ``current`` is this build's head (missing, older and newer all refused)."""
    head = team_head_revision()
    if current is None:
        raise TeamSchemaError("team.not_initialised")
    if current not in team_known_revisions():
        raise TeamSchemaError("team.too_new", f"revision {current}, app knows {head}")
    if current != head:
        raise TeamSchemaError("team.too_old", f"revision {current}, app needs {head}")


def check_team_schema(connection: Connection) -> str:
    """A desktop's check on connecting: the store is at this build's head revision."""
    current = read_team_revision(connection)
    check_revision(current)
    assert current is not None
    return current


def upgrade_team_store(engine: Engine) -> tuple[str | None, str]:
    """Create the ``team`` schema if needed and bring it to the head (as the owner)."""
    with engine.connect() as connection:
        current = read_team_revision(connection)
        if current is not None and current not in team_known_revisions():
            raise TeamSchemaError(
                "team.too_new", f"revision {current}, app knows {team_head_revision()}"
            )
        connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
        connection.commit()
        config = team_alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return current, team_head_revision()
