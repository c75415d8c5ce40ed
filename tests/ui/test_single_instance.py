"""One instance per cache, and a clean shutdown on SIGTERM (real processes for both)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.ui.single_instance import SingleInstance


def test_a_second_claim_on_the_same_cache_brings_the_first_forward(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path / "cache.sqlite")
    assert first.claim()
    second = SingleInstance(tmp_path / "cache.sqlite")
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.claim()
    other = SingleInstance(tmp_path / "other.sqlite")
    assert other.claim(), "another cache is another instance"
    for instance in (first, other):
        instance.release()


def _start_gui(cache: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "gui", "--no-sync", "--database", str(cache)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(predicate, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_second_launch_exits_and_sigterm_shuts_the_first_down_cleanly(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    first = _start_gui(cache, tmp_path)
    try:
        assert _wait_for(lambda: cache.with_name("cache.sqlite.created").exists(), 60)
        time.sleep(1.0)  # the window is up and listening
        second = _start_gui(cache, tmp_path)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "déjà ouvert" in out
        assert first.poll() is None, "the first instance keeps running"
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, first.stderr.read() if first.stderr else ""
    backups = list(tmp_path.glob("cache.sqlite.backup-auto-*"))
    assert backups, "SIGTERM ran the normal shutdown (the cache was closed and backed up)"
