"""Printing a PDF through the system print dialog: pages rendered by QtPdf, painted scaled."""

from __future__ import annotations

import logging

from desktop_app.ui.qt import (
    QCoreApplication,
    QDialog,
    QPainter,
    QPdfDocument,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QRect,
    QSize,
    Qt,
    QWidget,
)
from desktop_app.ui.viewer_zoom import fit_inside, print_pages, render_pixels

log = logging.getLogger(__name__)


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the printer's page range of ``document`` on ``printer``; the pages painted."""
    pages = print_pages(printer.fromPage(), printer.toPage(), document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate("ViewerPrint", "L'imprimante n'a pas pu être ouverte.")
        )
    try:
        box = printer.pageLayout().paintRectPixels(printer.resolution())
        for position, page in enumerate(pages):
            if position:
                printer.newPage()
            size = document.pagePointSize(page)
            x, y, width, height = fit_inside(
                (size.width(), size.height()), (box.width(), box.height())
            )
            bitmap = render_pixels((width, height), printer.resolution())
            # white paper under the page (render()'s fillColor only exists from Qt 6.9 on,
            # and the MSI ships 6.8)
            target = QRect(x, y, width, height)
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, document.render(page, QSize(*bitmap)))
    finally:
        painter.end()
    return len(pages)


def _printer(document: QPdfDocument, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(0, 0)
    return printer


def print_document(document: QPdfDocument, title: str, parent: QWidget | None = None) -> int:
    """Ask the system print dialog, then print; the number of pages sent (0 = cancelled)."""
    printer = _printer(document, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ViewerPrint", "Imprimer la facture"))
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint_pages(document, printer)


def preview_document(document: QPdfDocument, title: str, parent: QWidget | None = None) -> bool:
    """The system print preview (its own print button prints); True when it printed."""
    printer = _printer(document, title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ViewerPrint", "Aperçu avant impression"))
    dialog.paintRequested.connect(lambda target: paint_pages(document, target))
    return bool(dialog.exec() == QDialog.DialogCode.Accepted)
