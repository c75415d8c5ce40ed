"""The window's viewer commands — print the invoice (Ctrl+P), open it in the full-window
viewer (F11), show or fold the fields beside it (Ctrl+I) — and the settings the detail pane
remembers; installed by one call."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.qt import QAction, QObject, Qt


class ViewerActions(QObject):
    """Connects « Imprimer la facture… » (Ctrl+P) and « Ouvrir dans la visionneuse » (F11),
    declared in the window's action table, to the detail pane's viewer."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        preview = window.detail.preview
        self.print_action: QAction = window.actions_by_key["print_invoice"]
        self.print_action.triggered.connect(lambda: preview.viewer.print_document())
        self.viewer_action: QAction = window.actions_by_key["open_viewer"]
        self.viewer_action.triggered.connect(preview.open_detached)
        # inside the viewer its own Ctrl+P / F11 answer; elsewhere in the window, these do
        for action in (self.print_action, self.viewer_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        for own in ("print", "detach"):
            preview.viewer.actions_by_key[own].setShortcuts([])
        detail = window.detail
        self.fields_action: QAction = window.actions_by_key["toggle_fields"]
        self.fields_action.setCheckable(True)
        self.fields_action.triggered.connect(detail.show_fields)
        detail.fields_toggled.connect(self._fields_toggled)
        detail.use_settings(window.settings)

    def _fields_toggled(self, shown: bool) -> None:
        if self.fields_action.isChecked() != shown:
            self.fields_action.setChecked(shown)


def install_viewer_actions(window: Any) -> ViewerActions:
    """Register the viewer's commands on ``window`` (a MainWindow)."""
    return ViewerActions(window)
