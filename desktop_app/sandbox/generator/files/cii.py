"""UN/CEFACT CII D16B (EN 16931 profile), also the XML embedded in Factur-X PDFs."""

from __future__ import annotations

import base64

from desktop_app.sandbox.generator.files.common import (
    EXEMPTION_CODES,
    PAYMENT_MEANS_CODES,
    amount,
    esc,
    frame_code,
    note_subject,
    number,
    ymd,
)
from desktop_app.sandbox.generator.model import GeneratedInvoice, Party

GUIDELINE_ID = "urn:cen.eu:en16931:2017"
CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
_NS_RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
_NS_UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
_NS_QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"


def _trade_party(tag: str, party: Party, contact: str | None = None) -> str:
    out = [
        f"<ram:{tag}>",
        f'<ram:GlobalID schemeID="0009">{party.siret}</ram:GlobalID>',
        f"<ram:Name>{esc(party.name)}</ram:Name>",
        f'<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">{party.siret[:9]}</ram:ID>'
        "</ram:SpecifiedLegalOrganization>",
    ]
    if contact:
        out.append(
            f"<ram:DefinedTradeContact><ram:PersonName>{esc(contact)}</ram:PersonName>"
            "</ram:DefinedTradeContact>"
        )
    out.append(
        "<ram:PostalTradeAddress>"
        f"<ram:PostcodeCode>{esc(party.postcode)}</ram:PostcodeCode>"
        f"<ram:LineOne>{esc(party.street)}</ram:LineOne>"
        f"<ram:CityName>{esc(party.city)}</ram:CityName>"
        f"<ram:CountryID>{party.country}</ram:CountryID></ram:PostalTradeAddress>"
    )
    if party.vat_id:
        out.append(
            f'<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">{party.vat_id}</ram:ID>'
            "</ram:SpecifiedTaxRegistration>"
        )
    out.append(f"</ram:{tag}>")
    return "".join(out)


def _lines(invoice: GeneratedInvoice) -> str:
    out: list[str] = []
    for line in invoice.lines:
        seller_id = (
            f"<ram:SellerAssignedID>{esc(line.item_reference)}</ram:SellerAssignedID>"
            if line.item_reference
            else ""
        )
        out.append(
            "<ram:IncludedSupplyChainTradeLineItem>"
            "<ram:AssociatedDocumentLineDocument>"
            f"<ram:LineID>{line.number}</ram:LineID></ram:AssociatedDocumentLineDocument>"
            f"<ram:SpecifiedTradeProduct>{seller_id}<ram:Name>{esc(line.description)}</ram:Name>"
            "</ram:SpecifiedTradeProduct>"
            "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
            f"<ram:ChargeAmount>{line.unit_price}</ram:ChargeAmount>"
            "</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"
            "<ram:SpecifiedLineTradeDelivery>"
            f'<ram:BilledQuantity unitCode="{line.unit_code}">{number(line.quantity)}'
            "</ram:BilledQuantity>"
            "</ram:SpecifiedLineTradeDelivery>"
            "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax>"
            f"<ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>{line.vat_category}</ram:CategoryCode>"
            f"<ram:RateApplicablePercent>{number(line.vat_rate)}</ram:RateApplicablePercent>"
            "</ram:ApplicableTradeTax>"
            "<ram:SpecifiedTradeSettlementLineMonetarySummation>"
            f"<ram:LineTotalAmount>{amount(line.net_amount)}</ram:LineTotalAmount>"
            "</ram:SpecifiedTradeSettlementLineMonetarySummation>"
            "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
        )
    return "".join(out)


