"""Tests drive what the user drives: EVERY action of the main window's menus and toolbar is
found by walking the menu bar and the toolbars, then triggered through its real QAction
(menu item) or clicked (toolbar button), for each role (clerk, manager, administrator,
delegate), with its dialogs answered as a user would (the real modal dialogs, QFileDialog
included, driven by a timer). Each has its expectation (the file exists and opens, the dialog
shows, the outbox row exists...) and none may end in the unexpected-error dialog
(``ui.errors.handle_exception``). An action missing from :data:`EXPECTED` fails the test."""

from __future__ import annotations

import csv
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QItemSelection
from sqlalchemy import select, update

from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.status_types import Role
from desktop_app.models import Invoice
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter, count, fetch_ids, new_counts
from desktop_app.sync.derived import refresh_after_pull
from desktop_app.ui import errors
from desktop_app.ui.adapters.sync_adapter import SyncService, UserInfo
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.export_controller import documents_folder
from desktop_app.ui.i18n import install_language
from desktop_app.ui.inbox_pane import SHOWN_INBOXES
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import (
    QAction,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QItemSelectionModel,
    QMessageBox,
    QProgressDialog,
    QSettings,
    Qt,
    QTimer,
    QToolBar,
    QToolButton,
    QWidget,
)
from tests.documents.test_exports import _store_generated
from tests.ui.conftest import make_window, spread_over_three_structures, wait_background

ROLES = {
    "clerk": UserInfo(name="clerk", role=Role.CLERK, profile="sandbox"),
    "manager": UserInfo(name="manager", role=Role.MANAGER, profile="sandbox"),
    "administrator": UserInfo(name="admin", role=Role.ADMIN, profile="sandbox"),
    # a delegate holds an absent approver's power through a delegation, not a role of its own
    "delegate": UserInfo(name="delegate", role=Role.CLERK, profile="sandbox"),
}


@dataclass
class Ctx:
    """One role's window and what the user saw."""

    window: MainWindow
    qtbot: Any
    tmp: Path
    role: str
    language: str
    seen: list[tuple[str, str]] = field(default_factory=list)  # (dialog class, its text)
    errors: list[str] = field(default_factory=list)
    answer: Callable[[QWidget], bool] | None = None  # the current action's dialog answers
    files: dict[str, Path] = field(default_factory=dict)
    file_dialog_dirs: list[str] = field(default_factory=list)
    pdf_ids: list[int] = field(default_factory=list)

    def outbox(self) -> list[tuple[int, str, str]]:
        with sqlite3.connect(self.window.database.path) as conn:
            return conn.execute("SELECT invoice_id, action, state FROM outbox").fetchall()

    def select(self, criteria: InvoiceFilter) -> int:
        self.window.restrict(criteria)
        wait_background(self.qtbot)
        self.window.list.select_first()
        invoice_id = self.window.list.current_id()
        assert invoice_id is not None, criteria
        return invoice_id


def _answer_modal(ctx: Ctx) -> None:
    """Called by a timer: answer the modal dialog on top, as the user would."""
    dialog = QApplication.activeModalWidget()
    if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog):
        return  # a progress bar runs its course
    text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
    ctx.seen.append((type(dialog).__name__, text))
    if ctx.answer is not None and ctx.answer(dialog):
        return
    if isinstance(dialog, QMessageBox):
        dialog.accept()
    elif isinstance(dialog, QDialog):
        dialog.reject()


def _make_duplicate(cache: Database) -> None:
    """The second invoice on offer becomes a duplicate of the first (same supplier, number,
    date and amount), as the sync layer's derived fields then say."""
    with cache.read() as session:
        first, second = list(
            session.scalars(
                select(Invoice)
                .where(Invoice.status == "MISE_A_DISPOSITION")
                .order_by(Invoice.id)
                .limit(2)
            )
        )
        source = (first.number, first.supplier_code, first.issue_date, first.amount_incl_vat)
        first_id, target = first.id, second.id

    def copy(session: Any) -> None:
        row = session.get(Invoice, target)
        row.number, row.supplier_code, row.issue_date, row.amount_incl_vat = source
        row.supplier_name = session.get(Invoice, first_id).supplier_name

    cache.writer.run(copy)
    refresh_after_pull(cache, [first_id, target])


RUNS = [(role, "fr") for role in ROLES] + [("clerk", "en"), ("administrator", "en")]


def _text(ctx: Ctx, french: str, english: str) -> str:
    return english if ctx.language == "en" else french


