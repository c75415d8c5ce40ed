"""Exports through the window (the list with its filters to CSV/XLSX, the selection's PDFs to
a folder or one merged PDF, cancellable) read back with openpyxl/pypdf; notification choices
per user (events, services) applied by the notifier."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter, count
from desktop_app.sync.events import EventBus, InvoicesChanged, OutboxChanged
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notification_prefs import (
    APPROVALS,
    NEW_INVOICES,
    OUTBOX_OUTCOMES,
    NotificationPrefs,
    load_prefs,
    save_prefs,
)
from desktop_app.ui.notifications import Notifier, notification_text
from desktop_app.ui.qt import QSettings
from tests.documents.test_exports import _store_generated


def test_list_exports_follow_the_filters(
    window: MainWindow, cache: Database, tmp_path: Path, qtbot: Any
) -> None:
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"SUSPENDUE"})))
    criteria = window.current_filter()
    with cache.read() as session:
        expected = count(session, criteria)
    assert 0 < expected < 400
    target = tmp_path / "liste.csv"
    assert window.export("csv", str(target)) == expected
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == expected + 1
    workbook_path = tmp_path / "liste.xlsx"
    assert window.export("xlsx", str(workbook_path)) == expected
    sheet = load_workbook(workbook_path).active
    assert sheet is not None
    assert len(list(sheet.iter_rows(values_only=True))) == expected + 1


def test_selection_pdfs_folder_merged_and_cancel(
    window: MainWindow, cache: Database, tmp_path: Path, qtbot: Any
) -> None:
    ids = _store_generated(cache, 3)
    window.list.invoice_model.set_query(InvoiceFilter(inbox=Inbox.ALL))
    window._chosen_ids = lambda: ids  # type: ignore[method-assign]
    merged = tmp_path / "lot.pdf"
    window.export("merged", str(merged))
    controller = window.last_export
    qtbot.waitUntil(lambda: controller.done, timeout=30_000)
    assert len(PdfReader(merged).pages) >= 3
    folder = tmp_path / "pdfs"
    window.export("pdfs", str(folder))
    controller = window.last_export
    qtbot.waitUntil(lambda: controller.done, timeout=30_000)
    assert sorted(p.suffix for p in folder.iterdir()) == [".pdf"] * 3
    # cancelled before it starts: nothing merged
    cancelled = tmp_path / "annule.pdf"
    window.export("merged", str(cancelled))
    controller = window.last_export
    assert controller.progress is not None
    controller.progress.cancel()
    qtbot.waitUntil(lambda: controller.done, timeout=30_000)
    assert controller.result.cancelled or cancelled.exists()


def test_notification_choices_per_user_and_service(
    qtbot: Any, cache: Database, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "n.ini"), QSettings.Format.IniFormat)
    assert load_prefs(settings, "clerk") == NotificationPrefs()  # everything by default
    save_prefs(
        settings, "clerk", NotificationPrefs(frozenset({NEW_INVOICES}), frozenset({"ECOLES"}))
    )
    save_prefs(settings, "manager", NotificationPrefs(frozenset({APPROVALS, OUTBOX_OUTCOMES})))
    prefs = load_prefs(settings, "clerk")
    assert prefs.events == {NEW_INVOICES} and prefs.services == {"ECOLES"}
    with cache.read() as session:
        from sqlalchemy import select

        from desktop_app.models import Invoice

        rows = dict(session.execute(select(Invoice.id, Invoice.service_code)).all())
    ecoles = [i for i, s in rows.items() if s == "ECOLES"][:2]
    other = [i for i, s in rows.items() if s == "FINANCES"][:3]
    event = InvoicesChanged(tuple(ecoles + other), (), ())
    text = notification_text([event], prefs, rows)
    assert text is not None and "2 nouvelles factures" in text[1]
    refused = OutboxChanged(1, other[0], "discarded", "APPROBATION_REQUISE")
    assert notification_text([], prefs, rows, [refused]) is None  # clerk: no approvals
    manager = load_prefs(settings, "manager")
    assert notification_text([event], manager, rows) is None  # manager: no new invoices
    manager_text = notification_text([], manager, rows, [refused])
    assert manager_text is not None and "approbation" in manager_text[1]
    bus = EventBus()
    notifier = Notifier(bus, settings, user="clerk", database=cache)
    bus.publish(event)
    qtbot.waitUntil(lambda: bool(notifier.pending), timeout=5000)
    notifier.flush()
    assert notifier.shown and "2 nouvelles" in notifier.shown[-1][1]
    notifier.close()
