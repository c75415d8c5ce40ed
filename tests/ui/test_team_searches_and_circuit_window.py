"""Shared saved searches and the entity's circuit in team mode, in real windows against the
real throwaway PostgreSQL of tests/team/conftest.py (fixtures of test_team_window.py): the
person drives the real QActions (« Enregistrer la recherche… », « Renommer… », « Supprimer… »,
« Circuit d'approbation et délais… ») and answers the dialogs; what they check is what the
other desktop's chooser, queue and settings show, and the words they are told."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.status_types import Role
from desktop_app.models.approvals import StructureSetting
from desktop_app.sync.approvals import load_circuit
from desktop_app.ui.adapters.sync_adapter import UserInfo
from desktop_app.ui.circuit_editor import CircuitEditorDialog
from desktop_app.ui.qt import QInputDialog, QMessageBox, QWidget
from desktop_app.ui.saved_searches_ui import SaveSearchDialog
from tests.team.conftest import pg_cluster  # noqa: F401
from tests.ui.conftest import wait_background
from tests.ui.test_team_window import WAIT_MS, Desk, _online, desks, team  # noqa: F401

pytestmark = pytest.mark.postgres


def _labels(desk: Desk) -> list[str]:
    chooser = desk.window.filters.saved
    return [chooser.itemText(i) for i in range(1, chooser.count())]


def _choose(qtbot: Any, desk: Desk, label: str) -> None:
    chooser = desk.window.filters.saved
    qtbot.waitUntil(lambda: chooser.findText(label) >= 0, timeout=WAIT_MS)
    index = chooser.findText(label)
    chooser.setCurrentIndex(index)
    chooser.activated.emit(index)  # as the user picks it
    wait_background(qtbot)


def test_a_search_shared_on_one_desktop_shows_on_the_other_with_its_owner(
    qtbot: Any,
    desks: Any,  # noqa: F811
) -> None:
    anne = desks("clerk_anne", Role.CLERK)
    bruno = desks("clerk_bruno", Role.CLERK)
    _online(qtbot, anne)
    _online(qtbot, bruno)

    def save_shared(dialog: QWidget) -> bool:
        if not isinstance(dialog, SaveSearchDialog):
            return False
        dialog.name.setText("Grosses factures")
        dialog.shared.setChecked(True)
        dialog.accept()
        return True

    anne.answer = save_shared
    anne.window.filters.search.setText("Cantine")  # the criteria the team will reuse
    anne.window.filters.apply_now()
    wait_background(qtbot)
    action = anne.window.actions_by_key["save_search"]
    assert action.shortcut().toString() == "Ctrl+S"
    action.trigger()
    assert any(c == "SaveSearchDialog" for c, _t in anne.seen), anne.seen
    qtbot.waitUntil(lambda: "Grosses factures · partagée" in _labels(anne), timeout=WAIT_MS)

    shared = "Grosses factures — de clerk_anne"
    qtbot.waitUntil(lambda: shared in _labels(bruno), timeout=WAIT_MS)
    _choose(qtbot, bruno, shared)
    assert bruno.window.filters.search.text() == "Cantine"  # the shared criteria apply
    rename = bruno.window.actions_by_key["rename_search"]
    delete = bruno.window.actions_by_key["delete_search"]
    assert not rename.isEnabled() and not delete.isEnabled()  # Anne's: used, not changed
    assert "seul son auteur" in rename.toolTip() and "clerk_anne" in rename.toolTip()

    _choose(qtbot, anne, "Grosses factures · partagée")

    def new_name(dialog: QWidget) -> bool:
        if not isinstance(dialog, QInputDialog):
            return False
        dialog.setTextValue("Cantine 2026")
        dialog.accept()
        return True

    anne.answer = new_name
    anne.window.actions_by_key["rename_search"].trigger()
    qtbot.waitUntil(lambda: "Cantine 2026 — de clerk_anne" in _labels(bruno), timeout=WAIT_MS)
    assert shared not in _labels(bruno)

    _choose(qtbot, anne, "Cantine 2026 · partagée")

    def confirm(dialog: QWidget) -> bool:
        if not isinstance(dialog, QMessageBox):
            return False
        assert "disparaîtra aussi chez vos collègues" in dialog.text()
        button = dialog.button(QMessageBox.StandardButton.Yes)
        assert button is not None
        button.click()
        return True

    anne.answer = confirm
    anne.window.actions_by_key["delete_search"].trigger()
    qtbot.waitUntil(lambda: _labels(bruno) == [], timeout=WAIT_MS)
    assert _labels(anne) == []


def _editor(qtbot: Any, desk: Desk, login: str) -> CircuitEditorDialog:
    desk.sync.user = UserInfo(login, Role.ADMIN, "production")  # the circuit is the entity's
    desk.answer = lambda dialog: isinstance(dialog, CircuitEditorDialog)  # the person works in it
    desk.window.circuit_editor.refresh()
    desk.window.actions_by_key["approval_circuit"].trigger()
    dialog = desk.window.circuit_editor.dialog
    assert isinstance(dialog, CircuitEditorDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.structure_id() is not None, timeout=5000)
    return dialog


def test_the_administrator_edits_the_circuit_once_for_every_desktop(
    qtbot: Any,
    desks: Any,  # noqa: F811
) -> None:
    carole = desks("admin_carole", Role.ADMIN)
    anne = desks("clerk_anne", Role.ADMIN)  # her desktop thinks she is; the server knows
    manager = desks("mgr_all", Role.MANAGER)
    for desk in (carole, anne, manager):
        _online(qtbot, desk)

    refused = _editor(qtbot, anne, "clerk_anne")
    sid = refused.structure_id()
    refused.kind.setCurrentIndex(refused.kind.findData(EntityKind.STATE.value))
    refused.default_threshold.setText("1,00")
    refused.save_button.click()
    qtbot.waitUntil(lambda: not refused.saving, timeout=WAIT_MS)
    assert "seul un administrateur de l'équipe" in refused.status.text()
    assert "Rien n'a été modifié" in refused.status.text()
    with anne.database.read() as session:
        assert load_circuit(session, sid).policy.default_threshold != Decimal("1.00")
    refused.done(0)  # closed without keeping the refused edit

    editor = _editor(qtbot, carole, "admin_carole")
    editor.structure.setCurrentIndex(editor.structure.findData(sid))
    editor.kind.setCurrentIndex(editor.kind.findData(EntityKind.PUBLIC_HEALTH.value))
    editor.default_threshold.setText("2 500,00")
    qtbot.waitUntil(lambda: editor.save_button.isEnabled(), timeout=5000)
    editor.save_button.click()
    qtbot.waitUntil(
        lambda: editor.status.text().startswith("Enregistré dans le dépôt d'équipe"),
        timeout=WAIT_MS,
    )

    def follows() -> bool:
        with manager.database.read() as session:
            setting = session.scalar(
                select(StructureSetting).where(StructureSetting.structure_id == sid)
            )
            threshold = load_circuit(session, sid).policy.default_threshold
        return (
            setting is not None
            and setting.entity_kind == "public_health"
            and (threshold == Decimal("2500.00"))
        )

    qtbot.waitUntil(follows, timeout=WAIT_MS)  # the manager's desktop, at its team sync
    editor.done(0)
