"""Tools menu: the audit trail is verified off the UI thread (chain and signed anchors) and
exported as JSON or CSV; tampering in the SQLite file is reported in French."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.models.audit_anchors import create_anchor
from desktop_app.models.audit_store import append_event
from desktop_app.models.database import Database
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QFileDialog, QMessageBox, Qt
from tests.models.anchor_keys import make_key, self_signed


def _trail(cache: Database, events: int = 6) -> None:
    key = make_key("ec")
    cert = self_signed(key)

    def work(session: Any) -> None:
        for i in range(events):
            append_event(
                session,
                actor="clerk@demo",
                kind="action.queued",
                invoice_id=5000 + i,
                details={"action": "suspend", "n": i},
            )
        create_anchor(session, key, cert)

    cache.writer.run(work)


def _message_after(window: MainWindow, qtbot: Any, trigger: Any) -> QMessageBox:
    window.audit.last_message = None
    trigger()
    qtbot.waitUntil(lambda: window.audit.last_message is not None, timeout=10_000)
    box = window.audit.last_message
    assert box is not None and box.isVisible()
    return box


def _verify_message(window: MainWindow, qtbot: Any) -> QMessageBox:
    return _message_after(window, qtbot, window.actions_by_key["audit_verify"].trigger)


def test_tools_menu_holds_the_audit_actions(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Outils") == titles.index("&Affichage") + 1
    assert titles.index("&Langue") == titles.index("&Outils") + 1
    tools = window.menus["tools"]
    assert tools.menuAction().text() == "&Outils"
    texts = [a.text() for a in tools.actions() if not a.isSeparator()]
    assert "&Vérifier la piste d'audit…" in texts
    assert "E&xporter la piste d'audit…" in texts


def test_intact_trail_shows_counts(window: MainWindow, cache: Database, qtbot: Any) -> None:
    _trail(cache)
    box = _verify_message(window, qtbot)
    assert box.icon() == QMessageBox.Icon.Information
    text = box.text()
    assert "La piste d'audit est intègre." in text
    assert "6 événement(s) vérifié(s), 1 ancre(s) signée(s) vérifiée(s)." in text
    assert "Dernière ancre signée le" in text and "Agent Comptable Demo" in text
    box.accept()


def test_keyboard_shortcut_runs_the_check(window: MainWindow, cache: Database, qtbot: Any) -> None:
    _trail(cache, 2)
    window.activateWindow()
    box = _message_after(
        window,
        qtbot,
        lambda: qtbot.keyClick(
            window,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        ),
    )
    assert "2 événement(s) vérifié(s)" in box.text()
    box.accept()


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (
            "DELETE FROM audit_events WHERE id >= 4",
            [
                "Premier événement en cause : n° 4.",
                "les derniers événements ont été supprimés à partir de celui-ci"
                " (l'ancre signée n° 1 les couvrait)",
            ],
        ),
        (
            "UPDATE audit_anchors SET event_count = 2",
            ["n° 6.", "l'ancre signée n° 1 est falsifiée"],
        ),
        (
            "UPDATE audit_events SET details = '{}' WHERE id = 3",
            ["Premier événement en cause : n° 3.", "l'événement a été modifié"],
        ),
    ],
)
def test_tampered_trail_names_the_first_broken_event(
    window: MainWindow, cache: Database, qtbot: Any, tamper: str, expected: list[str]
) -> None:
    _trail(cache)
    with sqlite3.connect(cache.path) as conn:
        conn.execute(tamper)
    box = _verify_message(window, qtbot)
    assert box.icon() == QMessageBox.Icon.Critical
    text = box.text()
    assert text.startswith("La piste d'audit a été ALTÉRÉE.")
    for part in expected:
        assert part in text
    box.accept()


def test_export_json_and_csv(
    window: MainWindow, cache: Database, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    _trail(cache, 3)
    target = tmp_path / "piste.json"
    box = _message_after(window, qtbot, lambda: window.audit.export(str(target)))
    assert str(target) in box.text()
    box.accept()
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert [e["id"] for e in exported["events"]] == [1, 2, 3]
    assert exported["anchors"][0]["last_hash"] == exported["events"][-1]["hash"]

    # through the menu: the dialog's CSV filter decides the format and the suffix
    chosen = tmp_path / "piste"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "CSV (*.csv)")
    )
    box = _message_after(window, qtbot, window.actions_by_key["audit_export"].trigger)
    box.accept()
    with (tmp_path / "piste.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))  # for a French spreadsheet
    assert [r["hash"] for r in rows] == [e["hash"] for e in exported["events"]]


def test_message_follows_the_language(window: MainWindow, cache: Database, qtbot: Any) -> None:
    _trail(cache, 4)
    with sqlite3.connect(cache.path) as conn:
        conn.execute("DELETE FROM audit_events WHERE id = 4")
    install_language("en")
    box = _verify_message(window, qtbot)
    assert box.text().startswith("The audit trail has been ALTERED.")
    assert "First event concerned: no. 4." in box.text()
    assert "signed anchor no. 1 covered them" in box.text()
    box.accept()


def test_anchor_signed_by_a_certificate_unknown_on_this_machine_is_reported(
    window: MainWindow, cache: Database, qtbot: Any
) -> None:
    from desktop_app.models.audit_signers import remember_signer

    _trail(cache)  # signed by a fresh self-signed certificate this machine never recorded
    signers = window.sync.signers_file
    remember_signer(signers, "ab" * 32, "CN=Agent habituel")
    box = _verify_message(window, qtbot)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "l'ancre signée n° 1 est falsifiée" in box.text()
    box.accept()
