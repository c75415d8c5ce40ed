"""Tell online / offline truthfully between sync runs: a cheap probe every few seconds.

A failed probe publishes ``OFFLINE`` (or ``AUTH_ERROR``) at once, with the readable message;
a successful one after an outage publishes ``ONLINE`` and asks for a run, so the outbox
leaves on reconnection. A probe is skipped while a run is under way (the run reports).
No Qt here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop_app.sync.errors import (
    AuthError,
    CertificateError,
    NetworkError,
    SyncError,
    TransientPlatformError,
)
from desktop_app.sync.events import ConnectionState

log = logging.getLogger(__name__)

DEFAULT_EVERY_S = 10.0  # while offline (or refused): how soon the return is noticed
ONLINE_EVERY_S = 30.0  # while online: spares the platform's quotas; a failed run tells at once


class LivenessWatch:
    """Probes through ``probe`` on a daemon thread: every ``online_every_s`` seconds while
    online, every ``every_s`` seconds otherwise."""

    def __init__(
        self,
        probe: Callable[[], None],
        state: Callable[[], ConnectionState],
        publish: Callable[[ConnectionState, str | None], None],
        on_recovered: Callable[[], None],
        every_s: float = DEFAULT_EVERY_S,
        online_every_s: float | None = None,
    ) -> None:
        self.probe = probe
        self.state = state
        self.publish = publish
        self.on_recovered = on_recovered
        self.every_s = every_s
        self.online_every_s = ONLINE_EVERY_S if online_every_s is None else online_every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check_once(self) -> ConnectionState | None:
        """Probe once; the state published (``None``: nothing changed or probe skipped)."""
        before = self.state()
        if before is ConnectionState.SYNCING:
            return None
        try:
            self.probe()
        except (NetworkError, TransientPlatformError) as exc:
            if before is ConnectionState.OFFLINE:
                return None
            self.publish(ConnectionState.OFFLINE, exc.user_message())
            return ConnectionState.OFFLINE
        except (AuthError, CertificateError) as exc:
            if before is ConnectionState.AUTH_ERROR:
                return None
            self.publish(ConnectionState.AUTH_ERROR, exc.user_message())
            return ConnectionState.AUTH_ERROR
        except SyncError as exc:  # the platform answered: it is reachable
            log.info("probe answered with an error, platform reachable: %s", exc.key)
        if before is ConnectionState.ONLINE:
            return None
        self.publish(ConnectionState.ONLINE, None)
        self.on_recovered()
        return ConnectionState.ONLINE

    def start(self) -> None:
        """Probe in the background until :meth:`stop`."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="liveness", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self._pause()):
            try:
                self.check_once()
            except Exception:  # a bug must not stop the watch; logged in full
                log.exception("liveness probe failed unexpectedly")

    def _pause(self) -> float:
        online = self.state() in (ConnectionState.ONLINE, ConnectionState.SYNCING)
        return self.online_every_s if online else self.every_s

    def stop(self, timeout: float = 10.0) -> None:
        """Stop probing."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
