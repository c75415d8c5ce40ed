"""IT's side of the team store: create the database, apply the schema, add people.

Run as the database's owner or a role with ``CREATEDB``/``CREATEROLE`` (``invoice-desk team
init``, docs/team-store.md). Each person gets their own LOGIN role, a member of exactly one of
the three group roles; the server then decides what they may do.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from desktop_app.models.team_schema import GROUP_ROLES, engine_for, upgrade_team_store

MAX_LOGIN = 63  # PostgreSQL's identifier length


class TeamAdminError(ValueError):
    """A set-up step cannot be done as asked (message for IT)."""


def create_database(conninfo: str, dbname: str) -> bool:
    """Create ``dbname`` through the maintenance database of ``conninfo``; False if it exists."""
    params: dict[str, Any] = dict(conninfo_to_dict(conninfo))
    params["dbname"] = "postgres"
    with psycopg.connect(make_conninfo(**params), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,)).fetchone()
        if exists:
            return False
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
        conn.execute(
            sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(dbname))
        )
    return True


def apply_schema(conninfo: str) -> tuple[str | None, str]:
    """Bring the team schema of the database ``conninfo`` names to this build's head."""
    engine = engine_for(lambda: psycopg.connect(conninfo))
    try:
        return upgrade_team_store(engine)
    finally:
        engine.dispose()


def _check_login(login: str) -> None:
    if not login or len(login) > MAX_LOGIN or not all(c.isalnum() or c in "._-@" for c in login):
        raise TeamAdminError(f"login {login!r}: 1-{MAX_LOGIN} letters, digits or . _ - @")


def add_person(
    conn: psycopg.Connection[Any], login: str, role: str, password: str | None = None
) -> None:
    """Create (or update) ``login`` as a person with ``role`` (clerk, manager or admin).

    Without ``password`` the role logs in by certificate or Kerberos only (pg_hba.conf). The
    person's other group memberships are revoked: one role per person.
    """
    _check_login(login)
    if role not in GROUP_ROLES:
        raise TeamAdminError(f"role {role!r}: one of {', '.join(GROUP_ROLES)}")
    ident = sql.Identifier(login)
    dbname = conn.info.dbname
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        verb = sql.SQL("ALTER ROLE" if exists else "CREATE ROLE")
        conn.execute(sql.SQL("{} {} LOGIN INHERIT").format(verb, ident))
        if password is not None:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password)))
        for other in GROUP_ROLES.values():
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), ident))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUP_ROLES[role]), ident))
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(dbname), ident)
        )


def remove_person(conn: psycopg.Connection[Any], login: str) -> None:
    """A person leaves: they can no longer log in (their past decisions stay, by login)."""
    _check_login(login)
    with conn.transaction():
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
        for other in GROUP_ROLES.values():
            conn.execute(
                sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(login))
            )
