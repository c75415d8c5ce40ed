"""Language switch, errors, settings and certificate, notifications, shortcuts, first run."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop_app.models.database import Database
from desktop_app.sync.credentials import SecretStore
from desktop_app.sync.events import InvoicesChanged
from desktop_app.ui import errors
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.app import Session, open_cache
from desktop_app.ui.first_run import FirstRunWizard, maybe_run_first_run
from desktop_app.ui.i18n import current_language, install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notifications import Notifier, notification_text
from desktop_app.ui.qt import QMessageBox, QSettings, QTimer
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.shortcuts_dialog import ShortcutsDialog
from desktop_app.ui.translations_build import LANGUAGES, unfinished

from .conftest import wait_background


def test_catalogues_are_complete_and_lupdate_finds_nothing_new(tmp_path: Path) -> None:
    from desktop_app.ui import translations_build

    for language in LANGUAGES:
        assert unfinished(language) == []
    # A fresh scan of the sources into a copy finds no untranslated string either.
    copy = tmp_path / "en.ts"
    copy.write_bytes(translations_build.ts_path("en").read_bytes())
    files = [str(p) for p in translations_build.sources()]
    tool = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run(
        [tool, *files, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True
    )
    assert "unfinished" not in copy.read_text(encoding="utf-8")


def test_switching_language_rebuilds_the_window_in_english(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    session = Session(cache, settings, sync)
    window = session.show_window()
    wait_background(qtbot)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.actions_by_key["reject"].text() == "&Rejeter…"
    window.actions_by_key["lang_en"].trigger()
    english = session.window
    assert english is not None and english is not window
    wait_background(qtbot)
    assert current_language() == "en"
    assert [a.text() for a in english.menuBar().actions()] == [
        "&File",
        "&Invoice",
        "&View",
        "&Tools",
        "&Language",
        "&Help",
    ]
    assert english.actions_by_key["reject"].text() == "&Reject…"
    assert (
        english.inboxes.inbox_items[next(iter(english.inboxes.inbox_items))]
        .text(0)
        .startswith("To process")
    )
    assert (
        english.list.model().headerData(1, english.list.horizontalHeader().orientation())
        == "Supplier"
    )
    assert settings.value("ui/language") == "en"
    english.close()
    install_language("fr")


def test_language_switch_keeps_the_list_and_the_invoice(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    session = Session(cache, settings, sync)
    window = session.show_window()
    wait_background(qtbot)
    window.actions_by_key["inbox_7"].trigger()  # « Toutes »
    qtbot.waitUntil(lambda: window.list.model().rowCount() > 10, timeout=10_000)
    window.list.select_row(7)
    chosen = window.list.current_id()
    inbox = window.current_filter().inbox
    assert chosen is not None
    window.actions_by_key["lang_en"].trigger()
    english = session.window
    assert english is not None and english is not window
    qtbot.waitUntil(lambda: english.list.current_id() == chosen, timeout=10_000)
    assert english.current_filter().inbox == inbox
    assert english.detail.detail is not None and english.detail.detail.id == chosen
    english.close()
    install_language("fr")


def test_error_dialog_and_log_without_secrets(qtbot: Any, tmp_path: Path) -> None:
    log_file = errors.setup_logging(tmp_path)
    shown: list[Any] = []

    def close_dialog() -> None:
        from desktop_app.ui.qt import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, errors.ErrorDialog) and widget.isVisible():
                shown.append(widget)
                widget.details_button.click()
                widget.accept()

    QTimer.singleShot(50, close_dialog)
    try:
        raise RuntimeError("boom password=hunter2")
    except RuntimeError:
        errors.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    assert shown, "the error dialog was shown"
    dialog = shown[0]
    assert "erreur inattendue" in dialog.message_label.text()
    assert "Traceback" in dialog.details.toPlainText()
    assert "hunter2" not in dialog.details.toPlainText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "hunter2" not in text


def test_database_errors_become_readable_dialogs(qtbot: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    seen: list[str] = []

    def close_dialog() -> None:
        from desktop_app.ui.qt import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, errors.ErrorDialog) and widget.isVisible():
                seen.append(widget.message_label.text())
                widget.accept()
                return
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                quit_button = widget.buttons()[-1]
                assert quit_button.text() in ("Quitter", "Quit")
                QTimer.singleShot(50, close_dialog)
                quit_button.click()
                return
        QTimer.singleShot(50, close_dialog)

    QTimer.singleShot(50, close_dialog)
    assert open_cache(broken) is None
    assert seen and "endommagé" in seen[0], "the repair is offered first"
    assert len(seen) == 2, "declining it leaves an error message, not a silent exit"
    assert broken.read_bytes().startswith(b"this is not"), "declined: the file is untouched"


def _p12(path: Path, days: int, password: str) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Agent Démo")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"demo", key, cert, None, serialization.BestAvailableEncryption(password.encode())
        )
    )


def test_settings_certificate_import_and_expiry_warning(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    p12 = tmp_path / "agent.p12"
    _p12(p12, days=10, password="s3cret")
    sync = SyncService(
        cache, settings_path=tmp_path / "connection.json", secrets=SecretStore(use_keyring=False)
    )
    dialog = SettingsDialog(sync, settings)
    qtbot.addWidget(dialog)
    assert dialog.role.text() == "Agent"
    dialog.profile.setCurrentIndex(dialog.profile.findData("qualification"))
    dialog.cert_path.setText(str(p12))
    dialog.password.setText("wrong")
    dialog.import_selected()
    assert "mot de passe" in dialog.cert_details.text().lower()
    dialog.password.setText("s3cret")
    dialog.import_selected()
    assert dialog.password.text() == ""
    assert "CN=Agent Démo" in dialog.cert_details.text()
    assert (
        dialog.cert_warning.isVisible()
        if dialog.isVisible()
        else not dialog.cert_warning.isHidden()
    )
    assert "expire dans" in dialog.cert_warning.text()
    assert sync.secrets.get(f"pkcs12:{p12.resolve()}") == "s3cret"
    saved = (tmp_path / "connection.json").read_text(encoding="utf-8")
    assert str(p12) in saved and "s3cret" not in saved
    dialog.notify.setChecked(False)
    dialog.save()
    assert settings.value("notifications/enabled") == "false"
    settings.sync()
    assert "s3cret" not in Path(settings.fileName()).read_text(encoding="utf-8")


def test_notifications_are_grouped_and_name_suppliers(
    qtbot: Any, settings: QSettings, cache: Database, tmp_path: Path
) -> None:
    _title, body = notification_text(
        [
            InvoicesChanged(
                new_ids=(1, 2),
                status_changes=(
                    (1, "BTP RHONE", None, "MISE_A_DISPOSITION"),
                    (2, "BTP RHONE", None, "MISE_A_DISPOSITION"),
                ),
            ),
            InvoicesChanged(
                changed_ids=(3,), status_changes=((3, "PAPETERIE", "MANDATEE", "MISE_EN_PAIEMENT"),)
            ),
        ]
    ) or ("", "")
    assert "2 nouvelles factures : BTP RHONE (2)" in body
    assert "PAPETERIE : Mise en paiement" in body
    sync = SyncService(cache, settings_path=tmp_path / "c.json")
    notifier = Notifier(sync.bus, settings)
    notifier.timer.setInterval(10)
    sync.bus.publish(InvoicesChanged(new_ids=(9,), status_changes=((9, "ELEC", None, "DEPOSEE"),)))
    qtbot.waitUntil(lambda: len(notifier.shown) == 1)
    settings.setValue("notifications/enabled", "false")
    sync.bus.publish(InvoicesChanged(new_ids=(10,)))
    qtbot.wait(50)
    assert len(notifier.shown) == 1
    notifier.close()


def test_every_action_has_a_shortcut_or_mnemonic(window: MainWindow, qtbot: Any) -> None:
    for key, action in window.actions_by_key.items():
        assert action.shortcut().toString() or "&" in action.text(), key
    dialog = ShortcutsDialog(window.window_actions, window)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Rejeter…" in names and "Synchroniser maintenant" in names


def test_first_run_shows_once(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Path
) -> None:
    sync = SyncService(cache, settings_path=tmp_path / "c.json")
    pages: list[str] = []

    def finish() -> None:
        from desktop_app.ui.qt import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FirstRunWizard) and widget.isVisible():
                pages.append(widget.currentPage().title())
                widget.accept()

    QTimer.singleShot(50, finish)
    assert maybe_run_first_run(sync, settings) is True
    assert pages == ["Bienvenue"]
    assert maybe_run_first_run(sync, settings) is False


def test_first_run_texts_are_french_throughout(qtbot: Any, cache: Database, tmp_path: Path) -> None:
    """Issue 13.11: the French assistant named the demo user by its English login « clerk »."""
    from desktop_app.ui.qt import QLabel

    wizard = FirstRunWizard(SyncService(cache, settings_path=tmp_path / "c.json"))
    qtbot.addWidget(wizard)
    texts = [
        label.text()
        for page_id in wizard.pageIds()
        for label in wizard.page(page_id).findChildren(QLabel)
    ]
    assert any("« Agent »" in text for text in texts), texts
    assert not any("clerk" in text for text in texts), texts


@pytest.mark.parametrize("dark", [True, False])
def test_theme_palettes(qapp: Any, dark: bool) -> None:
    from desktop_app.ui.qt import QPalette
    from desktop_app.ui.theme import apply_theme, dark_palette

    original = qapp.palette()
    apply_theme(qapp, dark=dark)
    if dark:
        assert qapp.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
            QPalette.ColorRole.Window
        )
    qapp.setPalette(original)
