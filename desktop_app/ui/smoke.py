"""``--smoke``: prove a build starts — Qt application, a shown widget, the local cache — and exit 0.

Used by the frozen app (``invoice-desk --smoke``), the release workflow and the installers'
checks. By default it runs offscreen and opens the cache in a fresh temporary folder, so it
touches nothing of the user's. Exit status 0 on success; any failure raises (non-zero exit).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SmokeReport:
    """What the smoke run saw."""

    qt_version: str
    platform_name: str
    cache_path: Path
    cache_tables: int
    resources: Path
    seconds: float

    def line(self) -> str:
        """One human-readable summary line."""
        return (
            f"smoke ok: Qt {self.qt_version} on '{self.platform_name}',"
            f" cache {self.cache_path.name}"
            f" ({self.cache_tables} tables), resources {self.resources}, {self.seconds:.2f} s"
        )


def run_smoke(platform: str = "offscreen", cache_dir: Path | None = None) -> SmokeReport:
    """Start a QApplication on ``platform``, show a widget, open the cache, then clean up."""
    started = time.perf_counter()
    os.environ["QT_QPA_PLATFORM"] = platform
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop_app.models.database import open_database
    from desktop_app.models.invoice_reads import table_count
    from desktop_app.resource_paths import resources_dir

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "invoice-desk"])
    assert isinstance(app, QApplication)
    label = QLabel("Invoice Desk")
    label.show()
    app.processEvents()
    if not label.isVisible():
        raise RuntimeError("smoke: the test widget did not become visible")
    label.close()

    with tempfile.TemporaryDirectory(prefix="invoice-desk-smoke-") as tmp:
        folder = cache_dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        cache_path = folder / "smoke-cache.sqlite3"
        db = open_database(cache_path)
        try:
            tables = table_count(db)
        finally:
            db.close()
        if not cache_path.is_file():
            raise RuntimeError(f"smoke: the cache {cache_path} was not created")
    return SmokeReport(
        qt_version=qVersion(),
        platform_name=app.platformName(),
        cache_path=cache_path,
        cache_tables=tables,
        resources=resources_dir(),
        seconds=time.perf_counter() - started,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m desktop_app.ui.smoke [--platform NAME] [--cache-dir DIR]``."""
    parser = argparse.ArgumentParser(prog="invoice-desk --smoke", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="accepted for the frozen entry")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    parser.add_argument("--cache-dir", type=Path, help="open the cache here, not in a temp folder")
    args = parser.parse_args(argv)
    report = run_smoke(platform=args.platform, cache_dir=args.cache_dir)
    print(report.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
