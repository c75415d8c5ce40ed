"""A PDF view a clerk can read: zoom (buttons, Ctrl+wheel, Ctrl++ / Ctrl+-), fit width or page,
page navigation, printing, and a request to open it in a window of its own."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.ui.qt import (
    QAction,
    QEvent,
    QKeySequence,
    QLabel,
    QMessageBox,
    QObject,
    QPdfDocument,
    QPdfPageRenderer,
    QPdfView,
    QPointF,
    QSpinBox,
    Qt,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from desktop_app.ui.viewer_print import preview_document, print_document
from desktop_app.ui.viewer_zoom import (
    clamp_zoom,
    fit_page_factor,
    fit_width_factor,
    percent_text,
    zoom_in,
    zoom_out,
)

# Zoom modes, as remembered in the settings.
FIT_WIDTH, FIT_PAGE, CUSTOM = "fit_width", "fit_page", "custom"


def same_thread_pages(view: QPdfView) -> None:
    """Render the view's pages on the GUI thread. Qt's default worker thread delivers a page
    of the previous document after :meth:`QPdfView.setDocument`, and the view caches it as the
    new document's page: after two quick switches (an action sent at once: the invoice
    reloaded, then the next one shown) the image stayed the previous invoice's."""
    renderer = view.findChild(QPdfPageRenderer)
    if renderer is not None:
        renderer.setRenderMode(QPdfPageRenderer.RenderMode.SingleThreaded)


