"""Map httpx transport failures (TLS refusals, offline, timeouts) to typed sync errors; the
keep-alive transport the platform client uses under httpx."""

from __future__ import annotations

import http.client
import select
import socket
import ssl
import threading
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

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


class _ClosingAnswer(Protocol):
    @property
    def will_close(self) -> bool: ...


_AnswerT = TypeVar("_AnswerT", bound=_ClosingAnswer)


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

    def _connect(self, key: tuple[str, str, int], request: httpx.Request | None) -> socket.socket:
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
        content: list[bytes] = []

        def read(sock: socket.socket) -> http.client.HTTPResponse:
            answer = http.client.HTTPResponse(sock, method=request.method)
            answer.begin()
            content.append(answer.read())
            return answer

        try:
            answer = self._round_trip(key, message, request, read)
            return httpx.Response(
                answer.status,
                headers=answer.getheaders(),
                stream=httpx.ByteStream(content[0]),
                extensions={"http_version": b"HTTP/1.1"},
            )
        finally:
            self._slots.release()

    def exchange(self, url: httpx.URL, head: bytes, body: bytes) -> Answer:
        """One POST without building ``httpx`` request and response objects (the platform
        client's hot path: a history call is ~1 ms of client CPU through ``httpx.Client``).

        ``head`` holds the header lines after the request line (each ending in CRLF, no
        ``Host``/``Content-Length``: added here). Same connections, limit and failure types as
        :meth:`handle_request` (``httpx`` transport errors chained to the ``OSError``); the
        answer is read by :func:`read_answer` (Content-Length, chunked, or until close; gzip
        and deflate decoded).
        """
        scheme = url.scheme
        key = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        message = b"".join(
            (
                b"POST ",
                url.raw_path,
                b" HTTP/1.1\r\nHost: ",
                url.netloc,
                b"\r\n",
                head,
                b"Content-Length: ",
                str(len(body)).encode("ascii"),
                b"\r\n\r\n",
                body,
            )
        )
        if not self._slots.acquire(timeout=self._timeout):
            raise httpx.PoolTimeout("no free connection")
        try:
            return self._round_trip(key, message, None, read_answer)
        finally:
            self._slots.release()

    def _round_trip(
        self,
        key: tuple[str, str, int],
        message: bytes,
        request: httpx.Request | None,
        read: Callable[[socket.socket], _AnswerT],
    ) -> _AnswerT:
        """Send ``message`` (headers and body in one write) on an idle or new connection of
        ``key`` and ``read`` the answer; the connection goes back to the pool unless either
        side closes it. Failures become the ``httpx`` errors the client already handles."""
        sock = self._idle_socket(key) or self._connect(key, request)
        try:
            sock.sendall(message)
            answer = read(sock)
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
        return answer

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for idle in self._idle.values():
                for sock in idle:
                    sock.close()
            self._idle.clear()


@dataclass(frozen=True)
class Answer:
    """An HTTP answer read by :func:`read_answer`: status, headers (lower-case names), body."""

    status: int
    headers: dict[str, str]
    content: bytes
    will_close: bool


_MAX_HEAD = 64 * 1024


def read_answer(sock: socket.socket) -> Answer:
    """Read one HTTP/1.1 answer from ``sock`` (raises ``http.client`` errors on bad framing)."""
    buffer = bytearray()
    while True:
        end = buffer.find(b"\r\n\r\n")
        if end >= 0:
            break
        if len(buffer) > _MAX_HEAD:
            raise http.client.LineTooLong("header")
        chunk = sock.recv(65536)
        if not chunk:
            if buffer:
                raise http.client.IncompleteRead(bytes(buffer))
            raise http.client.RemoteDisconnected("Remote end closed connection without response")
        buffer += chunk
    lines = bytes(buffer[:end]).decode("iso-8859-1").split("\r\n")
    rest = buffer[end + 4 :]
    version, _, status_text = lines[0].partition(" ")
    code = status_text[:3]
    if not version.startswith("HTTP/1.") or not code.isdigit():
        raise http.client.BadStatusLine(lines[0])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            raise http.client.HTTPException(f"bad header line {line!r}")
        name = name.strip().lower()
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    connection = headers.get("connection", "").lower()
    will_close = "close" in connection or (version == "HTTP/1.0" and "keep-alive" not in connection)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        content = _read_chunked(sock, rest)
    elif "content-length" in headers:
        try:
            length = int(headers["content-length"])
        except ValueError as exc:
            raise http.client.HTTPException("bad Content-Length") from exc
        content = _read_exactly(sock, rest, length)
    else:  # no framing: the body runs until the server closes
        will_close = True
        while chunk := sock.recv(65536):
            rest += chunk
        content = bytes(rest)
    encoding = headers.get("content-encoding", "").lower()
    if encoding in ("gzip", "x-gzip"):
        content = zlib.decompress(content, 16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        try:
            content = zlib.decompress(content)
        except zlib.error:
            content = zlib.decompress(content, -zlib.MAX_WBITS)
    return Answer(int(code), headers, content, will_close)


def _read_exactly(sock: socket.socket, buffer: bytearray, length: int) -> bytes:
    while len(buffer) < length:
        chunk = sock.recv(max(65536, length - len(buffer)))
        if not chunk:
            raise http.client.IncompleteRead(bytes(buffer), length - len(buffer))
        buffer += chunk
    return bytes(buffer[:length])


def _read_chunked(sock: socket.socket, buffer: bytearray) -> bytes:
    body = bytearray()
    while True:
        while (end := buffer.find(b"\r\n")) < 0:
            chunk = sock.recv(65536)
            if not chunk:
                raise http.client.IncompleteRead(bytes(body))
            buffer += chunk
        size_text = bytes(buffer[:end]).split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError as exc:
            raise http.client.HTTPException("bad chunk size") from exc
        del buffer[: end + 2]
        if size == 0:  # trailers, then the final CRLF
            while buffer.find(b"\r\n\r\n") < 0 and not buffer.startswith(b"\r\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                buffer += chunk
            return bytes(body)
        data = _read_exactly(sock, buffer, size + 2)
        body += data[:size]
        del buffer[: size + 2]


def _readable(sock: socket.socket) -> bool:
    """True when an idle keep-alive socket has something to read: a close or junk."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _as_httpx_error(exc: Exception, request: httpx.Request | None) -> Exception:
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
