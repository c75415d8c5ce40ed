"""The ``invoice-desk`` command line's options, standard library only.

Parsing the command line (``--help`` included) imports nothing but :mod:`argparse`: each
sub-command's implementation (and with it SQLAlchemy, the platform client or Qt) is imported
by :mod:`desktop_app.__main__` only once that sub-command is chosen. The options of each
sub-command therefore live here rather than next to its ``run`` function.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

# the team store's roles (desktop_app.models.team_schema.GROUP_ROLES; a test keeps them equal)
TEAM_ROLES = ("admin", "clerk", "manager")


def gui_options(parser: argparse.ArgumentParser) -> None:
    """Options of the ``gui`` sub-command."""
    parser.add_argument("--database", type=Path, help="cache file (default: user data folder)")
    parser.add_argument("--language", choices=("fr", "en"), help="interface language")
    parser.add_argument(
        "--profile", default=None, help="connection profile (default: the saved one, or sandbox)"
    )
    parser.add_argument("--no-sync", action="store_true", help="do not start synchronisation")


def sync_options(parser: argparse.ArgumentParser) -> None:
    """Options of ``invoice-desk sync``."""
    parser.add_argument("--profile", help="connection profile name (default: the active one)")
    parser.add_argument("--settings", type=Path, help="connection settings file")
    parser.add_argument("--database", type=Path, help="cache file (default: user data folder)")
    parser.add_argument("--sandbox-dir", type=Path, help="data folder of the embedded sandbox")
    parser.add_argument("--sandbox-invoices", type=int, help="invoices of a new sandbox")
    parser.add_argument("--connect-file", type=Path, help="a running sandbox's connect.json")
    parser.add_argument("--user", default="clerk", help="sandbox demo user (certificate)")
    parser.add_argument("--certificate", type=Path, help="PKCS#12 certificate file")
    parser.add_argument(
        "--password-env", help="environment variable holding the certificate password"
    )
    parser.add_argument("--files", choices=("none", "lazy", "background"), default=None)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=30.0, help="per-call timeout (s)")
    parser.add_argument("--retry-base", type=float, default=1.0, help="first back-off delay (s)")
    parser.add_argument(
        "--outbox-wait",
        type=float,
        default=0.0,
        help="seconds to keep retrying the outbox within this run",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--language", default="fr", choices=("fr", "en"))


def migrate_options(parser: argparse.ArgumentParser) -> None:
    """Options of ``invoice-desk migrate``."""
    parser.add_argument("--database", type=Path, default=None, help="cache file (default: user)")
    parser.add_argument(
        "--repair",
        action="store_true",
        help="a damaged cache: keep it aside, restore the newest backup, re-queue open actions",
    )


def audit_options(parser: argparse.ArgumentParser) -> None:
    """Options of ``invoice-desk audit``."""
    parser.add_argument("action", choices=["verify", "export"])
    parser.add_argument("--database", type=Path, default=None)
    parser.add_argument("--format", choices=["json", "csv"], default="json")
    parser.add_argument("--output", type=Path, default=None, help="file (default: stdout)")
    parser.add_argument(
        "--trusted-fingerprint",
        action="append",
        default=None,
        help="SHA-256 (hex) of a certificate allowed to sign anchors (repeatable); "
        "an anchor signed by any other certificate is reported as forged "
        "(default: the certificates that signed anchors on this machine)",
    )
    parser.add_argument(
        "--signers-file",
        type=Path,
        default=None,
        help="the machine's record of anchor signers (default: in the configuration folder)",
    )


def team_options(parser: argparse.ArgumentParser) -> None:
    """Sub-commands of ``invoice-desk team``."""
    sub = parser.add_subparsers(dest="team_command", required=True)
    init = sub.add_parser("init", help="create the database, roles and schema (IT)")
    init.add_argument("--dsn", required=True, help="libpq connection string of an IT role")
    init.add_argument("--database", default="invoice_desk", help="team database name")
    init.add_argument("--admin", help="login of the first administrator to create")
    init.add_argument("--password-env", help="variable holding the administrator's password")
    person = sub.add_parser("add-person", help="create or change a person's role (IT)")
    person.add_argument("--dsn", required=True, help="connection string to the team database")
    person.add_argument("--login", required=True)
    person.add_argument("--role", required=True, choices=sorted(TEAM_ROLES))
    person.add_argument("--password-env", help="variable holding the person's password")
    gone = sub.add_parser("remove-person", help="a person can no longer log in (IT)")
    gone.add_argument("--dsn", required=True)
    gone.add_argument("--login", required=True)
    keep = sub.add_parser("remember-password", help="keep the team password in the keyring")
    keep.add_argument("--login", help="database role (default: the OS account)")
    for name, text in (("sync", "push the queue and pull changes"), ("status", "check access")):
        desk = sub.add_parser(name, help=text)
        desk.add_argument("--database", type=Path, help="cache file (default: user data folder)")
        desk.add_argument("--address", help="team store address (default: machine config)")
        desk.add_argument("--login", help="database role (default: the OS account)")
        desk.add_argument("--password-env", help="variable holding the password")
        desk.add_argument("--conninfo-env", help="variable holding a whole connection string")
        if name == "sync":
            desk.add_argument("--once", action="store_true", help="one round, then exit")
            desk.add_argument("--poll", type=float, default=2.0, help="poll interval (s)")


class SubCommand:
    """One sub-command: the module whose ``run(args)`` does the work, its help, its options."""

    def __init__(
        self, module: str, help_text: str, options: Callable[[argparse.ArgumentParser], None]
    ) -> None:
        self.module = module
        self.help_text = help_text
        self.options = options


SUBCOMMANDS: dict[str, SubCommand] = {
    "gui": SubCommand("desktop_app.ui.app", "Open the window (default)", gui_options),
    "sync": SubCommand(
        "desktop_app.sync.cli",
        "Synchronise once with the platform, progress on the terminal",
        sync_options,
    ),
    "migrate": SubCommand(
        "desktop_app.models.cli", "Create or upgrade the local cache and exit", migrate_options
    ),
    "audit": SubCommand(
        "desktop_app.models.audit_cli",
        "Verify or export the tamper-evident audit trail",
        audit_options,
    ),
    "team": SubCommand(
        "desktop_app.sync.team_cli", "Set up or synchronise the optional team store", team_options
    ),
}


def build_parser(
    available: Callable[[str], bool], description: str | None = None
) -> argparse.ArgumentParser:
    """The top-level parser, one sub-parser per sub-command whose module ``available`` finds."""
    parser = argparse.ArgumentParser(prog="invoice-desk", description=description)
    subparsers = parser.add_subparsers(dest="command")
    for name, command in SUBCOMMANDS.items():
        if not available(command.module):
            continue
        sub = subparsers.add_parser(name, help=command.help_text)
        command.options(sub)
        sub.set_defaults(module=command.module)
    return parser
