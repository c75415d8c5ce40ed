"""A canvas that writes "Page x / y" and a footer once the page count is known."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from desktop_app.documents.render.fonts import REGULAR


def numbered_canvas(footer_left: str, page_label: str) -> type[canvas.Canvas]:
    """A canvas class whose pages end with ``footer_left`` and ``page_label`` filled in."""

    class NumberedCanvas(canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillGray(0.35)
            self.setStrokeGray(0.7)
            self.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
            self.drawString(15 * mm, 8 * mm, footer_left)
            label = page_label.format(page=self._pageNumber, total=total)
            self.drawRightString(width - 15 * mm, 8 * mm, label)
            self.restoreState()

    return NumberedCanvas
