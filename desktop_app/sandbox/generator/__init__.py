"""Deterministic generator of realistic received invoices and their files.

Metadata (fast, pure): ``demo_recipients``, ``generate_invoice``, ``generate_invoices`` and the
supplier-side variants ``duplicate_of``, ``redeposit_after_rejection``,
``completion_attachment``. Files (UBL, CII, Factur-X, Chorus Pro pivot, platform PDF) are in
``desktop_app.sandbox.generator.files`` (imports reportlab and factur-x).
"""

from desktop_app.sandbox.generator.invoices import generate_invoice, generate_invoices
from desktop_app.sandbox.generator.recipients import demo_recipients
from desktop_app.sandbox.generator.variants import (
    completion_attachment,
    duplicate_of,
    redeposit_after_rejection,
)

__all__ = [
    "completion_attachment",
    "demo_recipients",
    "duplicate_of",
    "generate_invoice",
    "generate_invoices",
    "redeposit_after_rejection",
]
