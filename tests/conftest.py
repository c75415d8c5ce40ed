"""Shared test configuration: offscreen Qt, paths to the shared contract and corpus."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every sandbox the tests start is strict (desktop_app.sandbox.strict): a request key no source
# knows is refused, so a client typo fails a test instead of being ignored.
os.environ.setdefault("INVOICE_DESK_SANDBOX_STRICT", "1")
# The user's folders (platformdirs on Linux follows XDG): tests never touch the real ones.
_USER_DIRS = Path(tempfile.mkdtemp(prefix="invoice-desk-tests-home-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_USER_DIRS / _name.lower())

from desktop_app.models.database import Database, open_database  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("INVOICE_DESK_SHARED", REPO_ROOT.parent / "shared"))
SPEC_DIR = SHARED / "spec"
CORPUS_DIR = SHARED / "corpus"


@pytest.fixture(scope="session")
def spec_dir() -> Path:
    """Folder of the platform contract (``../shared/spec``)."""
    if not SPEC_DIR.is_dir():
        pytest.fail(f"contract folder missing: {SPEC_DIR}")
    return SPEC_DIR


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """Folder of the real-invoice corpus (``../shared/corpus``)."""
    if not CORPUS_DIR.is_dir():
        pytest.fail(f"corpus folder missing: {CORPUS_DIR}")
    return CORPUS_DIR


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated cache file per test (Vorta's rule: a temporary database per test)."""
    db = open_database(tmp_path / "cache.sqlite")
    yield db
    db.close()
