"""UBL 2.1 Invoice / CreditNote in the EN 16931 (CIUS-FR style) subset, elements in schema order."""

from __future__ import annotations

import base64
from decimal import Decimal

from desktop_app.sandbox.generator.files.common import (
    EXEMPTION_CODES,
    PAYMENT_MEANS_CODES,
    amount,
    esc,
    frame_code,
    iso,
    note_subject,
    number,
)
from desktop_app.sandbox.generator.model import GeneratedInvoice, Party

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017"
_NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
_NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
_VAT_SCHEME = "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>"


def _address(party: Party) -> str:
    return (
        "<cac:PostalAddress>"
        f"<cbc:StreetName>{esc(party.street)}</cbc:StreetName>"
        f"<cbc:CityName>{esc(party.city)}</cbc:CityName>"
        f"<cbc:PostalZone>{esc(party.postcode)}</cbc:PostalZone>"
        f"<cac:Country><cbc:IdentificationCode>{party.country}</cbc:IdentificationCode>"
        "</cac:Country></cac:PostalAddress>"
    )


def _party(party: Party, contact: str | None = None) -> str:
    out = [
        "<cac:Party>",
        f'<cbc:EndpointID schemeID="0009">{party.siret}</cbc:EndpointID>',
        f'<cac:PartyIdentification><cbc:ID schemeID="0009">{party.siret}</cbc:ID>'
        "</cac:PartyIdentification>",
        f"<cac:PartyName><cbc:Name>{esc(party.name)}</cbc:Name></cac:PartyName>",
        _address(party),
    ]
    if party.vat_id:
        out.append(
            f"<cac:PartyTaxScheme><cbc:CompanyID>{party.vat_id}</cbc:CompanyID>{_VAT_SCHEME}"
            "</cac:PartyTaxScheme>"
        )
    out.append(
        f"<cac:PartyLegalEntity><cbc:RegistrationName>{esc(party.name)}</cbc:RegistrationName>"
        f'<cbc:CompanyID schemeID="0002">{party.siret[:9]}</cbc:CompanyID></cac:PartyLegalEntity>'
    )
    if contact:
        out.append(f"<cac:Contact><cbc:Name>{esc(contact)}</cbc:Name></cac:Contact>")
    out.append("</cac:Party>")
    return "".join(out)


def _amt(tag: str, currency: str, value: Decimal) -> str:
    return f'<cbc:{tag} currencyID="{currency}">{amount(value)}</cbc:{tag}>'


def _tax_category(tag: str, category: str, rate: str, reason: str | None) -> str:
    extra = ""
    if reason is not None:
        code = EXEMPTION_CODES.get(category)
        if code:
            extra += f"<cbc:TaxExemptionReasonCode>{code}</cbc:TaxExemptionReasonCode>"
        extra += f"<cbc:TaxExemptionReason>{esc(reason)}</cbc:TaxExemptionReason>"
    return (
        f"<cac:{tag}><cbc:ID>{category}</cbc:ID><cbc:Percent>{rate}</cbc:Percent>"
        f"{extra}{_VAT_SCHEME}</cac:{tag}>"
    )


