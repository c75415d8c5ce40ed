"""Qt Linguist catalogues: refresh the .ts files from the sources, compile them to .qm.

``python -m desktop_app.ui.translations_build``            compile every .ts to .qm
``python -m desktop_app.ui.translations_build --update``   re-scan the UI sources first
``python -m desktop_app.ui.translations_build --check``    exit 1 when a string is unfinished
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.resource_paths import resource_path

UI_DIR = Path(__file__).resolve().parent
LANGUAGES = ("en", "fr")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found (it ships with PySide6)")
    return found


def ts_path(language: str) -> Path:
    """The catalogue of ``language``."""
    return resource_path("translations") / f"invoice_desk_{language}.ts"


def sources() -> list[Path]:
    """Every UI module that may hold a translatable string."""
    return sorted(p for p in UI_DIR.rglob("*.py") if p.name not in {"translations_build.py"})


def update() -> None:
    """Re-scan the sources into each .ts (existing translations are kept)."""
    files = [str(p) for p in sources()]
    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts_path(language))],
            check=True,
            capture_output=True,
        )


def unfinished(language: str) -> list[str]:
    """Source texts of ``language`` still unfinished or empty."""
    tree = ET.parse(ts_path(language))  # noqa: S314 - our own file
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "")
        ):
            missing.append(source)
    return missing


def compile_all() -> list[Path]:
    """Compile each .ts into its .qm beside it."""
    written = []
    for language in LANGUAGES:
        source = ts_path(language)
        target = source.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="re-scan the sources first")
    parser.add_argument("--check", action="store_true", help="fail on unfinished strings")
    args = parser.parse_args(argv)
    if args.update:
        update()
    if args.check:
        problems = {lang: unfinished(lang) for lang in LANGUAGES}
        for lang, missing in problems.items():
            print(f"{lang}: {len(missing)} unfinished")
            for text in missing[:20]:
                print(f"  {text!r}")
        if any(problems.values()):
            return 1
    for path in compile_all():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
