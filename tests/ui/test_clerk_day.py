"""A clerk's day done from the keyboard only (issue 13), in French and English: the real
window, every step pressed with QTest on the widget that has the focus (or the open menu),
no QAction.trigger(), no method call on a widget, no mouse. Open an invoice « À traiter »
from the list, read it at 100 %, suspend one, reject one (and say the definitive yes), certify
the service done on one, mandate one from « Service fait » (a wrong amount first, corrected
from the confirmation), export the list to CSV from the Fichier menu, print and preview.

Each modal dialog is answered with keys too, by a timer that waits for it (``Script``). The
one stand-in is the save-file dialog: ``QFileDialog.getSaveFileName`` is the platform's
native dialog, which no test can drive, so it is replaced by a function returning the file
the clerk would have picked (as in test_all_actions). No run may end in the
unexpected-error dialog."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.database import Database
from desktop_app.models.queries import count
from desktop_app.ui import errors
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.dialogs.action_dialog import ActionDialog
from desktop_app.ui.dialogs.mandate_dialog import MandateDialog
from desktop_app.ui.dialogs.reject_dialog import RejectDialog
from desktop_app.ui.dialogs.service_done_dialog import ServiceDoneDialog
from desktop_app.ui.dialogs.suspend_dialog import SuspendDialog
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import (
    QApplication,
    QFileDialog,
    QKeySequence,
    QMessageBox,
    QPdfView,
    QPrintDialog,
    QPrintPreviewDialog,
    QSettings,
    Qt,
    QTimer,
    QToolButton,
    QWidget,
)
from tests.ui.conftest import make_window, wait_background

Key = Qt.Key
NO, CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
# a menu or a dialog on the offscreen platform warns that it cannot raise it nor grab the
# keyboard (platform limits, not app faults)
POPUP_NOISE = pytest.mark.qt_log_ignore(
    "does not support raise", "grabbing the keyboard", "propagateSizeHints"
)


def focused() -> QWidget:
    """Where a key goes: the open menu, else the widget with the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "no widget has the focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    QTest.keyClick(focused(), key, modifiers)


def shortcut(keys: str) -> None:
    QTest.keySequence(focused(), QKeySequence(keys))


def type_text(text: str) -> None:
    """Type ``text``; a letter QTest cannot name (é, à: keyClicks takes ASCII only) is sent
    as the key event a French keyboard makes, its text and no key code."""
    for char in text:
        if char.isascii():
            QTest.keyClick(focused(), char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Key.Key_unknown, char, NO)


def _words(dialog: QWidget) -> str:
    return dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()


