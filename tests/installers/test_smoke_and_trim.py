"""The ``--smoke`` entry against the real cache, and the app-folder trimming rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui import smoke
from installers.windows import trim


def test_smoke_opens_the_real_cache(qtbot: QtBot, tmp_path: Path) -> None:
    report = smoke.run_smoke(platform="offscreen", cache_dir=tmp_path)
    assert report.cache_path == tmp_path / "smoke-cache.sqlite3"
    assert report.cache_path.is_file()
    assert report.cache_tables > 0
    assert report.platform_name == "offscreen"
    assert report.resources.is_dir()
    assert report.line().startswith("smoke ok: Qt ")


def test_smoke_main_exits_zero(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert smoke.main(["--smoke", "--cache-dir", str(tmp_path)]) == 0
    assert "smoke ok" in capsys.readouterr().out


def make_tree(root: Path, files: list[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)


def test_trim_tests_keeps_runtime_test_helpers(tmp_path: Path) -> None:
    make_tree(
        tmp_path,
        ["pkg/tests/test_a.py", "pkg/core.py", "other/test/t.py", "sqlalchemy/testing/tests/x.py"],
    )
    freed = trim.trim_tests(tmp_path)
    assert freed == 20
    assert (tmp_path / "pkg/core.py").is_file()
    assert not (tmp_path / "pkg/tests").exists()
    assert not (tmp_path / "other/test").exists()
    assert (tmp_path / "sqlalchemy/testing/tests/x.py").is_file()


def test_trim_runtime_drops_tools_and_preinstalled_packages(tmp_path: Path) -> None:
    make_tree(
        tmp_path,
        [
            "python.exe",
            "Lib/os.py",
            "Lib/tkinter/__init__.py",
            "Lib/site-packages/pip/__init__.py",
            "Lib/site-packages/pip-24.2.dist-info/METADATA",
            "Lib/site-packages/mypackage/__init__.py",
            "include/Python.h",
            "DLLs/_tkinter.pyd",
            "DLLs/_ssl.pyd",
        ],
    )
    trim.trim_runtime(tmp_path)
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert left == [
        "DLLs/_ssl.pyd",
        "Lib/os.py",
        "Lib/site-packages/mypackage/__init__.py",
        "python.exe",
    ]
