"""Attachment content: bounded base64 decoding and MIME detection from magic bytes."""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from typing import Any

from desktop_app.documents.limits import DEFAULT_LIMITS, Limits
from desktop_app.documents.model import Attachment
from desktop_app.documents.values import clean

_WHITESPACE = re.compile(rb"\s+")
_ZIP_FAMILY = {
    "application/zip",
    "application/x-zip-compressed",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.text",
}
_TEXT_FAMILY = {"text/plain", "text/csv", "text/xml", "application/xml", "text/html"}


def detect_mime(content: bytes) -> str:
    """MIME type guessed from the first bytes; ``application/octet-stream`` when unknown."""
    head = content[:16]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(content)
    if head.startswith(b"%PDF") or b"%PDF-" in content[:1024]:  # readers accept leading junk
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith((b"\xd0\xcf\x11\xe0",)):
        return "application/x-ole-storage"
    return _text_kind(content)


def _zip_kind(content: bytes) -> str:
    """Office formats are ZIP archives: tell them apart by their member names (no inflation)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = archive.namelist()[:200]
    except (zipfile.BadZipFile, ValueError, OSError):
        return "application/zip"
    if any(n.startswith("xl/") for n in names):
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if any(n.startswith("word/") for n in names):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if any(n.startswith("ppt/") for n in names):
        return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    return "application/zip"


def _text_kind(content: bytes) -> str:
    sample = content[:4096]
    stripped = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or (stripped.startswith(b"<") and b">" in stripped):
        return "application/xml"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a cut multi-byte character
            return "application/octet-stream"
    if b"\x00" in sample:
        return "application/octet-stream"
    return "text/plain"


def mime_compatible(declared: str, detected: str) -> bool:
    """True when content of type ``detected`` may honestly be labelled ``declared``."""
    declared = declared.split(";", 1)[0].strip().lower()
    if declared == detected:
        return True
    if declared in {"application/octet-stream", "binary/octet-stream"}:
        return True
    if detected == "application/zip" or detected in _ZIP_FAMILY:
        return declared in _ZIP_FAMILY
    if detected in {"text/plain", "application/xml"}:
        return declared in _TEXT_FAMILY
    if detected == "image/jpeg":
        return declared in {"image/jpg", "image/pjpeg"}
    return False


def decoded_size(b64_clean: bytes) -> int:
    """Exact decoded length of white-space-free base64 without decoding it."""
    length = len(b64_clean)
    padding = b64_clean[-2:].count(b"=") if length >= 2 else 0
    return (length * 3) // 4 - padding


def fill_from_binary_object(
    attachment: Attachment, element: Any, limits: Limits = DEFAULT_LIMITS
) -> None:
    """Read an embedded binary object (UBL and CII share the type): MIME, file name, bytes."""
    attachment.mime = clean(element.get("mimeCode"))
    attachment.filename = clean(element.get("filename"))
    fill_from_base64(attachment, element.text, limits)


def fill_from_base64(
    attachment: Attachment, text: str | None, limits: Limits = DEFAULT_LIMITS
) -> None:
    """Decode ``text`` into ``attachment`` within the size limit, or record why not."""
    if text is None:
        return
    raw = _WHITESPACE.sub(b"", text.encode("ascii", "replace"))
    size = decoded_size(raw)
    attachment.size = size
    if size > limits.max_attachment_bytes:
        attachment.error_key = "attachment_too_large"
        return
    try:
        content = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        attachment.error_key = "attachment_bad_base64"
        attachment.size = None
        return
    set_content(attachment, content)


def set_content(attachment: Attachment, content: bytes) -> None:
    """Store ``content`` and what its magic bytes say it is."""
    attachment.content = content
    attachment.size = len(content)
    attachment.detected_mime = detect_mime(content)
