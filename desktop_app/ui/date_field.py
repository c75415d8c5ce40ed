"""A date typed as dd/mm/yyyy (or picked in a calendar opened at today), or left empty."""

from __future__ import annotations

import re
from datetime import date

from desktop_app.ui.qt import (
    QCalendarWidget,
    QDate,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    Qt,
    QToolButton,
    QWidget,
    QWidgetAction,
    Signal,
)

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """``text`` as a day-first date: 01/06/2026, 1/6/2026, 01-06-26, 01.06.2026, 01062026.
    Empty text is None; anything else raises ValueError."""
    if not text.strip():
        return None
    found = _SEPARATED.match(text) or _DIGITS.match(text)
    if found is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in found.groups())
    if year < 100:
        year += 2000
    return date(year, month, day)  # ValueError for 31/02


class DateField(QWidget):
    """A line for dd/mm/yyyy with a clear button and a calendar button; :attr:`changed` is
    emitted on each edit and each picked day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(10)
        width = self.line.fontMetrics().horizontalAdvance("00/00/00000") + 36
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width + 20)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.button.setAccessibleName(self.tr("Choisir dans le calendrier"))
        self.button.setToolTip(self.tr("Choisir dans le calendrier"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_at_value)
        self.menu = menu
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(lambda _text: self.changed.emit())  # the bar debounces

    def is_valid(self) -> bool:
        """Empty, or a real day."""
        try:
            parse_date(self.line.text())
        except ValueError:
            return False
        return True

    def value(self) -> date | None:
        """The date shown (None when empty or not a valid date)."""
        try:
            return parse_date(self.line.text())
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None empties the field)."""
        self.line.setText("" if value is None else value.strftime("%d/%m/%Y"))

    def _calendar_at_value(self) -> None:
        chosen = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))

    def _picked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.menu.hide()
