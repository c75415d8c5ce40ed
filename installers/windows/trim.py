"""Trim the assembled Windows app folder: tests, unused stdlib parts, unneeded Qt modules.

Qt is trimmed by keeping a list of PySide6 modules and plugins, then keeping only the Qt DLLs
those need (closure over the PE import tables, read with ``objdump -p``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

# PySide6 modules the app may import (UI: widgets, SVG icons, printing, the PDF viewer).
QT_MODULES_KEPT = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtSvg",
        "QtSvgWidgets",
        "QtPrintSupport",
        "QtPdf",
        "QtPdfWidgets",
        "QtNetwork",
        "QtConcurrent",
    }
)
# Qt plugin folders kept (the rest — sql drivers, multimedia, QML tooling... — goes).
QT_PLUGIN_DIRS_KEPT = frozenset(
    {"platforms", "styles", "imageformats", "iconengines", "tls", "generic", "networkinformation"}
)
# Inside PySide6/: folders and files dropped outright.
QT_DROP = (
    "qml",
    "include",
    "typesystems",
    "glue",
    "metatypes",
    "scripts",
    "support",
    "examples",
    "resources",  # QtWebEngine's ICU data and paks
    "doc",
    "lib",
    "QtAsyncio",  # 3.12 syntax, unused by the app
    "opengl32sw.dll",  # 20 MB software OpenGL: the widgets UI renders with raster
)
TRANSLATIONS_KEPT = re.compile(r"^(qt|qtbase)_(fr|en)\.qm$")

# Under runtime/ (the CPython folder).
RUNTIME_DROP = (
    "include",
    "libs",
    "Scripts",
    "Tools",
    "tcl",
    "Doc",
    "NEWS.txt",
    "Lib/test",
    "Lib/idlelib",
    "Lib/tkinter",
    "Lib/turtledemo",
    "Lib/ensurepip",
    "Lib/lib2to3",
    "Lib/unittest/test",
    "Lib/distutils",
    "DLLs/tcl86t.dll",
    "DLLs/tk86t.dll",
    "DLLs/_tkinter.pyd",
    "DLLs/_msi.pyd",
)
# Packages WinPython pre-installs that the app does not need.
RUNTIME_SITE_PACKAGES_DROP = re.compile(
    r"^(pip|setuptools|wheel|build|winpython|sqlite_bro|colorama|packaging|pyproject_hooks"
    r"|pkg_resources|_distutils_hack|msvc_runtime)([-_.].*)?$|^distutils-precedence\.pth$",
    re.IGNORECASE,
)
TEST_DIR_NAMES = frozenset({"tests", "test", "testing_data"})
# Tests folders that are imported at run time and so must stay.
TEST_DIRS_NEEDED = ("sqlalchemy/testing",)


def remove(path: Path) -> int:
    """Delete a file or folder; return the bytes freed (0 if it did not exist)."""
    if path.is_symlink() or path.is_file():
        size = path.stat().st_size
        path.unlink()
        return size
    if path.is_dir():
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        shutil.rmtree(path)
        return size
    return 0


def trim_runtime(runtime: Path) -> int:
    """Drop the CPython parts the app never uses; returns bytes freed."""
    freed = sum(remove(runtime / rel) for rel in RUNTIME_DROP)
    site = runtime / "Lib" / "site-packages"
    if site.is_dir():
        for entry in list(site.iterdir()):
            if RUNTIME_SITE_PACKAGES_DROP.match(entry.name):
                freed += remove(entry)
    return freed


def trim_tests(site_packages: Path) -> int:
    """Drop ``tests``/``test`` folders of third-party packages; returns bytes freed."""
    freed = 0
    for folder in sorted(site_packages.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if not folder.is_dir() or folder.name not in TEST_DIR_NAMES:
            continue
        rel = folder.relative_to(site_packages).as_posix()
        if any(rel.startswith(keep) for keep in TEST_DIRS_NEEDED):
            continue
        freed += remove(folder)
    return freed


def pe_imports(binary: Path) -> list[str]:
    """The DLL names a PE file imports (``objdump -p``), lower-cased."""
    out = subprocess.run(
        ["objdump", "-p", str(binary)], check=True, capture_output=True, text=True
    ).stdout
    return [m.group(1).lower() for m in re.finditer(r"DLL Name:\s*(\S+)", out)]


def dll_closure(roots: Iterable[Path], available: dict[str, Path]) -> set[str]:
    """Names (lower-case) of the DLLs in ``available`` reachable from ``roots``."""
    needed: set[str] = set()
    todo = list(roots)
    while todo:
        for name in pe_imports(todo.pop()):
            if name in available and name not in needed:
                needed.add(name)
                todo.append(available[name])
    return needed


def trim_pyside(site_packages: Path) -> int:
    """Keep only :data:`QT_MODULES_KEPT` and what they load; returns bytes freed."""
    pyside = site_packages / "PySide6"
    freed = sum(remove(pyside / rel) for rel in QT_DROP)
    for exe in pyside.glob("*.exe"):  # designer, linguist, qmlls, assistant...
        freed += remove(exe)
    for module in pyside.glob("Qt*.pyd"):
        if module.stem not in QT_MODULES_KEPT:
            freed += remove(module)
            freed += remove(module.with_suffix(".pyi"))
    plugins = pyside / "plugins"
    if plugins.is_dir():
        for folder in plugins.iterdir():
            if folder.name not in QT_PLUGIN_DIRS_KEPT:
                freed += remove(folder)
    translations = pyside / "translations"
    if translations.is_dir():
        for qm in translations.iterdir():
            if not TRANSLATIONS_KEPT.match(qm.name):
                freed += remove(qm)
    # Qt and helper DLLs: keep the closure of the kept modules and plugins.
    available = {dll.name.lower(): dll for dll in pyside.glob("*.dll")}
    shiboken = site_packages / "shiboken6"
    roots = [*pyside.glob("*.pyd"), *plugins.rglob("*.dll")]
    needed = dll_closure(roots, {**available, **_dlls(shiboken)})
    for name, dll in available.items():
        if name not in needed:
            freed += remove(dll)
    return freed


def _dlls(folder: Path) -> dict[str, Path]:
    return {dll.name.lower(): dll for dll in folder.glob("*.dll")} if folder.is_dir() else {}


def folder_size(folder: Path) -> int:
    """Total bytes of the files under ``folder``."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
