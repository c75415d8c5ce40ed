"""Connection profiles: embedded sandbox (default), Chorus Pro qualification and production,
custom URL. Stored as JSON in the user's config folder, WITHOUT secrets (those live in the
OS keyring, see :class:`desktop_app.sync.credentials.SecretStore`). IT can preset the
platform URL, the certificate path and the active profile machine-wide
(:func:`machine_presets`); the user's own file goes on top.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import logging
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from desktop_app.domain.motif_text import MOTIF_LIMITS, MOTIF_MAX_LENGTH
from desktop_app.models.database import APP_NAME
from desktop_app.sync.actions import WireOptions
from desktop_app.sync.errors import ProfileError

log = logging.getLogger(__name__)

SETTINGS_FILE = "connection.json"
AUTH_MODES = ("certificat", "piste", "legacy-basic")
FILE_MODES = ("none", "lazy", "background")
SECRET_WORDS = ("secret", "password", "token", "private")


class ProfileKind(StrEnum):
    """What a profile connects to."""

    SANDBOX = "sandbox"
    QUALIFICATION = "qualification"
    PRODUCTION = "production"
    CUSTOM = "custom"


@dataclass
class ConnectionProfile:
    """One way to reach a platform (no secret in here: client secret and technical account
    password are looked up in the keyring under :meth:`secret_name`)."""

    name: str
    kind: ProfileKind
    api_base: str | None = None
    token_url: str | None = None
    auth_mode: str = "piste"
    client_id: str | None = None
    technical_login: str | None = None
    certificate_path: str | None = None
    ca_file: str | None = None
    legacy_paths: bool = False
    remember_password: bool = False
    files: str = "background"
    interval_s: int = 300
    timeout_s: float = 30.0
    sandbox_data_dir: str | None = None
    sandbox_invoices: int = 500
    sandbox_user: str = "clerk"
    sandbox_account: str = "TECH_IDESK"
    # ISO date the technical account's password was last set (it expires after about 12 months)
    password_set_on: str | None = None
    preset_by: str | None = None  # "machine" when IT set it
    # traiterFactureRecue: limit of ``motif`` (2,000 since IPM5, 255 for an older platform) and
    # the IPM5 fields no public client confirms (None: on for the sandbox only)
    motif_max_length: int = MOTIF_MAX_LENGTH
    ipm5_fields: bool | None = None
    # works invoices (MOE / MOA): None = only for the sandbox's MOE and MOA demo users
    # (the settings dialog's « Circuit des factures de travaux » checkbox sets True / False)
    works: bool | None = None

    def secret_name(self, what: str) -> str:
        """Keyring entry of this profile's ``what`` (``client_secret``, ``account_password``)."""
        return f"profile:{self.name}:{what}"

    def ipm5(self) -> bool:
        """Whether the IPM5 extensions (codeMotif, commentaire, montantDPMandat) are sent.

        Off for Chorus Pro qualification and production until a public source confirms them;
        reading stays tolerant either way.
        """
        if self.ipm5_fields is not None:
            return self.ipm5_fields
        return self.kind is ProfileKind.SANDBOX

    def wire(self) -> WireOptions:
        """How this profile's traiterFactureRecue bodies are written."""
        return WireOptions(motif_max_length=self.motif_max_length, ipm5=self.ipm5())

    def validate(self) -> None:
        """Raise :class:`ProfileError` when the profile cannot be used."""
        if self.motif_max_length not in MOTIF_LIMITS:
            raise ProfileError(
                f"motif limit {self.motif_max_length}", detail=f"motif {self.motif_max_length}"
            )
        if self.auth_mode not in AUTH_MODES:
            raise ProfileError(f"auth mode {self.auth_mode!r}", detail=f"mode {self.auth_mode}")
        if self.files not in FILE_MODES:
            raise ProfileError(f"files mode {self.files!r}", detail=f"files {self.files}")
        if self.kind is ProfileKind.SANDBOX:
            return
        if not self.api_base or not self.api_base.startswith("https://"):
            raise ProfileError("an https:// API address is required", detail="api_base")
        if self.auth_mode != "legacy-basic" and not (self.token_url and self.client_id):
            raise ProfileError("PISTE needs a token URL and a client id", detail="PISTE")
        if self.auth_mode == "certificat" and not self.certificate_path:
            raise ProfileError("certificate mode needs a certificate", detail="certificate")

    def to_json(self) -> dict[str, Any]:
        """The stored form (no secret can be in it: there is no field for one)."""
        data = dataclasses.asdict(self)
        data["kind"] = self.kind.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectionProfile:
        """Read a stored profile; unknown keys are ignored, secret-looking keys refused."""
        names = {f.name for f in dataclasses.fields(cls)}
        for key in data:
            if any(word in key.lower() for word in SECRET_WORDS) and key not in names:
                raise ProfileError(f"secret {key!r} in settings", detail=f"{key} not allowed")
        values = {k: v for k, v in data.items() if k in names}
        if "works" in values:
            values["works"] = upgrade_works_option(values["works"])
        try:
            values["kind"] = ProfileKind(values.get("kind", "custom"))
            return cls(**values)
        except (TypeError, ValueError) as exc:
            raise ProfileError(f"bad profile: {exc}", detail=str(exc)) from exc


