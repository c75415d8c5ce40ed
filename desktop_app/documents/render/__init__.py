"""Reconstituted invoice PDF: the same clear layout whatever syntax the supplier sent.

Pure function, no Qt: safe to call from a worker thread.
"""

from __future__ import annotations

import io
import threading

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from desktop_app.documents.checks import BuyerRequirements, check_invoice
from desktop_app.documents.checks_catalog import Finding
from desktop_app.documents.messages import check_language
from desktop_app.documents.model import Invoice
from desktop_app.documents.render import blocks, tables
from desktop_app.documents.render.canvas import numbered_canvas
from desktop_app.documents.render.checks_block import findings_box
from desktop_app.documents.render.fonts import register_fonts
from desktop_app.documents.render.labels import LABELS
from desktop_app.documents.render.styles import shared_styles

_render_lock = threading.Lock()


def build_story(
    invoice: Invoice, ctx: blocks.Ctx, findings: list[Finding] | None = None
) -> list[Flowable]:
    """All flowables of the invoice, top to bottom (the checks' findings under the header)."""
    story: list[Flowable] = []
    for part in (
        blocks.header,
        lambda inv, c: findings_box(findings or [], c.lang, c.s),
        blocks.invalid_values,
        blocks.parties,
        blocks.references,
        tables.lines_table,
        tables.document_allowances,
        tables.vat_and_totals,
        blocks.payment,
        blocks.notes,
        blocks.attachments,
    ):
        story += part(invoice, ctx)
    return story


def render_invoice_pdf(
    invoice: Invoice,
    *,
    language: str = "fr",
    requirements: BuyerRequirements | None = None,
    checks: bool = True,
) -> bytes:
    """The reconstituted invoice as PDF bytes (A4, embedded DejaVu fonts, page x / y).

    With ``checks`` (the default) the findings of :func:`check_invoice` are shown as a
    warning box under the header; the values themselves are printed as stated.
    """
    check_language(language)
    register_fonts()
    labels = LABELS[language]
    ctx = blocks.Ctx(language, labels, shared_styles())
    number = invoice.number or labels["unknown"]
    title_key = "title_credit" if invoice.is_credit_note else "title"
    title = labels[title_key].format(number=number)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm - 6,  # the frame adds 6 pt of padding on each side
        rightMargin=15 * mm - 6,
        topMargin=14 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=invoice.seller.name or "",
        subject=labels["subject"].format(number=number, seller=invoice.seller.name or ""),
        creator="Invoice Desk",
        producer="Invoice Desk (reportlab)",
        keywords=[invoice.syntax, number],
        lang="fr-FR" if language == "fr" else "en-GB",
    )
    footer = f"{title} – {invoice.seller.name or ''}"[:110]
    findings = check_invoice(invoice, requirements) if checks else []
    story = build_story(invoice, ctx, findings)
    # reportlab keeps some module-level state while laying out; serialise builds.
    with _render_lock:
        doc.build(story, canvasmaker=numbered_canvas(footer, labels["page"]))
    return buffer.getvalue()