class PdfViewer(QWidget):
    """A toolbar over a :class:`QPdfView` showing ``document`` (owned by the caller)."""

    detach_requested = Signal()
    zoom_changed = Signal(str, float)  # mode, factor (the factor matters in CUSTOM mode)

    def __init__(
        self, document: QPdfDocument, parent: QWidget | None = None, *, detachable: bool = True
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.title = ""
        self.view = QPdfView(self)
        self.view.setDocument(document)
        same_thread_pages(self.view)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().installEventFilter(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.zoom_label = QLabel(self)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.setAccessibleName(self.tr("Page"))
        self.page.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count = QLabel(self)
        self.actions_by_key: dict[str, QAction] = {}
        if detachable:
            self._add(
                "detach",
                self.tr("Agrandir"),
                self.tr("Ouvrir dans la visionneuse (F11 ou double-clic)"),
                self.detach_requested.emit,
                ["F11"],
            )
        self._add(
            "zoom_out",
            self.tr("−"),
            self.tr("Zoom arrière (Ctrl+-)"),
            self.zoom_out,
            ["Ctrl+-"],
        )
        self.toolbar.addWidget(self.zoom_label)
        self._add(
            "zoom_in",
            self.tr("+"),
            self.tr("Zoom avant (Ctrl++)"),
            self.zoom_in,
            ["Ctrl++", "Ctrl+="],
        )
        self._add(
            "actual_size",
            self.tr("1:1"),
            self.tr("Taille réelle, 100 % (Ctrl+0)"),
            lambda: self.set_zoom(1.0),
            ["Ctrl+0"],
        )
        self._add(
            "fit_width",
            self.tr("Largeur"),
            self.tr("Ajuster à la largeur (Ctrl+9)"),
            self.fit_width,
            ["Ctrl+9"],
        )
        self._add(
            "fit_page",
            self.tr("Page"),
            self.tr("Page entière (Ctrl+8)"),
            self.fit_page,
            ["Ctrl+8"],
        )
        self.toolbar.addSeparator()
        self._add(
            "previous_page",
            self.tr("◀"),
            self.tr("Page précédente (Ctrl+Page préc.)"),
            lambda: self.go_to_page(self.current_page() - 1),
            ["Ctrl+PgUp"],
        )
        self.toolbar.addWidget(self.page)
        self.toolbar.addWidget(self.page_count)
        self._add(
            "next_page",
            self.tr("▶"),
            self.tr("Page suivante (Ctrl+Page suiv.)"),
            lambda: self.go_to_page(self.current_page() + 1),
            ["Ctrl+PgDown"],
        )
        self.toolbar.addSeparator()
        self._add(
            "print",
            self.tr("Imprimer…"),
            self.tr("Imprimer la facture (Ctrl+P)"),
            self.print_document,
            [QKeySequence.StandardKey.Print],
        )
        self._add(
            "print_preview",
            self.tr("Aperçu…"),
            self.tr("Aperçu avant impression (Ctrl+Shift+P)"),
            self.preview_document,
            ["Ctrl+Shift+P"],  # a toolbar button takes no focus: its key is the way in
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.mode = CUSTOM
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        document.pageCountChanged.connect(self._update_pages)
        document.statusChanged.connect(self._update_pages)
        self._update_pages()

    def set_document(self, document: QPdfDocument) -> None:
        """Show ``document`` instead of the current one (the view starts afresh: no page
        rendered for the previous document can appear on the new one)."""
        old = self.document
        if is_alive(old):
            old.pageCountChanged.disconnect(self._update_pages)
            old.statusChanged.disconnect(self._update_pages)
        self.document = document
        self.view.setDocument(document)
        document.pageCountChanged.connect(self._update_pages)
        document.statusChanged.connect(self._update_pages)
        self._update_pages()
        self._update_zoom_label()

    def _add(
        self,
        key: str,
        text: str,
        tip: str,
        slot: Callable[[], object],
        keys: list[str | QKeySequence.StandardKey],
    ) -> None:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setObjectName(f"viewer_{key}")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is inside the viewer
        self.actions_by_key[key] = action

    # -- zoom ----------------------------------------------------------------------------------
    def _dpi(self) -> float:
        return float(self.view.logicalDpiY() or 96)

    def _page_points(self) -> tuple[float, float]:
        if self.document.pageCount() == 0:
            return 595.0, 842.0  # A4
        size = self.document.pagePointSize(max(0, self.current_page()))
        return size.width(), size.height()

    def _viewport(self) -> tuple[float, float]:
        margins = 2 * self.view.documentMargins().left() + 4
        viewport = self.view.viewport()
        return viewport.width() - margins, viewport.height() - margins

    def effective_zoom(self) -> float:
        """The zoom factor on screen (1.0 = 100 %), whatever the mode."""
        if self.mode == FIT_WIDTH:
            return fit_width_factor(self._page_points()[0], self._viewport()[0], self._dpi())
        if self.mode == FIT_PAGE:
            return fit_page_factor(self._page_points(), self._viewport(), self._dpi())
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float) -> None:
        """Show the pages at ``factor`` (1.0 = real size), kept within the offered range."""
        self.mode = CUSTOM
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(clamp_zoom(factor))
        self._zoom_done()

    def zoom_in(self) -> None:
        """One step larger."""
        self.set_zoom(zoom_in(self.effective_zoom()))

    def zoom_out(self) -> None:
        """One step smaller."""
        self.set_zoom(zoom_out(self.effective_zoom()))

    def fit_width(self) -> None:
        """Pages as wide as the view."""
        self.mode = FIT_WIDTH
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._zoom_done()

    def fit_page(self) -> None:
        """A whole page in the view."""
        self.mode = FIT_PAGE
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._zoom_done()

    def apply_zoom(self, mode: str, factor: float) -> None:
        """Restore a remembered zoom (unknown modes fall back to 100 %)."""
        if mode == FIT_WIDTH:
            self.fit_width()
        elif mode == FIT_PAGE:
            self.fit_page()
        else:
            self.set_zoom(factor)

    def _zoom_done(self) -> None:
        self._update_zoom_label()
        self.zoom_changed.emit(self.mode, float(self.view.zoomFactor()))

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(percent_text(self.effective_zoom()))

    def resizeEvent(self, event: object) -> None:
        """Fit modes change the effective zoom with the size."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_zoom_label()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel zooms; a double click asks for the full-window viewer."""
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Wheel:
                modifiers = event.modifiers()  # type: ignore[attr-defined]
                if modifiers & Qt.KeyboardModifier.ControlModifier:
                    delta = event.angleDelta().y()  # type: ignore[attr-defined]
                    if delta > 0:
                        self.zoom_in()
                    elif delta < 0:
                        self.zoom_out()
                    return True
            elif (
                event.type() == QEvent.Type.MouseButtonDblClick and "detach" in self.actions_by_key
            ):
                self.detach_requested.emit()
                return True
        return super().eventFilter(watched, event)

    # -- pages ---------------------------------------------------------------------------------
    def current_page(self) -> int:
        """0-based page shown at the top of the view."""
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        """Scroll to ``page`` (0-based, clamped)."""
        count = self.document.pageCount()
        if count == 0:
            return
        page = max(0, min(count - 1, page))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), 0)
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        if not is_alive(self.document):  # Qt 6.8's navigator still signals while it goes
            return
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        count = self.document.pageCount()
        self.actions_by_key["previous_page"].setEnabled(page > 0)
        self.actions_by_key["next_page"].setEnabled(page < count - 1)
        self._update_zoom_label()

    def _update_pages(self, *_changed: object) -> None:
        if not is_alive(self.document):  # the document is being destroyed with its owner
            return
        count = self.document.pageCount()
        self.page.blockSignals(True)
        self.page.setMaximum(max(1, count))
        self.page.blockSignals(False)
        self.page.setEnabled(count > 1)
        self.page_count.setText(self.tr("/ {count}").format(count=count))
        for key in ("print", "print_preview", "zoom_in", "zoom_out", "fit_width", "fit_page"):
            self.actions_by_key[key].setEnabled(count > 0)
        self._page_changed(min(self.current_page(), max(0, count - 1)))

    # -- printing ------------------------------------------------------------------------------
    def print_document(self) -> int:
        """The system print dialog, then the pages chosen; the pages printed."""
        if self.document.pageCount() == 0:
            return 0
        try:
            return print_document(self.document, self.title, self)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Impression"), str(exc))
            return 0

    def preview_document(self) -> None:
        """The system print preview."""
        if self.document.pageCount() == 0:
            return
        try:
            preview_document(self.document, self.title, self)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Impression"), str(exc))
