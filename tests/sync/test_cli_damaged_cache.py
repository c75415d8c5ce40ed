"""``invoice-desk sync`` on a damaged cache: a clear French message, nothing synced over it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.models.database import open_database


def test_sync_on_an_emptied_cache_stops_with_a_message_not_a_fresh_sync(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    open_database(path).close()
    path.write_bytes(b"")  # what a crash or a bad copy leaves
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "sync", "--database", str(path), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3
    assert "endommagé" in done.stderr and "--repair" in done.stderr
    assert "Traceback" not in done.stderr and "sync ok" not in done.stdout
    assert path.stat().st_size == 0, "the damaged file is left for the repair"