#: Stored spellings of the works option from hand-edited or older files -> its typed value.
_WORKS_WORDS: dict[str, bool | None] = {
    "true": True,
    "on": True,
    "yes": True,
    "oui": True,
    "1": True,
    "false": False,
    "off": False,
    "no": False,
    "non": False,
    "0": False,
    "auto": None,
    "": None,
}


def upgrade_works_option(value: Any) -> bool | None:
    """The typed ``works`` option (True / False / None = automatic) from what a file holds.

    A file written before the option existed has no key (None: the automatic rule); an
    IT-edited file may say ``"oui"``, ``"false"``, ``1``...; anything else is refused with a
    clear detail rather than read as true.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _WORKS_WORDS:
        return _WORKS_WORDS[value.strip().lower()]
    raise ProfileError(f"works option {value!r}", detail=f"works {value!r}")


def builtin_profiles() -> dict[str, ConnectionProfile]:
    """The profiles every installation has."""
    return {
        "sandbox": ConnectionProfile(
            "sandbox", ProfileKind.SANDBOX, auth_mode="certificat", interval_s=120
        ),
        "qualification": ConnectionProfile(
            "qualification",
            ProfileKind.QUALIFICATION,
            api_base="https://sandbox-api.piste.gouv.fr",
            token_url="https://sandbox-oauth.piste.gouv.fr/api/oauth/token",  # noqa: S106
        ),
        "production": ConnectionProfile(
            "production",
            ProfileKind.PRODUCTION,
            api_base="https://api.piste.gouv.fr",
            token_url="https://oauth.piste.gouv.fr/api/oauth/token",  # noqa: S106
        ),
        # its address comes from the settings (:func:`set_custom_address`)
        "custom": ConnectionProfile("custom", ProfileKind.CUSTOM),
    }


def set_custom_address(profile: ConnectionProfile, url: str) -> None:
    """Point the custom profile at ``url`` (the API base; its token URL beside it).

    An empty ``url`` clears the address (connecting then says an address is required).
    """
    address = url.strip().rstrip("/")
    profile.api_base = address or None
    profile.token_url = f"{address}/api/oauth/token" if address else None


def machine_presets() -> dict[str, str]:
    """IT's machine-wide presets (``platform_url``, ``cert_path``, ``profile``); {} if none.

    Read through ``desktop_app.sync.machine_config.read_machine_config`` (installers helper);
    while that module is absent nothing is preset.
    """
    try:
        module = importlib.import_module("desktop_app.sync.machine_config")
    except ModuleNotFoundError:
        return {}
    config = module.read_machine_config()
    presets: dict[str, str] = config.presets()
    return presets


@dataclass
class Settings:
    """All profiles and the active one."""

    profiles: dict[str, ConnectionProfile] = field(default_factory=builtin_profiles)
    active: str = "sandbox"
    path: Path | None = None

    def profile(self, name: str | None = None) -> ConnectionProfile:
        """The named (default: active) profile."""
        key = name or self.active
        if key not in self.profiles:
            raise ProfileError(f"unknown profile {key!r}", detail=f"unknown profile {key}")
        return self.profiles[key]

    def to_json(self) -> dict[str, Any]:
        return {
            "active": self.active,
            "profiles": [p.to_json() for p in self.profiles.values() if p.preset_by is None],
        }


def default_settings_path() -> Path:
    """``connection.json`` in the user's config folder."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / SETTINGS_FILE


def apply_presets(settings: Settings, presets: dict[str, str]) -> None:
    """Machine presets: a ``custom`` profile for ``platform_url``, default certificate,
    default active profile (the user's own choices, loaded afterwards, win)."""
    url = presets.get("platform_url")
    cert = presets.get("cert_path")
    if url:
        settings.profiles["preset"] = ConnectionProfile(
            "preset",
            ProfileKind.CUSTOM,
            api_base=url.rstrip("/"),
            token_url=url.rstrip("/") + "/api/oauth/token",
            auth_mode="certificat" if cert else "piste",
            certificate_path=cert,
            preset_by="machine",
        )
    if cert:
        for profile in settings.profiles.values():
            if profile.kind is not ProfileKind.SANDBOX and not profile.certificate_path:
                profile.certificate_path = cert
    wanted = presets.get("profile")
    if wanted:
        settings.active = "preset" if wanted == "custom" and url else wanted


def load_settings(path: Path | None = None, *, presets: dict[str, str] | None = None) -> Settings:
    """Built-in profiles, then machine presets, then the user's file."""
    target = path or default_settings_path()
    settings = Settings(path=target)
    apply_presets(settings, machine_presets() if presets is None else presets)
    if not target.is_file():
        return settings
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProfileError(f"settings unreadable: {exc}", detail=str(target)) from exc
    for item in data.get("profiles") or []:
        profile = ConnectionProfile.from_json(item)
        settings.profiles[profile.name] = profile
    active = data.get("active")
    if isinstance(active, str) and active in settings.profiles:
        settings.active = active
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the user's profiles atomically (file readable by the user only)."""
    target = path or settings.path or default_settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(
        json.dumps(settings.to_json(), indent=2, ensure_ascii=False), encoding="utf-8"
    )
    os.chmod(temporary, 0o600)
    temporary.replace(target)
    return target
