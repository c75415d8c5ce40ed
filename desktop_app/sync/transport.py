"""Map httpx transport failures (TLS refusals, offline, timeouts) to typed sync errors; the
keep-alive transport the platform client uses under httpx."""

from __future__ import annotations

import http.client
import select
import socket
import ssl
import threading
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


# --- a thin keep-alive HTTPS transport for httpx ---


class KeepAliveTransport(httpx.BaseTransport):
    """An ``httpx`` transport over plain keep-alive TLS sockets.

    ``httpx`` stays the client library (requests, responses, content decoding, errors); only
    the wire changes: each request goes out in ONE ``sendall`` (headers and body together,
    where httpcore/h11 and ``http.client`` do two TLS writes, each waking the server on
    loopback) and the answer is parsed by the stdlib ``http.client.HTTPResponse`` (status,
    headers, Content-Length or chunked body). At most ``max_connections`` connections (the
    contract's client rule allows 4 concurrent calls); an idle connection the server closed is
    dropped before reuse. Failures are raised as ``httpx`` transport errors chained to the
    original ``OSError``/``ssl.SSLError``, so :func:`transport_error` and the TLS diagnosis
    work unchanged.
    """

    def __init__(self, context: ssl.SSLContext, timeout_s: float, max_connections: int) -> None:
        self._context = context
        self._timeout = timeout_s
        self._slots = threading.BoundedSemaphore(max(1, max_connections))
        self._lock = threading.Lock()
        self._idle: dict[tuple[str, str, int], list[socket.socket]] = {}
        self._closed = False

    def _idle_socket(self, key: tuple[str, str, int]) -> socket.socket | None:
        """An idle connection to ``key`` still open, if any."""
        with self._lock:
            idle = self._idle.get(key) or []
            while idle:
                sock = idle.pop()
                if not _readable(sock):
                    return sock
                sock.close()  # the server closed it (or sent junk) while idle
        return None

    def _connect(self, key: tuple[str, str, int], request: httpx.Request) -> socket.socket:
        scheme, host, port = key
        try:
            raw = socket.create_connection((host, port), timeout=self._timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"connect timeout: {exc}", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if scheme != "https":
            return raw
        try:
            return self._context.wrap_socket(raw, server_hostname=host)
        except TimeoutError as exc:
            raw.close()
            raise httpx.ConnectTimeout(f"TLS handshake timeout: {exc}", request=request) from exc
        except OSError as exc:  # ssl.SSLError included: refused certificates, unknown CA...
            raw.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        key = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        lines = [request.method.encode("ascii") + b" " + url.raw_path + b" HTTP/1.1"]
        lines.extend(name + b": " + value for name, value in request.headers.raw)
        message = b"\r\n".join(lines) + b"\r\n\r\n" + request.read()
        if not self._slots.acquire(timeout=self._timeout):
            raise httpx.PoolTimeout("no free connection", request=request)
        try:
            sock = self._idle_socket(key) or self._connect(key, request)
            try:
                sock.sendall(message)  # headers + body in one write
                answer = http.client.HTTPResponse(sock, method=request.method)
                answer.begin()
                content = answer.read()
            except Exception as exc:
                sock.close()
                error = _as_httpx_error(exc, request)
                if error is exc:
                    raise
                raise error from exc
            if answer.will_close or self._closed:
                sock.close()
            else:
                with self._lock:
                    self._idle.setdefault(key, []).append(sock)
            return httpx.Response(
                answer.status,
                headers=answer.getheaders(),
                stream=httpx.ByteStream(content),
                extensions={"http_version": b"HTTP/1.1"},
            )
        finally:
            self._slots.release()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for idle in self._idle.values():
                for sock in idle:
                    sock.close()
            self._idle.clear()


def _readable(sock: socket.socket) -> bool:
    """True when an idle keep-alive socket has something to read: a close or junk."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _as_httpx_error(exc: Exception, request: httpx.Request) -> Exception:
    """The ``httpx`` error for a failure while sending or reading (else ``exc`` itself)."""
    if isinstance(exc, httpx.TransportError):
        return exc
    message = str(exc) or type(exc).__name__
    if isinstance(exc, TimeoutError):
        return httpx.ReadTimeout(f"read timeout: {message}", request=request)
    if isinstance(exc, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, http.client.HTTPException):  # bad status line, truncated body...
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, OSError):  # ssl.SSLError included (alerts read after the handshake)
        return httpx.ReadError(message, request=request)
    return exc
