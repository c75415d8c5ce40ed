"""Issue 12.5 / 12.6 / 13.4 through the real window: who is working (certificate, OS account,
sandbox demo user) in the settings, the status bar and the audit trail; certificate import,
replace and remove; a failed authentication opens the settings; the reminders."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.actions import mark_service_done
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database
from desktop_app.sandbox.certs import Pki, ensure_pki
from desktop_app.sync import identity
from desktop_app.sync.credentials import SecretStore, certificate_secret_name
from desktop_app.sync.events import CertificateExpiring, ConnectionChanged, ConnectionState
from desktop_app.sync.machine_config import ENV_OVERRIDE
from desktop_app.sync.profiles import load_settings
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QApplication, QDate, QDialogButtonBox, QSettings, Qt, QTimer
from desktop_app.ui.session_guards import AuthFailureGuard, Reminders
from desktop_app.ui.settings_dialog import SettingsDialog

from .conftest import make_window, wait_background


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """The sandbox's demo PKI (real encrypted PKCS#12 files, as the sandbox issues them)."""
    return ensure_pki(tmp_path_factory.mktemp("pki"), "operator-password")


@pytest.fixture
def no_machine_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ini = tmp_path / "machine.ini"
    ini.write_text("[invoice-desk]\n", encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(ini))
    return ini


@pytest.fixture
def sync(cache: Database, tmp_path: Path, no_machine_config: Path) -> SyncService:
    # no keyring on this machine: the password lives for the session only
    return SyncService(
        cache, settings_path=tmp_path / "connection.json", secrets=SecretStore(use_keyring=False)
    )


@pytest.fixture
def win(qtbot: Any, sync: SyncService, settings: QSettings) -> Iterator[MainWindow]:
    window = make_window(qtbot, sync, settings)
    yield window
    window.close()
    wait_background(qtbot)


def run_settings(qtbot: Any, window: MainWindow, fill: Callable[[SettingsDialog], None]) -> None:
    """Trigger Fichier › Paramètres and drive the (modal) dialog with ``fill``."""
    errors: list[BaseException] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        try:
            fill(dialog)
        except BaseException as exc:  # reported after the dialog is closed
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, drive)
    window.actions_by_key["settings"].trigger()
    if errors:
        raise errors[0]


def save(dialog: SettingsDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def clear_field(qtbot: Any, field: Any) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)


def last_actor(window: MainWindow) -> str:
    with sqlite3.connect(window.database.path) as conn:
        return str(conn.execute("SELECT actor FROM audit_events ORDER BY id DESC").fetchone()[0])


def queue_one(window: MainWindow) -> None:
    with sqlite3.connect(window.database.path) as conn:
        row = conn.execute(
            "SELECT id FROM invoices WHERE status = 'MISE_A_DISPOSITION' "
            "AND pending_action IS NULL ORDER BY amount_excl_vat LIMIT 1"
        ).fetchone()
    window.sync.queue(int(row[0]), mark_service_done("MISE_A_DISPOSITION")).result(timeout=30)


def stored(tmp_path: Path, name: str) -> dict[str, Any]:
    data = json.loads((tmp_path / "connection.json").read_text(encoding="utf-8"))
    return next(p for p in data["profiles"] if p["name"] == name)


def test_imported_certificate_is_the_user_and_stays_imported(
    qtbot: Any, win: MainWindow, pki: Pki, tmp_path: Path
) -> None:
    manager = pki.users["manager"]

    def import_manager(dialog: SettingsDialog) -> None:
        assert dialog.role.text() == "Agent" and "clerk" in dialog.user.text()
        dialog.cert_path.setText(str(manager.pkcs12_path))
        dialog.password.setText(manager.password)
        dialog.import_button.click()
        assert "CN=manager" in dialog.cert_details.text()
        assert "manager" in dialog.user.text() and dialog.role.text() == "Responsable"
        assert not dialog.keyring_note.isHidden()
        assert "cette session seulement" in dialog.keyring_note.text()
        save(dialog)

    run_settings(qtbot, win, import_manager)
    assert (win.sync.user.name, win.sync.user.role) == ("manager", Role.MANAGER)
    qtbot.waitUntil(lambda: "Responsable" in win.status.person.text(), timeout=3000)
    assert "manager" in win.status.person.text()
    assert stored(tmp_path, "sandbox")["certificate_path"] == str(manager.pkcs12_path)
    assert manager.password not in (tmp_path / "connection.json").read_text(encoding="utf-8")
    queue_one(win)
    assert last_actor(win) == "manager"  # the audit trail names the person

    def reopen_then_empty(dialog: SettingsDialog) -> None:
        assert "CN=manager" in dialog.cert_details.text()  # not « Aucun certificat importé »
        assert "Remplacer" in dialog.import_button.text()
        clear_field(qtbot, dialog.cert_path)
        assert "retiré" in dialog.cert_details.text()
        save(dialog)

    run_settings(qtbot, win, reopen_then_empty)
    assert stored(tmp_path, "sandbox")["certificate_path"] is None
    assert (win.sync.user.name, win.sync.user.role) == ("clerk", Role.CLERK)


