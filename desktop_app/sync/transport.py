"""Map httpx transport failures (TLS refusals, offline, timeouts) to typed sync errors."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterable

import httpx

from desktop_app.sync.errors import CertificateError, NetworkError, TimeoutNetworkError
from desktop_app.sync.http_signatures import describe_tls_failure

_TLS_KEYS = {
    "CERT_AUTORITE_INCONNUE": "cert.unknown_ca",
    "CERT_ABSENT": "cert.required",
    "CERT_EXPIRE": "cert.expired",
    "CERT_REVOQUE": "cert.revoked",
    "CERT_INVALIDE": "cert.invalid",
}


def _exception_chain(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def transport_error(exc: BaseException) -> Exception:
    """The typed error for an httpx transport failure (TLS refusal, offline, timeout)."""
    for item in _exception_chain(exc):
        if isinstance(item, ssl.SSLCertVerificationError):
            return CertificateError(
                f"server certificate refused: {item}", key="cert.server_untrusted"
            )
    reason = describe_tls_failure(exc)
    if reason is None:
        for item in _exception_chain(exc):
            if isinstance(item, ssl.SSLError):
                reason = describe_tls_failure(item)
                if reason:
                    break
    if reason is not None:
        return CertificateError(
            f"TLS refused the certificate: {reason}",
            key=_TLS_KEYS.get(reason, "cert.invalid"),
            detail=reason,
        )
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutNetworkError(f"timeout: {exc!r}", detail="timeout")
    return NetworkError(f"network failure: {exc!r}", detail=type(exc).__name__)


def _probe(context: ssl.SSLContext, host: str, port: int, timeout: float) -> bytes:
    with (
        socket.create_connection((host, port), timeout=timeout) as raw,
        context.wrap_socket(raw, server_hostname=host) as tls,
    ):
        tls.sendall(b"HEAD / HTTP/1.1\r\nHost: " + host.encode("idna") + b"\r\n\r\n")
        return tls.recv(1)


def diagnose_tls(
    context: ssl.SSLContext, bare_context: ssl.SSLContext, url: str, timeout: float = 5.0
) -> Exception | None:
    """After a disconnect without answer, learn whether the server refused our certificate.

    With TLS 1.3 the server checks the client certificate after the client considers the
    handshake done, so a refusal shows as an alert on the next read or as a bare close. One
    probe with the certificate reads the alert; when the server just closes, a probe without
    certificate that gets an answer proves the certificate was refused (untrusted issuer).
    ``None`` when the server answers (then it was a network fault).
    """
    parts = httpx.URL(url)
    host, port = parts.host, parts.port or 443
    try:
        if _probe(context, host, port, timeout):
            return None
        if not _probe(bare_context, host, port, timeout):
            return None
    except ssl.SSLError as exc:
        reason = describe_tls_failure(exc)
        if reason is None:
            return None
        return CertificateError(
            f"TLS refused the certificate: {reason}",
            key=_TLS_KEYS.get(reason, "cert.invalid"),
            detail=reason,
        )
    except OSError:
        return None
    return CertificateError(
        "the server closed every connection presenting this certificate",
        key="cert.unknown_ca",
        detail="CERT_AUTORITE_INCONNUE",
    )