def _agreement(invoice: GeneratedInvoice, embed_attachments: bool) -> str:
    out = ["<ram:ApplicableHeaderTradeAgreement>"]
    if invoice.buyer_reference:
        out.append(f"<ram:BuyerReference>{esc(invoice.buyer_reference)}</ram:BuyerReference>")
    out.append(_trade_party("SellerTradeParty", invoice.supplier))
    recipient = invoice.recipient
    out.append(_trade_party("BuyerTradeParty", recipient.structure, recipient.service_name))
    if invoice.engagement_number:
        out.append(
            "<ram:BuyerOrderReferencedDocument>"
            f"<ram:IssuerAssignedID>{esc(invoice.engagement_number)}</ram:IssuerAssignedID>"
            "</ram:BuyerOrderReferencedDocument>"
        )
    if invoice.contract_number:
        out.append(
            "<ram:ContractReferencedDocument>"
            f"<ram:IssuerAssignedID>{esc(invoice.contract_number)}</ram:IssuerAssignedID>"
            "</ram:ContractReferencedDocument>"
        )
    for attachment in invoice.attachments:
        out.append(
            "<ram:AdditionalReferencedDocument>"
            f"<ram:IssuerAssignedID>{esc(attachment.designation)}</ram:IssuerAssignedID>"
            f"<ram:TypeCode>916</ram:TypeCode><ram:Name>{esc(attachment.type_code)}</ram:Name>"
        )
        if embed_attachments:
            data = base64.b64encode(attachment.content).decode("ascii")
            filename = f"{attachment.designation}.{attachment.extension.lower()}"
            out.append(
                f'<ram:AttachmentBinaryObject mimeCode="{attachment.mime_type}" '
                f'filename="{esc(filename)}">{data}</ram:AttachmentBinaryObject>'
            )
        out.append("</ram:AdditionalReferencedDocument>")
    out.append("</ram:ApplicableHeaderTradeAgreement>")
    return "".join(out)


def _settlement(invoice: GeneratedInvoice) -> str:
    cur = invoice.currency
    code = PAYMENT_MEANS_CODES.get(invoice.payment_means, "30")
    out = [
        "<ram:ApplicableHeaderTradeSettlement>",
        f"<ram:PaymentReference>{esc(invoice.number)}</ram:PaymentReference>",
        f"<ram:InvoiceCurrencyCode>{cur}</ram:InvoiceCurrencyCode>",
        f"<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>{code}</ram:TypeCode>",
    ]
    supplier = invoice.supplier
    if supplier.iban and code == "30":
        out.append(
            "<ram:PayeePartyCreditorFinancialAccount>"
            f"<ram:IBANID>{supplier.iban}</ram:IBANID>"
            f"<ram:AccountName>{esc(supplier.name)}</ram:AccountName>"
            "</ram:PayeePartyCreditorFinancialAccount>"
        )
        if supplier.bic:
            out.append(
                "<ram:PayeeSpecifiedCreditorFinancialInstitution>"
                f"<ram:BICID>{supplier.bic}</ram:BICID>"
                "</ram:PayeeSpecifiedCreditorFinancialInstitution>"
            )
    out.append("</ram:SpecifiedTradeSettlementPaymentMeans>")
    for entry in invoice.vat_breakdown:
        reason = ""
        reason_code = ""
        if entry.exemption_reason:
            reason = f"<ram:ExemptionReason>{esc(entry.exemption_reason)}</ram:ExemptionReason>"
            code_value = EXEMPTION_CODES.get(entry.category)
            if code_value:
                reason_code = f"<ram:ExemptionReasonCode>{code_value}</ram:ExemptionReasonCode>"
        out.append(
            "<ram:ApplicableTradeTax>"
            f"<ram:CalculatedAmount>{amount(entry.tax_amount)}</ram:CalculatedAmount>"
            f"<ram:TypeCode>VAT</ram:TypeCode>{reason}"
            f"<ram:BasisAmount>{amount(entry.taxable_amount)}</ram:BasisAmount>"
            f"<ram:CategoryCode>{entry.category}</ram:CategoryCode>{reason_code}"
            f"<ram:RateApplicablePercent>{number(entry.rate)}</ram:RateApplicablePercent>"
            "</ram:ApplicableTradeTax>"
        )
    if invoice.payment_terms or invoice.due_date is not None:
        out.append("<ram:SpecifiedTradePaymentTerms>")
        if invoice.payment_terms:
            out.append(f"<ram:Description>{esc(invoice.payment_terms)}</ram:Description>")
        if invoice.due_date is not None:
            out.append(
                "<ram:DueDateDateTime>"
                f'<udt:DateTimeString format="102">{ymd(invoice.due_date)}</udt:DateTimeString>'
                "</ram:DueDateDateTime>"
            )
        out.append("</ram:SpecifiedTradePaymentTerms>")
    out.append(
        "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:LineTotalAmount>{amount(invoice.total_excl_vat)}</ram:LineTotalAmount>"
        f"<ram:TaxBasisTotalAmount>{amount(invoice.total_excl_vat)}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{cur}">{amount(invoice.total_vat)}</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>{amount(invoice.total_incl_vat)}</ram:GrandTotalAmount>"
    )
    if invoice.prepaid_amount:
        out.append(
            f"<ram:TotalPrepaidAmount>{amount(invoice.prepaid_amount)}</ram:TotalPrepaidAmount>"
        )
    out.append(
        f"<ram:DuePayableAmount>{amount(invoice.amount_due)}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
    )
    if invoice.preceding_invoice_number:
        out.append(
            "<ram:InvoiceReferencedDocument>"
            f"<ram:IssuerAssignedID>{esc(invoice.preceding_invoice_number)}</ram:IssuerAssignedID>"
        )
        if invoice.preceding_invoice_date is not None:
            out.append(
                "<ram:FormattedIssueDateTime>"
                f'<qdt:DateTimeString format="102">{ymd(invoice.preceding_invoice_date)}'
                "</qdt:DateTimeString></ram:FormattedIssueDateTime>"
            )
        out.append("</ram:InvoiceReferencedDocument>")
    out.append("</ram:ApplicableHeaderTradeSettlement>")
    return "".join(out)


