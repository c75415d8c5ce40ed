"""Fault injection (off by default): 5xx, 429 + Retry-After, resets, slow and truncated answers.

Spec: ``rate=0.3,kinds=5xx,429,reset,slow,truncate,seed=7[,slow_s=2,retry_after=1]``.
Draws come from one ``random.Random(seed)`` in request order, so a run is reproducible.
``5xx`` and ``429`` answer before the handler runs (nothing applied); ``slow`` delays then
answers normally; ``reset`` and ``truncate`` let the handler run and commit, then lose the
answer (connection aborted / body cut): the "lost response" case that tests idempotency.
A fault never interrupts a store transaction.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from desktop_app.sandbox.codec import dumps

KINDS = ("5xx", "429", "reset", "slow", "truncate")
FAULT_HEADER = "X-Sandbox-Fault"  # set on a delayed answer (the others show on the wire)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(slots=True)
class FaultConfig:
    """Parsed ``--faults`` value."""

    rate: float = 0.0
    kinds: tuple[str, ...] = ()
    seed: int = 0
    slow_s: float = 1.5
    retry_after: int = 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "rate": self.rate,
            "kinds": list(self.kinds),
            "seed": self.seed,
            "slow_s": self.slow_s,
            "retry_after": self.retry_after,
        }


def parse_faults(spec: str | None) -> FaultConfig:
    """Read ``rate=0.3,kinds=5xx,429,reset,seed=7`` (bare words after ``kinds=`` are kinds)."""
    config = FaultConfig()
    if not spec:
        return config
    kinds: list[str] = []
    current: str | None = None
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if "=" in part:
            key, value = (s.strip() for s in part.split("=", 1))
            current = key
            if key == "kinds":
                kinds.append(value)
            elif key == "rate":
                config.rate = float(value)
            elif key == "seed":
                config.seed = int(value)
            elif key == "slow_s":
                config.slow_s = float(value)
            elif key == "retry_after":
                config.retry_after = int(value)
            else:
                raise ValueError(f"unknown fault option {key!r}")
        elif current == "kinds":
            kinds.append(part)
        else:
            raise ValueError(f"unexpected {part!r} in fault spec")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown fault kinds {unknown}; known: {KINDS}")
    if not 0.0 <= config.rate <= 1.0:
        raise ValueError("rate must be within 0..1")
    config.kinds = tuple(kinds) or (KINDS if config.rate else ())
    return config


@dataclass
class FaultInjector:
    """Decides, counts and applies faults."""

    config: FaultConfig = field(default_factory=FaultConfig)
    requests: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.config.seed)  # noqa: S311 - reproducible test faults

    def reconfigure(self, config: FaultConfig) -> None:
        self.config = config
        self.rng = random.Random(config.seed)  # noqa: S311
        self.requests = 0
        self.counts = Counter()

    def draw(self) -> str | None:
        self.requests += 1
        if not self.config.kinds or self.config.rate <= 0:
            return None
        if self.rng.random() >= self.config.rate:
            return None
        kind = self.config.kinds[self.rng.randrange(len(self.config.kinds))]
        self.counts[kind] += 1
        return kind

    def stats(self) -> dict[str, Any]:
        return {"requests": self.requests, "counts": dict(self.counts), **self.config.as_dict()}

    async def apply(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        kind = self.draw()
        if kind is None:
            return await handler(request)
        if kind == "5xx":
            return web.Response(
                status=503,
                body=dumps({"codeRetour": 503, "libelle": "SERVICE_INDISPONIBLE"}),
                headers={
                    "Content-Type": "application/json;charset=utf-8",
                    "Retry-After": str(self.config.retry_after),
                },
            )
        if kind == "429":
            return web.Response(
                status=429,
                body=dumps({"codeRetour": 429, "libelle": "TROP_DE_REQUETES"}),
                headers={
                    "Content-Type": "application/json;charset=utf-8",
                    "Retry-After": str(self.config.retry_after),
                },
            )
        if kind == "slow":
            await asyncio.sleep(self.config.slow_s)
            slowed = await handler(request)
            slowed.headers[FAULT_HEADER] = "slow"  # tells tests what happened, whatever the load
            return slowed
        response = await handler(request)  # applied (and committed) before the answer is lost
        if kind == "reset":
            if request.transport is not None:
                request.transport.abort()
            return response
        body = response.body if isinstance(response, web.Response) else None
        data = bytes(body) if isinstance(body, bytes | bytearray) else b"{}"
        cut = web.StreamResponse(
            status=response.status,
            headers={"Content-Type": response.headers.get("Content-Type", "application/json")},
        )
        cut.content_length = len(data)
        await cut.prepare(request)
        await cut.write(data[: max(1, len(data) // 2)])
        if request.transport is not None:
            request.transport.abort()
        return cut
