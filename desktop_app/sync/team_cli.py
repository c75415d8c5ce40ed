"""``invoice-desk team``: set up the team store (IT) and synchronise a desktop with it.

* ``team init --dsn DSN [--database NAME] [--admin LOGIN --password-env VAR]``: create the
  database (when missing), its group roles and schema (Alembic, refuses a newer schema), and
  optionally the first administrator. ``DSN`` is a libpq connection string of a role that may
  create databases and roles (e.g. ``host=db.mairie.local user=postgres``).
* ``team add-person --dsn DSN --login LOGIN --role clerk|manager|admin [--password-env VAR]``
  / ``team remove-person``: one database role per person (no password: certificate or
  Kerberos only, as pg_hba.conf says).
* ``team sync [--once]``: push this desktop's queued team operations and pull the changes,
  as the person (address from the machine configuration's ``team_store``, or ``--address``).
* ``team status``: can this person reach the store, at which schema revision, what waits.
* ``team remember-password [--login LOGIN]``: keep the person's team store password in their
  keyring (asked on the terminal), where the window's team link finds it.

Exit status: 0 success, 1 failure (message printed), 2 usage, 3 the cache cannot be opened.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time

import psycopg

from desktop_app.models.cache_health import problem_text
from desktop_app.models.database import open_database
from desktop_app.models.migrations_runner import DatabaseOpenError
from desktop_app.models.team_schema import TeamSchemaError, team_head_revision
from desktop_app.sync.machine_config import MachineConfigError, account_key, read_machine_config
from desktop_app.sync.team_address import TeamAddressError, parse_team_address

MESSAGES = {
    "team.not_initialised": "Le dépôt d'équipe n'est pas initialisé (invoice-desk team init).",
    "team.too_new": "Le dépôt d'équipe a un schéma plus récent que cette version d'Invoice Desk : "
    "mettez Invoice Desk à jour.",
    "team.too_old": "Le dépôt d'équipe a un schéma plus ancien : votre service informatique doit "
    "lancer « invoice-desk team init ».",
}


def _password(variable: str | None) -> str | None:
    if not variable:
        return None
    value = os.environ.get(variable)
    if value is None:
        raise SystemExit(f"la variable {variable} est vide")
    return value


def person_conninfo(args: argparse.Namespace) -> tuple[str, str]:
    """(connection string, login) of the person running the desktop."""
    if args.conninfo_env:
        conninfo = os.environ.get(args.conninfo_env, "")
        user = psycopg.conninfo.conninfo_to_dict(conninfo).get("user")
        return conninfo, str(user or "")
    url = args.address or read_machine_config().team_store
    if not url:
        raise SystemExit("aucun dépôt d'équipe configuré (team_store) : mode individuel")
    login = args.login or account_key(getpass.getuser())
    return parse_team_address(url).conninfo(login, _password(args.password_env)), login


def _init(args: argparse.Namespace) -> int:
    from desktop_app.sync.team_admin import add_person, apply_schema, create_database

    created = create_database(args.dsn, args.database)
    params = psycopg.conninfo.conninfo_to_dict(args.dsn)
    params["dbname"] = args.database
    target = psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in params.items()})
    before, after = apply_schema(target)
    print(
        f"base {args.database} {'créée' if created else 'existante'}; "
        f"schéma {before or 'vide'} -> {after}"
    )
    if args.admin:
        with psycopg.connect(target) as conn:
            add_person(conn, args.admin, "admin", _password(args.password_env))
        print(f"administrateur {args.admin} prêt")
    return 0


def _person(args: argparse.Namespace, remove: bool) -> int:
    from desktop_app.sync.team_admin import add_person, remove_person

    with psycopg.connect(args.dsn) as conn:
        if remove:
            remove_person(conn, args.login)
        else:
            add_person(conn, args.login, args.role, _password(args.password_env))
    print(f"{args.login}: {'retiré' if remove else args.role}")
    return 0


def _desk(args: argparse.Namespace) -> int:
    from desktop_app.sync import team_store
    from desktop_app.sync.team_sync import TeamSync

    conninfo, login = person_conninfo(args)
    try:
        database = open_database(args.database)
    except DatabaseOpenError as exc:
        print(problem_text(exc), file=sys.stderr)
        return 3
    with database:
        if args.team_command == "status":
            with team_store.connect(conninfo) as conn:
                print(f"{login}@{conn.info.host}/{conn.info.dbname}: schéma {team_head_revision()}")
            print(f"{TeamSync(database, conninfo, login).pending_count()} opération(s) en attente")
            return 0
        link = TeamSync(database, conninfo, login, poll_s=args.poll)
        while True:
            result = link.sync_once()
            print(
                f"team {'ok' if result.online else 'hors ligne'}: {result.pushed} envoyée(s), "
                f"{result.changes} changement(s), {link.pending_count()} en attente",
                flush=True,
            )
            if args.once:
                return 0 if result.online else 1
            time.sleep(args.poll)


def _remember(args: argparse.Namespace) -> int:
    from desktop_app.sync.credentials import SecretStore
    from desktop_app.sync.team_mode import secret_name

    login = args.login or account_key(getpass.getuser())
    if not sys.stdin.isatty():
        print("le mot de passe se saisit au terminal", file=sys.stderr)
        return 2
    password = getpass.getpass(f"Mot de passe du dépôt d'équipe pour {login} : ")
    if not SecretStore().set(secret_name(login), password, remember=True):
        print("le trousseau du système n'est pas disponible", file=sys.stderr)
        return 1
    print(f"mot de passe de {login} gardé dans le trousseau")
    return 0


def run(args: argparse.Namespace) -> int:
    """Dispatch; every failure is a sentence, never a traceback."""
    try:
        if args.team_command == "remember-password":
            return _remember(args)
        if args.team_command == "init":
            return _init(args)
        if args.team_command in ("add-person", "remove-person"):
            return _person(args, remove=args.team_command == "remove-person")
        return _desk(args)
    except TeamSchemaError as exc:
        print(
            MESSAGES.get(exc.key, exc.key) + (f" ({exc.detail})" if exc.detail else ""),
            file=sys.stderr,
        )
        return 1
    except (TeamAddressError, MachineConfigError, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except psycopg.Error as exc:
        print(f"dépôt d'équipe : {type(exc).__name__}: {exc}".strip(), file=sys.stderr)
        return 1
