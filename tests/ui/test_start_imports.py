"""The window starts light (issue 17, cold start): what only a sync, an open invoice or an
export needs is imported then, not before the first rows are painted. Runs the window's own
start in a fresh interpreter, as a user's double-click does, and lists what it loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, sys
from pathlib import Path
from desktop_app.ui.app import make_application
from desktop_app.models.database import open_database
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QSettings
app = make_application()
work = Path(sys.argv[1])
database = open_database(work / "cache.sqlite")
sync = SyncService(database, settings_path=work / "c.json")
window = MainWindow(sync, QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
window.show()
window.list.viewport().repaint()
app.processEvents()
loaded = sorted({m.split(".")[0] for m in sys.modules})
ours = sorted(m for m in sys.modules if m.startswith("desktop_app."))
print(json.dumps({"loaded": loaded, "ours": ours}), file=sys.__stderr__)
import os; os._exit(0)
"""

# loaded on the first connection, invoice read, export or certificate read
LATER = ("httpx", "alembic", "reportlab", "pypdf", "openpyxl", "lxml", "psycopg", "cryptography")
LATER_OURS = (
    "desktop_app.sync.client",
    "desktop_app.sync.engine",
    "desktop_app.sync.pull",
    "desktop_app.documents.reader",
    "desktop_app.documents.render",
)


def test_the_window_shows_its_first_rows_without_the_network_pdf_and_export_libraries(
    tmp_path: Path,
) -> None:
    from desktop_app.models.database import open_database

    open_database(tmp_path / "cache.sqlite").close()  # a cache at head, as on every later start
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert "PySide6" in report["loaded"]  # the probe really built the window
    assert sorted(set(LATER) & set(report["loaded"])) == []
    assert sorted(set(LATER_OURS) & set(report["ours"])) == []
