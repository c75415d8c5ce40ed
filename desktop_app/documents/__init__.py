"""Documents: invoice syntaxes, safe parsing, reconstituted PDF.

Public API::

    read_invoice(data, *, filename=None) -> Invoice        (raises DocumentError)
    detect_syntax(data) -> "UBL" | "CII" | "FACTURX" | "PIVOT" | "CPP_MIXTE"
    render_invoice_pdf(invoice, *, language="fr") -> bytes
    list_attachments(data_or_invoice) -> list[Attachment]
    extract_attachment(data_or_invoice, ref) -> bytes      (bounded)
    classify(data) -> ContentInfo                           (how a file may be shown)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.documents.api_attachments import extract_attachment, list_attachments
    from desktop_app.documents.content_kind import ContentInfo, ContentKind, classify
    from desktop_app.documents.errors import DocumentError
    from desktop_app.documents.limits import DEFAULT_LIMITS, Limits
    from desktop_app.documents.model import (
        Address,
        AllowanceCharge,
        Attachment,
        BankAccount,
        Contact,
        DocumentReference,
        Identifier,
        InvalidValue,
        Invoice,
        InvoiceLine,
        Note,
        Party,
        PaymentInstructions,
        Period,
        Totals,
        VatBreakdown,
    )
    from desktop_app.documents.reader import detect_syntax, read_invoice
    from desktop_app.documents.render import render_invoice_pdf

# Each public name's module, imported on first use (PEP 562): the window starts without lxml,
# pypdf and reportlab, which only an open invoice or an export needs (cold start, issue 17).
_MODULES = {
    "extract_attachment": "desktop_app.documents.api_attachments",
    "list_attachments": "desktop_app.documents.api_attachments",
    "ContentInfo": "desktop_app.documents.content_kind",
    "ContentKind": "desktop_app.documents.content_kind",
    "classify": "desktop_app.documents.content_kind",
    "DocumentError": "desktop_app.documents.errors",
    "DEFAULT_LIMITS": "desktop_app.documents.limits",
    "Limits": "desktop_app.documents.limits",
    "Address": "desktop_app.documents.model",
    "AllowanceCharge": "desktop_app.documents.model",
    "Attachment": "desktop_app.documents.model",
    "BankAccount": "desktop_app.documents.model",
    "Contact": "desktop_app.documents.model",
    "DocumentReference": "desktop_app.documents.model",
    "Identifier": "desktop_app.documents.model",
    "InvalidValue": "desktop_app.documents.model",
    "Invoice": "desktop_app.documents.model",
    "InvoiceLine": "desktop_app.documents.model",
    "Note": "desktop_app.documents.model",
    "Party": "desktop_app.documents.model",
    "PaymentInstructions": "desktop_app.documents.model",
    "Period": "desktop_app.documents.model",
    "Totals": "desktop_app.documents.model",
    "VatBreakdown": "desktop_app.documents.model",
    "detect_syntax": "desktop_app.documents.reader",
    "read_invoice": "desktop_app.documents.reader",
    "render_invoice_pdf": "desktop_app.documents.render",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_LIMITS",
    "Address",
    "AllowanceCharge",
    "Attachment",
    "BankAccount",
    "Contact",
    "ContentInfo",
    "ContentKind",
    "DocumentError",
    "DocumentReference",
    "Identifier",
    "InvalidValue",
    "Invoice",
    "InvoiceLine",
    "Limits",
    "Note",
    "Party",
    "PaymentInstructions",
    "Period",
    "Totals",
    "VatBreakdown",
    "classify",
    "detect_syntax",
    "extract_attachment",
    "list_attachments",
    "read_invoice",
    "render_invoice_pdf",
]
