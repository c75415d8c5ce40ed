"""The machine-wide preset configuration that IT deploys (platform address, certificate, profile).

Where it lives:

* Windows: ``HKLM\\Software\\InvoiceDesk`` (values ``PlatformUrl``, ``CertPath``, ``Profile``,
  ``TeamStore``), written by the MSI from its public properties ``PLATFORM_URL``, ``CERT_PATH``,
  ``PROFILE``, ``TEAM_STORE``;
* Linux: ``/etc/invoice-desk/config.ini``;
* macOS: ``/Library/Preferences/fr.invoicedesk.plist`` (keys as in the registry), or else
  ``/Library/Application Support/InvoiceDesk/config.ini``;
* anywhere, for tests and special set-ups: the file named by ``INVOICE_DESK_MACHINE_CONFIG``
  (``.plist`` or ini).

The ini form has one section ``[invoice-desk]`` with keys ``platform_url``, ``cert_path``,
``profile``, ``roles``, ``team_store`` (the team store's ``postgresql://`` address, TLS
required except on loopback: :mod:`desktop_app.sync.team_address`). ``roles`` maps
operating-system accounts to Invoice Desk roles for the PISTE mode, where every user of an
entity shares one technical account:
``roles = manager:alice,bob; admin:carol`` (registry/plist value ``Roles``); anyone not listed
is a clerk. A missing source means "nothing preset"; a malformed one raises
:class:`MachineConfigError`. The user's own settings go on top (:func:`merge_settings`).
No Qt and no HTTP here.
"""

from __future__ import annotations

import configparser
import ipaddress
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ENV_OVERRIDE = "INVOICE_DESK_MACHINE_CONFIG"
REGISTRY_KEY = r"Software\InvoiceDesk"
INI_SECTION = "invoice-desk"
LINUX_INI = Path("/etc/invoice-desk/config.ini")
MACOS_PLIST = Path("/Library/Preferences/fr.invoicedesk.plist")
MACOS_INI = Path("/Library/Application Support/InvoiceDesk/config.ini")

# field name -> registry value / plist key name
NATIVE_NAMES: dict[str, str] = {
    "platform_url": "PlatformUrl",
    "cert_path": "CertPath",
    "profile": "Profile",
    "roles": "Roles",
    "team_store": "TeamStore",  # the optional team store (docs/team-store.md)
}
ROLE_NAMES = ("clerk", "manager", "admin")
MAX_VALUE_LENGTH = 2048


class MachineConfigError(Exception):
    """The machine-wide configuration exists but cannot be read or is invalid."""


@dataclass(frozen=True)
class MachineConfig:
    """Values preset by IT (``None``: nothing preset); ``source`` says where they came from."""

    platform_url: str | None = None
    cert_path: str | None = None
    profile: str | None = None
    roles: str | None = None
    team_store: str | None = None
    source: str | None = None

    def role_mapping(self) -> dict[str, str]:
        """``roles`` as {lower-case account: role name} (empty when nothing is preset)."""
        return parse_roles(self.roles) if self.roles else {}

    def presets(self) -> dict[str, str]:
        """The preset values only, keyed by field name (``source`` excluded)."""
        values = {name: getattr(self, name) for name in NATIVE_NAMES}
        return {name: value for name, value in values.items() if value is not None}


def read_machine_config(platform: str | None = None) -> MachineConfig:
    """Read the machine-wide configuration for this (or the given) platform."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        path = Path(override)
        if not path.is_file():
            raise MachineConfigError(f"{ENV_OVERRIDE} names a missing file: {path}")
        return read_config_file(path)
    platform = platform or sys.platform
    if platform == "win32":
        return read_registry()
    if platform == "darwin":
        for candidate in (MACOS_PLIST, MACOS_INI):
            if candidate.is_file():
                return read_config_file(candidate)
        return MachineConfig()
    if LINUX_INI.is_file():
        return read_config_file(LINUX_INI)
    return MachineConfig()


def read_config_file(path: Path) -> MachineConfig:
    """Read a ``.plist`` or an ini file."""
    if path.suffix.lower() == ".plist":
        return read_plist(path)
    return read_ini(path)


def read_ini(path: Path) -> MachineConfig:
    """Read the ``[invoice-desk]`` section of an ini file (a file without it presets nothing)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise MachineConfigError(f"cannot read machine configuration {path}: {exc}") from exc
    if not parser.has_section(INI_SECTION):
        return MachineConfig(source=str(path))
    section = parser[INI_SECTION]
    unknown = sorted(set(section) - set(NATIVE_NAMES))
    if unknown:
        raise MachineConfigError(f"unknown key(s) in {path} [{INI_SECTION}]: {', '.join(unknown)}")
    return build_config({name: section.get(name) for name in NATIVE_NAMES}, source=str(path))


