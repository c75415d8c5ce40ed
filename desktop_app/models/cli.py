"""``invoice-desk migrate``: create or upgrade the local cache and say what was done."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.models.database import default_database_path, open_database
from desktop_app.models.migrations_runner import DatabaseOpenError

MESSAGES_FR = {
    "database.too_new": "Ce cache a été écrit par une version plus récente d'Invoice Desk ; "
    "il n'a pas été modifié. Installez la dernière version.",
    "database.unknown_schema": "Ce fichier n'est pas un cache Invoice Desk ; "
    "il n'a pas été modifié.",
    "database.unreadable": "Le cache est illisible (fichier endommagé ?) ; il n'a pas été modifié.",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the sub-command."""
    parser.add_argument("--database", type=Path, default=None, help="cache file (default: user)")


def run(args: argparse.Namespace) -> int:
    """Migrate, print the outcome, return the exit code."""
    path = args.database or default_database_path()
    try:
        database = open_database(path)
    except DatabaseOpenError as exc:
        print(f"{MESSAGES_FR.get(exc.key, exc.key)}\n{exc.path} {exc.detail}", file=sys.stderr)
        return 3
    result = database.migration
    database.close()
    if result.from_revision == result.to_revision:
        print(f"{path}: à jour (révision {result.to_revision})")
    else:
        print(f"{path}: {result.from_revision or 'vide'} -> {result.to_revision}")
        if result.backup_path:
            print(f"copie de sauvegarde : {result.backup_path}")
    return 0
