"""One window per cache: a second launch brings the first window forward and exits.

Two processes writing the same offline cache would each hold their own outbox view; the
first instance listens on a local socket named after the cache file, a second one finds it,
asks it to come forward, and stops before touching the cache.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from desktop_app.ui.qt import QLocalServer, QLocalSocket, QObject, Signal

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 800
RAISE_REQUEST = b"raise\n"


def server_name(cache_path: Path) -> str:
    """The local socket name of the instance owning ``cache_path`` (per user and file)."""
    digest = hashlib.sha256(str(cache_path.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"invoice-desk-{digest}"


class SingleInstance(QObject):
    """Claims the cache for this process; :attr:`activated` fires when another launch knocks."""

    activated = Signal()

    def __init__(self, cache_path: Path) -> None:
        super().__init__()
        self.name = server_name(cache_path)
        self._server: QLocalServer | None = None

    def forward_to_running(self) -> bool:
        """Ask an instance already running on this cache to come forward; True if one did."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_REQUEST)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        """Become the instance of this cache; False when another one is running (it was told)."""
        if self.forward_to_running():
            log.info("Invoice Desk already runs on this cache: its window was brought forward")
            return False
        QLocalServer.removeServer(self.name)  # a socket left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance socket unavailable: %s", server.errorString())
            return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        if self._server is None:
            return
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_request(s))

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_REQUEST.strip()):
            self.activated.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        """Stop listening (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