@pytest.fixture(params=RUNS, ids=[f"{role}-{language}" for role, language in RUNS])
def ctx(
    request: Any,
    qtbot: Any,
    cache: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: Any,
) -> Iterator[Ctx]:
    role, language = request.param
    install_language(language)
    pdf_ids = _store_generated(cache, 2)
    _make_duplicate(cache)
    spread_over_three_structures(cache)  # a multi-site entity: the structure selector shows
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    sync.user = ROLES[role]
    window = make_window(qtbot, sync, settings)
    context = Ctx(window, qtbot, tmp_path, role, language, pdf_ids=pdf_ids)

    def unexpected(dialog: errors.ErrorDialog) -> int:
        context.errors.append(dialog.message_label.text() + "\n" + dialog.details.toPlainText())
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", unexpected)
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)  # as the app installs it

    # The platform's file dialogs are stood in for (a native dialog cannot be driven, and
    # Qt's own one fills its view asynchronously): each records where it opened and returns
    # the file the test picked, as the real static calls do.
    def save_file(parent: Any, title: str, start: str = "", pattern: str = "", *a: Any) -> Any:
        context.seen.append(("QFileDialog", title))
        context.file_dialog_dirs.append(str(Path(start).parent))
        chosen = context.files.pop("next", None)
        return (str(chosen) if chosen else "", pattern)

    def pick_folder(parent: Any, title: str, start: str = "", *a: Any) -> str:
        context.seen.append(("QFileDialog", title))
        context.file_dialog_dirs.append(start)
        chosen = context.files.pop("next", None)
        if chosen is not None:
            chosen.mkdir(exist_ok=True)
        return str(chosen) if chosen else ""

    def open_file(parent: Any, title: str, start: str = "", pattern: str = "", *a: Any) -> Any:
        context.seen.append(("QFileDialog", title))
        chosen = context.files.pop("next", None)
        return (str(chosen) if chosen else "", pattern)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick_folder))
    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(lambda: _answer_modal(context))
    timer.start()
    yield context
    timer.stop()
    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible() and isinstance(other, QDialog):
            other.done(0)
    window.close()
    wait_background(qtbot)


# -- the user's answers and checks, per action -------------------------------------------------
def _save_as(ctx: Ctx, name: str) -> None:
    """The user will pick ``name`` in the next file dialog (see the fixture's stand-ins)."""
    ctx.files[name] = ctx.tmp / name
    ctx.files["next"] = ctx.tmp / name


def _list_count(ctx: Ctx) -> int:
    with ctx.window.database.read() as session:
        return count(session, ctx.window.current_filter())


def prep_export_csv(ctx: Ctx) -> None:
    _save_as(ctx, "liste.csv")


def check_export_csv(ctx: Ctx) -> None:
    path = ctx.files["liste.csv"]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == _list_count(ctx) + 1 > 1
    assert rows[0][0] == _text(ctx, "N° facture", "Invoice number")


def prep_export_xlsx(ctx: Ctx) -> None:
    _save_as(ctx, "liste.xlsx")


def check_export_xlsx(ctx: Ctx) -> None:
    sheet = load_workbook(ctx.files["liste.xlsx"]).active
    assert sheet is not None
    assert sheet.max_row == _list_count(ctx) + 1 > 1


def _select_pdf_invoice(ctx: Ctx) -> None:
    with ctx.window.database.read() as session:
        number = session.scalar(select(Invoice.number).where(Invoice.id == ctx.pdf_ids[0]))
    ctx.select(InvoiceFilter(inbox=Inbox.ALL, text=number))
    assert ctx.window.list.current_id() == ctx.pdf_ids[0]


def prep_export_pdfs(ctx: Ctx) -> None:
    _select_pdf_invoice(ctx)
    _save_as(ctx, "pdfs")


def check_export_pdfs(ctx: Ctx) -> None:
    ctx.qtbot.waitUntil(lambda: ctx.window.last_export.done, timeout=30_000)
    written = sorted(ctx.files["pdfs"].glob("*.pdf"))
    assert len(written) == 1
    assert len(PdfReader(written[0]).pages) >= 1


def prep_export_merged(ctx: Ctx) -> None:
    _select_pdf_invoice(ctx)
    _save_as(ctx, "lot.pdf")


def check_export_merged(ctx: Ctx) -> None:
    ctx.qtbot.waitUntil(lambda: ctx.window.last_export.done, timeout=30_000)
    assert len(PdfReader(ctx.files["lot.pdf"]).pages) >= 1


def prep_audit_export(ctx: Ctx) -> None:
    _save_as(ctx, "piste.csv")


def check_audit_export(ctx: Ctx) -> None:
    path = ctx.files["piste.csv"]
    ctx.qtbot.waitUntil(path.exists, timeout=10_000)
    ctx.qtbot.waitUntil(lambda: any("piste.csv" in t for _c, t in ctx.seen), timeout=10_000)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert "hash" in header


def _fill_action(dialog: QWidget) -> bool:
    """Fill an action dialog with valid values and accept it."""
    if not isinstance(dialog, ActionDialog):
        return False
    motif = getattr(dialog, "motif", None)
    if motif is not None:
        motif.setCurrentIndex(1)
    if hasattr(dialog, "number"):
        dialog.number.setText("M-2026-0001")  # type: ignore[attr-defined]
        dialog.amount.setText("12,50")  # type: ignore[attr-defined]
    dialog.comment.set_text("Contrôlé.")  # type: ignore[attr-defined]
    dialog.try_accept()
    return True


