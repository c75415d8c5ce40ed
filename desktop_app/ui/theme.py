"""Look: Fusion style following the system's light or dark colour scheme."""

from __future__ import annotations

from desktop_app.ui.qt import QApplication, QColor, QPalette, Qt


def dark_palette() -> QPalette:
    """A readable dark palette (used when the system asks for dark)."""
    palette = QPalette()
    base, window, text = QColor(30, 30, 32), QColor(45, 45, 48), QColor(230, 230, 230)
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(40, 40, 44)),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(90, 170, 255)),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 120, 120))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(120, 120, 120)
    )
    return palette


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Fusion style; dark palette when ``dark`` or when the system scheme is dark."""
    app.setStyle("Fusion")
    if dark is None:
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if dark:
        app.setPalette(dark_palette())
