"""Invoice files in each syntax the platform carries, plus the platform's PDF and PIVOT views."""

from __future__ import annotations

from desktop_app.sandbox.generator.files.cii import render_cii
from desktop_app.sandbox.generator.files.common import base_filename
from desktop_app.sandbox.generator.files.facturx_pdf import render_facturx
from desktop_app.sandbox.generator.files.pivot import render_pivot
from desktop_app.sandbox.generator.files.ubl import render_ubl
from desktop_app.sandbox.generator.files.visual import render_visual_pdf
from desktop_app.sandbox.generator.model import GeneratedInvoice

__all__ = [
    "render_cii",
    "render_facturx",
    "render_invoice_file",
    "render_pivot",
    "render_platform_pdf",
    "render_ubl",
    "render_visual_pdf",
]


def render_invoice_file(invoice: GeneratedInvoice) -> tuple[str, bytes]:
    """``(filename, content)`` of the file the supplier deposited, in the invoice's syntax."""
    stem = base_filename(invoice)
    if invoice.syntax == "UBL":
        return f"{stem}_ubl.xml", render_ubl(invoice)
    if invoice.syntax == "CII":
        return f"{stem}_cii.xml", render_cii(invoice)
    if invoice.syntax == "FACTURX":
        return f"{stem}_facturx.pdf", render_facturx(invoice)
    if invoice.syntax == "PIVOT":
        return f"{stem}_pivot.xml", render_pivot(invoice)
    raise ValueError(f"unknown invoice syntax: {invoice.syntax!r}")


def render_platform_pdf(invoice: GeneratedInvoice) -> bytes:
    """The PDF the platform returns for format ``PDF``: the Factur-X file itself for a Factur-X
    deposit, otherwise a rendering of the invoice."""
    if invoice.syntax == "FACTURX":
        return render_facturx(invoice)
    return render_visual_pdf(invoice)
