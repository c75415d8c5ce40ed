"""The embedded sandbox never outlives the app that started it, even one killed by SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PARENT = """
import sys, time
from pathlib import Path
from desktop_app.sandbox.launcher import start_sandbox_process
sandbox = start_sandbox_process(Path(sys.argv[1]), invoices=5)
print(sandbox.process.pid, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split()[2] != "Z"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="signals and /proc")
def test_sandbox_stops_when_its_parent_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "sandbox")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        sandbox_pid = int(parent.stdout.readline())
        assert _alive(sandbox_pid)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 20
        while _alive(sandbox_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(sandbox_pid), "the sandbox outlived the app"
    finally:
        if parent.poll() is None:
            parent.kill()