def _invoice_action(statuses: tuple[str, ...], *kinds: str, manager_only: bool = False) -> Any:
    """(prepare, check) for an invoice action on a small invoice of one of ``statuses``: an
    outbox row of one of ``kinds`` (the dialog's first choice) once its dialog is accepted."""
    chosen: dict[str, int] = {}

    def prep(ctx: Ctx) -> None:
        for status in statuses:
            criteria = InvoiceFilter(
                inbox=Inbox.ALL, statuses=frozenset({status}), amount_max=Decimal("30000")
            )
            with ctx.window.database.read() as session:
                if count(session, criteria):
                    chosen["id"] = ctx.select(criteria)
                    break
        assert "id" in chosen, statuses
        chosen["before"] = len(ctx.outbox())
        ctx.answer = _fill_action

    def check(ctx: Ctx) -> None:
        rows = ctx.outbox()
        if manager_only and ROLES[ctx.role].role is Role.CLERK:
            assert len(rows) == chosen["before"]  # refused, with a message the user reads
            assert any(c == "QMessageBox" for c, _t in ctx.seen), ctx.seen
            return
        assert any((chosen["id"], kind, "pending") in rows for kind in kinds), rows
        assert any(c.endswith("Dialog") and c != "QMessageBox" for c, _t in ctx.seen)

    return prep, check


def _fill_recycle(dialog: QWidget) -> bool:
    """Recycle as a user: type part of a service's name, keep the first match, say why."""
    services = getattr(dialog, "services", None)
    if not isinstance(dialog, ActionDialog) or services is None:
        return False
    first = services.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.search.setText(first.name[:6])  # type: ignore[attr-defined]
    dialog.comment.set_text("Commande passée par un autre service.")  # type: ignore[attr-defined]
    dialog.try_accept()
    return True


def _recycle_action() -> tuple[Prep, Callable[[Ctx], None]]:
    """(prepare, check) for recycling: a service chosen in the dialog's searchable list, and
    the outbox row's motif naming it."""
    prep, check = _invoice_action(("MISE_A_DISPOSITION",), "recycle")

    def prep_recycle(ctx: Ctx) -> None:
        assert prep is not None
        prep(ctx)
        ctx.answer = _fill_recycle

    def check_recycle(ctx: Ctx) -> None:
        check(ctx)
        with sqlite3.connect(ctx.window.database.path) as conn:
            (payload,) = conn.execute(
                "SELECT payload FROM outbox WHERE action = 'recycle' ORDER BY id DESC LIMIT 1"
            ).fetchone()
        assert "Service destinataire : " in payload

    return prep_recycle, check_recycle


def prep_import_engagements(ctx: Ctx) -> None:
    """The user picks the example file of the user guide (its very text)."""
    from tests.models.test_engagements import guide_csv

    path = ctx.tmp / "engagements.csv"
    path.write_text(guide_csv(), encoding="utf-8")
    ctx.files["next"] = path


def check_import_engagements(ctx: Ctx) -> None:
    from desktop_app.ui.invoice_table_model import Column

    controller = ctx.window.engagements
    ctx.qtbot.waitUntil(lambda: controller.last_outcome is not None, timeout=10_000)
    assert controller.last_outcome.stored == 3
    ctx.qtbot.waitUntil(lambda: any(c == "QMessageBox" for c, _t in ctx.seen), timeout=5000)
    assert not ctx.window.list.isColumnHidden(Column.ENGAGEMENT)
    with ctx.window.database.read() as session:  # the cache's numbers are not in the file
        unknown = InvoiceFilter(engagement_states=frozenset({"not_found"}))
        assert count(session, unknown) > 0


def _dialog_shown(name: str) -> Callable[[Ctx], None]:
    def check(ctx: Ctx) -> None:
        assert any(c == name for c, _t in ctx.seen), ctx.seen

    return check


def _visible(attribute: str) -> Callable[[Ctx], None]:
    def check(ctx: Ctx) -> None:
        window = getattr(ctx.window, attribute)
        assert window is not None and window.isVisible()
        window.close()

    return check


def _focus(get: Callable[[MainWindow], QWidget]) -> Callable[[Ctx], None]:
    def check(ctx: Ctx) -> None:
        target = get(ctx.window)
        focused = QApplication.focusWidget()
        assert focused is target or (focused is not None and target.isAncestorOf(focused))

    return check


def check_sync(ctx: Ctx) -> None:  # not connected in this test: the user is told so
    ctx.qtbot.waitUntil(lambda: bool(ctx.window.statusBar().currentMessage()), timeout=5000)
    message = ctx.window.statusBar().currentMessage()
    assert message.startswith(_text(ctx, "Synchronisation impossible", "Synchronisation failed")), (
        message
    )


def prep_save_search(ctx: Ctx) -> None:
    def answer(dialog: QWidget) -> bool:
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue("Mes suspendues")
            dialog.accept()
            return True
        return False

    ctx.answer = answer


