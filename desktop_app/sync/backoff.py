"""Truncated exponential back-off with full jitter, honouring ``Retry-After``."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from desktop_app.sync.errors import SyncCancelled, TransientPlatformError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Backoff:
    """Delay before retry number ``attempt`` (1-based): random in [base*2^(n-1)/2, ...], capped.

    The contract's client rule: 1 s, 2 s, 4 s... at most 60 s; ``Retry-After`` wins when given.
    """

    base_s: float = 1.0
    cap_s: float = 60.0
    max_attempts: int = 8  # for in-run retries (pull); the outbox retries across runs

    def delay(
        self, attempt: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait before the next attempt."""
        ceiling = min(self.cap_s, self.base_s * float(2 ** max(0, attempt - 1)))
        jittered = ceiling / 2 + float((rng or random).random()) * ceiling / 2
        if retry_after is not None:
            return min(max(retry_after, 0.0), max(self.cap_s, 300.0))
        return jittered


def retry_after_of(exc: BaseException) -> float | None:
    """The platform's ``Retry-After`` for a 429/503 error."""
    return exc.retry_after if isinstance(exc, TransientPlatformError) else None


def with_retries(
    call: Callable[[], T],
    *,
    policy: Backoff,
    is_transient: Callable[[BaseException], bool],
    cancel: threading.Event | None = None,
    on_retry: Callable[[BaseException, float], None] | None = None,
) -> T:
    """Run ``call``; retry transient failures with back-off up to ``policy.max_attempts``."""
    attempt = 0
    while True:
        if cancel is not None and cancel.is_set():
            raise SyncCancelled("cancelled")
        attempt += 1
        try:
            return call()
        except Exception as exc:
            if not is_transient(exc) or attempt >= policy.max_attempts:
                raise
            wait = policy.delay(attempt, retry_after_of(exc))
            if on_retry is not None:
                on_retry(exc, wait)
            if cancel is not None:
                if cancel.wait(wait):
                    raise SyncCancelled("cancelled") from exc
            else:
                threading.Event().wait(wait)
