"""The approval-circuit editor, offscreen with real widgets and a real cache: filled with the
keyboard, saved in the background and read back; invalid input is explained in French and
nothing is saved; only administrators reach it; the sandbox's circuit is shown read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.ui_fill import STRUCTURE_ID
from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database
from desktop_app.sync.approvals import store_sandbox_configuration
from desktop_app.sync.structure_settings import load_structure_settings, save_structure_settings
from desktop_app.ui.adapters.sync_adapter import SyncService, UserInfo
from desktop_app.ui.circuit_editor import CircuitEditorDialog
from desktop_app.ui.circuit_tables import EditableTable
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import (
    QAbstractItemView,
    QApplication,
    QDate,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QSettings,
    Qt,
    QTimer,
    QWidget,
)

from .conftest import make_window, wait_background

QTest = pytest.importorskip("PySide6.QtTest").QTest
OTHER = 31_000_001


def _window(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path, user: UserInfo
) -> MainWindow:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    sync.user = user
    sync.fixed_today = date(2026, 6, 15)
    return make_window(qtbot, sync, settings)


@pytest.fixture
def admin_window(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> Iterator[MainWindow]:
    window = _window(qtbot, cache, settings, tmp_path, UserInfo("admin", Role.ADMIN, "production"))
    yield window
    window.close()
    wait_background(qtbot)


def _open(qtbot: Any, window: MainWindow) -> CircuitEditorDialog:
    window.actions_by_key["approval_circuit"].trigger()
    dialog = window.circuit_editor.dialog
    assert isinstance(dialog, CircuitEditorDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def _editor(qtbot: Any, table: EditableTable, kind: type[QWidget]) -> Any:
    """The cell editor the table just opened (it has the keyboard focus)."""

    def opened() -> bool:
        widget = QApplication.focusWidget()
        return isinstance(widget, kind) and table.table.viewport().isAncestorOf(widget)

    qtbot.waitUntil(opened, timeout=3000)
    return QApplication.focusWidget()


def _committed(qtbot: Any, table: EditableTable) -> None:
    """Enter commits the editor's value through a queued call: wait until it is closed."""
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: table.table.state() != editing, timeout=3000)