def check_save_search(ctx: Ctx) -> None:
    saved = ctx.window.filters.saved
    ctx.qtbot.waitUntil(lambda: saved.findText("Mes suspendues") >= 0, timeout=5000)


def _choose_saved(ctx: Ctx, name: str) -> None:
    """Save a search and choose it in the filter bar's chooser, as the user picks it."""
    ctx.window.saved_searches.save_as(name, criteria=InvoiceFilter(inbox=Inbox.SUSPENDED))
    saved = ctx.window.filters.saved
    ctx.qtbot.waitUntil(lambda: saved.findText(name) >= 0, timeout=5000)
    index = saved.findText(name)
    saved.setCurrentIndex(index)
    saved.activated.emit(index)
    wait_background(ctx.qtbot)


def _search_name(ctx: Ctx, word: str) -> str:
    return f"{word} {ctx.role} {ctx.language}"


def prep_rename_search(ctx: Ctx) -> None:
    _choose_saved(ctx, _search_name(ctx, "À renommer"))

    def answer(dialog: QWidget) -> bool:
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(_search_name(ctx, "Renommée"))
            dialog.accept()
            return True
        return False

    ctx.answer = answer


def check_rename_search(ctx: Ctx) -> None:
    """« Renommer la recherche… »: the chosen search now has the name typed, and only it."""
    saved = ctx.window.filters.saved
    ctx.qtbot.waitUntil(lambda: saved.findText(_search_name(ctx, "Renommée")) >= 0, timeout=5000)
    assert saved.findText(_search_name(ctx, "À renommer")) < 0


def prep_delete_search(ctx: Ctx) -> None:
    _choose_saved(ctx, _search_name(ctx, "À supprimer"))

    def answer(dialog: QWidget) -> bool:
        yes = (
            dialog.button(QMessageBox.StandardButton.Yes)
            if isinstance(dialog, QMessageBox)
            else None
        )
        if yes is not None:
            yes.click()
            return True
        return False

    ctx.answer = answer


def check_delete_search(ctx: Ctx) -> None:
    """« Supprimer la recherche… »: asked first (the search named), then gone from the chooser;
    with nothing chosen any more, the action is greyed out."""
    name = _search_name(ctx, "À supprimer")
    saved = ctx.window.filters.saved
    ctx.qtbot.waitUntil(lambda: saved.findText(name) < 0, timeout=5000)
    assert any(name in text for kind, text in ctx.seen if kind == "QMessageBox"), ctx.seen
    assert not ctx.window.actions_by_key["delete_search"].isEnabled()


def prep_compare(ctx: Ctx) -> None:
    window = ctx.window
    ctx.select(InvoiceFilter(inbox=Inbox.ALL))
    window.filters.duplicates.click()  # the "possible duplicates" box, as the user ticks it
    window.filters.apply_now()
    wait_background(ctx.qtbot)
    window.list.select_first()
    ctx.qtbot.waitUntil(lambda: window.detail.duplicate_pair() is not None, timeout=5000)
    window._update_actions()


def check_compare(ctx: Ctx) -> None:
    dialog = ctx.window.comparison
    assert dialog.isVisible() and dialog.table.rowCount() > 0
    dialog.close()
    ctx.window.filters.duplicates.setChecked(False)


def check_circuit(ctx: Ctx) -> None:
    action = ctx.window.actions_by_key["approval_circuit"]
    if ROLES[ctx.role].role is Role.ADMIN:
        assert any(c == "CircuitEditorDialog" for c, _t in ctx.seen), ctx.seen  # then closed
    else:  # greyed out, and the tooltip says why
        assert not action.isEnabled()
        assert _text(ctx, "administrateurs", "Administrators") in action.toolTip()


def check_works(ctx: Ctx) -> None:
    """« Travaux » (Ctrl+Shift+W): the works window opens with its four boxes in the user's
    language, fits 1366×768, and (no works pulled for this user) says its box is empty."""
    window = ctx.window.works_window
    assert window is not None and window.isVisible()
    boxes = [window.box.itemText(i) for i in range(window.box.count())]
    assert boxes[0] == _text(ctx, "À vérifier (MOE)", "To check (MOE)"), boxes
    assert window.frameGeometry().width() <= 1366 and window.frameGeometry().height() <= 768
    assert not any(b.isEnabled() for b in window.buttons.values())
    window.close()


def prep_shortcuts(ctx: Ctx) -> None:
    def answer(dialog: QWidget) -> bool:
        table = getattr(dialog, "table", None)
        if table is not None:
            ctx.files.pop("next", None)
            names = {table.item(r, 0).text() for r in range(table.rowCount())}
            ctx.seen.append(("shortcut rows", "|".join(sorted(names))))
        return False

    ctx.answer = answer


def check_shortcuts(ctx: Ctx) -> None:
    assert any(c == "ShortcutsDialog" for c, _t in ctx.seen), ctx.seen
    rows = next(t for c, t in ctx.seen if c == "shortcut rows").split("|")
    for action in ctx.window.actions_by_key.values():
        if not action.shortcut().isEmpty():
            assert action.text().replace("&", "") in rows


