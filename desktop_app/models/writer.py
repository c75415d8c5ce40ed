"""The single database writer: one worker thread owns every write to the cache."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


class WriterClosedError(RuntimeError):
    """A write was submitted after the writer was closed."""


class DatabaseWriter:
    """Runs each submitted unit of work in one transaction, one at a time, on one thread.

    ``submit(fn)`` returns a future of ``fn(session)``; the transaction commits when ``fn``
    returns and rolls back when it raises (the exception reaches the future).
    """

    THREAD_NAME = "db-writer"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.THREAD_NAME)
        self._closed = False
        self._thread_ident: int | None = None

    def _run(self, work: Callable[[Session], T]) -> T:
        self._thread_ident = threading.get_ident()
        with self._sessions() as session, session.begin():
            return work(session)

    def submit(self, work: Callable[[Session], T]) -> Future[T]:
        """Queue ``work`` to run in its own transaction on the writer thread."""
        if self._closed:
            raise WriterClosedError("the database writer is closed")
        return self._executor.submit(self._run, work)

    def run(self, work: Callable[[Session], T], timeout: float | None = None) -> T:
        """Submit and wait for the result (never call from the writer thread itself)."""
        if threading.get_ident() == self._thread_ident:
            raise RuntimeError("DatabaseWriter.run called from the writer thread: deadlock")
        return self.submit(work).result(timeout)

    def is_writer_thread(self) -> bool:
        """True on the writer's own thread."""
        return threading.get_ident() == self._thread_ident

    def close(self) -> None:
        """Run what is queued, then stop the thread and release connections."""
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=True)
        self.engine.dispose()
