"""A fresh, migrated cache file per test (Vorta's rule: a temporary database per test)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.models.database import Database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "cache.sqlite")
    yield db
    db.close()
