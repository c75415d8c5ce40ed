"""Who is working (issue 12.5): certificate subject, OS account + IT's role mapping, sandbox
demo users; reminders' arithmetic (12.6); the custom address reaching the client; the probe
that tells offline at once (13.6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.domain.status_types import Role
from desktop_app.sync import identity
from desktop_app.sync.connection import open_connection
from desktop_app.sync.credentials import SecretStore, certificate_stage, password_reminder
from desktop_app.sync.errors import AuthError, NetworkError
from desktop_app.sync.events import ConnectionState
from desktop_app.sync.identity import IdentitySource
from desktop_app.sync.liveness import LivenessWatch
from desktop_app.sync.machine_config import (
    ENV_OVERRIDE,
    MachineConfigError,
    parse_roles,
    read_config_file,
)
from desktop_app.sync.profiles import load_settings, save_settings, set_custom_address


def _cert(*names: tuple[x509.ObjectIdentifier, str]) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(oid, value) for oid, value in names])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )


def test_role_mapping_syntax() -> None:
    mapping = parse_roles("manager:alice,Bob; admin:carol ; manager:carol")
    assert mapping == {"alice": "manager", "bob": "manager", "carol": "admin"}
    assert parse_roles(r"admin:MAIRIE\Dupont, jean@mairie.fr") == {
        "dupont": "admin",
        "jean": "admin",
    }
    with pytest.raises(ValueError, match="role"):
        parse_roles("boss:alice")
    with pytest.raises(ValueError):
        parse_roles("alice,bob")


def test_machine_config_carries_the_role_mapping(tmp_path: Path) -> None:
    ini = tmp_path / "config.ini"
    ini.write_text("[invoice-desk]\nroles = manager:alice,bob; admin:carol\n", encoding="utf-8")
    config = read_config_file(ini)
    assert config.role_mapping() == {"alice": "manager", "bob": "manager", "carol": "admin"}
    assert config.presets()["roles"] == "manager:alice,bob; admin:carol"
    ini.write_text("[invoice-desk]\nroles = chef:alice\n", encoding="utf-8")
    with pytest.raises(MachineConfigError, match="roles"):
        read_config_file(ini)


def test_piste_identity_is_the_os_account_with_its_mapped_role(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ini = tmp_path / "config.ini"
    ini.write_text("[invoice-desk]\nroles = manager:alice,bob; admin:carol\n", encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(ini))
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "Bob")
    who = identity.from_os_account()
    assert (who.login, who.role, who.source) == ("Bob", Role.MANAGER, IdentitySource.OS_ACCOUNT)
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "dora")
    assert identity.from_os_account().role is Role.CLERK  # not listed: clerk
    assert identity.establish(None).login == "dora"  # PISTE: no certificate names the person


def test_certificate_identity_from_subject() -> None:
    sandbox_style = _cert(
        (NameOID.COMMON_NAME, "manager"), (NameOID.ORGANIZATIONAL_UNIT_NAME, "manager")
    )
    who = identity.from_certificate(sandbox_style, {})
    assert (who.login, who.role, who.source) == ("manager", Role.MANAGER, "certificate")
    # a real agent certificate: no role in the OU, IT's mapping decides (by CN or e-mail)
    agent = _cert(
        (NameOID.COMMON_NAME, "Jeanne Agent"),
        (NameOID.EMAIL_ADDRESS, "jeanne.agent@mairie.fr"),
        (NameOID.ORGANIZATIONAL_UNIT_NAME, "Finances"),
    )
    mapped = identity.from_certificate(agent, {"jeanne.agent": Role.ADMIN})
    assert mapped.login == "Jeanne Agent" and mapped.email == "jeanne.agent@mairie.fr"
    assert mapped.role is Role.ADMIN
    assert identity.from_certificate(agent, {}).role is Role.CLERK
    only_mail = _cert((NameOID.EMAIL_ADDRESS, "paul@mairie.fr"))
    assert identity.from_certificate(only_mail, {}).login == "paul@mairie.fr"


def test_sandbox_demo_users_cover_every_role() -> None:
    roles = {identity.sandbox_demo(login).role for login in identity.DEMO_USERS}
    assert roles == {Role.CLERK, Role.MANAGER, Role.ADMIN}
    assert identity.sandbox_demo("delegate").display_name == "Denis ROUX"


def test_certificate_reminder_stages() -> None:
    assert [certificate_stage(d) for d in (45, 30, 20, 15, 8, 7, 0, -1)] == [
        None,
        30,
        30,
        15,
        15,
        7,
        7,
        0,
    ]


def test_technical_account_password_reminded_15_days_ahead() -> None:
    set_on = dt.date(2026, 1, 10)
    expires = dt.date(2027, 1, 10)
    assert password_reminder(set_on, expires - dt.timedelta(days=16)) is None
    due = password_reminder(set_on, expires - dt.timedelta(days=15))
    assert due is not None and due.days_left == 15 and due.expires_on == expires
    gone = password_reminder(set_on, expires + dt.timedelta(days=2))
    assert gone is not None and gone.days_left == -2


def test_custom_address_reaches_the_connection(tmp_path: Path) -> None:
    path = tmp_path / "connection.json"
    settings = load_settings(path, presets={})
    custom = settings.profile("custom")
    set_custom_address(custom, "https://chorus.example.fr/api/")
    custom.client_id = "my-client"
    save_settings(settings, path)
    reloaded = load_settings(path, presets={}).profile("custom")
    secrets = SecretStore(use_keyring=False)
    secrets.set(reloaded.secret_name("client_secret"), "s", remember=False)
    connection = open_connection(reloaded, secrets)
    try:
        assert connection.client.settings.api_base == "https://chorus.example.fr/api"
        assert (
            connection.client.settings.token_url == "https://chorus.example.fr/api/api/oauth/token"
        )
    finally:
        connection.close()


def test_probe_tells_offline_at_once_and_recovers() -> None:
    """The probe is a stand-in here (a function that fails, then answers); the real probe
    against a stopped sandbox is in tests/ui/test_identity_online.py."""
    state = [ConnectionState.ONLINE]
    published: list[tuple[ConnectionState, str | None]] = []
    recovered: list[bool] = []
    failing = [NetworkError("down", detail="ConnectError")]

    def probe() -> None:
        if failing:
            raise failing[0]

    def publish(new: ConnectionState, detail: str | None) -> None:
        state[0] = new
        published.append((new, detail))

    watch = LivenessWatch(probe, lambda: state[0], publish, lambda: recovered.append(True))
    assert watch.check_once() is ConnectionState.OFFLINE
    assert published[-1][1] is not None and "ConnectError" not in published[-1][1]
    assert watch.check_once() is None  # still offline: nothing new to say
    failing.clear()
    assert watch.check_once() is ConnectionState.ONLINE and recovered == [True]
    failing.append(AuthError(90011, "refused", 401, key="auth.technical_account"))
    assert watch.check_once() is ConnectionState.AUTH_ERROR
    state[0] = ConnectionState.SYNCING
    assert watch.check_once() is None  # a run is under way: it reports
