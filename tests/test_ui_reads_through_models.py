"""Issue 13 ("a thin UI over one application service"): the UI holds no SQL and no session of
its own. The import-linter contract forbids ``sqlalchemy`` in ``desktop_app.ui``; this test
also finds every ``.read()`` session opened by a UI module (it must call ``Database.query``
with a read function of ``models`` instead)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.models.database import Database, open_database
from desktop_app.models.queries import InvoiceFilter, count

UI = Path(__file__).resolve().parents[1] / "desktop_app" / "ui"
#: the screenshot tool (a developer's command, not a screen) picks its demo invoices itself
STILL_OPEN = {"screenshots.py"}


def sessions_opened(path: Path) -> list[int]:
    """Lines of ``with <x>.read() as ...`` in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "read"
                    and not call.args
                ):
                    lines.append(node.lineno)
    return lines


def test_no_ui_module_opens_a_session_of_its_own() -> None:
    found = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path.name not in STILL_OPEN and (lines := sessions_opened(path))
    }
    assert found == {}


def test_the_scan_finds_a_session_when_there_is_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f(db):\n    with db.read() as s:\n        return s\n", encoding="utf-8")
    assert sessions_opened(sample) == [2]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "cache.sqlite")
    yield db
    db.close()


def test_query_runs_a_read_function_in_a_read_only_session(database: Database) -> None:
    assert database.query(count, InvoiceFilter()) == 0

    def write(session: object) -> None:
        session.execute(  # type: ignore[attr-defined]
            __import__("sqlalchemy").text("CREATE TABLE t (x INTEGER)")
        )

    with pytest.raises(Exception, match=r"readonly|read-only|query_only|attempt to write"):
        database.query(write)
