"""A one-page PDF drawn from the cached platform data, while the invoice file is not downloaded."""

from __future__ import annotations

import html

from desktop_app.models.detail_rows import InvoiceDetail
from desktop_app.ui.i18n import status_label
from desktop_app.ui.qt import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from desktop_app.ui.texts import date_text, money_text


def summary_pdf(detail: InvoiceDetail, note: str) -> bytes:
    """An A4 page with the invoice's key fields and ``note`` explaining why it is a summary."""
    translate = QCoreApplication.translate
    rows = [
        (translate("SummaryPdf", "Fournisseur"), detail.supplier_name),
        (translate("SummaryPdf", "Identifiant"), detail.supplier_code or ""),
        (translate("SummaryPdf", "Numéro"), detail.number),
        (translate("SummaryPdf", "Type"), detail.invoice_type),
        (translate("SummaryPdf", "Date d'émission"), date_text(detail.issue_date)),
        (translate("SummaryPdf", "Date de dépôt"), date_text(detail.deposit_date)),
        (translate("SummaryPdf", "Service"), detail.service_name or detail.service_code or ""),
        (translate("SummaryPdf", "Engagement"), detail.engagement_number or ""),
        (
            translate("SummaryPdf", "Montant HT"),
            money_text(detail.amount_excl_vat, detail.currency),
        ),
        (translate("SummaryPdf", "TVA"), money_text(detail.amount_vat, detail.currency)),
        (
            translate("SummaryPdf", "Montant TTC"),
            money_text(detail.amount_incl_vat, detail.currency),
        ),
        (translate("SummaryPdf", "Statut"), status_label(detail.status)),
    ]
    body = "".join(
        f"<tr><td style='color:#555;padding:4px 16px 4px 0'>{html.escape(label)}</td>"
        f"<td style='padding:4px 0'><b>{html.escape(value)}</b></td></tr>"
        for label, value in rows
    )
    title = translate("SummaryPdf", "Facture {number}").format(number=detail.number)
    document = QTextDocument()
    document.setHtml(
        f"<h2>{html.escape(title)}</h2>"
        f"<p style='color:#8a6d00'>{html.escape(note)}</p><table>{body}</table>"
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setResolution(96)
    writer.setTitle(title)
    document.setPageSize(writer.pageLayout().paintRectPixels(96).size().toSizeF())
    document.print_(writer)
    buffer.close()
    return bytes(data.data())
