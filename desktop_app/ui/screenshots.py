"""Screenshots for the README: ``python -m desktop_app.ui.screenshots [--out docs/screenshots]``.

Runs the real app against a fresh embedded sandbox (started by the sync layer, as the app
does), then saves PNGs of: the inbox, the detail with its PDF, the reject dialog, the outbox
with a conflict, and the settings with a certificate. Uses the offscreen platform unless
``--xcb`` is given (e.g. under ``xvfb-run``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZE = (1440, 900)  # the README's shots; --size gives others (1366x768, 1024x768)


def _wait(app: object, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot state not reached")
        time.sleep(0.02)


def _settle(app: object, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def _supplier(data_dir: Path, action: str) -> list[int]:
    """A supplier action on the sandbox, through its own command line (a separate process)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app.sandbox",
            "supplier",
            action,
            "--data-dir",
            str(data_dir),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return [int(i) for i in json.loads(result.stdout)["ids"]]


def _shot(widget: Any, path: Path, written: list[Path]) -> None:
    """Save what ``widget`` shows to ``path`` (PNG) and note it in ``written``."""
    widget.grab().save(str(path))
    written.append(path)


def take(out: Path, work: Path, size: tuple[int, int] = SIZE, language: str = "fr") -> list[Path]:
    """Run the app on a fresh sandbox in ``work`` and write the PNGs into ``out``."""
    from desktop_app.domain.inboxes import Inbox
    from desktop_app.domain.permissions import ActionKind
    from desktop_app.models.database import open_database
    from desktop_app.models.queries import InvoiceFilter
    from desktop_app.sync.credentials import SecretStore
    from desktop_app.ui.adapters.sync_adapter import SyncService
    from desktop_app.ui.app import make_application
    from desktop_app.ui.dialogs.reject_dialog import RejectDialog
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.qt import QMessageBox, QSettings, QTimer
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.workers import pending_tasks

    app = make_application()
    install_language(language)
    sandbox_dir = work / "sandbox"
    settings_path = work / "connection.json"
    settings_path.write_text(
        json.dumps(
            {
                "active": "sandbox",
                "profiles": [
                    {
                        "name": "sandbox",
                        "kind": "sandbox",
                        "auth_mode": "certificat",
                        "sandbox_data_dir": str(sandbox_dir),
                        "sandbox_invoices": 400,
                        "files": "background",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    database = open_database(work / "cache.sqlite")
    sync = SyncService(
        database, settings_path=settings_path, secrets=SecretStore(use_keyring=False)
    )
    written: list[Path] = []
    try:
        sync.connect("sandbox")
        assert sync.engine is not None
        result = sync.engine.run_once()
        if result.error_key:
            raise RuntimeError(result.error_message)
        settings = QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(sync, settings)
        window.resize(*size)
        window.show()
        _wait(app, lambda: pending_tasks() == 0)
        _settle(app)

        def shot(widget: object, name: str) -> None:
            _shot(widget, out / name, written)

        window.list.select_first()
        _wait(app, lambda: window.detail.preview.renders > 0 and pending_tasks() == 0)
        _settle(app)
        shot(window, "inbox.png")
        written.extend(_structures_shot(app, window, out))
        window.list.select_row(2)
        _wait(app, lambda: window.detail.preview.renders > 1 and pending_tasks() == 0)
        window.splitter.setSizes([180, 520, 740])
        _settle(app, 0.8)
        shot(window, "detail-pdf.png")
        written.extend(_viewer_shots(app, window, out, size))

        dialog = RejectDialog(
            window.controller.tr("Facture {number} de {supplier}").format(
                number=window.detail.detail.number if window.detail.detail else "",
                supplier=window.detail.detail.supplier_name if window.detail.detail else "",
            ),
            "MISE_A_DISPOSITION",
            window,
        )
        dialog.motif.select_code("CALCUL_ERR")
        dialog.comment.set_text(
            "Le total HT ne correspond pas à la somme des lignes (écart de 12,40 EUR). "
            "Merci de déposer une facture rectifiée."
        )
        dialog.show()
        _settle(app)
        shot(dialog, "reject-dialog.png")
        dialog.close()

        # A real conflict: the supplier completes a suspended invoice on the platform while
        # the clerk rejects the older version of it.
        completed = _supplier(sandbox_dir, "complete")
        window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"SUSPENDUE"})))
        model = window.list.invoice_model
        while model.row_of(completed[0]) is None and model.canFetchMore():
            model.fetchMore()
        window.list.select_row(model.row_of(completed[0]) or 0)

        def answer(opened: object) -> None:
            def fill() -> None:
                if isinstance(opened, QMessageBox):  # "reject definitively?" -> yes
                    opened.accept()
                    return
                opened.motif.setCurrentIndex(1)  # type: ignore[attr-defined]
                opened.comment.set_text("Pièce justificative toujours manquante.")  # type: ignore[attr-defined]
                opened.try_accept()  # type: ignore[attr-defined]

            QTimer.singleShot(0, fill)

        window.controller.dialog_opened.connect(answer)
        window.run_action(ActionKind.REJECT)
        window.controller.dialog_opened.disconnect(answer)
        sync.engine.run_once()
        _wait(app, lambda: pending_tasks() == 0)
        window.show_outbox()
        outbox = window.outbox_window
        assert outbox is not None
        outbox.resize(1100, 560)
        _settle(app, 0.6)
        shot(outbox, "outbox-conflict.png")
        outbox.close()

        written.extend(_issue8_shots(app, window, sync, sandbox_dir, out))
        written.extend(_tools_shots(app, window, sync, out))
        written.extend(_works_shot(app, sync, work, size, out))

        settings_dialog = SettingsDialog(sync, settings, window)
        connect_files = sorted(sandbox_dir.rglob("connect.json"))
        if connect_files:
            connect = json.loads(connect_files[0].read_text("utf-8"))
            user = next(iter(connect.get("users", [])), None)
            if user is not None:
                settings_dialog.profile.setCurrentIndex(
                    settings_dialog.profile.findData("qualification")
                )
                settings_dialog.cert_path.setText(str(user["pkcs12"]))
                settings_dialog.password.setText(str(user["password"]))
                settings_dialog.import_selected()
        settings_dialog.show()
        _settle(app)
        shot(settings_dialog, "settings-certificate.png")
        settings_dialog.close()
        window.close()
    finally:
        sync.stop()
        database.close()
    return written


def _viewer_shots(app: object, window: object, out: Path, size: tuple[int, int]) -> list[Path]:
    """At 1366x768, as a clerk first sees it: the invoice at 100 % in the default split (the
    fields folded, the image at least 600 px wide), then the fields shown beside it (Ctrl+I),
    the history, and the detached viewer (issue 13)."""
    from desktop_app.ui.workers import pending_tasks

    written: list[Path] = []
    w: Any = window
    w.resize(1366, 768)
    w.panes.reset(1366)
    w.list.select_row(2)
    _wait(app, lambda: pending_tasks() == 0)
    w.detail.preview.viewer.set_zoom(1.0)
    _settle(app, 0.8)
    _shot(w, out / "detail-1366-100.png", written)
    w.detail.preview.viewer.fit_width()
    _settle(app, 0.8)
    _shot(w, out / "detail-1366-fit-width.png", written)
    w.detail.preview.viewer.set_zoom(1.0)
    w.actions_by_key["toggle_fields"].trigger()
    _settle(app, 0.5)
    _shot(w, out / "detail-1366-fields.png", written)
    w.actions_by_key["toggle_fields"].trigger()
    w.detail.tabs.setCurrentIndex(1)
    _settle(app, 0.4)
    _shot(w.detail, out / "detail-1366-history.png", written)
    w.detail.tabs.setCurrentIndex(0)
    viewer = w.detail.preview.open_detached()
    if viewer is not None:
        viewer.resize(1366, 768)
        _settle(app, 0.8)
        _shot(viewer, out / "viewer-detached.png", written)
        viewer.close()
    w.resize(*size)
    _settle(app, 0.3)
    return written


def _structures_shot(app: object, window: object, out: Path) -> list[Path]:
    """The sidebar's structure selector with one structure kept (Enter on it)."""
    from desktop_app.ui.structure_selector import ID_ROLE
    from desktop_app.ui.workers import pending_tasks

    written: list[Path] = []
    w: Any = window
    selector = w.structures
    if selector.count() < 3:
        return written
    selector.setFocus()
    selector.setCurrentRow(2)
    selector.only(int(selector.item(2).data(ID_ROLE)))
    _wait(app, lambda: pending_tasks() == 0)
    w.list.select_first()
    _settle(app, 0.8)
    _shot(w, out / "structures.png", written)
    selector.only(None)
    _wait(app, lambda: pending_tasks() == 0)
    return written


def _issue8_shots(
    app: object, window: object, sync: object, sandbox_dir: Path, out: Path
) -> list[Path]:
    """The deadline column, the duplicate side-by-side view and the approval queue."""
    from datetime import timedelta

    from sqlalchemy import func, select

    from desktop_app.domain.actions import mark_service_done
    from desktop_app.domain.inboxes import Inbox
    from desktop_app.domain.status_types import Role
    from desktop_app.models import Invoice
    from desktop_app.models.queries import InvoiceFilter
    from desktop_app.sync.approvals import load_circuit
    from desktop_app.ui.adapters.sync_adapter import UserInfo
    from desktop_app.ui.filter_bar import DEADLINE_URGENT
    from desktop_app.ui.qt import Qt
    from desktop_app.ui.workers import pending_tasks

    written: list[Path] = []
    w: Any = window
    s: Any = sync

    def shot(widget: Any, name: str) -> None:
        _shot(widget, out / name, written)

    # deadline column: every inbox, late or due within 10 days, latest deadline first, counted
    # to a day shortly after the sandbox's newest deposits (its data is anchored in the past)
    with s.database.read() as session:
        newest = session.scalar(select(func.max(Invoice.received_on)))
    if newest is not None:
        w.list.invoice_model.today = newest + timedelta(days=24)
        w.detail.today = w.list.invoice_model.today
    w.restrict(InvoiceFilter(inbox=Inbox.ALL))
    w.filters.set_deadline(DEADLINE_URGENT, 10)
    w.list.sortByColumn(8, Qt.SortOrder.DescendingOrder)
    _wait(app, lambda: pending_tasks() == 0)
    w.list.select_first()
    w.splitter.setSizes([170, 860, 520])
    w.list.setColumnWidth(1, 170)
    w.list.setColumnWidth(2, 110)
    _settle(app, 0.8)
    shot(w, "deadline-column.png")
    w.filters.set_deadline("any")
    w.list.invoice_model.today = w.detail.today = None

    # duplicate: the supplier deposits a copy; after sync it is flagged and linked
    _supplier(sandbox_dir, "duplicate")
    s.engine.run_once()
    with s.database.read() as session:
        pair = session.execute(
            select(Invoice.duplicate_of_id, Invoice.id)
            .where(Invoice.duplicate_of_id.is_not(None))
            .limit(1)
        ).first()
    if pair is not None:
        dialog = w.show_comparison(int(pair[0]), int(pair[1]))
        dialog.resize(900, 520)
        _settle(app, 0.5)
        shot(dialog, "duplicate-side-by-side.png")
        dialog.close()

    # approval queue: the clerk's over-threshold service-done awaits the manager
    with s.database.read() as session:
        candidates = session.execute(
            select(Invoice.id, Invoice.structure_id, Invoice.service_code, Invoice.amount_excl_vat)
            .where(Invoice.status == "MISE_A_DISPOSITION", Invoice.pending_action.is_(None))
            .order_by(Invoice.amount_excl_vat.desc())
            .limit(40)
        ).all()
        chosen = [
            c[0]
            for c in candidates
            if c[3] is not None and c[3] > load_circuit(session, c[1]).policy.threshold_for(c[2])
        ][:4]
    clerk = s.user
    s.user = UserInfo(name="clerk", role=Role.CLERK, profile=clerk.profile)
    for invoice_id in chosen:
        s.queue(invoice_id, mark_service_done("MISE_A_DISPOSITION", Role.CLERK)).result(30)
    s.user = UserInfo(name="manager", role=Role.MANAGER, profile=clerk.profile)
    queue = w.show_approvals()
    queue.resize(1100, 520)
    queue.comment.setPlainText("Conforme au bon de commande et au procès-verbal de réception.")
    _settle(app, 0.6)
    shot(queue, "approval-queue.png")
    queue.close()
    s.user = clerk
    return written


def _tools_shots(app: object, window: object, sync: object, out: Path) -> list[Path]:
    """The Outils menu: the audit trail's verification and the approval-circuit editor."""
    from desktop_app.domain.status_types import Role
    from desktop_app.ui.adapters.sync_adapter import UserInfo
    from desktop_app.ui.workers import pending_tasks

    written: list[Path] = []
    w: Any = window
    s: Any = sync
    w.audit.last_message = None
    w.audit.verify()
    _wait(app, lambda: w.audit.last_message is not None)
    _settle(app, 0.4)
    box = w.audit.last_message
    _shot(box, out / "audit-verify.png", written)
    box.accept()

    previous = s.user
    s.user = UserInfo(name="admin", role=Role.ADMIN, profile=previous.profile)
    dialog = w.circuit_editor.open()
    if dialog is not None:
        dialog.resize(1000, 760)
        _wait(app, lambda: pending_tasks() == 0)
        _settle(app, 0.6)
        _shot(dialog, out / "circuit-editor.png", written)
        dialog.close()
    s.user = previous
    return written


def _works_shot(
    app: object, sync: object, work: Path, size: tuple[int, int], out: Path
) -> list[Path]:
    """The « Travaux » window as the sandbox's MOE demo user sees it (its own cache)."""
    from desktop_app.models.database import open_database
    from desktop_app.sync.client import PlatformClient
    from desktop_app.sync.credentials import SecretStore
    from desktop_app.sync.sandbox_door import settings_from_connect_info
    from desktop_app.ui.adapters.sync_adapter import SyncService
    from desktop_app.ui.works_window import WorksWindow

    s: Any = sync
    info = s.sandbox.info(s.load_profiles().profile("sandbox"))  # the one already running
    database = open_database(work / "moe.sqlite")
    moe = SyncService(database, secrets=SecretStore(use_keyring=False))
    written: list[Path] = []
    try:
        client_settings, _ = settings_from_connect_info(info, user="moe", timeout_s=10)
        moe.use_client(PlatformClient(client_settings), "none")
        moe.enable_works(True)
        assert moe.engine is not None
        moe.engine.run_once()
        window = WorksWindow(moe)
        window.resize(min(size[0], 1200), min(size[1], 700))
        window.show()
        _settle(app, 0.8)
        _shot(window, out / "works.png", written)
        window.close()
    finally:
        moe.stop()
        database.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--xcb", action="store_true", help="use the X11 platform (Xvfb)")
    parser.add_argument("--size", default=None, help="main window size, e.g. 1366x768")
    parser.add_argument("--language", choices=("fr", "en"), default="fr")
    args = parser.parse_args(argv)
    size = SIZE
    if args.size:
        width, _, height = args.size.partition("x")
        size = (int(width), int(height))
    if not args.xcb:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="invoice-desk-shots-") as work:
        for path in take(args.out, Path(work), size, args.language):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