def _type_cell(qtbot: Any, table: EditableTable, row: int, column: int, text: str) -> None:
    table.table.setFocus()
    table.table.setCurrentCell(row, column)
    QTest.keyClick(table.table, Qt.Key.Key_F2)
    editor = _editor(qtbot, table, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _committed(qtbot, table)


def _date_cell(qtbot: Any, table: EditableTable, row: int, column: int, day: date) -> None:
    table.table.setFocus()
    table.table.setCurrentCell(row, column)
    QTest.keyClick(table.table, Qt.Key.Key_F2)
    editor = _editor(qtbot, table, QDateEdit)
    editor.setDate(QDate(day.year, day.month, day.day))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _committed(qtbot, table)


def _add_row(qtbot: Any, table: EditableTable, values: list[str]) -> None:
    table.add_button.setFocus()
    QTest.keyClick(table.add_button, Qt.Key.Key_Space)  # the new row's first cell is edited
    editor = _editor(qtbot, table, QLineEdit)
    QTest.keyClicks(editor, values[0])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _committed(qtbot, table)
    row = table.row_count() - 1
    for column, value in enumerate(values[1:], start=1):
        _type_cell(qtbot, table, row, column, value)


def _audit_count(cache: Database) -> int:
    with sqlite3.connect(cache.path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM audit_events").fetchone()[0])


def test_tools_menu_sits_between_view_and_language(admin_window: MainWindow) -> None:
    titles = [a.text() for a in admin_window.menuBar().actions()]
    assert titles.index("&Outils") == titles.index("&Affichage") + 1
    assert titles.index("&Langue") == titles.index("&Outils") + 1
    action = admin_window.actions_by_key["approval_circuit"]
    assert action.text() == "Circuit d'&approbation et délais…" and action.isEnabled()


def test_admin_fills_with_the_keyboard_saves_and_reads_back(
    qtbot: Any, admin_window: MainWindow, cache: Database
) -> None:
    dialog = _open(qtbot, admin_window)
    assert dialog.structure_id() == STRUCTURE_ID
    assert "Mairie de Démo-sur-Rhône" in dialog.structure.currentText()
    assert dialog.kind.currentText() == (
        "Collectivités territoriales et leurs établissements publics — 30 jours"
    )
    dialog.kind.setFocus()
    QTest.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentText() == "Établissements publics de santé — 50 jours"
    dialog.default_threshold.setFocus()
    QTest.keyClick(dialog.default_threshold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.default_threshold, "12 500,50")
    _add_row(qtbot, dialog.thresholds, ["TECHNIQUE", "5000"])
    _add_row(qtbot, dialog.approvers, ["dupont", "TECHNIQUE, ECOLES"])
    _add_row(qtbot, dialog.approvers, ["martin", ""])
    _add_row(qtbot, dialog.delegations, ["dupont", "leroy"])
    _date_cell(qtbot, dialog.delegations, 0, 2, date(2026, 7, 1))
    _date_cell(qtbot, dialog.delegations, 0, 3, date(2026, 7, 31))
    assert dialog.messages.text() == ""
    assert dialog.save_button.isEnabled()
    dialog.save_button.setFocus()
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.last_outcome is not None, timeout=10_000)
    outcome = dialog.last_outcome
    assert outcome is not None and outcome.kind_changed and outcome.recomputed == 400
    assert "Échéances recalculées : 400 facture(s)." in dialog.status.text()
    with cache.read() as session:
        stored = load_structure_settings(session, STRUCTURE_ID)
    assert stored.entity_kind is EntityKind.PUBLIC_HEALTH
    assert stored.circuit.policy == ApprovalPolicy(
        Decimal("12500.50"), {"TECHNIQUE": Decimal("5000")}
    )
    assert set(stored.circuit.approvers) == {
        Approver("dupont", frozenset({"TECHNIQUE", "ECOLES"})),
        Approver("martin"),
    }
    assert stored.circuit.delegations == (
        Delegation("dupont", "leroy", date(2026, 7, 1), date(2026, 7, 31)),
    )
    with sqlite3.connect(cache.path) as conn:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM audit_events")]
    assert kinds == ["approval.circuit_changed"]
    # reopening shows what was saved
    dialog.close()
    again = _open(qtbot, admin_window)
    assert again.default_threshold.text() == "12\u202f500,50"
    assert again.delegations.text(0, 1) == "leroy"
    assert again.kind.currentData() == "public_health"


def test_invalid_input_is_explained_in_french_and_nothing_is_saved(
    qtbot: Any, admin_window: MainWindow, cache: Database
) -> None:
    dialog = _open(qtbot, admin_window)
    dialog.default_threshold.setFocus()
    QTest.keyClick(dialog.default_threshold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.default_threshold, "-5")
    assert dialog.messages.text() == "Seuil par défaut : Un seuil ne peut pas être négatif."
    assert not dialog.save_button.isEnabled()
    QTest.keyClick(dialog.default_threshold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.default_threshold, "100,005")
    assert "au plus deux décimales" in dialog.messages.text()
    QTest.keyClick(dialog.default_threshold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.default_threshold, "1000")
    _add_row(qtbot, dialog.delegations, ["durand", "leroy"])
    assert dialog.messages.text() == (
        "Délégations, ligne 1 : « durand » n'est pas approbateur : "
        "il ne peut pas déléguer son approbation."
    )
    assert "n'est pas approbateur" in dialog.delegations.table.item(0, 0).toolTip()
    _add_row(qtbot, dialog.thresholds, ["ECOLES", "10"])
    _add_row(qtbot, dialog.thresholds, ["ECOLES", "20"])
    assert "Seuils par service, ligne 2 : Le code service « ECOLES » figure deux fois." in (
        dialog.messages.text()
    )
    assert not dialog.save_button.isEnabled()
    assert dialog.save() is False
    wait_background(qtbot)
    assert _audit_count(cache) == 0
    with sqlite3.connect(cache.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM approval_thresholds").fetchone() == (0,)
    # removing the bad rows makes it valid again
    dialog.delegations.table.setCurrentCell(0, 0)
    dialog.delegations.remove_current()
    dialog.thresholds.table.setCurrentCell(1, 0)
    dialog.thresholds.remove_current()
    assert dialog.messages.text() == "" and dialog.save_button.isEnabled()


def test_a_clerk_sees_the_action_disabled_with_the_reason(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, cache, settings, tmp_path, UserInfo("clerk", Role.CLERK, "production"))
    action = window.actions_by_key["approval_circuit"]
    assert not action.isEnabled()
    assert action.toolTip() == "Réservé aux administrateurs (votre rôle : Agent)."
    assert window.circuit_editor.open() is None and window.circuit_editor.dialog is None
    # becoming an administrator (a new connection) enables it
    window.sync.user = UserInfo("admin", Role.ADMIN, "production")
    window.circuit_editor.refresh()
    assert action.isEnabled()
    window.close()
    wait_background(qtbot)


def test_sandbox_circuit_is_read_only_and_only_the_kind_is_saved(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    overview = {
        "structures": [
            {
                "idStructure": STRUCTURE_ID,
                "defaultThreshold": "7000",
                "thresholds": {"TECHNIQUE": "3000"},
                "approvers": [{"login": "manager", "services": []}],
            }
        ]
    }
    store_sandbox_configuration(cache, overview)
    window = _window(qtbot, cache, settings, tmp_path, UserInfo("admin", Role.ADMIN, "sandbox"))
    dialog = _open(qtbot, window)
    assert not dialog.circuit_local and "bac à sable" in dialog.note.text()
    assert (
        dialog.default_threshold.isReadOnly() and dialog.default_threshold.text() == "7\u202f000,00"
    )
    assert not dialog.thresholds.add_button.isEnabled()
    assert dialog.approvers.text(0, 0) == "manager"
    dialog.kind.setCurrentIndex(dialog.kind.findData("state"))
    assert dialog.save() is True
    qtbot.waitUntil(lambda: dialog.last_outcome is not None, timeout=10_000)
    with cache.read() as session:
        stored = load_structure_settings(session, STRUCTURE_ID)
    assert stored.entity_kind is EntityKind.STATE
    assert stored.circuit == ApprovalCircuit(
        ApprovalPolicy(Decimal("7000"), {"TECHNIQUE": Decimal("3000")}), (Approver("manager"),)
    )
    window.close()
    wait_background(qtbot)


def test_unsaved_changes_are_confirmed_before_switching_or_closing(
    qtbot: Any, admin_window: MainWindow, cache: Database
) -> None:
    save_structure_settings(cache, OTHER, None, EntityKind.STATE, user="admin", role=Role.ADMIN)
    dialog = _open(qtbot, admin_window)
    assert [dialog.structure.itemData(i) for i in range(dialog.structure.count())] == [
        STRUCTURE_ID,
        OTHER,
    ]
    answers: list[QMessageBox.StandardButton] = []

    def answer(box: QMessageBox) -> None:
        button = answers.pop(0)
        QTimer.singleShot(0, lambda: box.button(button).click())

    dialog.question_opened.connect(answer)
    dialog.default_threshold.setText("999")
    assert dialog.is_dirty()
    answers.append(QMessageBox.StandardButton.Cancel)
    dialog.structure.setCurrentIndex(1)  # kept: back on the first structure, edit intact
    assert dialog.structure_id() == STRUCTURE_ID and dialog.default_threshold.text() == "999"
    answers.append(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    answers.append(QMessageBox.StandardButton.Discard)
    dialog.structure.setCurrentIndex(1)
    assert dialog.structure_id() == OTHER and dialog.kind.currentData() == "state"
    assert not dialog.is_dirty() and answers == []
    dialog.reject()  # nothing to lose: no question
    assert not dialog.isVisible()
    with sqlite3.connect(cache.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM approval_thresholds").fetchone() == (0,)


def test_english_labels_and_messages(qtbot: Any, admin_window: MainWindow) -> None:
    install_language("en")
    dialog = _open(qtbot, admin_window)
    assert dialog.kind.itemText(dialog.kind.findData("public_health")) == (
        "Public health establishments — 50 days"
    )
    dialog.default_threshold.setText("-1")
    assert dialog.messages.text() == "Default threshold: A threshold cannot be negative."
    assert dialog.save_button.text() == "&Save"
    dialog.default_threshold.setText("40\u202f000,00")  # back as loaded: closes without a question
    dialog.close()
    assert not dialog.isVisible()


def test_closing_the_window_asks_about_unsaved_circuit_edits(
    qtbot: Any, admin_window: MainWindow
) -> None:
    dialog = _open(qtbot, admin_window)
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.Cancel]

    def answer(box: QMessageBox) -> None:
        button = answers.pop(0)
        QTimer.singleShot(0, lambda: box.button(button).click())

    dialog.question_opened.connect(answer)
    dialog.default_threshold.setText("12345")
    assert not admin_window.close()  # kept: the window and the edit stay
    assert admin_window.isVisible() and dialog.default_threshold.text() == "12345"
    answers.append(QMessageBox.StandardButton.Discard)
    assert admin_window.close()
    assert answers == []


def test_service_codes_are_completed_while_typing(qtbot: Any, admin_window: MainWindow) -> None:
    from bench.ui_fill import SERVICES

    dialog = _open(qtbot, admin_window)
    table = dialog.thresholds
    table.add_button.setFocus()
    QTest.keyClick(table.add_button, Qt.Key.Key_Space)
    editor = _editor(qtbot, table, QLineEdit)
    completer = editor.completer()
    assert completer is not None
    model = completer.model()
    known = sorted(code for _sid, code, _name in SERVICES)
    assert sorted(model.index(i, 0).data() for i in range(model.rowCount())) == known
    QTest.keyClicks(editor, "eco")  # any case: the rest of the code is proposed inline
    assert (editor.text().upper(), editor.selectedText()) == ("ECOLES", "LES")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _committed(qtbot, table)
    assert table.text(table.row_count() - 1, 0) == "ECOLES"


def test_approver_services_complete_the_code_being_typed(
    qtbot: Any, admin_window: MainWindow
) -> None:
    dialog = _open(qtbot, admin_window)
    table = dialog.approvers
    _add_row(qtbot, table, ["chef.service"])
    row = table.row_count() - 1
    table.table.setFocus()
    table.table.setCurrentCell(row, 1)
    QTest.keyClick(table.table, Qt.Key.Key_F2)
    editor = _editor(qtbot, table, QLineEdit)
    QTest.keyClicks(editor, "fin")
    assert (editor.text(), editor.selectedText()) == ("FINANCES", "ANCES")
    QTest.keyClick(editor, Qt.Key.Key_End)  # keep the proposal
    QTest.keyClicks(editor, ", eco")
    assert editor.text() == "FINANCES, ECOLES"
    QTest.keyClick(editor, Qt.Key.Key_Backspace)  # deleting never re-completes
    assert editor.text() == "FINANCES, ECO"  # the proposed rest is gone, nothing re-added
    QTest.keyClicks(editor, "l")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _committed(qtbot, table)
    assert table.text(row, 1) == "FINANCES, ECOLES"
