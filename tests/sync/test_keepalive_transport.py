"""KeepAliveTransport under httpx: one write per request, reuse, limits, framing, errors."""

from __future__ import annotations

import gzip
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest

from desktop_app.sync.errors import NetworkError, TimeoutNetworkError
from desktop_app.sync.transport import KeepAliveTransport, transport_error


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    connections: ClassVar[set[int]] = set()
    active = 0
    peak = 0
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.connections.add(self.client_address[1])
            cls.active += 1
            cls.peak = max(cls.peak, cls.active)
        try:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if self.path == "/slow":
                time.sleep(1.0)
            if self.path == "/chunked":
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for part in (b'{"a":', b"1}"):
                    self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
                return
            payload = b'{"echo":"' + body + b'"}'
            if self.path == "/gzip":
                payload = gzip.compress(payload)
            self.send_response(200)
            self.send_header("Content-Length", str(len(payload)))
            if self.path == "/gzip":
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            self.wfile.write(payload)
            if self.path == "/close-after":  # closes without announcing it
                self.close_connection = True
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)
        finally:
            with cls.lock:
                cls.active -= 1


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.connections = set()
    _Handler.active = _Handler.peak = 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _client(limit: int = 4, timeout: float = 5.0) -> httpx.Client:
    transport = KeepAliveTransport(ssl.create_default_context(), timeout, limit)
    return httpx.Client(transport=transport, timeout=timeout)


def test_connections_are_reused_and_bounded(server: str) -> None:
    with _client(limit=3) as client:
        for i in range(5):
            assert client.post(server + "/echo", content=str(i).encode()).json() == {"echo": str(i)}
        assert len(_Handler.connections) == 1  # sequential calls share one connection

        def burst(n: int) -> None:
            for _ in range(n):
                assert client.post(server + "/echo", content=b"x").status_code == 200

        threads = [threading.Thread(target=burst, args=(10,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert _Handler.peak <= 3 and len(_Handler.connections) <= 4


def test_framing_chunked_and_gzip_are_decoded_by_httpx(server: str) -> None:
    with _client() as client:
        assert client.post(server + "/chunked", content=b"").json() == {"a": 1}
        assert client.post(server + "/gzip", content=b"z").json() == {"echo": "z"}


def test_a_connection_closed_by_the_server_while_idle_is_replaced(server: str) -> None:
    with _client() as client:
        assert client.post(server + "/close-after", content=b"1").status_code == 200
        time.sleep(0.05)  # the server's FIN arrives while the connection is idle
        assert client.post(server + "/echo", content=b"2").json() == {"echo": "2"}
    assert len(_Handler.connections) == 2


def test_failures_are_httpx_errors_then_typed_sync_errors(server: str) -> None:
    with _client(timeout=0.3) as client:
        with pytest.raises(httpx.ReadTimeout) as slow:
            client.post(server + "/slow", content=b"")
        assert isinstance(transport_error(slow.value), TimeoutNetworkError)
        with socket.socket() as probe:  # a port nobody listens on
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with pytest.raises(httpx.ConnectError) as refused:
            client.post(f"http://127.0.0.1:{port}/", content=b"")
        assert isinstance(refused.value.__cause__, ConnectionRefusedError)
        assert type(transport_error(refused.value)) is NetworkError


def test_a_configured_proxy_falls_back_to_httpx_own_transport(monkeypatch) -> None:
    from desktop_app.sync.client import _behind_proxy

    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.invalid:3128")
    assert _behind_proxy("https://chorus-pro.gouv.fr/cpro/factures")
    monkeypatch.setenv("NO_PROXY", "chorus-pro.gouv.fr")
    assert not _behind_proxy("https://chorus-pro.gouv.fr/cpro/factures")


# --- the platform client's direct path (KeepAliveTransport.exchange, no httpx objects) ---


def _exchange(transport: KeepAliveTransport, url: str, body: bytes = b"") -> tuple[int, bytes]:
    answer = transport.exchange(httpx.URL(url), b"Content-Type: application/json\r\n", body)
    return answer.status, answer.content


def test_direct_path_reuses_connections_and_decodes_every_framing(server: str) -> None:
    transport = KeepAliveTransport(ssl.create_default_context(), 5.0, 2)
    try:
        for i in range(4):
            assert _exchange(transport, server + "/echo", str(i).encode()) == (
                200,
                b'{"echo":"' + str(i).encode() + b'"}',
            )
        assert len(_Handler.connections) == 1
        assert _exchange(transport, server + "/chunked") == (200, b'{"a":1}')
        assert _exchange(transport, server + "/gzip", b"z") == (200, b'{"echo":"z"}')
        assert _exchange(transport, server + "/close-after", b"1")[0] == 200
        time.sleep(0.05)  # closed by the server while idle: replaced, not an error
        assert _exchange(transport, server + "/echo", b"2") == (200, b'{"echo":"2"}')
    finally:
        transport.close()


def test_direct_path_failures_are_the_same_httpx_errors(server: str) -> None:
    transport = KeepAliveTransport(ssl.create_default_context(), 0.3, 2)
    try:
        with pytest.raises(httpx.ReadTimeout) as slow:
            _exchange(transport, server + "/slow")
        assert isinstance(transport_error(slow.value), TimeoutNetworkError)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with pytest.raises(httpx.ConnectError) as refused:
            _exchange(transport, f"http://127.0.0.1:{port}/")
        assert isinstance(refused.value.__cause__, ConnectionRefusedError)
        assert type(transport_error(refused.value)) is NetworkError
    finally:
        transport.close()


def test_direct_path_a_server_closing_without_answer_is_a_protocol_error() -> None:
    listener = socket.create_server(("127.0.0.1", 0))

    def accept_then_close() -> None:
        conn, _ = listener.accept()
        conn.recv(65536)
        conn.close()

    thread = threading.Thread(target=accept_then_close, daemon=True)
    thread.start()
    transport = KeepAliveTransport(ssl.create_default_context(), 2.0, 1)
    try:
        with pytest.raises(httpx.RemoteProtocolError):
            _exchange(transport, f"http://127.0.0.1:{listener.getsockname()[1]}/x")
    finally:
        transport.close()
        listener.close()
        thread.join(2)
