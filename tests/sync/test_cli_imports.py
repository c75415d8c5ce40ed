"""The headless command line stays light: ``--help`` loads neither SQLAlchemy nor Qt, and no
headless sub-command ever loads Qt (each check runs in a fresh interpreter, as a user's shell)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import module_available
from desktop_app.cli_parser import SUBCOMMANDS, TEAM_ROLES
from desktop_app.models.team_schema import GROUP_ROLES

# runs the real entry point in a new process, then reports which heavy packages it imported
PROBE = """
import json, sys
from desktop_app.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in
               ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab", "lxml", "psycopg")})
ours = sorted(m for m in sys.modules if m.startswith("desktop_app"))
print(json.dumps({"code": code, "heavy": heavy, "ours": ours}), file=sys.__stderr__)
"""


def _probe(*argv: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report: dict[str, object] = json.loads(done.stderr.strip().splitlines()[-1])
    report["stdout"] = done.stdout
    report["stderr"] = done.stderr
    return report


@pytest.mark.parametrize("command", ["sync", "migrate", "audit", "team", "gui"])
def test_help_of_each_sub_command_imports_only_the_parser(command: str) -> None:
    report = _probe(command, "--help")
    assert report["code"] == 0
    assert "usage: invoice-desk" in str(report["stdout"])
    assert report["heavy"] == [], f"{command} --help imported {report['heavy']}"
    assert report["ours"] == ["desktop_app", "desktop_app.__main__", "desktop_app.cli_parser"]


def test_top_level_help_lists_every_sub_command() -> None:
    report = _probe("--help")
    assert report["code"] == 0 and report["heavy"] == []
    for name in SUBCOMMANDS:
        assert name in str(report["stdout"])


def test_a_headless_sync_run_never_imports_qt(tmp_path: Path) -> None:
    # a real run up to the connection: the cache is created, then the missing connect file stops it
    report = _probe(
        "sync",
        "--database",
        str(tmp_path / "cache.sqlite"),
        "--connect-file",
        str(tmp_path / "absent.json"),
        "--quiet",
    )
    assert report["code"] == 1
    assert "illisible" in str(report["stderr"]) and "Traceback" not in str(report["stderr"])
    assert "desktop_app.sync.cli" in report["ours"]  # the implementation did run
    assert "sqlalchemy" in report["heavy"]
    assert "PySide6" not in report["heavy"] and "shiboken6" not in report["heavy"]


def test_migrate_run_never_imports_qt(tmp_path: Path) -> None:
    report = _probe("migrate", "--database", str(tmp_path / "cache.sqlite"))
    assert report["code"] == 0
    assert (tmp_path / "cache.sqlite").exists()
    assert "PySide6" not in report["heavy"]


def test_every_sub_command_module_is_found_without_importing_it() -> None:
    for command in SUBCOMMANDS.values():
        assert module_available(command.module), command.module
    assert not module_available("desktop_app.ui.no_such_module")
    assert not module_available("no_such_package.cli")


def test_team_roles_of_the_parser_are_the_team_store_roles() -> None:
    assert sorted(TEAM_ROLES) == sorted(GROUP_ROLES)
