"""``invoice-desk sync``: one synchronisation run with progress on the terminal.

Connect through a saved profile (``--profile``; the sandbox profile starts the embedded
sandbox and stops it at the end) or to a running sandbox's ``connect.json``
(``--connect-file``). Exit status: 0 success, 1 sync failure (message printed), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from desktop_app.models.cache_health import classify, is_sqlite_error, problem_text
from desktop_app.models.database import default_database_path, open_database
from desktop_app.models.migrations_runner import DatabaseOpenError
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.connection import Connection, open_connection
from desktop_app.sync.credentials import SecretStore
from desktop_app.sync.engine import EngineOptions
from desktop_app.sync.errors import SyncError
from desktop_app.sync.events import SyncEvent, SyncProgress
from desktop_app.sync.profiles import load_settings
from desktop_app.sync.pull import PullOptions
from desktop_app.sync.sandbox_door import (
    SandboxManager,
    read_connect_file,
    settings_from_connect_info,
)
from desktop_app.sync.service import AppService


def _printer(quiet: bool) -> object:
    last = [0.0]

    def show(event: SyncEvent) -> None:
        if quiet or not isinstance(event, SyncProgress):
            return
        now = time.monotonic()
        if now - last[0] < 0.5 and event.total != event.done:
            return
        last[0] = now
        total = f"/{event.total}" if event.total else ""
        eta = f", ~{event.eta_seconds:.0f} s left" if event.eta_seconds is not None else ""
        print(f"{event.phase}: {event.done}{total}{eta}", file=sys.stderr, flush=True)

    return show


def _connect(
    args: argparse.Namespace, manager: SandboxManager
) -> tuple[Connection | PlatformClient, str]:
    secrets = SecretStore()
    if args.certificate and args.password_env:
        from desktop_app.sync.credentials import certificate_secret_name

        password = os.environ.get(args.password_env)
        if password is None:
            raise SyncError("password variable empty", key="cert.password_required")
        secrets.set(certificate_secret_name(args.certificate), password, remember=False)
    if args.connect_file:
        identity = None
        if args.certificate:
            from desktop_app.sync.credentials import unlock_certificate

            identity = unlock_certificate(args.certificate, secrets)
        settings, _ = settings_from_connect_info(
            read_connect_file(args.connect_file),
            user=args.user,
            timeout_s=args.timeout,
            identity=identity,
        )
        return PlatformClient(settings), "background"
    settings_file = load_settings(args.settings)
    profile = settings_file.profile(args.profile)
    if args.sandbox_dir:
        profile.sandbox_data_dir = str(args.sandbox_dir)
    if args.sandbox_invoices:
        profile.sandbox_invoices = args.sandbox_invoices
    if args.certificate:
        profile.certificate_path = str(args.certificate)
    profile.timeout_s = args.timeout

    def ask(path: Path, failed: bool) -> str | None:
        if not sys.stdin.isatty():
            return None
        return getpass.getpass(("Wrong password. " if failed else "") + f"Password of {path}: ")

    connection = open_connection(profile, secrets, sandbox=manager, prompt=ask)
    return connection, profile.files


def run(args: argparse.Namespace) -> int:
    """One run; prints a summary line, or the user-facing error message."""
    manager = SandboxManager()
    connection: Connection | PlatformClient | None = None
    try:
        database = open_database(args.database)  # a damaged cache stops here, before connecting
    except DatabaseOpenError as exc:
        print(problem_text(exc), file=sys.stderr)
        return 3
    try:
        connection, files = _connect(args, manager)
        client = connection if isinstance(connection, PlatformClient) else connection.client
        if isinstance(connection, Connection) and connection.warning is not None:
            from desktop_app.sync.errors import user_message

            print(
                user_message(
                    connection.warning.key,
                    args.language,
                    days=connection.warning.days_left,
                    not_after=connection.warning.not_after,
                ),
                file=sys.stderr,
            )
        backoff = Backoff(base_s=args.retry_base, cap_s=max(args.retry_base * 8, 1.0))
        options = EngineOptions(
            pull=PullOptions(page_size=args.page_size, workers=args.workers, backoff=backoff),
            outbox_backoff=backoff,
            outbox_wait_budget_s=args.outbox_wait,
        )
        with database:  # the engine is built by the application service, as in the window
            service = AppService(
                database, settings_path=args.settings, language=lambda: args.language
            )
            engine = service.use_client(client, args.files or files, options=options)
            engine.on_event(_printer(args.quiet))  # type: ignore[arg-type]
            started = time.monotonic()
            result = engine.run_once()
            elapsed = time.monotonic() - started
        if result.error_key:
            print(result.error_message, file=sys.stderr)
            return 1
        print(
            f"sync ok: {result.new_count} new, {result.changed_count} changed, "
            f"{result.sent_count} sent in {elapsed:.2f} s"
        )
        return 0
    except SyncError as exc:
        print(exc.user_message(args.language), file=sys.stderr)
        return 1
    except Exception as exc:
        if not is_sqlite_error(exc):
            raise
        problem = classify(exc, args.database or default_database_path())
        print(problem_text(problem), file=sys.stderr)
        return 3
    finally:
        database.close()
        if isinstance(connection, Connection) or connection is not None:
            connection.close()
        manager.stop()
