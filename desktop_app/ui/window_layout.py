"""The main window's panes and how they fit the screen: inboxes | list | detail side by side;
on a narrow window (under :data:`NARROW` px) the inbox pane keeps its minimum width and may be
folded away by dragging its splitter handle; the filter bar wraps (see ``flow_layout``)."""

from __future__ import annotations

from desktop_app.ui.qt import (
    QGuiApplication,
    QSize,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)

NARROW = 1280  # window width under which the inbox pane shrinks to its minimum
DEFAULT_SIZE = QSize(1400, 860)
INBOX_MIN_WIDTH = 150


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
        self.work.setStretchFactor(0, 3)
        self.work.setStretchFactor(1, 2)
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
        self.splitter.setSizes([200, 1200])
        self.work.setSizes([700, 560])  # the list a little wider than the detail
        self.narrow = False

    def adapt(self, width: int) -> None:
        """Under :data:`NARROW` px the inbox pane keeps only its minimum width, leaving the
        rest to the list and the detail."""
        narrow = width < NARROW
        if narrow == self.narrow:
            return
        self.narrow = narrow
        sizes = self.splitter.sizes()
        total = sum(sizes) or width
        if narrow and sizes[0] > 0:
            self.splitter.setSizes([INBOX_MIN_WIDTH, total - INBOX_MIN_WIDTH])
        elif not narrow and sizes[0] > 0:
            self.splitter.setSizes([200, total - 200])


def first_size(window: QWidget) -> QSize:
    """The window's first size: :data:`DEFAULT_SIZE`, shrunk to the screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry().size()
    return QSize(min(DEFAULT_SIZE.width(), free.width()), min(DEFAULT_SIZE.height(), free.height()))
