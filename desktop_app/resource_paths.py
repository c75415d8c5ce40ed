"""Where the project's ``resources/`` folder is, from a checkout, an install or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the ``desktop_app`` package (checkout, frozen app)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root) / "resources"] if frozen_root else []
    candidates.append(Path(__file__).resolve().parents[1] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found beside desktop_app")


def resource_path(*parts: str) -> Path:
    """A file inside ``resources/``."""
    return resources_dir().joinpath(*parts)
