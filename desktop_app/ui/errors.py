"""Errors never reach the user as tracebacks: a readable dialog, details, a rotating log."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

from desktop_app.ui.qt import (
    QApplication,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("desktop_app.ui")
LOG_FILE = "invoice-desk.log"
_SECRET = re.compile(
    r"(?i)(password|passphrase|mot de passe|secret|token|authorization|api[_-]?key|bearer)"
    r"(\s*[:=]\s*|\s+)(\"[^\"]*\"|'[^']*'|\S+)"
)


def scrub(text: str) -> str:
    """``text`` with anything looking like a secret value replaced by ``***``."""
    return _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


class SecretFilter(logging.Filter):
    """Scrubs secrets from every record before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def log_dir() -> Path:
    """The user's log folder."""
    return platformdirs.user_log_path("InvoiceDesk", appauthor=False)


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file (1 MB x 5) without secrets; returns the file's path."""
    target = (folder or log_dir()) / LOG_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "invoice_desk", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.invoice_desk = True  # type: ignore[attr-defined]
    handler.addFilter(SecretFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return target


class ErrorDialog(QDialog):
    """A readable message, with the technical details folded away."""

    def __init__(self, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoice Desk — erreur"))
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        layout.addWidget(icon)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.details = QPlainTextEdit(scrub(details))
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.details_button = QPushButton(self.tr("&Détails"))
        self.details_button.setCheckable(True)
        self.details_button.setEnabled(bool(details))
        self.details_button.toggled.connect(self.details.setVisible)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def show_error(message: str, details: str = "", parent: QWidget | None = None) -> None:
    """Log and show ``message`` (modal)."""
    log.error("%s\n%s", message, details)
    if QApplication.instance() is None:
        print(message, file=sys.stderr)
        return
    ErrorDialog(message, details, parent).exec()


_dialog_open: dict[str, bool] = {"open": False}


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: log the traceback, show a readable dialog instead."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None or _dialog_open["open"]:
        return
    _dialog_open["open"] = True
    try:
        message = QCoreApplication.translate(
            "Errors",
            "Une erreur inattendue s'est produite. Votre travail en attente est conservé ; "
            "si le problème persiste, transmettez le journal à votre support.",
        )
        ErrorDialog(message, details).exec()
    finally:
        _dialog_open["open"] = False


def install_excepthook() -> None:
    """Route uncaught exceptions to :func:`handle_exception`."""
    sys.excepthook = handle_exception