def test_replace_and_remove_a_certificate(
    qtbot: Any, win: MainWindow, pki: Pki, tmp_path: Path
) -> None:
    admin, clerk = pki.users["admin"], pki.users["clerk"]

    def replace_then_remove(dialog: SettingsDialog) -> None:
        dialog.profile.setCurrentIndex(dialog.profile.findData("qualification"))
        for user in (clerk, admin):
            dialog.cert_path.setText(str(user.pkcs12_path))
            dialog.password.setText(user.password)
            dialog.import_button.click()
        assert "CN=admin" in dialog.cert_details.text() and dialog.role.text() == "Administrateur"
        assert stored(tmp_path, "qualification")["certificate_path"] == str(admin.pkcs12_path)
        dialog.remove_button.click()
        assert dialog.cert_details.text() == "Aucun certificat importé."
        assert win.sync.secrets.get(certificate_secret_name(admin.pkcs12_path)) is None
        save(dialog)

    run_settings(qtbot, win, replace_then_remove)
    assert stored(tmp_path, "qualification")["certificate_path"] is None
    assert load_settings(tmp_path / "connection.json").active == "qualification"


def test_demo_user_choice_makes_every_role_reachable(qtbot: Any, win: MainWindow) -> None:
    assert not win.actions_by_key["approval_circuit"].isEnabled()

    def choose_admin(dialog: SettingsDialog) -> None:
        assert not dialog.demo_user.isHidden()
        logins = [dialog.demo_user.itemData(i) for i in range(dialog.demo_user.count())]
        assert logins == ["clerk", "manager", "admin", "delegate", "moe", "moa"]  # moe, moa: works
        dialog.demo_user.setCurrentIndex(dialog.demo_user.findData("admin"))
        assert dialog.role.text() == "Administrateur"  # at once, before saving
        assert "Alice BERNARD" in dialog.user.text()
        save(dialog)

    run_settings(qtbot, win, choose_admin)
    assert (win.sync.user.name, win.sync.user.role) == ("admin", Role.ADMIN)
    # the role decides what the window offers: the circuit editor is for administrators
    qtbot.waitUntil(lambda: win.actions_by_key["approval_circuit"].isEnabled(), timeout=3000)
    queue_one(win)
    assert last_actor(win) == "admin"


def test_piste_user_is_the_os_account_with_it_s_role(
    qtbot: Any,
    cache: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ini = tmp_path / "machine.ini"
    ini.write_text("[invoice-desk]\nroles = manager:alice,bob; admin:carol\n", encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(ini))
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "bob")
    (tmp_path / "connection.json").write_text(
        json.dumps({"active": "qualification", "profiles": []}), encoding="utf-8"
    )
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    sync.prepare_identity()
    assert (sync.user.name, sync.user.role, sync.user.source) == ("bob", Role.MANAGER, "os-account")
    window = make_window(qtbot, sync, settings)
    assert window.status.person.text() == "bob — Responsable"
    queue_one(window)
    assert last_actor(window) == "bob"  # not "user"
    window.close()
    wait_background(qtbot)


