"""Turning an image into a PDF the viewer shows (zoom, pages and printing for free)."""

from __future__ import annotations

from desktop_app.ui.qt import (
    QBuffer,
    QByteArray,
    QImage,
    QImageReader,
    QIODevice,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRect,
    QSizeF,
)

MAX_FRAMES = 50  # a multi-page TIFF scan: one PDF page per frame, within reason


def _frames(data: bytes) -> list[QImage]:
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setAutoTransform(True)
    frames: list[QImage] = []
    while len(frames) < MAX_FRAMES:
        image = reader.read()
        if image.isNull():
            break
        frames.append(image)
        if not reader.jumpToNextImage():
            break
    return frames


def image_pdf(data: bytes, title: str = "") -> bytes | None:
    """A PDF with each frame of the image ``data`` on a page of its own size (96 dpi);
    None when Qt cannot decode it."""
    frames = _frames(data)
    if not frames:
        return None
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    writer.setTitle(title)
    painter: QPainter | None = None
    for position, image in enumerate(frames):
        points = QSizeF(max(1, image.width()) * 0.75, max(1, image.height()) * 0.75)  # 72/96
        page = QPageSize(points, QPageSize.Unit.Point, title, QPageSize.SizeMatchPolicy.ExactMatch)
        writer.setPageLayout(
            QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        if painter is None:
            painter = QPainter(writer)
        elif position:
            writer.newPage()
        target = painter.viewport()
        painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    if painter is not None:
        painter.end()
    buffer.close()
    return bytes(out.data())
