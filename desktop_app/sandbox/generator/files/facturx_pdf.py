"""Factur-X (PDF/A-3 + embedded CII, profile EN 16931) built with the ``factur-x`` library."""

from __future__ import annotations

import logging

from facturx import generate_from_binary

from desktop_app.sandbox.generator.files.cii import render_cii
from desktop_app.sandbox.generator.files.visual import render_visual_pdf
from desktop_app.sandbox.generator.model import GeneratedInvoice

# The library logs every step at INFO; keep the sandbox output readable.
logging.getLogger("factur-x").setLevel(logging.WARNING)


def render_facturx(invoice: GeneratedInvoice) -> bytes:
    """The Factur-X PDF: visual rendering + ``factur-x.xml``; supporting documents are embedded
    as PDF file attachments (AFRelationship Supplement) and referenced in the XML."""
    xml = render_cii(invoice, embed_attachments=False)
    visual = render_visual_pdf(invoice)
    attachments = {
        f"{a.designation}.{a.extension.lower()}": {
            "filedata": a.content,
            "description": a.type_code,
            "afrelationship": "supplement",
        }
        for a in invoice.attachments
    }
    metadata = {
        "author": invoice.supplier.name,
        "keywords": "Factur-X, Facture",
        "title": f"{invoice.supplier.name}: {invoice.invoice_type} {invoice.number}",
        "subject": (
            f"Factur-X {invoice.invoice_type} {invoice.number} du {invoice.issue_date.isoformat()} "
            f"emise par {invoice.supplier.name}"
        ),
    }
    return bytes(
        generate_from_binary(
            visual,
            xml,
            flavor="factur-x",
            level="en16931",
            check_xsd=False,
            pdf_metadata=metadata,
            lang="fr-FR",
            attachments=attachments or None,
        )
    )
