"""The keyboard as the user presses it, in French and English: every window shortcut reaches
its action from the list and from each text field of the filter bar; Alt+letter opens the
menu of that letter; mnemonics are unique per menu level and across the window; dates and
amounts are typed into the filter bar (QTest.keyClicks)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import (
    QAbstractButton,
    QApplication,
    QEvent,
    QGroupBox,
    QKeyEvent,
    QLabel,
    QMenu,
    QObject,
    Qt,
    QTabBar,
    QToolButton,
    QWidget,
)
from tests.ui.conftest import make_window, wait_background

# opening a menu on the offscreen platform warns that it cannot raise it nor grab the keyboard
# (platform limits, not app faults); on the test function itself, so it beats conftest's mark
POPUP_NOISE = pytest.mark.qt_log_ignore(
    "does not support raise", "grabbing the keyboard", "propagateSizeHints"
)
LANGUAGES = ("fr", "en")


def _menu_of(window: MainWindow, title: Any) -> QMenu | None:
    """The menu a menu-bar entry opens, from the window's own references (PySide 6.8's
    ``QAction.menu()`` hands back a wrapper that can outlive the menu)."""
    return next((m for m in window.menus.values() if m.menuAction() is title), None)


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.fixture(params=LANGUAGES)
def lang_window(
    request: Any, qtbot: Any, cache: Any, settings: Any, tmp_path: Path
) -> Iterator[Any]:
    from desktop_app.ui.adapters.sync_adapter import SyncService

    install_language(request.param)
    window = make_window(qtbot, SyncService(cache, settings_path=tmp_path / "c.json"), settings)
    window.activateWindow()
    yield window
    window.close()
    wait_background(qtbot)


class _Catch(QObject):
    """Swallows the Shortcut event an action receives, and records it."""

    def __init__(self, key: str, seen: list[tuple[str, bool]]) -> None:
        super().__init__()
        self.key, self.seen = key, seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.seen.append((self.key, event.isAmbiguous()))  # type: ignore[attr-defined]
            return True
        return False


def _focus_targets(window: MainWindow) -> dict[str, QWidget]:
    bar = window.filters
    return {
        "list": window.list,
        "search": bar.search,
        "supplier": bar.supplier,
        "date": bar.date_from.line,
        "amount": bar.amount_min,
    }


def test_every_shortcut_reaches_its_action_from_every_field(lang_window: MainWindow) -> None:
    window = lang_window
    seen: list[tuple[str, bool]] = []
    catchers = []
    with_keys = {k: a for k, a in window.actions_by_key.items() if not a.shortcut().isEmpty()}
    assert len(with_keys) >= 25
    for key, action in with_keys.items():
        action.setEnabled(True)  # a disabled action ignores its key; the catcher runs nothing
        catcher = _Catch(key, seen)
        action.installEventFilter(catcher)
        catchers.append(catcher)
    for place, widget in _focus_targets(window).items():
        for key, action in with_keys.items():
            widget.setFocus()
            combination = action.shortcut()[0]  # type: ignore[index]
            seen.clear()
            QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())
            assert seen == [(key, False)], f"{action.shortcut().toString()} in {place}: {seen}"


def test_text_fields_leave_window_shortcuts_to_the_window(lang_window: MainWindow) -> None:
    """On X11 a QLineEdit claims Ctrl+E (end of line) and other Emacs keys through
    ShortcutOverride (the offscreen platform has no such bindings: the real claim is checked
    under Xvfb below). The window's filter declines every window Ctrl shortcut, even one a
    field already accepted, and leaves other keys to the field."""
    first = lang_window.shortcuts_first
    ctrl_keys = [
        a.shortcut()[0]  # type: ignore[index]
        for a in lang_window.actions_by_key.values()
        if a.shortcut().toString().startswith("Ctrl+")
    ]
    assert len(ctrl_keys) >= 15
    for combination in ctrl_keys:
        event = QKeyEvent(
            QEvent.Type.ShortcutOverride, combination.key(), combination.keyboardModifiers()
        )
        event.accept()  # as a field claiming the key would leave it
        assert first.eventFilter(lang_window.filters.search, event)
        assert not event.isAccepted()
    plain = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier)
    assert not first.eventFilter(lang_window.filters.search, plain)
    home = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )
    assert not first.eventFilter(lang_window.filters.search, home)  # select all stays


@POPUP_NOISE
def test_alt_letter_opens_its_menu(lang_window: MainWindow, qtbot: Any) -> None:
    window = lang_window
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        assert letter, action.text()
        window.list.setFocus()
        QTest.keyClick(window.list, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
        popup = QApplication.activePopupWidget()
        opened = _menu_of(window, action)
        assert popup is opened, f"Alt+{letter} opened {popup} instead of {action.text()}"
        popup.close()
        QTest.keyClick(window.menuBar(), Qt.Key.Key_Escape)


def _window_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """Every Alt+letter the window answers to: menu bar titles, buttons, buddied labels,
    group boxes and tabs (visible or not: a hidden widget's letter comes back with it)."""
    found = [(a.text(), mnemonic(a.text()) or "") for a in window.menuBar().actions()]
    for button in window.findChildren(QAbstractButton):
        if button.parent() is not None and not isinstance(button.parent(), QTabBar):
            found.append((button.text(), mnemonic(button.text()) or ""))
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            found.append((label.text(), mnemonic(label.text()) or ""))
    for box in window.findChildren(QGroupBox):
        found.append((box.title(), mnemonic(box.title()) or ""))
    for tabs in window.findChildren(QTabBar):
        found += [(tabs.tabText(i), mnemonic(tabs.tabText(i)) or "") for i in range(tabs.count())]
    return [(text, letter) for text, letter in found if letter]


def _duplicates(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text, letter in pairs:
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def test_mnemonics_are_unique_per_level(lang_window: MainWindow) -> None:
    window = lang_window
    titles = [(a.text(), mnemonic(a.text()) or "") for a in window.menuBar().actions()]
    assert all(letter for _text, letter in titles), titles
    assert _duplicates(titles) == {}
    for title in window.menuBar().actions():
        menu = _menu_of(window, title)
        assert isinstance(menu, QMenu)
        items = [(a.text(), mnemonic(a.text()) or "") for a in menu.actions() if a.text()]
        assert _duplicates([(t, m) for t, m in items if m]) == {}, title.text()
    assert _duplicates(_window_mnemonics(window)) == {}


@POPUP_NOISE
def test_alt_f_is_the_file_menu_not_the_invoice_tab(lang_window: MainWindow, qtbot: Any) -> None:
    window = lang_window
    window.list.setFocus()
    QTest.keyClick(window.list, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    popup = QApplication.activePopupWidget()
    assert popup is _menu_of(window, window.menuBar().actions()[0])
    popup.close()


# -- typing dates and amounts ------------------------------------------------------------------
def _typed(window: MainWindow, qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)
    window.filters.apply_now()
    wait_background(qtbot)


@pytest.mark.parametrize("text", ["01/06/2026", "01062026", "1/6/2026", "01.06.2026"])
def test_dates_are_typed_day_first(window: MainWindow, qtbot: Any, text: str) -> None:
    _typed(window, qtbot, window.filters.date_from.line, text)
    assert window.filters.date_from.value() == date(2026, 6, 1)
    assert not window.filters.error.isVisible()
    assert window.current_filter().date_from == date(2026, 6, 1)
    assert window.list.invoice_model.criteria.date_from == date(2026, 6, 1)


def test_invalid_date_is_reported_not_applied(window: MainWindow, qtbot: Any) -> None:
    before = window.list.invoice_model.criteria
    _typed(window, qtbot, window.filters.date_to.line, "31/02/2026")
    assert window.filters.error.isVisible()
    assert "31/02/2026" in window.filters.error.text()
    assert window.list.invoice_model.criteria == before
    window.filters.date_to.line.clear()
    window.filters.apply_now()
    assert not window.filters.error.isVisible()


def test_calendar_opens_at_today_and_clear_button_empties(window: MainWindow, qtbot: Any) -> None:
    field = window.filters.date_from
    field.menu.aboutToShow.emit()
    picked = field.calendar.selectedDate()
    assert (picked.year(), picked.month(), picked.day()) == date.today().timetuple()[:3]
    field.calendar.clicked.emit(field.calendar.selectedDate())
    assert field.value() == date.today()
    assert field.line.text() == date.today().strftime("%d/%m/%Y")
    clear_buttons = field.line.findChildren(QToolButton)  # the line edit's own clear button
    assert len(clear_buttons) == 1
    clear_buttons[0].click()
    assert field.value() is None and field.line.text() == ""


@pytest.mark.parametrize(("text", "expected"), [("1234,56", "1234.56"), ("1234.56", "1234.56")])
def test_amounts_with_comma_or_point(
    window: MainWindow, qtbot: Any, text: str, expected: str
) -> None:
    _typed(window, qtbot, window.filters.amount_min, text)
    assert window.list.invoice_model.criteria.amount_min == Decimal(expected)
    assert not window.filters.error.isVisible()


XVFB_SCRIPT = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    from desktop_app.ui.qt import QApplication, QSettings, Qt
    app = QApplication([])
    from PySide6.QtTest import QTest
    from bench.ui_fill import fill_invoices
    from desktop_app.models.database import open_database
    from desktop_app.ui.adapters.sync_adapter import SyncService
    from desktop_app.ui.main_window import MainWindow
    tmp = Path(tempfile.mkdtemp())
    db = open_database(tmp / "c.sqlite"); fill_invoices(db, 20)
    w = MainWindow(SyncService(db, settings_path=tmp / "c.json"),
                   QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    w.show(); w.activateWindow()
    assert QTest.qWaitForWindowActive(w)
    for field in (w.filters.search, w.filters.supplier, w.filters.date_from.line):
        field.setFocus(); app.processEvents()
        QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        print("OUTBOX", w.outbox_window is not None and w.outbox_window.isVisible())
        if w.outbox_window is not None:
            w.outbox_window.close()
            w.activateWindow(); QTest.qWaitForWindowActive(w)
    """
)


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or not sys.platform.startswith("linux"),
    reason="needs Xvfb: the X11 key bindings (Ctrl+E = end of line) exist only there",
)
def test_ctrl_e_from_the_search_box_under_x11(tmp_path: Path) -> None:
    script = tmp_path / "ctrl_e.py"
    script.write_text(XVFB_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(Path.cwd()))
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.count("OUTBOX True") == 3, result.stdout + result.stderr
