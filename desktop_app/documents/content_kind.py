"""What a file is, from its bytes (never from its declared name): how the app may show it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.documents.attachments import detect_mime
from desktop_app.documents.errors import DocumentError
from desktop_app.documents.reader import detect_syntax


class ContentKind(StrEnum):
    """How a file can be opened."""

    PDF = "pdf"  # the app's own viewer
    IMAGE = "image"  # the app's own viewer (as a PDF page)
    INVOICE_XML = "invoice_xml"  # the app's own viewer, as its reconstituted PDF
    SYSTEM = "system"  # a harmless document type: the system's application
    OTHER = "other"  # unknown or archive: saved, never launched


@dataclass(frozen=True, slots=True)
class ContentInfo:
    """A file's detected type and the extension matching it (None when unknown)."""

    kind: ContentKind
    mime: str
    extension: str | None


_IMAGES = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/tiff": "tif"}
_SYSTEM = {
    "text/plain": "txt",
    "application/xml": "xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
}
_INVOICE_SYNTAXES = {"UBL", "CII", "PIVOT", "CPP_MIXTE"}


def classify(data: bytes) -> ContentInfo:
    """The kind of ``data`` by its magic bytes; an XML file is an invoice when its root is."""
    mime = detect_mime(data)
    if mime == "application/pdf":
        return ContentInfo(ContentKind.PDF, mime, "pdf")
    if mime in _IMAGES:
        return ContentInfo(ContentKind.IMAGE, mime, _IMAGES[mime])
    if mime == "application/xml" and _is_invoice(data):
        return ContentInfo(ContentKind.INVOICE_XML, mime, "xml")
    if mime in _SYSTEM:
        return ContentInfo(ContentKind.SYSTEM, mime, _SYSTEM[mime])
    return ContentInfo(ContentKind.OTHER, mime, None)


def _is_invoice(data: bytes) -> bool:
    try:
        return detect_syntax(data) in _INVOICE_SYNTAXES
    except DocumentError:
        return False
