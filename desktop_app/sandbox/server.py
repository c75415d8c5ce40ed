"""Running the sandbox: foreground (CLI / subprocess) or in a thread (tests)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from desktop_app.sandbox.app import (
    build_app,
    connect_info,
    open_sandbox,
    server_ssl_context,
    write_connect,
)
from desktop_app.sandbox.config import SandboxConfig
from desktop_app.sandbox.context import Sandbox
from desktop_app.sandbox.dataset import InvoiceFactory
from desktop_app.sandbox.signature_verify import NONCE_WINDOW_S


async def _background(sandbox: Sandbox, stop: asyncio.Event) -> None:
    """Persist seen nonces every second; run the supplier schedule when configured."""
    from desktop_app.sandbox.supplier import scheduled_round

    interval = sandbox.config.supplier_interval_s
    next_round = time.monotonic() + interval if interval else None
    while not stop.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=1.0)
        now = time.time()
        sandbox.store.save_nonces(sandbox.auth.nonces.drain_new(), now - NONCE_WINDOW_S)
        sandbox.store.save_clock()
        if next_round is not None and interval and time.monotonic() >= next_round:
            scheduled_round(sandbox)
            next_round = time.monotonic() + interval


async def serve(
    config: SandboxConfig,
    *,
    factory: InvoiceFactory | None = None,
    stop: asyncio.Event | None = None,
    started: Any = None,
) -> None:
    """Open, listen on 127.0.0.1, write ``connect.json`` and the ready file; serve until stop."""
    sandbox, pki = open_sandbox(config, factory)
    app = build_app(sandbox, pki)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(
        runner,
        "127.0.0.1",
        config.port,
        ssl_context=server_ssl_context(pki, sandbox.store.operator_password()),
        backlog=512,
    )
    await site.start()
    server = site._server
    sockets = getattr(server, "sockets", None) or []
    port = sockets[0].getsockname()[1] if sockets else config.port
    info = connect_info(sandbox, pki, port)
    write_connect(info, config.data_dir / "connect.json")
    info["pid"] = os.getpid()
    info["connectFile"] = str(config.data_dir / "connect.json")
    if config.ready_file is not None:
        temporary = config.ready_file.with_suffix(".tmp")
        temporary.write_text(json.dumps(info), encoding="utf-8")
        temporary.replace(config.ready_file)
    stop = stop or asyncio.Event()
    if started is not None:
        started(info, sandbox)
    try:
        await _background(sandbox, stop)
    finally:
        await runner.cleanup()
        sandbox.store.save_nonces(sandbox.auth.nonces.drain_new(), time.time() - NONCE_WINDOW_S)
        sandbox.store.close()


@dataclass
class ThreadedSandbox:
    """A sandbox served by an event loop in a background thread (tests)."""

    info: dict[str, Any]
    sandbox: Sandbox
    loop: asyncio.AbstractEventLoop
    thread: threading.Thread
    stop_event: asyncio.Event

    @property
    def address(self) -> str:
        return str(self.info["address"])

    def call(self, function: Any, *args: Any) -> Any:
        """Run ``function(*args)`` on the server's loop thread (store access) and return."""

        async def runner() -> Any:
            return function(*args)

        return asyncio.run_coroutine_threadsafe(runner(), self.loop).result(30)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.stop_event.set)
            self.thread.join(30)

    def __enter__(self) -> ThreadedSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_in_thread(config: SandboxConfig, factory: InvoiceFactory | None = None) -> ThreadedSandbox:
    """Start a sandbox in a thread and wait until it listens."""
    ready = threading.Event()
    holder: dict[str, Any] = {}

    def target() -> None:
        loop = asyncio.new_event_loop()
        holder["loop"] = loop
        stop = asyncio.Event()
        holder["stop"] = stop

        def started(info: dict[str, Any], sandbox: Sandbox) -> None:
            holder["info"], holder["sandbox"] = info, sandbox
            ready.set()

        try:
            loop.run_until_complete(serve(config, factory=factory, stop=stop, started=started))
        except BaseException as exc:
            holder["error"] = exc
            ready.set()
            raise
        finally:
            loop.close()

    thread = threading.Thread(target=target, name="invoice-desk-sandbox", daemon=True)
    thread.start()
    if not ready.wait(300):
        raise TimeoutError("sandbox did not start within 300 s")
    if "error" in holder:
        raise RuntimeError(f"sandbox failed to start: {holder['error']!r}") from holder["error"]
    return ThreadedSandbox(
        holder["info"], holder["sandbox"], holder["loop"], thread, holder["stop"]
    )


def read_connect(data_dir: Path) -> dict[str, Any]:
    """The ``connect.json`` of a data directory."""
    data: dict[str, Any] = json.loads((data_dir / "connect.json").read_text(encoding="utf-8"))
    return data
