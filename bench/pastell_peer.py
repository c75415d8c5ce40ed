"""The peer of ``bench.sync_initial``: Pastell's Chorus Pro client (PHP), run for real.

Pastell (megalis-bretagne/pastell) is not copied into this project: :func:`pastell_checkout`
extracts the few files its ``CPPWrapper`` needs, at the pinned commit, from a git repository
(a local clone given by ``--pastell-git`` / ``INVOICE_DESK_PASTELL_GIT``, else GitHub) into
a cache folder; ``bench/peer/pastell_sync.php`` loads them and runs the connector's sequential
loop (see that file). PHP 8.2 CLI with curl comes from Debian (``./dev.sh bench sync_initial``
installs ``php-cli php-curl``; the tests and ``./dev.sh run`` do not need them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import Any

REPOSITORY = "megalis-bretagne/pastell"
#: the commit the contract decisions already cite for CPPWrapper (docs/contract-decisions.md)
COMMIT = "0421c6f6071c51aee71edf640bd76a13c8a9ee1c"
FILES = (
    "connecteur/cpp/lib",
    "connecteur-type/CPPException.class.php",
    "lib/CurlFunctions.class.php",
    "lib/CurlWrapper.class.php",
    "lib/CurlWrapperFactory.class.php",
    "lib/MemoryCache.interface.php",
    "lib/StaticWrapper.class.php",
)
SCRIPT = Path(__file__).resolve().parent / "peer" / "pastell_sync.php"
PEER = (
    f"Pastell's Chorus Pro client run for real: PHP {{php}} + curl, {REPOSITORY} "
    f"{COMMIT[:12]} connecteur/cpp/lib/CPPWrapper.class.php, its sequential loop "
    "(search pages of 1,000, then consulterHistoriqueFacture per invoice), stores nothing"
)


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "invoice-desk" / "bench"


def _git_dir(source: str) -> Path:
    """A git directory holding :data:`COMMIT`: ``source`` itself when local, else a bare
    partial clone kept in the cache."""
    local = Path(source)
    if local.exists():
        return local
    target = cache_root() / "pastell.git"
    if not target.exists():
        subprocess.run(
            ["git", "clone", "--bare", "--filter=blob:none", source, str(target)], check=True
        )
    return target


def pastell_checkout(source: str | None = None) -> Path:
    """The folder holding Pastell's files at :data:`COMMIT` (extracted once)."""
    folder = cache_root() / f"pastell-{COMMIT[:12]}"
    if (folder / "connecteur/cpp/lib/CPPWrapper.class.php").exists():
        return folder
    origin = (
        source
        or os.environ.get("INVOICE_DESK_PASTELL_GIT")
        or (f"https://github.com/{REPOSITORY}.git")
    )
    git_dir = _git_dir(origin)
    archive = subprocess.run(
        ["git", f"--git-dir={git_dir}", "archive", "--format=tar", COMMIT, *FILES],
        check=True,
        capture_output=True,
    ).stdout
    cache_root().mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="pastell-", dir=cache_root()))
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(staging, filter="data")
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
    return folder


def php_version() -> str | None:
    """``8.2.x`` when a PHP CLI with curl is installed, else None."""
    php = shutil.which("php")
    if php is None:
        return None
    probe = subprocess.run(
        [php, "-r", 'echo PHP_VERSION, " ", extension_loaded("curl") ? "curl" : "-";'],
        capture_output=True,
        text=True,
    )
    version, _, curl = probe.stdout.partition(" ")
    return version if probe.returncode == 0 and curl == "curl" else None


def run_peer(pastell: Path, connect_file: Path, ca_file: Path) -> tuple[float, dict[str, Any]]:
    """(whole-process seconds, the script's counts) of one run of the peer's loop."""
    command = ["php", "-d", f"curl.cainfo={ca_file}", str(SCRIPT), str(pastell), str(connect_file)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"peer failed ({done.returncode}): {done.stderr[-2000:]}")
    counts: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return elapsed, counts
