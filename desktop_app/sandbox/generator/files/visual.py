"""Human-readable invoice PDF (reportlab): the visual part of Factur-X and the platform image."""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.sandbox.generator.files.common import amount, number
from desktop_app.sandbox.generator.model import GeneratedInvoice, Party

_TITLES = {"FACTURE": "FACTURE", "AVOIR": "AVOIR", "ACOMPTE": "FACTURE D'ACOMPTE"}
_MARGIN = 40
_LINE_HEIGHT = 12


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    """Embedded TrueType fonts (PDF/A requires embedded fonts): Vera shipped with reportlab."""
    pdfmetrics.registerFont(TTFont("InvoiceVera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("InvoiceVeraBd", "VeraBd.ttf"))
    return "InvoiceVera", "InvoiceVeraBd"


def _party_block(canvas: Canvas, x: float, y: float, title: str, party: Party) -> None:
    regular, bold = _fonts()
    canvas.setFont(bold, 9)
    canvas.drawString(x, y, title)
    canvas.setFont(regular, 9)
    rows = [
        party.name,
        party.street,
        f"{party.postcode} {party.city}",
        f"SIRET {party.siret}",
    ]
    if party.vat_id:
        rows.append(f"TVA {party.vat_id}")
    for i, row in enumerate(rows, start=1):
        canvas.drawString(x, y - i * _LINE_HEIGHT, row[:60])


def render_visual_pdf(invoice: GeneratedInvoice, title_suffix: str = "") -> bytes:
    """A multi-page A4 rendering of the invoice (header, parties, lines, VAT, totals)."""
    regular, bold = _fonts()
    buffer = io.BytesIO()
    width, height = A4
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(f"{_TITLES[invoice.invoice_type]} {invoice.number}")
    canvas.setAuthor(invoice.supplier.name)
    canvas.setSubject(f"{invoice.invoice_type} {invoice.number}{title_suffix}")
    canvas.setCreator("Invoice Desk sandbox")

    top = height - _MARGIN
    canvas.setFont(bold, 16)
    canvas.drawString(_MARGIN, top, f"{_TITLES[invoice.invoice_type]} N° {invoice.number}")
    canvas.setFont(regular, 9)
    meta = [
        f"Date d'emission : {invoice.issue_date:%d/%m/%Y}",
        f"Cadre : {invoice.frame}",
    ]
    if invoice.due_date is not None:
        meta.append(f"Echeance : {invoice.due_date:%d/%m/%Y}")
    if invoice.engagement_number:
        meta.append(f"Engagement juridique : {invoice.engagement_number}")
    if invoice.contract_number:
        meta.append(f"Marche : {invoice.contract_number}")
    if invoice.preceding_invoice_number:
        meta.append(f"Facture d'origine : {invoice.preceding_invoice_number}")
    meta.append(f"Code service : {invoice.recipient.service_code}")
    for i, row in enumerate(meta, start=1):
        canvas.drawString(width - 250, top - i * _LINE_HEIGHT, row)
    _party_block(canvas, _MARGIN, top - 30, "FOURNISSEUR", invoice.supplier)
    _party_block(canvas, _MARGIN + 260, top - 120, "DESTINATAIRE", invoice.recipient.structure)
    y = top - 210
    columns = (_MARGIN, _MARGIN + 30, _MARGIN + 290, _MARGIN + 335, _MARGIN + 375, _MARGIN + 430)

    def header(y_pos: float) -> float:
        canvas.setFont(bold, 8)
        for x, label in zip(
            columns, ("N°", "Designation", "Qte", "Unite", "PU HT", "TVA %"), strict=True
        ):
            canvas.drawString(x, y_pos, label)
        canvas.drawRightString(width - _MARGIN, y_pos, "Montant HT")
        canvas.setFont(regular, 8)
        return y_pos - _LINE_HEIGHT

    y = header(y)
    for line in invoice.lines:
        if y < _MARGIN + 40:
            canvas.showPage()
            y = header(height - _MARGIN)
        cells = (
            str(line.number),
            line.description[:55],
            number(line.quantity),
            line.unit_code,
            f"{line.unit_price}",
            number(line.vat_rate),
        )
        for x, cell in zip(columns, cells, strict=True):
            canvas.drawString(x, y, cell)
        canvas.drawRightString(width - _MARGIN, y, amount(line.net_amount))
        y -= _LINE_HEIGHT
    rows: list[tuple[str, str]] = [
        (
            f"Base TVA {number(b.rate)} % ({b.category})",
            f"{amount(b.taxable_amount)} / {amount(b.tax_amount)}",
        )
        for b in invoice.vat_breakdown
    ]
    rows += [
        ("Total HT", amount(invoice.total_excl_vat)),
        ("Total TVA", amount(invoice.total_vat)),
        ("Total TTC", amount(invoice.total_incl_vat)),
    ]
    if invoice.prepaid_amount:
        rows.append(("Deja paye", amount(invoice.prepaid_amount)))
    rows.append(("Net a payer", f"{amount(invoice.amount_due)} {invoice.currency}"))
    if y < _MARGIN + 20 + _LINE_HEIGHT * (len(rows) + 4):
        canvas.showPage()
        y = height - _MARGIN
    y -= _LINE_HEIGHT
    for label, value in rows:
        canvas.setFont(bold if label.startswith(("Total TTC", "Net")) else regular, 9)
        canvas.drawString(width - 280, y, label)
        canvas.drawRightString(width - _MARGIN, y, value)
        y -= _LINE_HEIGHT
    canvas.setFont(regular, 7)
    if invoice.supplier.iban:
        canvas.drawString(
            _MARGIN, y - 10, f"IBAN {invoice.supplier.iban}  BIC {invoice.supplier.bic or ''}"
        )
    for note in invoice.notes:
        y -= 9
        canvas.drawString(_MARGIN, y - 20, note[:120])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
