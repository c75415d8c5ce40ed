"""The MSI ships precompiled bytecode: the build's assembly step leaves a 3.11 unchecked-hash
``.pyc`` beside every module, and the interpreter loads it without looking at the source.

No MSI is built here (that needs WiX's wixl and the Windows wheels); the real ``assemble``
step runs with its two pip calls stood in for by writing the files pip would have installed
(said here: pip's ``--platform win_amd64`` install is the only part replaced).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from installers.windows import build_msi, bytecode

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the MSI's runtime is 3.11")


def test_precompiled_module_is_loaded_without_checking_its_source(tmp_path: Path) -> None:
    package = tmp_path / "stage" / "app" / "probe"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("VALUE = 'compiled'\n", encoding="utf-8")
    assert bytecode.missing_bytecode(tmp_path / "stage") == [package / "__init__.py"]
    assert bytecode.precompile(tmp_path / "stage") == 1
    assert bytecode.missing_bytecode(tmp_path / "stage") == []
    # unchecked-hash: a later change of the source is not even noticed (Program Files case)
    (package / "__init__.py").write_text("VALUE = 'source'\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", "import probe; print(probe.VALUE)"],
        cwd=tmp_path / "stage" / "app",
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "compiled"


def test_a_timestamp_pyc_or_another_version_counts_as_missing(tmp_path: Path) -> None:
    module = tmp_path / "mod.py"
    module.write_text("X = 1\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "py_compile", str(module)], check=True)
    assert bytecode.bytecode_path(module).is_file()
    assert bytecode.missing_bytecode(tmp_path) == [module]  # timestamp-checked, not unchecked
    pyc = bytecode.bytecode_path(module)
    bytecode.precompile(tmp_path)
    assert bytecode.missing_bytecode(tmp_path) == []
    data = bytearray(pyc.read_bytes())
    data[0:2] = (3531).to_bytes(2, "little")  # CPython 3.12's magic
    pyc.write_bytes(bytes(data))
    assert bytecode.missing_bytecode(tmp_path) == [module]


def test_no_311_to_compile_with_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_sys = types.SimpleNamespace(version_info=(3, 12, 1), version="3.12.1", executable="x")
    monkeypatch.setattr(bytecode, "sys", fake_sys)
    monkeypatch.setattr(bytecode.shutil, "which", lambda name: None)
    with pytest.raises(SystemExit, match="cannot precompile"):
        bytecode.compiler_python()


def test_assembled_app_folder_has_bytecode_for_every_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime_src = tmp_path / "runtime-src"
    (runtime_src / "Lib" / "site-packages").mkdir(parents=True)
    (runtime_src / "python.exe").write_bytes(b"MZ")
    stage = tmp_path / "stage"

    def pip_install(cmd: list[str], cwd: Path | None = None, quiet: bool = False) -> str:
        target = Path(cmd[cmd.index("--target") + 1])
        if target.name == "site-packages":  # the dependencies: one real package's sources
            shutil.copytree(
                Path(bytecode.__file__).parent, target / "dependency", dirs_exist_ok=True
            )
        else:  # the app wheel: the app's own package, with a stale cache as pip may leave
            shutil.copytree(REPO / "desktop_app" / "domain", target / "desktop_app" / "domain")
            (target / "desktop_app" / "__init__.py").write_text("", encoding="utf-8")
        return ""

    monkeypatch.setattr(build_msi, "run", pip_install)
    monkeypatch.setattr(build_msi.trim, "trim_pyside", lambda site: 0)
    monkeypatch.setattr(build_msi, "tracked_files", lambda folder: [])
    build_msi.assemble(Path("pip"), runtime_src, [], Path("app.whl"), stage)
    modules = sorted(stage.rglob("*.py"))
    assert len(modules) > 10
    assert any("desktop_app" in p.parts for p in modules)
    assert bytecode.missing_bytecode(stage) == []
    for module in modules:
        assert bytecode.is_unchecked_311(bytecode.bytecode_path(module)), module
