"""Background work on Qt's thread pool, with results delivered on the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from desktop_app.ui.qt import QObject, QRunnable, QThreadPool, Signal, is_alive

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a worker's outcome back there."""

    done = Signal(object)
    failed = Signal(object, str)


_alive: set[_Relay] = set()


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.done.emit(result)


def _relay_for(
    on_done: Callable[[Any], None] | None,
    on_error: Callable[[BaseException, str], None] | None,
    owner: QObject | None = None,
) -> _Relay:
    relay = _Relay()
    _alive.add(relay)

    def finished_ok(result: Any) -> None:
        _alive.discard(relay)
        if owner is not None and not is_alive(owner):
            log.debug("result dropped: its widget is gone")
            return
        if on_done is not None:
            on_done(result)

    def finished_error(exc: BaseException, details: str) -> None:
        _alive.discard(relay)
        if owner is not None and not is_alive(owner):
            log.error("background task failed after its widget closed\n%s", details)
            return
        if on_error is not None:
            on_error(exc, details)
        else:
            log.error("background task failed\n%s", details)

    relay.done.connect(finished_ok)
    relay.failed.connect(finished_error)
    return relay


def run_in_pool(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``work`` on a pool thread; ``on_done`` / ``on_error`` are called on the GUI thread."""
    relay = _relay_for(on_done, on_error, owner)
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))


def when_done(
    future: Future[Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
) -> None:
    """Deliver a ``concurrent.futures`` result (e.g. the DB writer's) on the GUI thread."""
    relay = _relay_for(on_done, on_error)

    def callback(fut: Future[Any]) -> None:
        exc = fut.exception()
        if exc is not None:
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            relay.failed.emit(exc, details)
        else:
            relay.done.emit(fut.result())

    future.add_done_callback(callback)


def pending_tasks() -> int:
    """Background tasks not yet delivered (tests wait for zero)."""
    return len(_alive)
