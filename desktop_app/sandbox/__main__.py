"""``invoice-desk-sandbox``: run the embedded Chorus Pro-compatible platform on 127.0.0.1.

Subcommands: ``serve`` (default) and ``supplier ACTION`` (ask a running sandbox to simulate
supplier / accounting activity through its admin endpoint).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import ssl
import sys
import threading
import urllib.request
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.sandbox.config import MODES, SandboxConfig, strict_default

DEFAULT_DATA_DIR = Path.home() / ".local" / "share" / "invoice-desk" / "sandbox"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="invoice-desk-sandbox", description=__doc__)
    parser.add_argument("command", nargs="?", default="serve", choices=("serve", "supplier"))
    parser.add_argument(
        "action", nargs="?", help="supplier action: deposit, complete, redeposit, duplicate, pay"
    )
    parser.add_argument("--count", type=int, default=1, help="supplier action count")
    parser.add_argument("--port", type=int, default=0, help="TCP port (0 = any free port)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--invoices", type=int, default=500)
    parser.add_argument("--faults", default=None, help="e.g. rate=0.3,kinds=5xx,429,reset,seed=7")
    parser.add_argument("--mode", choices=MODES, default="certificat")
    parser.add_argument("--token-ttl", type=int, default=3600)
    parser.add_argument("--lax-transitions", action="store_true")
    parser.add_argument(
        "--stop-with-parent",
        action="store_true",
        help="stop when standard input closes (the app that started the sandbox ended)",
    )
    parser.add_argument("--motifs-required", action="store_true")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse request keys no source knows (HTTP 400, codeRetour 20011)",
    )
    parser.add_argument(
        "--chorus-like",
        action="store_true",
        help="behave like Chorus Pro on resends: Idempotency-Key ignored, a replay of "
        "traiterFactureRecue is a second call (new history entry, or 20002)",
    )
    parser.add_argument(
        "--supplier-interval",
        type=float,
        default=None,
        help="seconds between scheduled supplier rounds (off by default)",
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help="day the approval circuit uses for delegations, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--ready-file",
        type=Path,
        default=None,
        help="write a JSON with the port and paths once listening",
    )
    return parser


def _print_banner(info: dict[str, object]) -> None:
    users = info["users"]
    assert isinstance(users, list)
    lines = [
        f"Invoice Desk sandbox listening on {info['address']} (mode {info['mode']}, "
        f"{info['invoices']} invoices, seed {info['seed']})",
        f"  CA certificate : {info['caCert']}",
        f"  token endpoint : {info['tokenUrl']}",
    ]
    for client in info["piste"]:  # type: ignore[attr-defined]
        lines.append(f"  PISTE client   : {client['clientId']} / {client['clientSecret']}")
    for account in info["technicalAccounts"]:  # type: ignore[attr-defined]
        lines.append(
            f"  cpro-account   : {account['login']}:{account['password']} (role {account['role']})"
        )
    for user in users:
        lines.append(
            f"  user {user['login']:<8} : {user['pkcs12']} password {user['password']} "
            f"(role {user['role']}, {user['kind']})"
        )
    lines.append(f"  admin header   : {info['adminHeader']}: {info['adminToken']}")
    lines.append(f"  all of this in : {info['connectFile']}")
    print("\n".join(lines), flush=True)


def _serve(args: argparse.Namespace) -> int:
    from desktop_app.sandbox.server import serve

    config = SandboxConfig(
        data_dir=args.data_dir,
        port=args.port,
        seed=args.seed,
        invoices=args.invoices,
        mode=args.mode,
        faults=args.faults,
        token_ttl_s=args.token_ttl,
        lax_transitions=args.lax_transitions,
        motifs_required=args.motifs_required,
        strict=args.strict or strict_default(),
        idempotency=not args.chorus_like,
        supplier_interval_s=args.supplier_interval,
        ready_file=args.ready_file,
        today=args.today,
    )

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        if args.stop_with_parent:
            _stop_when_stdin_closes(loop, stop)
        await serve(config, stop=stop, started=lambda info, _sandbox: _print_banner(info))

    _run_event_loop(main())
    return 0


def _stop_when_stdin_closes(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Set ``stop`` once standard input reaches end-of-file (its writer, the app, is gone)."""

    def watch() -> None:
        with contextlib.suppress(OSError, ValueError):
            while sys.stdin.buffer.read(1024):
                pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _run_event_loop(coroutine: Any) -> None:
    """Run the server on uvloop where it is installed (Linux, macOS), else on asyncio's loop.

    uvloop's event loop and TLS transport cut the server's per-request overhead; the sandbox
    behaves the same on either. ``INVOICE_DESK_SANDBOX_LOOP=asyncio`` forces the standard loop.
    """
    if os.environ.get("INVOICE_DESK_SANDBOX_LOOP", "") != "asyncio":
        try:
            import uvloop
        except ImportError:
            pass  # Windows, or not installed: the standard loop serves the same API
        else:
            uvloop.run(coroutine)
            return
    asyncio.run(coroutine)


def _supplier(args: argparse.Namespace) -> int:
    from desktop_app.sandbox.server import read_connect

    info = read_connect(args.data_dir)
    context = ssl.create_default_context(cafile=str(info["caCert"]))
    request = urllib.request.Request(  # noqa: S310 - https on loopback only
        f"{info['address']}/sandbox/admin/supplier",
        data=json.dumps({"action": args.action, "count": args.count}).encode(),
        headers={
            "Content-Type": "application/json",
            str(info["adminHeader"]): str(info["adminToken"]),
        },
        method="POST",
    )
    with urllib.request.urlopen(request, context=context, timeout=60) as response:  # noqa: S310
        print(response.read().decode("utf-8"))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``invoice-desk-sandbox``."""
    args = _parser().parse_args(argv)
    if args.command == "supplier":
        if not args.action:
            print("supplier needs an action", file=sys.stderr)
            return 2
        return _supplier(args)
    return _serve(args)


if __name__ == "__main__":
    sys.exit(main())
