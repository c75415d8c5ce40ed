"""Start the sandbox as a child process and wait until it listens (used by the app and tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class SandboxStartError(RuntimeError):
    """The sandbox process exited or did not become ready in time."""


@dataclass
class SandboxProcess:
    """A running sandbox process; ``info`` is its ready JSON (address, port, paths, secrets)."""

    process: subprocess.Popen[bytes]
    info: dict[str, Any]
    log_path: Path
    data_dir: Path = field(default_factory=Path)

    @property
    def address(self) -> str:
        return str(self.info["address"])

    @property
    def port(self) -> int:
        return int(self.info["port"])

    @property
    def ca_cert(self) -> Path:
        return Path(self.info["caCert"])

    def user(self, login: str) -> dict[str, Any]:
        """The demo user entry (``pkcs12`` path, ``password``, ``role``) of ``login``."""
        for user in self.info["users"]:
            if user["login"] == login:
                return dict(user)
        raise KeyError(login)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 15) -> None:
        """Terminate (SIGTERM, then kill after ``timeout``)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.process.stdin is not None:
            self.process.stdin.close()

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_sandbox_process(
    data_dir: Path,
    *,
    port: int = 0,
    seed: int = 1,
    invoices: int = 500,
    mode: str = "certificat",
    faults: str | None = None,
    extra_args: tuple[str, ...] = (),
    timeout: float = 180,
) -> SandboxProcess:
    """Run ``python -m desktop_app.sandbox`` and return once it wrote its ready file."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    ready = data_dir / f"ready-{os.getpid()}-{time.monotonic_ns()}.json"
    log_path = data_dir / "sandbox.log"
    command = [
        sys.executable,
        "-m",
        "desktop_app.sandbox",
        "serve",
        "--data-dir",
        str(data_dir),
        "--port",
        str(port),
        "--seed",
        str(seed),
        "--invoices",
        str(invoices),
        "--mode",
        mode,
        "--ready-file",
        str(ready),
        "--stop-with-parent",
        *extra_args,
    ]
    if faults:
        command += ["--faults", faults]
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
    }
    log = log_path.open("ab")
    # stdin is a pipe only this process holds: when it ends, however it ends (SIGKILL too),
    # the sandbox reads end-of-file and stops.
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, env=env
    )
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready.exists():
            info = json.loads(ready.read_text(encoding="utf-8"))
            ready.unlink()
            return SandboxProcess(process, info, log_path, data_dir)
        if process.poll() is not None:
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise SandboxStartError(f"sandbox exited with {process.returncode}:\n{tail}")
        time.sleep(0.05)
    process.kill()
    raise SandboxStartError(f"sandbox not ready after {timeout} s (log: {log_path})")
