"""The main window's panes and how they fit the screen: inboxes | list | detail side by side.

The first split follows the window's width (until the clerk moves a handle): the list gets
what shows number, supplier, service, deposit date and amount (:data:`LIST_READING`), the
detail — where the invoice is read — everything else, up to :data:`DETAIL_MAX`; so at
1366×768 the invoice's image is about 600 pixels wide beside a list that still shows its key
columns. Under :data:`WIDE` pixels the inbox pane keeps its minimum width; it may be folded
away by dragging its handle; the filter bar wraps (see ``flow_layout``)."""

from __future__ import annotations

from desktop_app.ui.qt import (
    QGuiApplication,
    QSize,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)

NARROW = 1280  # kept for callers: under it the window counts as narrow
WIDE = 1600  # window width from which the inbox pane gets its comfortable width
DEFAULT_SIZE = QSize(1400, 860)
INBOX_MIN_WIDTH = 150
INBOX_WIDE_WIDTH = 200
LIST_READING = 580  # list width showing number … amount (see invoice_list's column widths)
DETAIL_MAX = 900  # beyond it, the list gets the extra width
DETAIL_SHARE_MIN = 0.4  # on a small screen the detail keeps at least this share


def default_sizes(width: int, handle: int) -> tuple[int, int, int]:
    """(inbox, list, detail) widths of a window ``width`` pixels wide."""
    inbox = INBOX_MIN_WIDTH if width < WIDE else INBOX_WIDE_WIDTH
    rest = max(0, width - inbox - 2 * handle)
    detail = min(DETAIL_MAX, max(rest - LIST_READING, int(rest * DETAIL_SHARE_MIN)))
    return inbox, rest - detail, detail


class WindowPanes:
    """Builds the splitters of the window from its parts and fits them to its width."""

    def __init__(
        self,
        parent: QWidget,
        inboxes: QWidget,
        column_widgets: list[tuple[QWidget, int]],
        detail: QWidget,
    ) -> None:
        centre = QWidget(parent)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in column_widgets:
            column.addWidget(widget, stretch)
        self.centre = centre
        self.work = QSplitter(Qt.Orientation.Horizontal, parent)
        self.work.setObjectName("work_splitter")
        self.work.addWidget(centre)
        self.work.addWidget(detail)
        self.work.setStretchFactor(0, 1)
        self.work.setStretchFactor(1, 1)
        self.work.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(inboxes)
        self.splitter.addWidget(self.work)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, True)  # the inboxes may be folded away
        self.splitter.setCollapsible(1, False)
        inboxes.setMinimumWidth(INBOX_MIN_WIDTH)
        self.narrow = False
        self.user_moved = False  # once a handle is dragged, the clerk's split stands
        self._width = 0
        self._applying = False
        for splitter in (self.splitter, self.work):
            splitter.splitterMoved.connect(self._moved)
        self.adapt(DEFAULT_SIZE.width())

    def _moved(self, _pos: int, _index: int) -> None:
        if not self._applying:
            self.user_moved = True

    def reset(self, width: int) -> None:
        """Back to the default split for ``width`` (forgets a moved handle)."""
        self.user_moved = False
        self._width = 0
        self.adapt(width)

    def adapt(self, width: int) -> None:
        """Give the panes their default widths for a window ``width`` pixels wide (unless
        the clerk has moved a handle); a folded inbox pane stays folded."""
        self.narrow = width < NARROW
        if self.user_moved or width == self._width or width <= 0:
            return
        self._width = width
        inbox, listed, detail = default_sizes(width, self.splitter.handleWidth())
        folded = self.splitter.sizes()[0] == 0 and sum(self.splitter.sizes()) > 0
        self._applying = True
        try:
            if folded:
                inbox, listed = 0, listed + inbox
            self.splitter.setSizes([inbox, listed + detail + self.work.handleWidth()])
            self.work.setSizes([listed, detail])
        finally:
            self._applying = False


def first_size(window: QWidget) -> QSize:
    """The window's first size: :data:`DEFAULT_SIZE`, shrunk to the screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry().size()
    return QSize(min(DEFAULT_SIZE.width(), free.width()), min(DEFAULT_SIZE.height(), free.height()))
