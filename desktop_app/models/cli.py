"""``invoice-desk migrate``: create or upgrade the local cache and say what was done."""

from __future__ import annotations

import argparse
import sys

from desktop_app.models.cache_health import problem_text
from desktop_app.models.database import default_database_path, open_database, repair_database
from desktop_app.models.migrations_runner import DatabaseOpenError


def run(args: argparse.Namespace) -> int:
    """Migrate, print the outcome, return the exit code."""
    path = args.database or default_database_path()
    try:
        database = open_database(path)
    except DatabaseOpenError as exc:
        if not (args.repair and exc.key == "database.damaged"):
            print(problem_text(exc), file=sys.stderr)
            return 3
        try:
            repaired = repair_database(path)
            database = open_database(path)
        except DatabaseOpenError as again:
            print(problem_text(again), file=sys.stderr)
            return 3
        print(f"cache endommagé gardé sous : {repaired.damaged_copy}")
        source = repaired.restored_from or "aucune copie saine : cache vide, à resynchroniser"
        print(f"restauré depuis : {source}")
        print(
            f"actions en attente : {repaired.actions_waiting}"
            f" (dont {repaired.actions_recovered} relues dans le fichier endommagé)"
        )
    result = database.migration
    database.close()
    if result.from_revision == result.to_revision:
        print(f"{path}: à jour (révision {result.to_revision})")
    else:
        print(f"{path}: {result.from_revision or 'vide'} -> {result.to_revision}")
        if result.backup_path:
            print(f"copie de sauvegarde : {result.backup_path}")
    return 0
