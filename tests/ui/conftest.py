"""UI fixtures: a real cache filled through the writer, the real window, settings in tmp."""

from __future__ import annotations

import shutil
import sqlite3
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from bench.ui_fill import fill_invoices
from desktop_app.models.database import Database, open_database
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QApplication, QSettings, Qt, QTimer, QWidget, is_alive
from desktop_app.ui.workers import pending_tasks


@pytest.fixture(autouse=True)
def _french(qapp: Any) -> Iterator[None]:
    install_language("fr")
    yield
    install_language("fr")


@pytest.fixture(autouse=True)
def _no_modifier_left_down(qapp: Any) -> None:
    """Each test starts with no modifier down. A QTest click of Shift+key leaves Shift down in
    the application's state (its last event carries Shift), and Qt's modifier-dependent
    selection calls (QTableView.selectRow) of a later test then extended the selection: a
    flaky full run opened the mandate dialog on two invoices. The app's own selection moves
    ignore modifiers (tests/ui/test_list_follows_actions.py)."""
    if QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        release_modifiers()


def release_modifiers() -> None:
    """A key typed without modifiers: Qt then knows none is down."""
    elsewhere = QWidget()
    QTest.keyClick(elsewhere, Qt.Key.Key_A)
    elsewhere.deleteLater()


@pytest.fixture(scope="session")
def template_100k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache of 100,000 synthetic invoices, built once per session."""
    folder = tmp_path_factory.mktemp("template100k")
    with open_database(folder / "cache.sqlite") as db:
        fill_invoices(db, 100_000)
    return folder / "cache.sqlite"


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Database]:
    """A fresh cache with 400 synthetic invoices."""
    db = open_database(tmp_path / "cache.sqlite")
    fill_invoices(db, 400)
    yield db
    db.close()


@pytest.fixture
def cache_100k(tmp_path: Path, template_100k: Path) -> Iterator[Database]:
    target = tmp_path / "big.sqlite"
    shutil.copy(template_100k, target)
    db = open_database(target)
    yield db
    db.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def wait_background(qtbot: Any) -> None:
    """Wait until every background read has been delivered to the GUI thread."""
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=10_000)


def _drop_unsaved_editors(window: MainWindow) -> None:
    """At a test's end, close an open circuit editor without its unsaved-changes question
    (closing the window would ask, and nobody is there to answer)."""
    dialog = window.circuit_editor.dialog
    if dialog is not None and is_alive(dialog) and dialog.isVisible():
        dialog.done(0)


def make_window(qtbot: Any, sync: SyncService, settings: QSettings) -> MainWindow:
    window = MainWindow(sync, settings)
    qtbot.addWidget(window, before_close_func=_drop_unsaved_editors)
    window.show()
    qtbot.waitExposed(window)
    wait_background(qtbot)
    return window


@pytest.fixture
def window(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> Iterator[MainWindow]:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    win = make_window(qtbot, sync, settings)
    yield win
    win.close()
    wait_background(qtbot)


TOWN, SCHOOLS, WORKS = 26073617, 26073618, 26073619
SITES = {
    TOWN: ("21690123100011", "MAIRIE DE DEMO"),
    SCHOOLS: ("21690123100029", "CAISSE DES ECOLES DE DEMO"),
    WORKS: ("21690123100037", "REGIE DES TRAVAUX DE DEMO"),
}


def spread_over_three_structures(database: Database) -> None:
    """The 400 invoices of the UI cache, split by service over three structures."""
    with sqlite3.connect(database.path) as conn:
        for sid, (siret, name) in SITES.items():
            conn.execute(
                "INSERT OR REPLACE INTO structures (id, siret, name) VALUES (?, ?, ?)",
                (sid, siret, name),
            )
        for service_id, sid in ((8843, SCHOOLS), (8844, WORKS)):
            conn.execute(
                "UPDATE invoices SET structure_id = ?, structure_code = ?, structure_name = ?"
                " WHERE service_id = ?",
                (sid, *SITES[sid], service_id),
            )
            conn.execute("UPDATE services SET structure_id = ? WHERE id = ?", (sid, service_id))


STUCK_DIALOG_MS = 10_000


def answer_dialogs(controller: Any, fill: Callable[[Any], None]) -> None:
    """Drive the next dialogs the controller opens with ``fill`` (which accepts or rejects).

    A dialog ``fill`` left open (its form refused what was typed) is closed after
    :data:`STUCK_DIALOG_MS`, so the test fails on what it checks next instead of waiting
    in the dialog's loop for ever (pytest-timeout cannot interrupt an idle Qt loop)."""

    def opened(dialog: Any) -> None:
        QTimer.singleShot(0, lambda: fill(dialog))
        QTimer.singleShot(STUCK_DIALOG_MS, lambda: _close_if_stuck(dialog))

    controller.dialog_opened.connect(opened)


def _close_if_stuck(dialog: Any) -> None:
    if is_alive(dialog) and dialog.isVisible():
        warnings.warn(f"{type(dialog).__name__} left open by the test's answer", stacklevel=1)
        dialog.reject()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform plugin warns that it cannot propagate size hints (a plugin
    limitation, not an app fault); every other Qt warning still fails the test."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))
