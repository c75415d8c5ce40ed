"""Listing and bounded extraction of attachments, from raw bytes or a read invoice."""

from __future__ import annotations

from desktop_app.documents.errors import DocumentError
from desktop_app.documents.limits import DEFAULT_LIMITS, Limits
from desktop_app.documents.model import Attachment, Invoice
from desktop_app.documents.reader import read_invoice


def _invoice(data_or_invoice: bytes | Invoice, limits: Limits) -> Invoice:
    if isinstance(data_or_invoice, Invoice):
        return data_or_invoice
    return read_invoice(data_or_invoice, limits=limits)


def list_attachments(
    data_or_invoice: bytes | Invoice, *, limits: Limits = DEFAULT_LIMITS
) -> list[Attachment]:
    """BG-24 supporting documents, then files attached to the PDF container (never executed)."""
    return _invoice(data_or_invoice, limits).all_attachments()


def extract_attachment(
    data_or_invoice: bytes | Invoice,
    ref: int | str,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> bytes:
    """Content of one attachment, by index in :func:`list_attachments` or by id / file name.

    Content was decoded within ``limits.max_attachment_bytes``; a larger or broken one raises
    :class:`DocumentError` (``attachment_too_large``, ``attachment_bad_base64``...).
    """
    attachments = list_attachments(data_or_invoice, limits=limits)
    found: Attachment | None = None
    if isinstance(ref, int):
        if 0 <= ref < len(attachments):
            found = attachments[ref]
    else:
        found = next((a for a in attachments if a.id == ref), None) or next(
            (a for a in attachments if a.filename == ref), None
        )
    if found is None:
        raise DocumentError("attachment_not_found", ref=str(ref))
    name = found.filename or found.id or str(ref)
    if found.content is not None:
        if len(found.content) > limits.max_attachment_bytes:
            raise DocumentError(
                "attachment_too_large",
                name=name,
                size=len(found.content),
                limit=limits.max_attachment_bytes,
            )
        return found.content
    if found.error_key == "attachment_too_large" or found.error_key == "pdf_embedded_too_large":
        raise DocumentError(
            "attachment_too_large", name=name, size=found.size, limit=limits.max_attachment_bytes
        )
    if found.error_key is not None:
        raise DocumentError(found.error_key, name=name, ref=name, detail="", limit="", size="")
    raise DocumentError("attachment_no_content", name=name)