def render_ubl(invoice: GeneratedInvoice, embed_attachments: bool = True) -> bytes:
    """The invoice as a UBL 2.1 ``Invoice`` (or ``CreditNote`` for an AVOIR), UTF-8 bytes."""
    credit = invoice.invoice_type == "AVOIR"
    root = "CreditNote" if credit else "Invoice"
    cur = invoice.currency
    out: list[str] = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<{root} xmlns="{UBL_CREDIT_NOTE_NS if credit else UBL_INVOICE_NS}" '
        f'xmlns:cac="{_NS_CAC}" xmlns:cbc="{_NS_CBC}">',
        "<cbc:UBLVersionID>2.1</cbc:UBLVersionID>",
        f"<cbc:CustomizationID>{CUSTOMIZATION_ID}</cbc:CustomizationID>",
        f"<cbc:ProfileID>{frame_code(invoice)}</cbc:ProfileID>",
        f"<cbc:ID>{esc(invoice.number)}</cbc:ID>",
        f"<cbc:IssueDate>{iso(invoice.issue_date)}</cbc:IssueDate>",
    ]
    if not credit and invoice.due_date is not None:
        out.append(f"<cbc:DueDate>{iso(invoice.due_date)}</cbc:DueDate>")
    out.append(
        f"<cbc:CreditNoteTypeCode>{invoice.type_code}</cbc:CreditNoteTypeCode>"
        if credit
        else f"<cbc:InvoiceTypeCode>{invoice.type_code}</cbc:InvoiceTypeCode>"
    )
    # French CTC style: the note subject (BT-21) as a "#CODE#" prefix
    out.extend(f"<cbc:Note>#{note_subject(note)}#{esc(note)}</cbc:Note>" for note in invoice.notes)
    out.append(f"<cbc:DocumentCurrencyCode>{cur}</cbc:DocumentCurrencyCode>")
    if invoice.buyer_reference:
        out.append(f"<cbc:BuyerReference>{esc(invoice.buyer_reference)}</cbc:BuyerReference>")
    if invoice.engagement_number:
        out.append(
            f"<cac:OrderReference><cbc:ID>{esc(invoice.engagement_number)}</cbc:ID>"
            "</cac:OrderReference>"
        )
    if invoice.preceding_invoice_number:
        out.append(
            "<cac:BillingReference><cac:InvoiceDocumentReference>"
            f"<cbc:ID>{esc(invoice.preceding_invoice_number)}</cbc:ID>"
        )
        if invoice.preceding_invoice_date is not None:
            out.append(f"<cbc:IssueDate>{iso(invoice.preceding_invoice_date)}</cbc:IssueDate>")
        out.append("</cac:InvoiceDocumentReference></cac:BillingReference>")
    if invoice.contract_number:
        out.append(
            f"<cac:ContractDocumentReference><cbc:ID>{esc(invoice.contract_number)}</cbc:ID>"
            "</cac:ContractDocumentReference>"
        )
    for attachment in invoice.attachments:
        out.append(
            "<cac:AdditionalDocumentReference>"
            f"<cbc:ID>{esc(attachment.designation)}</cbc:ID>"
            f"<cbc:DocumentDescription>{esc(attachment.type_code)}</cbc:DocumentDescription>"
        )
        if embed_attachments:
            data = base64.b64encode(attachment.content).decode("ascii")
            filename = f"{attachment.designation}.{attachment.extension.lower()}"
            out.append(
                "<cac:Attachment><cbc:EmbeddedDocumentBinaryObject "
                f'mimeCode="{attachment.mime_type}" filename="{esc(filename)}">{data}'
                "</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"
            )
        out.append("</cac:AdditionalDocumentReference>")
    out.append(
        f"<cac:AccountingSupplierParty>{_party(invoice.supplier)}</cac:AccountingSupplierParty>"
    )
    recipient = invoice.recipient
    out.append(
        "<cac:AccountingCustomerParty>"
        f"{_party(recipient.structure, recipient.service_name)}</cac:AccountingCustomerParty>"
    )
    out.append(_payment_means(invoice))
    if invoice.payment_terms:
        out.append(
            f"<cac:PaymentTerms><cbc:Note>{esc(invoice.payment_terms)}</cbc:Note></cac:PaymentTerms>"
        )
    out.append(f"<cac:TaxTotal>{_amt('TaxAmount', cur, invoice.total_vat)}")
    for entry in invoice.vat_breakdown:
        out.append(
            "<cac:TaxSubtotal>"
            f"{_amt('TaxableAmount', cur, entry.taxable_amount)}"
            f"{_amt('TaxAmount', cur, entry.tax_amount)}"
            + _tax_category(
                "TaxCategory", entry.category, number(entry.rate), entry.exemption_reason
            )
            + "</cac:TaxSubtotal>"
        )
    out.append("</cac:TaxTotal>")
    out.append(
        "<cac:LegalMonetaryTotal>"
        f"{_amt('LineExtensionAmount', cur, invoice.total_excl_vat)}"
        f"{_amt('TaxExclusiveAmount', cur, invoice.total_excl_vat)}"
        f"{_amt('TaxInclusiveAmount', cur, invoice.total_incl_vat)}"
    )
    if invoice.prepaid_amount:
        out.append(f"{_amt('PrepaidAmount', cur, invoice.prepaid_amount)}")
    out.append(f"{_amt('PayableAmount', cur, invoice.amount_due)}</cac:LegalMonetaryTotal>")
    line_tag, qty_tag = (
        ("CreditNoteLine", "CreditedQuantity") if credit else ("InvoiceLine", "InvoicedQuantity")
    )
    for line in invoice.lines:
        seller_id = (
            f"<cac:SellersItemIdentification><cbc:ID>{esc(line.item_reference)}</cbc:ID>"
            "</cac:SellersItemIdentification>"
            if line.item_reference
            else ""
        )
        out.append(
            f"<cac:{line_tag}><cbc:ID>{line.number}</cbc:ID>"
            f'<cbc:{qty_tag} unitCode="{line.unit_code}">{number(line.quantity)}</cbc:{qty_tag}>'
            f"{_amt('LineExtensionAmount', cur, line.net_amount)}"
            f"<cac:Item><cbc:Name>{esc(line.description)}</cbc:Name>{seller_id}"
            + _tax_category("ClassifiedTaxCategory", line.vat_category, number(line.vat_rate), None)
            + "</cac:Item>"
            f'<cac:Price><cbc:PriceAmount currencyID="{cur}">{line.unit_price}</cbc:PriceAmount>'
            "</cac:Price>"
            f"</cac:{line_tag}>"
        )
    out.append(f"</{root}>\n")
    return "".join(out).encode("utf-8")


def _payment_means(invoice: GeneratedInvoice) -> str:
    code = PAYMENT_MEANS_CODES.get(invoice.payment_means, "30")
    parts = [f"<cac:PaymentMeans><cbc:PaymentMeansCode>{code}</cbc:PaymentMeansCode>"]
    if invoice.invoice_type == "AVOIR" and invoice.due_date is not None:
        parts.append(f"<cbc:PaymentDueDate>{iso(invoice.due_date)}</cbc:PaymentDueDate>")
    parts.append(f"<cbc:PaymentID>{esc(invoice.number)}</cbc:PaymentID>")
    supplier = invoice.supplier
    if supplier.iban and code == "30":
        parts.append(f"<cac:PayeeFinancialAccount><cbc:ID>{supplier.iban}</cbc:ID>")
        parts.append(f"<cbc:Name>{esc(supplier.name)}</cbc:Name>")
        if supplier.bic:
            parts.append(
                f"<cac:FinancialInstitutionBranch><cbc:ID>{supplier.bic}</cbc:ID>"
                "</cac:FinancialInstitutionBranch>"
            )
        parts.append("</cac:PayeeFinancialAccount>")
    parts.append("</cac:PaymentMeans>")
    return "".join(parts)
