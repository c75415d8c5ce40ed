"""The window's viewer commands — print the invoice (Ctrl+P), open it in the full-window
viewer (F11) — and the settings the detail pane remembers; installed by one call."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.qt import QAction, QKeySequence, QObject, Qt


class ViewerActions(QObject):
    """Adds « Imprimer la facture… » and « Visionneuse » to the window's « Facture » menu."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        preview = window.detail.preview
        self.print_action = QAction(self.tr("&Imprimer la facture…"), window)
        self.print_action.setObjectName("action_print_invoice")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda: preview.viewer.print_document())
        self.viewer_action = QAction(self.tr("Ouvrir dans la &visionneuse"), window)
        self.viewer_action.setObjectName("action_open_viewer")
        self.viewer_action.setShortcut(QKeySequence("F11"))
        self.viewer_action.triggered.connect(preview.open_detached)
        # inside the viewer its own Ctrl+P / F11 answer; elsewhere in the window, these do
        for action in (self.print_action, self.viewer_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        for own in ("print", "detach"):
            preview.viewer.actions_by_key[own].setShortcuts([])
        menu = self._invoice_menu()
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.print_action)
            menu.addAction(self.viewer_action)
        window.addAction(self.print_action)
        window.addAction(self.viewer_action)
        window.detail.use_settings(window.settings)

    def _invoice_menu(self) -> Any:
        title = self.window.window_actions.menu_titles()["invoice"]
        for action in self.window.menuBar().actions():
            if action.menu() is not None and action.text() == title:
                return action.menu()
        return None


def install_viewer_actions(window: Any) -> ViewerActions:
    """Register the viewer's commands on ``window`` (a MainWindow)."""
    return ViewerActions(window)
