"""Open the cache at start-up; offer to repair a damaged one instead of a dead end."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.models.cache_health import RepairResult
from desktop_app.models.database import Database, open_database, repair_database
from desktop_app.models.migrations_runner import DatabaseOpenError
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import QCoreApplication, QMessageBox

log = logging.getLogger(__name__)


def ask_repair(message: str) -> bool:
    """Whether the user wants the damaged cache repaired now."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Invoice Desk", message)
    box.setInformativeText(QCoreApplication.translate("CacheRepair", "Réparer maintenant ?"))
    repair = box.addButton(
        QCoreApplication.translate("CacheRepair", "Réparer"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("CacheRepair", "Quitter"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(repair)
    box.exec()
    return box.clickedButton() is repair


def report_repair(result: RepairResult) -> None:
    """Tell what the repair did."""
    source = (
        str(result.restored_from)
        if result.restored_from
        else QCoreApplication.translate(
            "CacheRepair",
            "aucune copie saine : le cache repart vide et se remplit à la synchronisation",
        )
    )
    text = QCoreApplication.translate(
        "CacheRepair",
        "Cache réparé. Fichier endommagé gardé sous : {damaged}\n"
        "Restauré depuis : {source}\n"
        "Actions en attente : {waiting} (dont {recovered} relues dans le fichier endommagé)",
    ).format(
        damaged=result.damaged_copy or "-",
        source=source,
        waiting=result.actions_waiting,
        recovered=result.actions_recovered,
    )
    QMessageBox.information(None, "Invoice Desk", text)  # type: ignore[arg-type,unused-ignore]  # no parent yet


def open_cache(path: Path | None) -> Database | None:
    """Open the cache, or explain in a dialog why it cannot be (None then)."""
    try:
        return open_database(path)
    except DatabaseOpenError as exc:
        if exc.key != "database.damaged" or not ask_repair(message_for(exc.key)):
            show_error(message_for(exc.key), f"{exc.path}\n{exc.detail}")
            return None
        log.warning("repairing the damaged cache %s (%s)", exc.path, exc.detail)
    try:
        result = repair_database(path)
        database = open_database(path)
    except DatabaseOpenError as exc:
        show_error(message_for(exc.key), f"{exc.path}\n{exc.detail}")
        return None
    report_repair(result)
    return database
