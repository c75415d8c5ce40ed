"""The user's client certificate (password-protected PKCS#12) and secrets in the OS keyring.

The private key stays in memory: it reaches OpenSSL only through
:func:`desktop_app.sync.http_signatures.client_ssl_context` (an encrypted temporary file).
The PKCS#12 password is kept in the keyring when the user allows it, else asked each session.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.sync.errors import CertificateError, PasswordRequired

if TYPE_CHECKING:  # cryptography loads with the first certificate read
    from desktop_app.sync.http_signatures import ClientIdentity

log = logging.getLogger(__name__)

KEYRING_SERVICE = "InvoiceDesk"
EXPIRY_WARNING_DAYS = 30
# certificate reminders: 30, 15 and 7 days ahead, then once expired (stage 0)
CERTIFICATE_REMINDER_DAYS = (30, 15, 7)
# the Chorus Pro technical account's password lasts about 12 months; remind 15 days ahead
# (as OCA l10n-france l10n_fr_chorus_account does)
PASSWORD_LIFETIME_DAYS = 365
PASSWORD_REMINDER_DAYS = 15

# Asked when no stored password works: (certificate path, previous attempt failed) -> password
# or None when the user cancels.
PasswordPrompt = Callable[[Path, bool], str | None]


def load_certificate(path: Path, password: str, *, now: datetime | None = None) -> ClientIdentity:
    """Open the PKCS#12 at ``path``; typed :class:`CertificateError` on every problem."""
    if not path.is_file():
        raise CertificateError(
            f"certificate file missing: {path}", key="cert.missing_file", path=str(path)
        )
    try:
        from desktop_app.sync.http_signatures import load_pkcs12_identity

        identity = load_pkcs12_identity(path.read_bytes(), password)
    except (ValueError, TypeError) as exc:
        raise CertificateError("PKCS#12 could not be opened", key="cert.wrong_password") from exc
    check_validity(identity, now=now)
    return identity


def check_validity(identity: ClientIdentity, *, now: datetime | None = None) -> None:
    """Refuse an expired or not-yet-valid certificate before any network call."""
    current = now or datetime.now(UTC)
    cert = identity.certificate
    if cert.not_valid_after_utc < current:
        raise CertificateError(
            "certificate expired",
            key="cert.expired",
            not_after=cert.not_valid_after_utc.date().isoformat(),
        )
    if cert.not_valid_before_utc > current:
        raise CertificateError(
            "certificate not yet valid",
            key="cert.not_yet_valid",
            not_before=cert.not_valid_before_utc.date().isoformat(),
        )


@dataclass(frozen=True, slots=True)
class ExpiryWarning:
    """The certificate expires within :data:`EXPIRY_WARNING_DAYS`."""

    days_left: int
    not_after: str
    key: str = "cert.expires_soon"


def expiry_warning(
    identity: ClientIdentity, *, now: datetime | None = None, days: int = EXPIRY_WARNING_DAYS
) -> ExpiryWarning | None:
    """A warning when the certificate expires in ``days`` days or fewer, else ``None``."""
    current = now or datetime.now(UTC)
    not_after = identity.certificate.not_valid_after_utc
    if not_after - current > timedelta(days=days):
        return None
    return ExpiryWarning(max(0, (not_after - current).days), not_after.date().isoformat())


def certificate_stage(days_left: int) -> int | None:
    """The reminder stage of a certificate: 30, 15, 7, 0 (expired); None: no reminder yet."""
    if days_left < 0:
        return 0
    due = [stage for stage in CERTIFICATE_REMINDER_DAYS if days_left <= stage]
    return min(due) if due else None


@dataclass(frozen=True, slots=True)
class PasswordReminder:
    """The technical account's password expires on ``expires_on`` (``days_left`` < 0: gone)."""

    expires_on: date
    days_left: int


