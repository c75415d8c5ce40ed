"""The one place the UI calls the sync layer's profiles and certificate store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.sync.credentials import (
    SecretStore,
    certificate_secret_name,
    load_certificate,
)
from desktop_app.sync.errors import CertificateError
from desktop_app.sync.profiles import ConnectionProfile, Settings, load_settings, save_settings

__all__ = [
    "CertificateDetails",
    "CertificateError",
    "import_certificate",
    "profiles",
]


@dataclass(frozen=True, slots=True)
class CertificateDetails:
    """What the settings show about the imported certificate."""

    subject: str
    issuer: str
    serial: str
    not_before: datetime
    not_after: datetime
    path: str

    def days_left(self, now: datetime | None = None) -> int:
        """Days until expiry (negative once expired)."""
        return (self.not_after - (now or datetime.now(UTC))).days


def profiles(settings_path: Path | None = None) -> list[ConnectionProfile]:
    """Available connection profiles (built-in, machine presets, the user's)."""
    return list(load_settings(settings_path).profiles.values())


def load_profiles(settings_path: Path | None = None) -> Settings:
    """The whole connection settings."""
    return load_settings(settings_path)


def save_active_profile(name: str, settings_path: Path | None = None) -> None:
    """Make ``name`` the active profile."""
    settings = load_settings(settings_path)
    settings.active = name
    save_settings(settings, settings_path)


def import_certificate(
    path: Path,
    password: str,
    profile: str,
    *,
    secrets: SecretStore | None = None,
    settings_path: Path | None = None,
) -> CertificateDetails:
    """Open the PKCS#12 (typed ``CertificateError`` with a readable message when refused),
    keep its password in the keyring only, and attach the file to ``profile``."""
    identity = load_certificate(path, password)
    store = secrets or SecretStore()
    store.set(certificate_secret_name(path), password, remember=True)
    settings = load_settings(settings_path)
    if profile in settings.profiles:
        settings.profiles[profile].certificate_path = str(path)
        save_settings(settings, settings_path)
    cert = identity.certificate
    return CertificateDetails(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        path=str(path),
    )