def _inbox(number: int, inbox: Inbox) -> tuple[None, Callable[[Ctx], None]]:
    def check(ctx: Ctx) -> None:
        window = ctx.window
        assert window.list.invoice_model.criteria.inbox is inbox
        assert window.inboxes.currentItem() is window.inboxes.inbox_items[inbox]
        with window.database.read() as session:  # the footer gives the true count
            total = count(session, window.current_filter())
        shown = _text(ctx, f"{total} facture(s)", f"{total} invoice(s)")
        ctx.qtbot.waitUntil(lambda: window.result_label.text() == shown, timeout=5000)

    return None, check


def _flag_new(ctx: Ctx, criteria: InvoiceFilter, how_many: int) -> list[int]:
    """``how_many`` invoices of ``criteria`` become new, as a pull of new invoices leaves
    them (tests/ui/test_new_invoices.py does it with the real pull against the sandbox)."""
    with ctx.window.database.read() as session:
        ids = fetch_ids(session, criteria, limit=how_many)

    def flag(session: Any) -> None:
        session.execute(update(Invoice).where(Invoice.id.in_(ids)).values(is_new=True))

    ctx.window.database.writer.run(flag)
    ctx.window.restrict(criteria)
    ctx.window.refresh_side()
    wait_background(ctx.qtbot)
    sidebar = ctx.window.inboxes.inbox_items[criteria.inbox].text(0)
    assert _text(ctx, f"{how_many} nouv.", f"{how_many} new") in sidebar, sidebar
    return ids


def _new_left(ctx: Ctx) -> dict[str, int]:
    with ctx.window.database.read() as session:
        return new_counts(session)


