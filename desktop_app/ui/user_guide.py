"""The user guide (resources/guide/<language>/index.html) in a non-modal help window.

``open_guide(parent, section)`` opens the guide of the UI language at ``section`` (an anchor
of the guide), or brings the open window forward; ``section_for(widget)`` picks the section
that describes the part of the window holding ``widget``.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.resource_paths import resource_path
from desktop_app.ui.i18n import DEFAULT_LANGUAGE, current_language
from desktop_app.ui.qt import (
    QDesktopServices,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPoint,
    QPushButton,
    QShortcut,
    QStyle,
    Qt,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
    is_alive,
)

# Every section anchor of the guide, in reading order (the same in each language).
SECTIONS: tuple[str, ...] = (
    "demarrer",
    "liste",
    "facture",
    "actions",
    "statuts",
    "hors-ligne",
    "validation",
    "delais",
    "exports",
    "parametres",
    "cache",
    "raccourcis",
    "travaux",
)
DEFAULT_SECTION = "demarrer"
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})

_open: dict[str, GuideWindow | None] = {"window": None}


def guide_file(language: str) -> Path:
    """The guide's HTML in ``language`` (the French one when that language has none)."""
    path = resource_path("guide", language, "index.html")
    return path if path.is_file() else resource_path("guide", DEFAULT_LANGUAGE, "index.html")


class GuideWindow(QWidget):
    """A browser over the guide: back, forward, home, and find in page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("Guide de l'utilisateur — Invoice Desk"))
        self.resize(1000, 700)
        self.language = ""
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # every link goes through _follow
        self.browser.setAccessibleName(self.tr("Guide de l'utilisateur"))
        style = self.style()
        self.back_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("&Précédent"), self
        )
        self.forward_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("S&uivant"), self
        )
        self.home_button = QPushButton(self.tr("&Sommaire"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher dans le guide (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher dans le guide"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.next_button = QPushButton(self.tr("Occurrence suiva&nte"), self)
        self.found = QLabel(self)
        bar = QHBoxLayout()
        navigation: tuple[QWidget, ...] = (self.back_button, self.forward_button, self.home_button)
        finding: tuple[QWidget, ...] = (self.found, self.search, self.next_button)
        for widget in navigation:
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in finding:
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.show_section(DEFAULT_SECTION))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.anchorClicked.connect(self._follow)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(lambda _t: self.found.clear())
        self.next_button.clicked.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

    def load(self, language: str) -> None:
        """Show the guide of ``language`` (a fresh history)."""
        self.language = language
        self.browser.clearHistory()
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file(language))))

    def show_section(self, section: str | None) -> None:
        """Scroll to ``section`` (the start of the guide when unknown or None)."""
        anchor = section if section in SECTIONS else DEFAULT_SECTION
        url = QUrl.fromLocalFile(str(guide_file(self.language or current_language())))
        url.setFragment(anchor)
        self.browser.setSource(url)
        self.browser.scrollToAnchor(anchor)
        self._cursor_on_screen()

    def _follow(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        self.browser.setSource(target)
        if target.fragment():
            self.browser.scrollToAnchor(target.fragment())
        self._cursor_on_screen()

    def _cursor_on_screen(self) -> None:
        """Put the text cursor at the top of the view: the next search starts there."""
        self.browser.setTextCursor(self.browser.cursorForPosition(QPoint(0, 0)))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def find_next(self) -> bool:
        """Select the next occurrence of the search text, wrapping to the top; True if found."""
        text = self.search.text().strip()
        if not text:
            self.found.clear()
            return False
        found = self.browser.find(text)
        if not found:  # wrap around
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.found.setText("" if found else self.tr("Introuvable"))
        self.found.setStyleSheet("" if found else "color: #c0392b")
        return found


def open_guide(parent: QWidget | None, section: str | None = None) -> GuideWindow:
    """Open the guide at ``section`` in the UI language, or raise the window already open."""
    window = _open["window"]
    if window is None or not is_alive(window):
        window = GuideWindow(parent)
        _open["window"] = window
    language = current_language()
    if window.language != language:
        window.load(language)
    if window.isVisible():  # already open, maybe behind the main window or minimised
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
    window.show()
    window.show_section(section)
    window.activateWindow()
    return window


def _window_section(window: QWidget) -> str | None:
    from desktop_app.ui.approval_queue import ApprovalQueueView
    from desktop_app.ui.circuit_editor import CircuitEditorDialog
    from desktop_app.ui.dialogs.action_dialog import ActionDialog
    from desktop_app.ui.duplicate_dialog import DuplicateDialog
    from desktop_app.ui.outbox_view import OutboxView
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.works_window import WorksWindow

    kinds: tuple[tuple[type, str], ...] = (
        (OutboxView, "hors-ligne"),
        (ApprovalQueueView, "validation"),
        (CircuitEditorDialog, "validation"),
        (SettingsDialog, "parametres"),
        (ActionDialog, "actions"),
        (DuplicateDialog, "facture"),
        (WorksWindow, "travaux"),
    )
    return next((section for kind, section in kinds if isinstance(window, kind)), None)


# Main-window attributes (see MainWindow.__init__) and the section describing each part.
_MAIN_PARTS: tuple[tuple[str, str], ...] = (
    ("list", "liste"),
    ("inboxes", "liste"),
    ("filters", "liste"),
    ("dashboard", "liste"),
    ("result_label", "liste"),
    ("detail", "facture"),
    ("status", "hors-ligne"),
)


def section_for(widget: QWidget | None) -> str:
    """The guide section describing the part of the app that holds ``widget``."""
    if widget is None or not is_alive(widget):
        return DEFAULT_SECTION
    window = widget.window()
    section = _window_section(window)
    if section is not None:
        return section
    for attribute, part_section in _MAIN_PARTS:
        part = getattr(window, attribute, None)
        if isinstance(part, QWidget) and (part is widget or part.isAncestorOf(widget)):
            return part_section
    return DEFAULT_SECTION
