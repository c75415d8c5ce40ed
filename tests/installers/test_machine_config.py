"""The machine-wide preset configuration: files, validation, override, merge with user settings."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from desktop_app.sync import machine_config
from desktop_app.sync.machine_config import (
    ENV_OVERRIDE,
    MachineConfig,
    MachineConfigError,
    merge_settings,
    read_config_file,
    read_machine_config,
)


def write_ini(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_OVERRIDE, raising=False)


def test_ini_override_reads_all_three_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ini = write_ini(
        tmp_path / "config.ini",
        "[invoice-desk]\n"
        "platform_url = https://chorus-pro.example.gouv.fr/api\n"
        "cert_path = C:\\ProgramData\\InvoiceDesk\\mairie.p12\n"
        "profile =  mairie-de-test  \n",
    )
    monkeypatch.setenv(ENV_OVERRIDE, str(ini))
    config = read_machine_config()
    assert config == MachineConfig(
        platform_url="https://chorus-pro.example.gouv.fr/api",
        cert_path="C:\\ProgramData\\InvoiceDesk\\mairie.p12",
        profile="mairie-de-test",
        source=str(ini),
    )


def test_plist_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plist = tmp_path / "fr.invoicedesk.plist"
    with plist.open("wb") as handle:
        plistlib.dump({"PlatformUrl": "https://p.example.fr", "Profile": "hopital"}, handle)
    monkeypatch.setenv(ENV_OVERRIDE, str(plist))
    config = read_machine_config()
    assert (config.platform_url, config.cert_path, config.profile) == (
        "https://p.example.fr",
        None,
        "hopital",
    )


def test_binary_plist_is_read(tmp_path: Path) -> None:
    plist = tmp_path / "p.plist"
    plist.write_bytes(plistlib.dumps({"CertPath": "/Library/x.p12"}, fmt=plistlib.FMT_BINARY))
    assert read_config_file(plist).cert_path == "/Library/x.p12"


def test_empty_values_mean_not_preset(tmp_path: Path) -> None:
    ini = write_ini(tmp_path / "c.ini", "[invoice-desk]\nplatform_url =\nprofile = \n")
    config = read_config_file(ini)
    assert config.presets() == {}
    assert config.source == str(ini)


def test_missing_override_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_OVERRIDE, str(tmp_path / "absent.ini"))
    with pytest.raises(MachineConfigError, match="missing file"):
        read_machine_config()


@pytest.mark.parametrize(
    "url",
    ["ftp://x.example.fr", "chorus-pro.example.fr", "http://chorus-pro.example.fr", "https://"],
)
def test_bad_platform_url_is_rejected(tmp_path: Path, url: str) -> None:
    ini = write_ini(tmp_path / "c.ini", f"[invoice-desk]\nplatform_url = {url}\n")
    with pytest.raises(MachineConfigError, match="platform_url"):
        read_config_file(ini)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8443/api", "http://localhost:1", "http://[::1]/"]
)
def test_plain_http_allowed_on_loopback(tmp_path: Path, url: str) -> None:
    ini = write_ini(tmp_path / "c.ini", f"[invoice-desk]\nplatform_url = {url}\n")
    assert read_config_file(ini).platform_url == url


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    ini = write_ini(tmp_path / "c.ini", "[invoice-desk]\nplatform = https://x.fr\n")
    with pytest.raises(MachineConfigError, match="unknown key"):
        read_config_file(ini)


def test_malformed_files_raise_typed_errors(tmp_path: Path) -> None:
    ini = write_ini(tmp_path / "c.ini", "platform_url = https://no-section.fr\n")
    with pytest.raises(MachineConfigError, match="cannot read"):
        read_config_file(ini)
    plist = tmp_path / "c.plist"
    plist.write_bytes(b"not a plist")
    with pytest.raises(MachineConfigError, match="cannot read"):
        read_config_file(plist)
    wrong = tmp_path / "w.plist"
    wrong.write_bytes(plistlib.dumps({"PlatformUrl": 42}))
    with pytest.raises(MachineConfigError, match="must be a string"):
        read_config_file(wrong)


def test_ini_without_section_presets_nothing(tmp_path: Path) -> None:
    ini = write_ini(tmp_path / "c.ini", "[other]\nkey = value\n")
    assert read_config_file(ini).presets() == {}


def test_linux_default_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_override: None
) -> None:
    ini = write_ini(tmp_path / "config.ini", "[invoice-desk]\nprofile = etat\n")
    monkeypatch.setattr(machine_config, "LINUX_INI", ini)
    assert read_machine_config(platform="linux").profile == "etat"
    monkeypatch.setattr(machine_config, "LINUX_INI", tmp_path / "absent.ini")
    assert read_machine_config(platform="linux") == MachineConfig()


def test_macos_prefers_the_plist_then_the_ini(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_override: None
) -> None:
    plist = tmp_path / "fr.invoicedesk.plist"
    ini = write_ini(tmp_path / "config.ini", "[invoice-desk]\nprofile = from-ini\n")
    monkeypatch.setattr(machine_config, "MACOS_PLIST", plist)
    monkeypatch.setattr(machine_config, "MACOS_INI", ini)
    assert read_machine_config(platform="darwin").profile == "from-ini"
    plist.write_bytes(plistlib.dumps({"Profile": "from-plist"}))
    assert read_machine_config(platform="darwin").profile == "from-plist"


def test_registry_is_windows_only() -> None:
    if machine_config.sys.platform == "win32":
        pytest.skip("on Windows the registry is readable")
    with pytest.raises(MachineConfigError, match="only readable on Windows"):
        machine_config.read_registry()


def test_merge_puts_user_settings_on_top() -> None:
    machine = MachineConfig(
        platform_url="https://preset.example.fr", cert_path="/etc/c.p12", profile="it"
    )
    merged = merge_settings(
        machine, {"profile": "mine", "cert_path": "", "platform_url": None, "theme": "dark"}
    )
    assert merged == {
        "platform_url": "https://preset.example.fr",
        "cert_path": "/etc/c.p12",
        "profile": "mine",
        "theme": "dark",
    }
    assert merge_settings(MachineConfig(), {"profile": "p"}) == {"profile": "p"}