def prep_mark_seen(ctx: Ctx) -> None:
    criteria = InvoiceFilter(inbox=Inbox.SUSPENDED)
    ids = _flag_new(ctx, criteria, 3)
    ctx.seen.append(("new", ",".join(map(str, ids))))
    window = ctx.window
    window.list.select_first()  # the newest two, selected as the user shift-clicks them
    window.list.selectionModel().select(
        QItemSelection(
            window.list.invoice_model.index(0, 0), window.list.invoice_model.index(1, 0)
        ),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert window.list.selected_ids() == ids[:2]


def check_mark_seen(ctx: Ctx) -> None:
    ids = [int(i) for i in next(t for c, t in ctx.seen if c == "new").split(",")]
    ctx.qtbot.waitUntil(lambda: _new_left(ctx) == {Inbox.SUSPENDED.value: 1}, timeout=5000)
    model = ctx.window.list.invoice_model
    fonts = [model.data(model.index(model.row_of(i), 1), Qt.ItemDataRole.FontRole) for i in ids]
    bold = [font is not None and font.bold() for font in fonts]
    assert bold == [False, False, True]
    label = ctx.window.inboxes.inbox_items[Inbox.SUSPENDED]
    ctx.qtbot.waitUntil(lambda: _text(ctx, "1 nouv.", "1 new") in label.text(0), timeout=5000)
    ctx.window.actions_by_key["mark_all_seen"].trigger()  # leave nothing new behind
    ctx.qtbot.waitUntil(lambda: _new_left(ctx) == {}, timeout=5000)


def prep_mark_all_seen(ctx: Ctx) -> None:
    _flag_new(ctx, InvoiceFilter(inbox=Inbox.TO_PROCESS), 4)
    _flag_new(ctx, InvoiceFilter(inbox=Inbox.REJECTED), 2)
    ctx.window.restrict(InvoiceFilter(inbox=Inbox.TO_PROCESS))  # the list the user looks at
    wait_background(ctx.qtbot)


def check_mark_all_seen(ctx: Ctx) -> None:
    ctx.qtbot.waitUntil(lambda: _new_left(ctx) == {Inbox.REJECTED.value: 2}, timeout=5000)
    items = ctx.window.inboxes.inbox_items
    ctx.qtbot.waitUntil(lambda: "·" not in items[Inbox.TO_PROCESS].text(0), timeout=5000)
    assert _text(ctx, "2 nouv.", "2 new") in items[Inbox.REJECTED].text(0)
    ctx.window.restrict(InvoiceFilter(inbox=Inbox.REJECTED))
    wait_background(ctx.qtbot)
    ctx.window.actions_by_key["mark_all_seen"].trigger()
    ctx.qtbot.waitUntil(lambda: _new_left(ctx) == {}, timeout=5000)


def prep_lang(ctx: Ctx) -> None:
    ctx.files.pop("language", None)
    ctx.window.language_requested.connect(lambda code: ctx.seen.append(("language", code)))


def _language(code: str) -> Callable[[Ctx], None]:
    def check(ctx: Ctx) -> None:  # the app session rebuilds the window (test_app_parts)
        assert ("language", code) in ctx.seen

    return check


def check_viewer(ctx: Ctx) -> None:
    preview = ctx.window.detail.preview
    ctx.qtbot.waitUntil(lambda: preview.detached is not None, timeout=5000)
    viewer = preview.detached
    assert viewer is not None and viewer.isVisible()
    viewer.close()


def check_guide(ctx: Ctx) -> None:
    from desktop_app.ui.user_guide import _open

    guide = _open["window"]
    assert guide is not None and guide.isVisible()
    assert "Invoice Desk" in guide.browser.toPlainText()
    guide.close()


def prep_diagnostics(ctx: Ctx) -> None:
    """A status of a reform platform the catalogue does not know, as the pull records it."""
    from desktop_app.sync.unknown_statuses import SeenStatus, record_unknown

    seen = [SeenStatus("ENCAISSEE", "Encaissée", "search", None)]
    ctx.window.database.writer.run(lambda session: record_unknown(session, seen))


def check_diagnostics(ctx: Ctx) -> None:
    dialog = ctx.window.diagnostics.dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows.get("ENCAISSEE") == "Encaissée"
    from desktop_app.ui.i18n import status_label

    assert status_label("ENCAISSEE") == "Encaissée (ENCAISSEE)"  # the list shows it readably
    dialog.close()


def _viewer(ctx: Ctx) -> Any:
    return ctx.window.detail.preview.viewer


def _zoom(ctx: Ctx) -> float:
    return float(_viewer(ctx).view.zoomFactor())


def _zoom_moves(direction: int) -> tuple[Prep, Callable[[Ctx], None]]:
    before: list[float] = []

    def prep(ctx: Ctx) -> None:
        _viewer(ctx).set_zoom(1.0)
        before[:] = [_zoom(ctx)]

    def check(ctx: Ctx) -> None:
        assert (_zoom(ctx) - before[0]) * direction > 0, (before, _zoom(ctx))

    return prep, check


def _viewer_mode(name: str) -> tuple[Prep, Callable[[Ctx], None]]:
    def check(ctx: Ctx) -> None:
        from desktop_app.ui import pdf_viewer

        assert _viewer(ctx).mode == getattr(pdf_viewer, name)

    return None, check


def _page_step(step: int) -> tuple[Prep, Callable[[Ctx], None]]:
    start: list[int] = []

    def prep(ctx: Ctx) -> None:
        viewer = _viewer(ctx)
        viewer.go_to_page(0 if step > 0 else viewer.view.document().pageCount() - 1)
        start[:] = [viewer.current_page()]

    def check(ctx: Ctx) -> None:
        viewer = _viewer(ctx)
        if viewer.view.document().pageCount() > 1:
            assert viewer.current_page() == start[0] + step
        else:
            assert viewer.current_page() == start[0], "one page: nowhere to go"

    return prep, check


def _may_be_disabled(ctx: Ctx, key: str) -> bool:
    """Actions a user may find greyed out: the circuit editor (not an administrator), claims
    in solo mode and the page arrows of a one-page invoice."""
    if key == "approval_circuit":
        return True
    if key in ("claim", "release"):  # solo mode: checked greyed out with its reason
        return not ctx.window.sync.team.is_team()
    one_page = _viewer(ctx).view.document().pageCount() <= 1
    return one_page and key in ("viewer_previous_page", "viewer_next_page")


def check_focus_structures(ctx: Ctx) -> None:
    """« Aller aux structures » (Ctrl+Shift+B): the selector has the focus, on a row, and
    shows « Toutes les structures » and the entity's three structures with their counts."""
    _focus(lambda w: w.structures)(ctx)
    selector = ctx.window.structures
    assert selector.isVisible() and selector.count() == 4
    assert selector.currentRow() >= 0
    whole = str(selector.item(0).data(Qt.ItemDataRole.AccessibleTextRole))
    assert whole.startswith(_text(ctx, "Toutes les structures (", "All structures ("))
    assert selector.item(0).text().endswith(whole[whole.rindex(" (") :])  # the count shows


def prep_toggle_fields(ctx: Ctx) -> None:
    ctx.seen.append(("fields", "shown" if ctx.window.detail.fields_shown() else "folded"))


def check_toggle_fields(ctx: Ctx) -> None:
    """« Champs de la facture » (Ctrl+I): the fields appear beside the image or fold away,
    the menu item and the tab bar's « Champs » button say which."""
    before = next(t for c, t in ctx.seen if c == "fields") == "shown"
    detail = ctx.window.detail
    shown = detail.fields_shown()
    assert shown is not before
    assert ctx.window.actions_by_key["toggle_fields"].isChecked() is shown
    assert detail.fields_button.isChecked() is shown
    supplier = detail.fields["supplier"]
    assert (supplier.isVisible() and supplier.width() > 0) is shown
    assert detail.preview.view.viewport().width() > 0


def check_solo_claim(ctx: Ctx) -> None:
    """Solo mode (no team store): claims are greyed out and the tooltip says why (team mode
    is driven against a real PostgreSQL in tests/ui/test_team_window.py)."""
    for key in ("claim", "release"):
        action = ctx.window.actions_by_key[key]
        assert not action.isEnabled(), key
        assert _text(ctx, "mode solo", "solo mode") in action.toolTip(), action.toolTip()


def prep_add_note(ctx: Ctx) -> None:
    chosen = ctx.select(InvoiceFilter(inbox=Inbox.ALL))
    ctx.seen.append(("note invoice", str(chosen)))

    def answer(dialog: QWidget) -> bool:
        from desktop_app.ui.notes_view import NoteDialog

        if not isinstance(dialog, NoteDialog):
            return False
        dialog.text.setPlainText(f"Vu avec le service ({ctx.role}).")
        dialog.try_accept()
        return True

    ctx.answer = answer


def check_add_note(ctx: Ctx) -> None:
    """The note is kept on this desktop (solo mode) and shown in « Notes internes »."""
    invoice_id = int(next(t for c, t in ctx.seen if c == "note invoice"))
    assert any(c == "NoteDialog" for c, _t in ctx.seen), ctx.seen
    detail = ctx.window.detail
    ctx.qtbot.waitUntil(lambda: detail.tabs.currentIndex() == detail.notes_tab, timeout=5000)
    notes = ctx.window.sync.team.notes(invoice_id)
    assert [n.body for n in notes][-1] == f"Vu avec le service ({ctx.role})."
    assert notes[-1].where == "local"
    shown = detail.notes.browser.toPlainText()
    assert f"Vu avec le service ({ctx.role})." in shown
    assert _text(ctx, "sur ce poste seulement", "this desktop only") in shown
    assert detail.tabs.tabText(detail.notes_tab).endswith(f"({len(notes)})")
    with sqlite3.connect(ctx.window.database.path) as conn:  # nothing queued for a team
        assert conn.execute("SELECT COUNT(*) FROM team_queue").fetchone() == (0,)


def check_quit(ctx: Ctx) -> None:
    assert not ctx.window.isVisible()


Prep = Callable[[Ctx], None] | None
EXPECTED: dict[str, tuple[Prep, Callable[[Ctx], None]]] = {
    "sync": (None, check_sync),
    "outbox": (None, _visible("outbox_window")),
    "approvals": (None, _visible("approval_window")),
    "export_csv": (prep_export_csv, check_export_csv),
    "export_xlsx": (prep_export_xlsx, check_export_xlsx),
    "export_pdfs": (prep_export_pdfs, check_export_pdfs),
    "export_merged": (prep_export_merged, check_export_merged),
    "settings": (None, _dialog_shown("SettingsDialog")),
    "import_engagements": (prep_import_engagements, check_import_engagements),
    "suspend": _invoice_action(("MISE_A_DISPOSITION",), "suspend"),
    "reject": _invoice_action(("MISE_A_DISPOSITION",), "reject"),
    "recycle": _recycle_action(),
    "service_done": _invoice_action(("MISE_A_DISPOSITION",), "service_done"),
    "mandate": _invoice_action(("SERVICE_FAIT",), "mandate"),
    "accounting": _invoice_action(
        ("MANDATEE",), "send_to_accountant", "mark_accounted", "mark_paid", manager_only=True
    ),
    "claim": (None, check_solo_claim),
    "release": (None, check_solo_claim),
    "add_note": (prep_add_note, check_add_note),
    "open_attachment": (None, lambda ctx: _check_tab(ctx, 2)),
    "compare_duplicate": (prep_compare, check_compare),
    "search": (None, _focus(lambda w: w.filters.search)),
    "save_search": (prep_save_search, check_save_search),
    "rename_search": (prep_rename_search, check_rename_search),
    "delete_search": (prep_delete_search, check_delete_search),
    "focus_list": (None, _focus(lambda w: w.list)),
    "focus_inboxes": (None, _focus(lambda w: w.inboxes)),
    "focus_structures": (None, lambda ctx: check_focus_structures(ctx)),
    "tab_history": (None, lambda ctx: _check_tab(ctx, 1)),
    "toggle_fields": (prep_toggle_fields, check_toggle_fields),
    "mark_seen": (prep_mark_seen, check_mark_seen),
    "mark_all_seen": (prep_mark_all_seen, check_mark_all_seen),
    **{
        f"inbox_{n}": _inbox(n, inbox)
        for n, inbox in enumerate((*SHOWN_INBOXES[:6], Inbox.ALL), start=1)
    },
    "audit_verify": (None, _dialog_shown("QMessageBox")),
    "audit_export": (prep_audit_export, check_audit_export),
    "approval_circuit": (None, check_circuit),
    "works": (None, check_works),
    "lang_fr": (prep_lang, _language("fr")),
    "lang_en": (prep_lang, _language("en")),
    "shortcuts": (prep_shortcuts, check_shortcuts),
    "guide": (None, check_guide),
    "diagnostics": (prep_diagnostics, check_diagnostics),
    "print_invoice": (None, _dialog_shown("QPrintDialog")),
    "open_viewer": (None, check_viewer),
    "viewer_detach": (None, check_viewer),
    "viewer_zoom_in": _zoom_moves(+1),
    "viewer_zoom_out": _zoom_moves(-1),
    "viewer_actual_size": (
        lambda ctx: _viewer(ctx).set_zoom(2.0),
        lambda ctx: _check_zoom(ctx, 1.0),
    ),
    "viewer_fit_width": _viewer_mode("FIT_WIDTH"),
    "viewer_fit_page": _viewer_mode("FIT_PAGE"),
    "viewer_previous_page": _page_step(-1),
    "viewer_next_page": _page_step(+1),
    "viewer_print": (None, _dialog_shown("QPrintDialog")),
    "viewer_print_preview": (None, _dialog_shown("QPrintPreviewDialog")),
    "quit": (None, check_quit),
}


def _check_zoom(ctx: Ctx, factor: float) -> None:
    assert abs(_zoom(ctx) - factor) < 1e-6


def _check_tab(ctx: Ctx, index: int) -> None:
    assert ctx.window.detail.tabs.currentIndex() == index


def _walk(window: MainWindow) -> list[tuple[str, QAction, QWidget | None]]:
    """Every action the user can reach: menu items (sub-menus included), toolbar buttons."""
    found: list[tuple[str, QAction, QWidget | None]] = []

    def menu_items(actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                menu_items(action.menu().actions())  # type: ignore[union-attr]
            elif not action.isSeparator():
                found.append(("menu", action, None))

    menu_items(window.menuBar().actions())
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if not action.isSeparator() and isinstance(button, QToolButton):  # not a label
                found.append(("toolbar", action, button))
    return found


def _extension_button(toolbar: QWidget | None) -> QWidget | None:
    """The » button of a toolbar whose items do not all fit."""
    if toolbar is None:
        return None
    for child in toolbar.findChildren(QToolButton):
        if child.objectName() == "qt_toolbar_ext_button":
            return child
    return None


def _key(action: QAction) -> str:
    return action.objectName().removeprefix("action_")


def test_every_action_is_expected(ctx: Ctx) -> None:
    walked = {_key(action) for _where, action, _button in _walk(ctx.window)}
    assert walked - set(EXPECTED) == set(), "actions without a test in EXPECTED"
    assert set(EXPECTED) - walked == set(), "EXPECTED names actions no longer in the window"


def test_every_menu_and_toolbar_action_for_each_role(ctx: Ctx) -> None:
    walked = _walk(ctx.window)
    # quit last: it closes the window
    walked.sort(key=lambda entry: _key(entry[1]) == "quit")
    done: list[str] = []
    for where, action, button in walked:
        key = _key(action)
        prep, check = EXPECTED[key]
        ctx.seen.clear()
        ctx.answer = None
        if key.startswith("viewer_"):
            ctx.window.detail.tabs.setCurrentIndex(0)  # the viewer is on the « Facture » tab
        if prep is not None:
            prep(ctx)
        if not action.isEnabled() and not _may_be_disabled(ctx, key):
            pytest.fail(f"{key} ({where}) is disabled for {ctx.role} after its preparation")
        ctx.window.activateWindow()  # the user comes back to the main window to pick the action
        ctx.qtbot.waitUntil(lambda: QApplication.activeWindow() is ctx.window, timeout=2000)
        if where == "toolbar" and button is not None and not button.isVisible():
            # a narrow toolbar moves what does not fit behind its » extension button
            extension = _extension_button(button.parentWidget())
            assert extension is not None and extension.isVisible(), key
            action.trigger()
        elif where == "toolbar":
            assert button is not None, key
            button.click()  # type: ignore[attr-defined]
        else:
            action.trigger()
        wait_background(ctx.qtbot)
        ctx.qtbot.wait(60)  # the answering timer's last round
        assert ctx.errors == [], f"{key} ({where}, {ctx.role}) ended in {ctx.errors}"
        try:
            check(ctx)
        except AssertionError as exc:
            raise AssertionError(f"{key} ({where}, {ctx.role}): {exc}") from exc
        done.append(f"{where}:{key}")
    assert len(done) == len(walked) and len(walked) >= len(EXPECTED)


def test_file_dialogs_open_in_documents(ctx: Ctx) -> None:
    if ctx.role != "clerk" or ctx.language != "fr":
        pytest.skip("one run is enough")
    _save_as(ctx, "dans-documents.csv")
    ctx.window.actions_by_key["export_csv"].trigger()
    assert ctx.file_dialog_dirs == [str(documents_folder())]
    assert ctx.files["dans-documents.csv"].exists()


@pytest.mark.parametrize(("language", "cancel", "save_as"), [("fr", "Annuler", "Enregistrer sous")])
def test_qt_standard_buttons_and_file_dialogs_follow_the_language(
    qtbot: Any, language: str, cancel: str, save_as: str
) -> None:
    """Qt's own strings (standard buttons, file dialogs) come from qtbase_<lang>.qm."""
    from desktop_app.ui.qt import QCoreApplication, QDialogButtonBox

    install_language(language)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    shown = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert shown is not None and shown.text().replace("&", "") == cancel
    assert QCoreApplication.translate("QFileDialog", "Save As") == save_as