def render_cii(invoice: GeneratedInvoice, embed_attachments: bool = True) -> bytes:
    """The invoice as a CII D16B ``CrossIndustryInvoice`` (EN 16931), UTF-8 bytes.

    With ``embed_attachments=False`` (Factur-X), supporting documents are only referenced;
    the PDF carries them as embedded files.
    """
    notes = "".join(
        f"<ram:IncludedNote><ram:Content>{esc(note)}</ram:Content>"
        f"<ram:SubjectCode>{note_subject(note)}</ram:SubjectCode></ram:IncludedNote>"
        for note in invoice.notes
    )
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<rsm:CrossIndustryInvoice xmlns:rsm="{CII_NS}" xmlns:ram="{_NS_RAM}" '
        f'xmlns:qdt="{_NS_QDT}" xmlns:udt="{_NS_UDT}">'
        "<rsm:ExchangedDocumentContext>"
        "<ram:BusinessProcessSpecifiedDocumentContextParameter>"
        f"<ram:ID>{frame_code(invoice)}</ram:ID>"
        "</ram:BusinessProcessSpecifiedDocumentContextParameter>"
        "<ram:GuidelineSpecifiedDocumentContextParameter>"
        f"<ram:ID>{GUIDELINE_ID}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>"
        "<rsm:ExchangedDocument>"
        f"<ram:ID>{esc(invoice.number)}</ram:ID><ram:TypeCode>{invoice.type_code}</ram:TypeCode>"
        "<ram:IssueDateTime>"
        f'<udt:DateTimeString format="102">{ymd(invoice.issue_date)}</udt:DateTimeString>'
        f"</ram:IssueDateTime>{notes}</rsm:ExchangedDocument>"
        "<rsm:SupplyChainTradeTransaction>"
        f"{_lines(invoice)}{_agreement(invoice, embed_attachments)}"
        "<ram:ApplicableHeaderTradeDelivery/>"
        f"{_settlement(invoice)}"
        "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>\n"
    )
    return text.encode("utf-8")
