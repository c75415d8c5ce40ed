"""The one place the UI calls the sync layer's profiles and certificate store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.sync import identity
from desktop_app.sync.credentials import (
    SecretStore,
    certificate_secret_name,
    load_certificate,
)
from desktop_app.sync.errors import CertificateError, ProfileError
from desktop_app.sync.identity import DEMO_USERS, Identity, from_os_account, sandbox_demo
from desktop_app.sync.profiles import (
    ConnectionProfile,
    ProfileKind,
    Settings,
    load_settings,
    save_settings,
    set_custom_address,
)
from desktop_app.sync.works import works_enabled

if TYPE_CHECKING:  # cryptography loads with the first certificate read, not at start-up
    from desktop_app.sync.http_signatures import ClientIdentity

__all__ = [
    "DEMO_USERS",
    "CertificateDetails",
    "CertificateError",
    "ConnectionProfile",
    "Identity",
    "ProfileError",
    "ProfileKind",
    "from_os_account",
    "import_certificate",
    "profiles",
    "remove_certificate",
    "sandbox_demo",
    "saved_certificate",
    "set_custom_address",
    "works_enabled",
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
    person: Identity | None = None
    remembered: bool = True  # False: the keyring is unavailable, password kept this session

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


def load_profiles_or_default(settings_path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings, or the built-in ones with the reason the file could not be read."""
    try:
        return load_settings(settings_path), None
    except ProfileError as exc:
        return Settings(path=settings_path), exc.user_message()


def save_profiles(settings: Settings, settings_path: Path | None = None) -> None:
    """Write the user's profiles (no secret in them)."""
    save_settings(settings, settings_path)


def _details(who: ClientIdentity, path: Path, remembered: bool) -> CertificateDetails:
    cert = who.certificate
    return CertificateDetails(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        path=str(path),
        person=identity.from_certificate(cert),
        remembered=remembered,
    )


def saved_certificate(path: Path, secrets: SecretStore) -> CertificateDetails | None:
    """Details of an already imported certificate whose password is known (keyring or this
    session); None when its password is not at hand (it is asked at connection)."""
    password = secrets.get(certificate_secret_name(path))
    if password is None:
        return None
    return _details(load_certificate(path, password), path, True)


def remove_certificate(path: str, secrets: SecretStore) -> None:
    """Forget the certificate's password (keyring and session); the file itself stays."""
    if path:
        secrets.forget(certificate_secret_name(Path(path)))


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
    opened = load_certificate(path, password)
    store = secrets or SecretStore()
    remembered = store.set(certificate_secret_name(path), password, remember=True)
    settings = load_settings(settings_path)
    if profile in settings.profiles:
        settings.profiles[profile].certificate_path = str(path)
        save_settings(settings, settings_path)
    return _details(opened, path, remembered)
