"""The MSI ships precompiled bytecode: compile the staged folder for CPython 3.11, then prove it.

Program Files is read-only for users, so a module without its ``.pyc`` would be compiled
from source at every start (issue 17: 872 -> 838 ms cold start at 20k invoices once
precompiled). The ``.pyc`` are *unchecked-hash* ones (PEP 552): the interpreter loads them
without even reading the source's timestamp. Standard library only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# CPython 3.11's bytecode magic (importlib.util.MAGIC_NUMBER on 3.11): the MSI's runtime
MAGIC_311 = (3495).to_bytes(2, "little") + b"\r\n"
FLAG_HASH_BASED = 0b01  # PEP 552 flags word: hash-based, check_source bit (0b10) clear
CACHE_TAG = "cpython-311"


class BytecodeError(SystemExit):
    """The folder cannot be (or was not) precompiled for the runtime."""


def compiler_python() -> str:
    """A CPython 3.11 to compile with: this one, else ``python3.11`` on the PATH."""
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    found = shutil.which("python3.11")
    if found is None:
        raise BytecodeError(
            f"cannot precompile for the MSI's CPython 3.11: the build runs on "
            f"{sys.version.split()[0]} and no python3.11 is on the PATH"
        )
    return found


def precompile(stage: Path, python: str | None = None) -> int:
    """Byte-compile every ``.py`` under ``stage``; the number of modules, all checked."""
    result = subprocess.run(
        [
            python or compiler_python(),
            "-m",
            "compileall",
            "-q",
            "-f",  # also over a timestamp .pyc, which compileall would otherwise keep
            "-j",
            "0",
            "--invalidation-mode",
            "unchecked-hash",
            str(stage),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BytecodeError(f"compileall failed:\n{result.stdout}\n{result.stderr}")
    missing = missing_bytecode(stage)
    if missing:
        shown = ", ".join(str(p.relative_to(stage)) for p in missing[:5])
        raise BytecodeError(f"{len(missing)} modules without 3.11 bytecode, e.g. {shown}")
    return sum(1 for _ in stage.rglob("*.py"))


def bytecode_path(source: Path) -> Path:
    """Where CPython 3.11 looks for the bytecode of ``source``."""
    return source.parent / "__pycache__" / f"{source.stem}.{CACHE_TAG}.pyc"


def is_unchecked_311(pyc: Path) -> bool:
    """Whether ``pyc`` is CPython 3.11 bytecode that loads without checking its source."""
    try:
        with pyc.open("rb") as handle:
            header = handle.read(8)
    except OSError:
        return False
    return header[:4] == MAGIC_311 and int.from_bytes(header[4:8], "little") == FLAG_HASH_BASED


def missing_bytecode(stage: Path) -> list[Path]:
    """Every ``.py`` under ``stage`` whose 3.11 unchecked-hash ``.pyc`` is absent or stale."""
    return sorted(p for p in stage.rglob("*.py") if not is_unchecked_311(bytecode_path(p)))
