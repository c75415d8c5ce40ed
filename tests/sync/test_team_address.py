"""The team store's address in the machine configuration: TLS with a checked server
certificate is required except on loopback or a unix socket; no user or password in it."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from desktop_app.sync.machine_config import MachineConfigError, read_config_file
from desktop_app.sync.team_address import TeamAddressError, parse_team_address


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://127.0.0.1:5432/invoice_desk",
        "postgresql://localhost/invoice_desk?sslmode=disable",
        "postgresql:///invoice_desk?host=/var/run/postgresql",
        "postgresql://[::1]/invoice_desk",
    ],
)
def test_loopback_and_unix_sockets_may_go_without_tls(url: str) -> None:
    address = parse_team_address(url)
    assert address.is_local and "sslmode=verify" not in address.conninfo("anne")


def test_a_remote_address_gets_verify_full_by_default() -> None:
    address = parse_team_address("postgresql://db.mairie.local/invoice_desk")
    assert dict(address.params)["sslmode"] == "verify-full"
    assert "user=anne" in address.conninfo("anne")


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_a_remote_address_without_a_checked_certificate_is_refused(mode: str) -> None:
    with pytest.raises(TeamAddressError, match="verify-full"):
        parse_team_address(f"postgresql://db.mairie.local/invoice_desk?sslmode={mode}")


@pytest.mark.parametrize(
    "url",
    [
        "https://db.mairie.local/invoice_desk",
        "postgresql://anne@db.mairie.local/invoice_desk?sslmode=verify-full",
        "postgresql://anne:pw@127.0.0.1/invoice_desk",
        "postgresql://127.0.0.1:5432/",
    ],
)
def test_malformed_or_credential_bearing_addresses_are_refused(url: str) -> None:
    with pytest.raises(TeamAddressError):
        parse_team_address(url)


def test_the_machine_configuration_carries_and_checks_it(tmp_path: Path) -> None:
    ini = tmp_path / "config.ini"
    ini.write_text(
        "[invoice-desk]\nteam_store = postgresql://db.mairie.local/invoice_desk"
        "?sslmode=verify-full&sslrootcert=/etc/invoice-desk/ca.pem\n",
        encoding="utf-8",
    )
    assert read_config_file(ini).team_store.startswith("postgresql://db.mairie.local")
    plist = tmp_path / "fr.invoicedesk.plist"
    plist.write_bytes(plistlib.dumps({"TeamStore": "postgresql://db/x?sslmode=require"}))
    with pytest.raises(MachineConfigError, match="verify"):
        read_config_file(plist)