def read_plist(path: Path) -> MachineConfig:
    """Read a macOS preferences plist with keys ``PlatformUrl``, ``CertPath``, ``Profile``."""
    import plistlib  # macOS only: its XML parser is not loaded elsewhere

    try:
        with path.open("rb") as handle:
            data = plistlib.load(handle)
    except (OSError, plistlib.InvalidFileException, ValueError) as exc:
        raise MachineConfigError(f"cannot read machine configuration {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise MachineConfigError(f"{path} is not a dictionary plist")
    return build_config(
        {name: data.get(native) for name, native in NATIVE_NAMES.items()}, source=str(path)
    )


def read_registry() -> MachineConfig:
    """Read ``HKLM\\Software\\InvoiceDesk`` (64-bit view); a missing key presets nothing."""
    if sys.platform != "win32":
        raise MachineConfigError("the Windows registry is only readable on Windows")
    import winreg

    source = "HKLM\\" + REGISTRY_KEY
    try:
        key = winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        )
    except FileNotFoundError:
        return MachineConfig()
    except OSError as exc:
        raise MachineConfigError(f"cannot open {source}: {exc}") from exc
    raw: dict[str, object] = {}
    with key:
        for name, native in NATIVE_NAMES.items():
            try:
                value, kind = winreg.QueryValueEx(key, native)
            except FileNotFoundError:
                continue
            if kind == winreg.REG_EXPAND_SZ and isinstance(value, str):
                value = winreg.ExpandEnvironmentStrings(value)
            elif kind not in (winreg.REG_SZ, winreg.REG_EXPAND_SZ):
                raise MachineConfigError(f"{source}\\{native} is not a string value")
            raw[name] = value
    return build_config(raw, source=source)


def build_config(raw: Mapping[str, object], source: str | None) -> MachineConfig:
    """Validate raw values (strings; empty means unset) into a :class:`MachineConfig`."""
    clean: dict[str, str | None] = {}
    for name in NATIVE_NAMES:
        value = raw.get(name)
        if value is None:
            clean[name] = None
            continue
        if not isinstance(value, str):
            raise MachineConfigError(f"{name} in {source} must be a string, not {type(value)}")
        value = value.strip()
        if len(value) > MAX_VALUE_LENGTH:
            raise MachineConfigError(f"{name} in {source} is longer than {MAX_VALUE_LENGTH}")
        clean[name] = value or None
    if clean["platform_url"] is not None:
        check_platform_url(clean["platform_url"], source)
    if clean["team_store"] is not None:
        from desktop_app.sync.team_address import TeamAddressError, parse_team_address

        try:
            parse_team_address(clean["team_store"], source)
        except TeamAddressError as exc:
            raise MachineConfigError(str(exc)) from exc
    if clean["roles"] is not None:
        try:
            parse_roles(clean["roles"])
        except ValueError as exc:
            raise MachineConfigError(f"roles in {source}: {exc}") from exc
    return MachineConfig(
        platform_url=clean["platform_url"],
        cert_path=clean["cert_path"],
        profile=clean["profile"],
        roles=clean["roles"],
        team_store=clean["team_store"],
        source=source,
    )


def parse_roles(text: str) -> dict[str, str]:
    """``manager:alice,bob; admin:carol`` -> {"alice": "manager", "bob": "manager", ...}.

    Accounts are compared without case; ``DOMAIN\\alice`` and ``alice@domain`` name ``alice``.
    An account listed under two roles keeps the higher one. Raises ``ValueError`` on an
    unknown role or a group without ``:``.
    """
    mapping: dict[str, str] = {}
    for group in filter(None, (part.strip() for part in text.split(";"))):
        role, sep, accounts = group.partition(":")
        role = role.strip().lower()
        if not sep or role not in ROLE_NAMES:
            raise ValueError(f"{group!r} is not role:account,account (roles {ROLE_NAMES})")
        for account in filter(None, (a.strip() for a in accounts.split(","))):
            key = account_key(account)
            if ROLE_NAMES.index(role) >= ROLE_NAMES.index(mapping.get(key, "clerk")):
                mapping[key] = role
    return mapping


def account_key(account: str) -> str:
    """The comparable form of an OS account: lower case, without domain."""
    return account.strip().rsplit("\\", 1)[-1].split("@", 1)[0].lower()


def check_platform_url(url: str, source: str | None) -> None:
    """An absolute https URL (plain http only for a loopback host, e.g. the sandbox)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        raise MachineConfigError(f"platform_url in {source} is not an http(s) URL: {url!r}")
    if parts.scheme == "http" and not _is_loopback(host):
        raise MachineConfigError(
            f"platform_url in {source} must use https (plain http only for 127.0.0.1): {url!r}"
        )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def merge_settings(machine: MachineConfig, user: Mapping[str, Any]) -> dict[str, Any]:
    """The effective settings: the machine presets, with the user's own non-empty values on top.

    Keys of ``user`` that are not machine fields pass through unchanged; a user value of
    ``None`` or ``""`` does not hide a machine preset.
    """
    merged: dict[str, Any] = dict(machine.presets())
    for key, value in user.items():
        if key in NATIVE_NAMES and value in (None, ""):
            continue
        merged[key] = value
    return merged


__all__ = [
    "ENV_OVERRIDE",
    "MachineConfig",
    "MachineConfigError",
    "merge_settings",
    "parse_roles",
    "read_config_file",
    "read_machine_config",
]
