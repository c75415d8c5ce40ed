"""Factur-X / ZUGFeRD / XRechnung PDF: the embedded invoice XML and the other PDF attachments.

The PDF is read with ``pypdf`` under tightened decoding limits (a per-call configuration),
so decompression bombs and oversized streams end with a :class:`DocumentError`.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

from desktop_app.documents.attachments import set_content
from desktop_app.documents.errors import DocumentError
from desktop_app.documents.limits import DEFAULT_LIMITS, Limits
from desktop_app.documents.model import Attachment

# Names used by Factur-X 1.0, ZUGFeRD 2.x and 1.0, XRechnung in a PDF, by preference.
INVOICE_XML_NAMES = (
    "factur-x.xml",
    "zugferd-invoice.xml",
    "xrechnung.xml",
    "zugferd_invoice.xml",
)

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(slots=True)
class PdfFile:
    """One file attached to the PDF (content loaded only when within the limit)."""

    name: str
    mime: str | None
    declared_size: int | None
    description: str | None


def _config(limits: Limits) -> dict[str, Any]:
    cap = limits.max_pdf_stream_bytes
    return {
        "maximum_declared_stream_length": cap,
        "array_based_stream_maximum_output_length": cap,
        "jbig2_maximum_output_length": cap,
        "lzw_maximum_output_length": cap,
        "run_length_maximum_output_length": cap,
        "zlib_maximum_output_length": cap,
        "brotli_maximum_output_length": cap,
        "flate_maximum_row_length": min(4_000_000, cap),
        "stream_decoding_work_maximum_length": 4 * cap,
        "image_maximum_buffer_size": cap,
        "disable_legacy_handling": True,
    }


def looks_like_pdf(data: bytes) -> bool:
    """PDF header within the first kilobyte (as PDF readers accept)."""
    return b"%PDF-" in data[:1024]


class PdfContainer:
    """A PDF opened for reading its attachments, always within the configured limits."""

    def __init__(self, data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        with self._guard():
            self.reader = PdfReader(io.BytesIO(data), strict=False)
            if self.reader.is_encrypted:
                try:
                    if not self.reader.decrypt(""):
                        raise DocumentError("pdf_encrypted")
                except (DependencyError, NotImplementedError, FileNotDecryptedError) as exc:
                    raise DocumentError("pdf_encrypted") from exc
            self._files = list(self._load())

    def _guard(self) -> _Guard:
        return _Guard(self.limits)

    def _load(self) -> Iterator[tuple[PdfFile, object]]:
        for count, embedded in enumerate(self.reader.attachment_list):
            if count >= self.limits.max_pdf_attachments:
                raise DocumentError("pdf_limit", detail="too many embedded files")
            try:
                subtype = embedded.subtype
                size = embedded.size
                description = embedded.description
            except PyPdfError:
                subtype, size, description = None, None, None
            mime = str(subtype).lstrip("/").replace("#2F", "/") if subtype else None
            declared = int(size) if isinstance(size, int) else None
            yield PdfFile(str(embedded.name), mime, declared, description), embedded

    @property
    def files(self) -> list[PdfFile]:
        """Files attached to the PDF (embedded file name tree)."""
        return [info for info, _ in self._files]

    def read(self, name: str, cap: int) -> bytes:
        """Decoded content of the attached file ``name``, at most ``cap`` bytes."""
        for info, embedded in self._files:
            if info.name != name:
                continue
            if info.declared_size is not None and info.declared_size > cap:
                raise DocumentError("pdf_embedded_too_large", name=name, limit=cap)
            with self._guard():
                content: bytes = embedded.content  # type: ignore[attr-defined]
            if len(content) > cap:
                raise DocumentError("pdf_embedded_too_large", name=name, limit=cap)
            return content
        raise DocumentError("attachment_not_found", ref=name)

    def invoice_xml_name(self) -> str | None:
        """Name of the attached invoice XML by the standard names, else the only XML file."""
        names = {info.name.lower(): info.name for info in self.files}
        for wanted in INVOICE_XML_NAMES:
            if wanted in names:
                return names[wanted]
        xml_files = [info.name for info in self.files if info.name.lower().endswith(".xml")]
        return xml_files[0] if len(xml_files) == 1 else None

    def other_files(self, invoice_name: str | None) -> list[Attachment]:
        """PDF file attachments other than the invoice XML, content read within the limit."""
        out = []
        for info in self.files:
            if info.name == invoice_name:
                continue
            att = Attachment(
                id=info.name,
                filename=info.name,
                mime=info.mime,
                size=info.declared_size,
                description=info.description,
                origin="pdf",
            )
            try:
                set_content(att, self.read(info.name, self.limits.max_attachment_bytes))
            except DocumentError as exc:
                att.error_key = exc.key
            out.append(att)
        return out


class _Guard:
    """Applies the pypdf limits and turns pypdf failures into :class:`DocumentError`."""

    def __init__(self, limits: Limits) -> None:
        self._ctx = apply_configuration(**_config(limits))

    def __enter__(self) -> None:
        self._ctx.__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._ctx.__exit__(exc_type, exc, tb)
        if exc is None or isinstance(exc, DocumentError):
            return
        if isinstance(exc, LimitReachedError):
            raise DocumentError("pdf_limit", detail=str(exc)) from exc
        if isinstance(exc, PyPdfError | ValueError | KeyError | TypeError | AttributeError):
            raise DocumentError("pdf_unreadable", detail=str(exc) or type(exc).__name__) from exc
        if isinstance(exc, RecursionError | IndexError | OSError):
            raise DocumentError("pdf_unreadable", detail=type(exc).__name__) from exc