def test_failed_authentication_opens_the_settings_with_the_reason(
    qtbot: Any, sync: SyncService, settings: QSettings, pki: Pki, tmp_path: Path
) -> None:
    manager = pki.users["manager"]
    (tmp_path / "connection.json").write_text(
        json.dumps(
            {
                "active": "qualification",
                "profiles": [
                    {
                        "name": "qualification",
                        "kind": "qualification",
                        "api_base": "https://sandbox-api.piste.gouv.fr",
                        "token_url": "https://sandbox-oauth.piste.gouv.fr/api/oauth/token",
                        "client_id": "mairie",
                        "certificate_path": str(manager.pkcs12_path),
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    # after a restart the session password is gone and there is no keyring: the real start
    # path (as the app runs it) fails before any network call, with the certificate's reason
    sync.prepare_identity()
    sync.start(background=False)
    sync.wait_started()
    assert sync.state is ConnectionState.AUTH_ERROR
    window = make_window(qtbot, sync, settings)
    guard = AuthFailureGuard(window, settings)
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=3000)
    dialog = guard.dialog
    assert dialog is not None
    assert "mot de passe du certificat est nécessaire" in dialog.reason.text()
    assert dialog.profile.currentData() == "qualification"
    dialog.password.setText(manager.password)
    dialog.import_button.click()
    assert "cette session seulement" in dialog.keyring_note.text()
    dialog.reject()
    # a later failure (e.g. the technical account refused) opens them again
    sync.bus.publish(ConnectionChanged(ConnectionState.AUTH_ERROR, "Compte technique refusé."))
    qtbot.waitUntil(lambda: guard.dialog is not dialog and guard.dialog is not None, timeout=3000)
    assert "Compte technique refusé." in guard.dialog.reason.text()
    second = guard.dialog
    second.reject()
    # the next periodic run repeating the same failure does not reopen them
    sync.bus.publish(ConnectionChanged(ConnectionState.AUTH_ERROR, "Compte technique refusé."))
    qtbot.wait(100)
    assert guard.dialog is second and not second.isVisible()
    window.close()
    wait_background(qtbot)


def test_password_asked_before_the_window_names_the_user(
    sync: SyncService, pki: Pki, tmp_path: Path
) -> None:
    manager = pki.users["manager"]
    (tmp_path / "connection.json").write_text(
        json.dumps(
            {
                "active": "production",
                "profiles": [
                    {
                        "name": "production",
                        "kind": "production",
                        "certificate_path": str(manager.pkcs12_path),
                        "auth_mode": "certificat",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    asked: list[Path] = []

    def prompt(path: Path, failed: bool) -> str | None:  # stands for the GUI dialog
        asked.append(path)
        return manager.password

    sync.password_prompt = prompt
    who = sync.prepare_identity()
    assert asked == [manager.pkcs12_path]
    assert (who.login, who.role) == ("manager", Role.MANAGER)
    # kept for the session: the connection (worker thread) does not ask again
    assert sync.secrets.get(certificate_secret_name(manager.pkcs12_path)) == manager.password


def test_expired_certificate_is_told_at_start(
    qtbot: Any, sync: SyncService, settings: QSettings, pki: Pki, tmp_path: Path
) -> None:
    expired = pki.users["expired"]
    (tmp_path / "connection.json").write_text(
        json.dumps(
            {
                "active": "production",
                "profiles": [
                    {
                        "name": "production",
                        "kind": "production",
                        "api_base": "https://api.piste.gouv.fr",
                        "token_url": "https://oauth.piste.gouv.fr/api/oauth/token",
                        "client_id": "mairie",
                        "certificate_path": str(expired.pkcs12_path),
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    sync.secrets.set(certificate_secret_name(expired.pkcs12_path), expired.password, remember=False)
    sync.prepare_identity()
    sync.start(background=False)
    sync.wait_started()
    assert sync.state is ConnectionState.AUTH_ERROR and "a expiré" in str(sync.state_detail)
    assert sync.certificate_warning is not None and sync.certificate_warning.days_left < 0
    window = make_window(qtbot, sync, settings)
    reminders = Reminders(window, settings)
    assert len(reminders.shown) == 1 and "a expiré" in reminders.shown[0]
    if reminders.box is not None:
        reminders.box.close()
    window.close()
    wait_background(qtbot)


def test_certificate_reminders_at_30_15_7_days(
    qtbot: Any, win: MainWindow, settings: QSettings
) -> None:
    reminders = Reminders(win, settings)
    for days, expected in ((29, 1), (25, 1), (14, 2), (13, 2), (6, 3)):
        win.sync.bus.publish(CertificateExpiring(days, "2027-01-05"))
        qtbot.waitUntil(lambda n=expected: len(reminders.shown) == n, timeout=3000)
    assert "29 jour(s), le 05/01/2027" in reminders.shown[0]
    assert "Paramètres" in reminders.shown[0] and "renouvellement" in reminders.shown[0]
    assert "6 jour(s)" in reminders.shown[2]
    win.sync.bus.publish(CertificateExpiring(-1, "2027-01-05"))
    qtbot.waitUntil(lambda: len(reminders.shown) == 4, timeout=3000)
    assert "a expiré le 05/01/2027" in reminders.shown[3] and "nouveau" in reminders.shown[3]
    again = Reminders(win, settings)  # a restart does not repeat a stage already shown
    win.sync.bus.publish(CertificateExpiring(6, "2027-01-05"))
    qtbot.wait(100)
    assert again.shown == []
    if reminders.box is not None:
        reminders.box.close()


def test_technical_account_password_date_is_kept_and_reminded(
    qtbot: Any, win: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    set_on = date.today() - timedelta(days=355)

    def set_date(dialog: SettingsDialog) -> None:
        dialog.profile.setCurrentIndex(dialog.profile.findData("production"))
        assert not dialog.password_date.isHidden() and dialog.demo_user.isHidden()
        dialog.password_date.setDate(QDate(set_on.year, set_on.month, set_on.day))
        save(dialog)

    run_settings(qtbot, win, set_date)
    assert stored(tmp_path, "production")["password_set_on"] == set_on.isoformat()
    assert win.sync.password_warning is not None and win.sync.password_warning.days_left == 10
    reminders = Reminders(win, settings)
    assert len(reminders.shown) == 1 and "expire dans 10 jour(s)" in reminders.shown[0]
    if reminders.box is not None:
        reminders.box.close()


def test_custom_address_is_kept_in_the_custom_profile(
    qtbot: Any, win: MainWindow, tmp_path: Path
) -> None:
    def set_address(dialog: SettingsDialog) -> None:
        dialog.profile.setCurrentIndex(dialog.profile.findData("custom"))
        assert dialog.url.isEnabled()
        dialog.url.setText("https://chorus.mairie.example.fr")
        save(dialog)

    run_settings(qtbot, win, set_address)
    custom = load_settings(tmp_path / "connection.json").profile("custom")
    assert custom.api_base == "https://chorus.mairie.example.fr"
    assert custom.token_url == "https://chorus.mairie.example.fr/api/oauth/token"

    def reopen(dialog: SettingsDialog) -> None:
        assert dialog.profile.currentData() == "custom"
        assert dialog.url.text() == "https://chorus.mairie.example.fr"

    run_settings(qtbot, win, reopen)


def test_works_checkbox_follows_the_demo_user_then_keeps_the_users_choice(
    qtbot: Any, win: MainWindow, tmp_path: Path
) -> None:
    def choose(dialog: SettingsDialog) -> None:
        box = dialog.works
        assert not box.isHidden()
        dialog.demo_user.setCurrentIndex(dialog.demo_user.findData("moe"))
        assert box.isChecked()  # automatic: the MOE demo user works the circuit
        dialog.demo_user.setCurrentIndex(dialog.demo_user.findData("clerk"))
        assert not box.isChecked()  # automatic: a clerk has no works role
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # the user turns it on
        assert box.isChecked()
        dialog.demo_user.setCurrentIndex(dialog.demo_user.findData("manager"))
        assert box.isChecked()  # the user's choice stays
        save(dialog)

    run_settings(qtbot, win, choose)
    assert stored(tmp_path, "sandbox")["works"] is True
    assert load_settings(tmp_path / "connection.json").profile("sandbox").works is True

    def reopen_and_turn_off(dialog: SettingsDialog) -> None:
        assert dialog.works.isChecked()
        dialog.profile.setCurrentIndex(dialog.profile.findData("custom"))
        assert not dialog.works.isChecked()  # another profile: its own (automatic: off)
        dialog.profile.setCurrentIndex(dialog.profile.findData("sandbox"))
        assert dialog.works.isChecked()
        dialog.works.click()
        save(dialog)

    run_settings(qtbot, win, reopen_and_turn_off)
    assert stored(tmp_path, "sandbox")["works"] is False
    assert stored(tmp_path, "custom")["works"] is None  # never touched: still automatic
