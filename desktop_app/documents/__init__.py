"""Documents: invoice syntaxes, safe parsing, reconstituted PDF.

Public API::

    read_invoice(data, *, filename=None) -> Invoice        (raises DocumentError)
    detect_syntax(data) -> "UBL" | "CII" | "FACTURX" | "PIVOT" | "CPP_MIXTE"
    render_invoice_pdf(invoice, *, language="fr") -> bytes
    list_attachments(data_or_invoice) -> list[Attachment]
    extract_attachment(data_or_invoice, ref) -> bytes      (bounded)
    classify(data) -> ContentInfo                           (how a file may be shown)
"""

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
