"""The one place the UI calls the sync layer's profiles and certificate store.

Until the sync package offers them, profiles are the four standard ones and a certificate is
read here (PKCS#12, with ``cryptography``) and its password kept in the system keyring only.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KEYRING_SERVICE = "invoice-desk"


@dataclass(frozen=True, slots=True)
class Profile:
    """A connection profile."""

    key: str
    url: str
    sandbox: bool


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


class CertificateError(Exception):
    """The file or password is refused; ``key`` names the message."""

    def __init__(self, key: str, detail: str = "") -> None:
        self.key = key
        self.detail = detail
        super().__init__(key)


STANDARD_PROFILES = (
    Profile("sandbox", "https://127.0.0.1", True),
    Profile("qualification", "https://sandbox-api.piste.gouv.fr", False),
    Profile("production", "https://api.piste.gouv.fr", False),
    Profile("custom", "", False),
)


def _sync_module(name: str) -> Any:
    try:
        return importlib.import_module(f"desktop_app.sync.{name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("desktop_app"):
            return None
        raise


def profiles() -> tuple[Profile, ...]:
    """Available connection profiles."""
    return STANDARD_PROFILES


def read_certificate(path: Path, password: str) -> CertificateDetails:
    """Details of the PKCS#12 file ``path`` (raises :class:`CertificateError`)."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CertificateError("certificate.unreadable", str(exc)) from exc
    try:
        _key, cert, _extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as exc:
        raise CertificateError("certificate.bad_password") from exc
    if cert is None:
        raise CertificateError("certificate.no_certificate")
    return CertificateDetails(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        path=str(path),
    )


def import_certificate(path: Path, password: str, profile: str) -> CertificateDetails:
    """Check the certificate and keep its password in the keyring (never in a file)."""
    store = _sync_module("certificates")
    if store is not None and hasattr(store, "import_certificate"):
        return store.import_certificate(path, password, profile)  # type: ignore[no-any-return]
    details = read_certificate(path, password)
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, f"{profile}:pkcs12", password)
    except (ImportError, KeyringError, RuntimeError) as exc:
        raise CertificateError("certificate.no_keyring", str(exc)) from exc
    return details