@dataclass
class Script:
    """Answers the modal dialogs, in order, with keys: each step is (the class expected,
    what the clerk presses in it). A timer watches for the next modal window."""

    steps: list[tuple[type, Callable[[Any], None]]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    last: QWidget | None = None

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(25)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def expect(self, kind: type, answer: Callable[[Any], None]) -> None:
        self.steps.append((kind, answer))

    def _tick(self) -> None:
        if self.last is not None and not self.last.isVisible():
            self.last = None  # the same dialog may come back (« Corriger le montant »)
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or modal is self.last:
            return
        if not self.steps:  # a dialog nobody expected (a warning, an error): seen, closed
            self.failures.append(f"unexpected {type(modal).__name__}: {_words(modal)}")
            modal.close()
            return
        if QApplication.focusWidget() is None or not modal.isAncestorOf(QApplication.focusWidget()):
            return  # not yet active: keys would go nowhere
        self.last = modal
        kind, answer = self.steps.pop(0)
        self.seen.append(type(modal).__name__)
        if not isinstance(modal, kind):
            self.failures.append(f"expected {kind.__name__}, got {type(modal).__name__}")
            self.steps.clear()
            modal.close()
            return
        try:
            answer(modal)
        except AssertionError as exc:  # reported by the test, the dialog closed
            self.failures.append(f"{type(modal).__name__}: {exc}")
            self.steps.clear()
            modal.close()

    def done(self, qtbot: Any, window: QWidget) -> None:
        """All steps answered; the main window active again."""
        qtbot.waitUntil(lambda: not self.steps or bool(self.failures), timeout=10_000)
        assert self.failures == [], self.failures
        wait_background(qtbot)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
        if QApplication.activeWindow() is None:
            # a desktop's window manager gives the activation back to the window under a
            # closed dialog; the offscreen platform has none, so the test does it
            window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


@dataclass
class Day:
    window: MainWindow
    qtbot: Any
    tmp: Path
    language: str
    script: Script
    errors: list[str]
    saved: list[Path]

    def text(self, french: str, english: str) -> str:
        return english if self.language == "en" else french

    def outbox(self) -> list[tuple[int, str, dict[str, Any]]]:
        with sqlite3.connect(self.window.database.path) as conn:
            rows = conn.execute("SELECT invoice_id, action, payload FROM outbox ORDER BY id")
            return [(i, a, json.loads(p)) for i, a, p in rows.fetchall()]

    def invoice(self, invoice_id: int) -> tuple[str, str | None, Decimal | None]:
        """(status, pending action, net to pay) as the cache holds them."""
        from desktop_app.models.invoices import Invoice

        with self.window.database.read() as session:
            row = session.get(Invoice, invoice_id)
            assert row is not None
            return row.status, row.pending_action, row.amount_due


@pytest.fixture(params=("fr", "en"))
def day(
    request: Any,
    qtbot: Any,
    cache: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: Any,
) -> Iterator[Day]:
    install_language(request.param)
    window = make_window(qtbot, SyncService(cache, settings_path=tmp_path / "c.json"), settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    seen_errors: list[str] = []

    def unexpected(dialog: errors.ErrorDialog) -> int:
        seen_errors.append(dialog.message_label.text() + "\n" + dialog.details.toPlainText())
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", unexpected)
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)  # as the app installs it
    saved: list[Path] = []

    # The stand-in: the native save dialog cannot be driven by keys from a test; this returns
    # the file the clerk would type, as Qt's static call does.
    def save_file(parent: Any, title: str, start: str = "", pattern: str = "", *a: Any) -> Any:
        chosen = tmp_path / "liste-du-jour.csv"
        saved.append(chosen)
        return str(chosen), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    script = Script()
    yield Day(window, qtbot, tmp_path, request.param, script, seen_errors, saved)
    script.timer.stop()
    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible() and hasattr(other, "done"):
            other.done(0)
    window.close()
    wait_background(qtbot)


# -- steps -------------------------------------------------------------------------------------
def to_list(day: Day) -> None:
    shortcut("Ctrl+L")
    assert QApplication.focusWidget() is day.window.list


def next_invoice(day: Day, status: str, action: str, skip: set[int]) -> int:
    """Down arrow in the list until an invoice in ``status``, untouched today, whose
    ``action`` is offered; its id."""
    to_list(day)
    for _ in range(40):
        invoice_id = day.window.list.current_id()
        if invoice_id is not None and invoice_id not in skip:
            current, pending, _due = day.invoice(invoice_id)
            offered = day.window.actions_by_key[action].isEnabled()
            if current == status and pending is None and offered:
                return invoice_id
        press(Key.Key_Down)
        wait_background(day.qtbot)
    raise AssertionError(f"no {status} invoice reached with the arrows")


def read_at_full_size(day: Day) -> None:
    """Enter opens the detail; Tab goes into the invoice; Ctrl+0 shows it at 100 %."""
    window, viewer = day.window, day.window.detail.preview.viewer
    press(Key.Key_Return)
    assert QApplication.focusWidget() is window.detail.tabs.tabBar()
    assert window.detail.tabs.currentIndex() == 0  # « Facture »
    for _ in range(4):
        if isinstance(QApplication.focusWidget(), QPdfView):
            break
        press(Key.Key_Tab)
    assert QApplication.focusWidget() is viewer.view, "Tab from the tabs does not reach it"
    day.qtbot.waitUntil(lambda: viewer.document.pageCount() > 0, timeout=15_000)
    shortcut("Ctrl+9")  # width first, so that 100 % is a change the key makes
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    shortcut("Ctrl+0")
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.view.zoomFactor() == 1.0
    assert viewer.zoom_label.text().replace("\u202f", " ").startswith("100")


def counted(dialog: ActionDialog) -> int:
    """The number the dialog's counter shows (« 123 / 2 000 caractères envoyés »)."""
    text = dialog.comment.counter.text()  # type: ignore[attr-defined]
    found = re.match(r"([\d\u202f\s]+) / ", text)
    assert found, text
    return int(re.sub(r"\D", "", found.group(1)))


def pick_motive() -> None:
    """Arrow down from « — Choisir un motif — » to the first motive."""
    assert type(focused()).__name__ == "MotifCombo", focused()
    press(Key.Key_Down)


def fill_suspend(day: Day, counters: list[int]) -> Callable[[Any], None]:
    def answer(dialog: SuspendDialog) -> None:
        assert focused() is dialog.motif  # the form opens on its first field
        press(Key.Key_Tab)
        assert focused() is dialog.comment.edit, f"Tab from the motive went to {focused()}"
        type_text(day.text("Bon de commande à joindre.", "Purchase order missing."))
        press(Key.Key_Tab)
        assert focused() is dialog.attachments
        type_text(day.text("bon de commande signé", "signed purchase order"))
        press(Key.Key_Backtab)
        press(Key.Key_Backtab)
        pick_motive()
        assert dialog.motif.code() is not None
        counters.append(counted(dialog))
        press(Key.Key_Return)  # the combo leaves Enter to the dialog's OK

    return answer


def fill_reject(day: Day, counters: list[int]) -> Callable[[Any], None]:
    def answer(dialog: RejectDialog) -> None:
        assert focused() is dialog.motif
        press(Key.Key_Tab)
        assert focused() is dialog.comment.edit
        type_text(day.text("Facture adressée au mauvais service.", "Sent to the wrong office."))
        press(Key.Key_Backtab)
        pick_motive()
        counters.append(counted(dialog))
        press(Key.Key_Return)

    return answer


def fill_service_done(day: Day) -> Callable[[Any], None]:
    def answer(dialog: ServiceDoneDialog) -> None:
        assert focused() is dialog.comment.edit
        type_text(day.text("Livraison conforme.", "Delivered as ordered."))
        press(Key.Key_Tab)  # the comment box keeps Enter for new lines: Tab out, to OK
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert focused() is ok, f"Tab from the comment went to {focused()}"
        press(Key.Key_Return)

    return answer


def definitive_yes(day: Day) -> Callable[[Any], None]:
    """Enter is « Revenir au formulaire » (the safe default): Tab to the other button (or
    Shift+Tab, whichever order the box has), check it is the yes, then Space."""

    def answer(box: QMessageBox) -> None:
        assert focused() is box.defaultButton()
        press(Key.Key_Tab)
        yes = day.text("Rejeter définitivement", "Reject for good")
        assert focused().text().replace("&", "") == yes, focused().text()  # type: ignore[attr-defined]
        press(Key.Key_Space)

    return answer


def fill_mandate(number: str, amount: str) -> Callable[[Any], None]:
    def answer(dialog: MandateDialog) -> None:
        if focused() is not dialog.number:  # back from the confirmation: the amount field
            press(Key.Key_Backtab)
        assert focused() is dialog.number
        press(Key.Key_A, CTRL)
        type_text(number)
        press(Key.Key_Tab)
        assert focused() is dialog.amount
        press(Key.Key_A, CTRL)
        type_text(amount)
        press(Key.Key_Return)

    return answer


def enter_is(day: Day, french: str, english: str) -> Callable[[Any], None]:
    """The box's focused button is the one named; Enter presses it."""

    def answer(box: QMessageBox) -> None:
        button = focused()
        assert isinstance(button, QWidget) and hasattr(button, "text")
        assert button.text().replace("&", "") == day.text(french, english)  # type: ignore[attr-defined]
        press(Key.Key_Return)

    return answer


def tab_to_and_press(day: Day, french: str, english: str) -> Callable[[Any], None]:
    def answer(box: QMessageBox) -> None:
        wanted = day.text(french, english)
        for _ in range(len(box.buttons())):
            if focused().text().replace("&", "") == wanted:  # type: ignore[attr-defined]
                break
            press(Key.Key_Tab)
        assert focused().text().replace("&", "") == wanted  # type: ignore[attr-defined]
        press(Key.Key_Space)

    return answer


def escape(_dialog: Any) -> None:
    press(Key.Key_Escape)


def money_typed(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


# -- the day -----------------------------------------------------------------------------------
@POPUP_NOISE
def test_a_clerk_day_from_the_keyboard(day: Day) -> None:
    window, script, qtbot = day.window, day.script, day.qtbot
    done: set[int] = set()

    # open an invoice « À traiter » and read it at 100 %
    shortcut("Alt+1")
    wait_background(qtbot)
    assert window.list.invoice_model.criteria.inbox is Inbox.TO_PROCESS
    first = next_invoice(day, "MISE_A_DISPOSITION", "suspend", done)
    read_at_full_size(day)

    # suspend it
    counters: list[int] = []
    script.expect(SuspendDialog, fill_suspend(day, counters))
    shortcut("Ctrl+Shift+S")
    script.done(qtbot, window)
    rows = [r for r in day.outbox() if r[0] == first]
    assert [a for _i, a, _p in rows] == ["suspend"], day.outbox()
    assert counters == [len(rows[0][2]["motif"])], (counters, rows[0][2]["motif"])
    done.add(first)

    # the next one: reject, then the definitive yes
    second = next_invoice(day, "MISE_A_DISPOSITION", "reject", done)
    script.expect(RejectDialog, fill_reject(day, counters))
    script.expect(QMessageBox, definitive_yes(day))
    shortcut("Ctrl+Shift+R")
    script.done(qtbot, window)
    rows = [r for r in day.outbox() if r[0] == second]
    assert [a for _i, a, _p in rows] == ["reject"], day.outbox()
    assert counters[1] == len(rows[0][2]["motif"])
    done.add(second)

    # the next one: service done
    third = next_invoice(day, "MISE_A_DISPOSITION", "service_done", done)
    script.expect(ServiceDoneDialog, fill_service_done(day))
    shortcut("Ctrl+Shift+F")
    script.done(qtbot, window)
    assert [a for i, a, _p in day.outbox() if i == third] == ["service_done"], day.outbox()
    done.add(third)

    # « Service fait » (Alt+4): mandate, a wrong amount first, corrected from the question
    shortcut("Alt+4")
    wait_background(qtbot)
    assert window.list.invoice_model.criteria.inbox is Inbox.SERVICE_DONE
    fourth = next_invoice(day, "SERVICE_FAIT", "mandate", done)
    due = day.invoice(fourth)[2]
    assert due is not None
    wrong = money_typed(due + Decimal("10"))
    script.expect(MandateDialog, fill_mandate("M-2026-0042", wrong))
    script.expect(QMessageBox, enter_is(day, "Corriger le montant", "Correct the amount"))
    script.expect(MandateDialog, fill_mandate("M-2026-0042", money_typed(due)))
    shortcut("Ctrl+Shift+M")
    script.done(qtbot, window)
    assert script.seen[-3:] == ["MandateDialog", "QMessageBox", "MandateDialog"], script.seen
    rows = [r for r in day.outbox() if r[0] == fourth]
    assert [a for _i, a, _p in rows] == ["mandate"], day.outbox()
    assert rows[0][2]["numeroDPMandat"] == "M-2026-0042"
    done.add(fourth)

    # export the list: Alt+F, arrows to « Exporter la liste en CSV… », Enter
    to_list(day)
    export_text = window.actions_by_key["export_csv"].text()
    press(Key.Key_F, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    menu = QApplication.activePopupWidget()
    for _ in range(len(menu.actions()) + 1):  # type: ignore[union-attr]
        active = menu.activeAction()  # type: ignore[union-attr]
        if active is not None and active.text() == export_text:
            break
        press(Key.Key_Down)
    press(Key.Key_Return)
    wait_background(qtbot)
    assert day.saved, "the save dialog was not asked"
    qtbot.waitUntil(day.saved[0].exists, timeout=10_000)
    with day.saved[0].open(encoding="utf-8-sig", newline="") as handle:
        rows_csv = list(csv.reader(handle, delimiter=";"))
    assert day.saved[0].read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    with window.database.read() as session:
        listed = count(session, window.current_filter())
    assert len(rows_csv) == listed + 1 > 1
    assert rows_csv[0][0] == day.text("N° facture", "Invoice number")

    # print: Ctrl+P in the invoice, Escape; the preview: Ctrl+Shift+P (its toolbar button
    # takes no focus, as every QToolBar button), Escape
    to_list(day)
    read_at_full_size(day)
    preview_button = window.detail.preview.viewer.toolbar.widgetForAction(
        window.detail.preview.viewer.actions_by_key["print_preview"]
    )
    assert isinstance(preview_button, QToolButton)
    assert preview_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    script.expect(QPrintDialog, escape)
    shortcut("Ctrl+P")
    script.done(qtbot, window)
    script.expect(QPrintPreviewDialog, escape)
    shortcut("Ctrl+Shift+P")
    script.done(qtbot, window)
    assert script.seen[-2:] == ["QPrintDialog", "QPrintPreviewDialog"], script.seen

    # nothing ended in the unexpected-error dialog; four rows queued, one per action
    assert day.errors == []
    assert sorted(a for _i, a, _p in day.outbox()) == sorted(
        ["suspend", "reject", "service_done", "mandate"]
    )