def password_reminder(
    set_on: date, today: date, *, lifetime_days: int = PASSWORD_LIFETIME_DAYS
) -> PasswordReminder | None:
    """A reminder from :data:`PASSWORD_REMINDER_DAYS` days before the password expires."""
    expires_on = set_on + timedelta(days=lifetime_days)
    days_left = (expires_on - today).days
    if days_left > PASSWORD_REMINDER_DAYS:
        return None
    return PasswordReminder(expires_on, days_left)


class SecretStore:
    """Secrets in the OS keyring, with a per-session memory fallback.

    A keyring that is absent or broken is not an error: the secret then lives for this
    session only and is asked again next time.
    """

    def __init__(self, service: str = KEYRING_SERVICE, *, use_keyring: bool = True) -> None:
        self.service = service
        self.use_keyring = use_keyring
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> str | None:
        """The secret ``name`` (session first, then keyring)."""
        with self._lock:
            if name in self._session:
                return self._session[name]
        if not self.use_keyring:
            return None
        try:
            import keyring

            return keyring.get_password(self.service, name)
        except Exception as exc:  # any backend failure means "not stored"
            log.info("keyring unavailable (%s): secret %s not read", type(exc).__name__, name)
            return None

    def keyring_available(self) -> bool:
        """True when the OS keyring can store secrets (else: this session only)."""
        if not self.use_keyring:
            return False
        try:
            import keyring
            from keyring.backends import fail

            return not isinstance(keyring.get_keyring(), fail.Keyring)
        except Exception as exc:
            log.info("keyring unavailable (%s)", type(exc).__name__)
            return False

    def set(self, name: str, value: str, *, remember: bool) -> bool:
        """Keep ``value`` for the session, and in the keyring when ``remember``; True if stored."""
        with self._lock:
            self._session[name] = value
        if not (remember and self.use_keyring):
            return False
        try:
            import keyring

            keyring.set_password(self.service, name, value)
            return True
        except Exception as exc:
            log.info(
                "keyring unavailable (%s): secret %s kept for this session only",
                type(exc).__name__,
                name,
            )
            return False

    def forget(self, name: str) -> None:
        """Drop ``name`` from the session and the keyring."""
        with self._lock:
            self._session.pop(name, None)
        if not self.use_keyring:
            return
        try:
            import keyring

            keyring.delete_password(self.service, name)
        except Exception as exc:
            log.debug("keyring delete of %s skipped (%s)", name, type(exc).__name__)


def certificate_secret_name(path: Path) -> str:
    """Keyring entry name of the password of the PKCS#12 at ``path``."""
    return f"pkcs12:{path.resolve()}"


def unlock_certificate(
    path: Path,
    secrets: SecretStore,
    *,
    prompt: PasswordPrompt | None = None,
    remember: bool = False,
    attempts: int = 3,
) -> ClientIdentity:
    """Load the certificate with the stored password, else ask through ``prompt``.

    A stored password that no longer opens the file is forgotten. Raises
    :class:`PasswordRequired` when no password is available, :class:`CertificateError`
    (``cert.wrong_password``) after ``attempts`` wrong ones.
    """
    name = certificate_secret_name(path)
    stored = secrets.get(name)
    failed = False
    if stored is not None:
        try:
            return load_certificate(path, stored)
        except CertificateError as exc:
            if exc.key != "cert.wrong_password":
                raise
            secrets.forget(name)
            failed = True
    if prompt is None:
        if failed:
            raise CertificateError("stored password refused", key="cert.wrong_password")
        raise PasswordRequired("no password for the certificate")
    last: CertificateError | None = None
    for _ in range(attempts):
        password = prompt(path, failed)
        if password is None:
            raise PasswordRequired("the user gave no password")
        try:
            identity = load_certificate(path, password)
        except CertificateError as exc:
            if exc.key != "cert.wrong_password":
                raise
            failed, last = True, exc
            continue
        secrets.set(name, password, remember=remember)
        return identity
    assert last is not None
    raise last
