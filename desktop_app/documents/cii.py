"""Reader for UN/CEFACT Cross Industry Invoice D16B (EN 16931, Factur-X, XRechnung)."""

from __future__ import annotations

from datetime import date

from lxml import etree

from desktop_app.documents.attachments import fill_from_binary_object
from desktop_app.documents.limits import DEFAULT_LIMITS, Limits
from desktop_app.documents.model import (
    Address,
    AllowanceCharge,
    Attachment,
    BankAccount,
    Contact,
    DocumentReference,
    Invoice,
    InvoiceLine,
    ItemAttribute,
    Note,
    Party,
    Period,
    VatBreakdown,
)
from desktop_app.documents.values import Finder, ValueReader, clean, identifier

NS_CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
NS = {
    "rsm": NS_CII,
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}
F = Finder(NS)


def read_cii(root: etree._Element, limits: Limits = DEFAULT_LIMITS) -> Invoice:
    """Map a CII ``rsm:CrossIndustryInvoice`` root element to an :class:`Invoice`."""
    values = ValueReader()
    inv = Invoice(syntax="CII")
    context = F.el(root, "rsm:ExchangedDocumentContext")
    inv.business_process = F.text(
        context, "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"
    )
    inv.specification = F.text(context, "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")
    doc = F.el(root, "rsm:ExchangedDocument")
    inv.number = F.text(doc, "ram:ID")
    inv.type_code = F.text(doc, "ram:TypeCode")
    inv.issue_date = _date(F.el(doc, "ram:IssueDateTime"), "BT-2", values)
    for note in F.all(doc, "ram:IncludedNote"):
        text = F.text(note, "ram:Content")
        if text:
            inv.notes.append(Note(text, F.text(note, "ram:SubjectCode")))
    trade = F.el(root, "rsm:SupplyChainTradeTransaction")
    _agreement(F.el(trade, "ram:ApplicableHeaderTradeAgreement"), inv, values, limits)
    _delivery(F.el(trade, "ram:ApplicableHeaderTradeDelivery"), inv, values)
    _settlement(F.el(trade, "ram:ApplicableHeaderTradeSettlement"), inv, values)
    items = F.all(trade, "ram:IncludedSupplyChainTradeLineItem")
    inv.lines = [_line(el, values) for el in items[: limits.max_lines]]
    inv.invalid_values = values.invalid
    return inv


def _date(
    node: etree._Element | None, term: str, values: ValueReader, where: str = ""
) -> date | None:
    """A CII date: ``udt:DateTimeString`` (or ``qdt:``) with format 102; others are ignored."""
    if node is None:
        return None
    string = F.el(node, "udt:DateTimeString")
    if string is None:
        string = F.el(node, "qdt:DateTimeString")
    if string is None:
        return None
    fmt = string.get("format", "102")
    if fmt != "102":
        return None
    return values.date(string.text, term, "102", where)


def _address(node: etree._Element | None) -> Address:
    if node is None:
        return Address()
    lines = [
        *F.texts(node, "ram:LineOne"),
        *F.texts(node, "ram:LineTwo"),
        *F.texts(node, "ram:LineThree"),
    ]
    return Address(
        lines=lines,
        city=F.text(node, "ram:CityName"),
        postcode=F.text(node, "ram:PostcodeCode"),
        subdivision=F.text(node, "ram:CountrySubDivisionName"),
        country=F.text(node, "ram:CountryID"),
    )


def _party(node: etree._Element | None) -> Party:
    party = Party()
    if node is None:
        return party
    party.name = F.text(node, "ram:Name")
    party.legal_info = F.text(node, "ram:Description")
    for path in ("ram:ID", "ram:GlobalID"):
        for ident_el in F.all(node, path):
            ident = identifier(ident_el)
            if ident is not None:
                party.identifiers.append(ident)
    legal = F.el(node, "ram:SpecifiedLegalOrganization")
    party.legal_id = identifier(F.el(legal, "ram:ID"))
    party.trading_name = F.text(legal, "ram:TradingBusinessName")
    contact = F.el(node, "ram:DefinedTradeContact")
    if contact is not None:
        party.contact = Contact(
            F.text(contact, "ram:PersonName") or F.text(contact, "ram:DepartmentName"),
            F.text(contact, "ram:TelephoneUniversalCommunication/ram:CompleteNumber"),
            F.text(contact, "ram:EmailURIUniversalCommunication/ram:URIID"),
        )
    party.address = _address(F.el(node, "ram:PostalTradeAddress"))
    party.electronic_address = identifier(F.el(node, "ram:URIUniversalCommunication/ram:URIID"))
    for reg in F.all(node, "ram:SpecifiedTaxRegistration/ram:ID"):
        value = clean(reg.text)
        if value is None:
            continue
        if reg.get("schemeID") == "FC":
            party.tax_registration_id = party.tax_registration_id or value
        else:
            party.vat_id = party.vat_id or value
    return party


def _agreement(
    node: etree._Element | None, inv: Invoice, values: ValueReader, limits: Limits
) -> None:
    if node is None:
        return
    inv.buyer_reference = F.text(node, "ram:BuyerReference")
    inv.seller = _party(F.el(node, "ram:SellerTradeParty"))
    inv.buyer = _party(F.el(node, "ram:BuyerTradeParty"))
    rep = F.el(node, "ram:SellerTaxRepresentativeTradeParty")
    inv.tax_representative = _party(rep) if rep is not None else None
    inv.sales_order_reference = F.text(
        node, "ram:SellerOrderReferencedDocument/ram:IssuerAssignedID"
    )
    inv.order_reference = F.text(node, "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID")
    inv.contract_reference = F.text(node, "ram:ContractReferencedDocument/ram:IssuerAssignedID")
    inv.project_reference = F.text(node, "ram:SpecifiedProcuringProject/ram:ID")
    for ref in F.all(node, "ram:AdditionalReferencedDocument"):
        type_code = F.text(ref, "ram:TypeCode")
        ident = F.text(ref, "ram:IssuerAssignedID")
        if type_code == "50":
            inv.tender_reference = inv.tender_reference or ident
            continue
        if type_code == "130":
            inv.invoiced_object = inv.invoiced_object or ident
            continue
        if type_code != "916":
            continue
        att = Attachment(
            id=ident,
            description=F.text(ref, "ram:Name"),
            uri=F.text(ref, "ram:URIID"),
            type_code=type_code,
        )
        binary = F.el(ref, "ram:AttachmentBinaryObject")
        if binary is not None:
            fill_from_binary_object(att, binary, limits)
        inv.attachments.append(att)


def _delivery(node: etree._Element | None, inv: Invoice, values: ValueReader) -> None:
    if node is None:
        return
    ship_to = F.el(node, "ram:ShipToTradeParty")
    if ship_to is not None:
        inv.delivery_party_name = F.text(ship_to, "ram:Name")
        inv.delivery_location_id = F.text(ship_to, "ram:GlobalID") or F.text(ship_to, "ram:ID")
        address = _address(F.el(ship_to, "ram:PostalTradeAddress"))
        inv.delivery_address = None if address.is_empty() else address
    inv.delivery_date = _date(
        F.el(node, "ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime"), "BT-72", values
    )
    inv.despatch_advice_reference = F.text(
        node, "ram:DespatchAdviceReferencedDocument/ram:IssuerAssignedID"
    )
    inv.receiving_advice_reference = F.text(
        node, "ram:ReceivingAdviceReferencedDocument/ram:IssuerAssignedID"
    )


def _period(node: etree._Element | None, values: ValueReader, where: str = "") -> Period | None:
    if node is None:
        return None
    start = _date(F.el(node, "ram:StartDateTime"), "BT-73", values, where)
    end = _date(F.el(node, "ram:EndDateTime"), "BT-74", values, where)
    return Period(start, end) if start or end else None


def _settlement(node: etree._Element | None, inv: Invoice, values: ValueReader) -> None:
    if node is None:
        return
    pay = inv.payment
    pay.creditor_id = F.text(node, "ram:CreditorReferenceID")
    pay.remittance_info = F.text(node, "ram:PaymentReference")
    inv.tax_currency = F.text(node, "ram:TaxCurrencyCode")
    inv.currency = F.text(node, "ram:InvoiceCurrencyCode")
    payee = F.el(node, "ram:PayeeTradeParty")
    inv.payee = _party(payee) if payee is not None else None
    for means in F.all(node, "ram:SpecifiedTradeSettlementPaymentMeans"):
        if pay.means_code is None:
            pay.means_code = F.text(means, "ram:TypeCode")
            pay.means_text = F.text(means, "ram:Information")
        card = F.el(means, "ram:ApplicableTradeSettlementFinancialCard")
        if card is not None:
            pay.card_number = F.text(card, "ram:ID")
            pay.card_holder = F.text(card, "ram:CardholderName")
        pay.debited_account = pay.debited_account or F.text(
            means, "ram:PayerPartyDebtorFinancialAccount/ram:IBANID"
        )
        for account in F.all(means, "ram:PayeePartyCreditorFinancialAccount"):
            iban = F.text(account, "ram:IBANID") or F.text(account, "ram:ProprietaryID")
            if iban:
                pay.accounts.append(
                    BankAccount(
                        iban,
                        F.text(account, "ram:AccountName"),
                        F.text(means, "ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"),
                    )
                )
    for tax in F.all(node, "ram:ApplicableTradeTax"):
        inv.vat_breakdown.append(
            VatBreakdown(
                category=F.text(tax, "ram:CategoryCode"),
                rate=values.decimal(F.text(tax, "ram:RateApplicablePercent"), "BT-119", "percent"),
                taxable_amount=values.decimal(F.text(tax, "ram:BasisAmount"), "BT-116"),
                tax_amount=values.decimal(F.text(tax, "ram:CalculatedAmount"), "BT-117"),
                exemption_reason=F.text(tax, "ram:ExemptionReason"),
                exemption_code=F.text(tax, "ram:ExemptionReasonCode"),
            )
        )
        if inv.tax_point_date is None:
            inv.tax_point_date = _date(F.el(tax, "ram:TaxPointDate"), "BT-7", values)
    inv.invoicing_period = _period(F.el(node, "ram:BillingSpecifiedPeriod"), values)
    inv.allowances_charges = [
        _allowance(el, values) for el in F.all(node, "ram:SpecifiedTradeAllowanceCharge")
    ]
    for terms in F.all(node, "ram:SpecifiedTradePaymentTerms"):
        description = F.text(terms, "ram:Description")
        if description:
            pay.terms.append(description)
        due = _date(F.el(terms, "ram:DueDateDateTime"), "BT-9", values)
        if due is not None:
            inv.due_dates.append(due)
        pay.mandate_id = pay.mandate_id or F.text(terms, "ram:DirectDebitMandateID")
    _totals(F.el(node, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), inv, values)
    for ref in F.all(node, "ram:InvoiceReferencedDocument"):
        ident = F.text(ref, "ram:IssuerAssignedID")
        if ident:
            issued = _date(F.el(ref, "ram:FormattedIssueDateTime"), "BT-26", values)
            inv.preceding_invoices.append(DocumentReference(ident, issued))
    inv.accounting_reference = F.text(node, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID")


def _totals(node: etree._Element | None, inv: Invoice, values: ValueReader) -> None:
    if node is None:
        return
    t = inv.totals
    t.line_total = values.decimal(F.text(node, "ram:LineTotalAmount"), "BT-106")
    t.charge_total = values.decimal(F.text(node, "ram:ChargeTotalAmount"), "BT-108")
    t.allowance_total = values.decimal(F.text(node, "ram:AllowanceTotalAmount"), "BT-107")
    t.tax_exclusive = values.decimal(F.text(node, "ram:TaxBasisTotalAmount"), "BT-109")
    for tax_total in F.all(node, "ram:TaxTotalAmount"):
        currency = tax_total.get("currencyID")
        if currency is None or currency == inv.currency:
            if t.tax_total is None:
                t.tax_total = values.decimal(tax_total.text, "BT-110")
        elif currency == inv.tax_currency:
            t.tax_total_accounting = values.decimal(tax_total.text, "BT-111")
    t.rounding = values.decimal(F.text(node, "ram:RoundingAmount"), "BT-114")
    t.tax_inclusive = values.decimal(F.text(node, "ram:GrandTotalAmount"), "BT-112")
    t.prepaid = values.decimal(F.text(node, "ram:TotalPrepaidAmount"), "BT-113")
    t.payable = values.decimal(F.text(node, "ram:DuePayableAmount"), "BT-115")


def _allowance(node: etree._Element, values: ValueReader, where: str = "") -> AllowanceCharge:
    is_charge = (F.text(node, "ram:ChargeIndicator/udt:Indicator") or "").lower() == "true"
    tax = F.el(node, "ram:CategoryTradeTax")
    return AllowanceCharge(
        is_charge=is_charge,
        amount=values.decimal(
            F.text(node, "ram:ActualAmount"), "BT-99" if is_charge else "BT-92", where=where
        ),
        base_amount=values.decimal(F.text(node, "ram:BasisAmount"), "BT-93", where=where),
        percent=values.decimal(F.text(node, "ram:CalculationPercent"), "BT-94", "percent", where),
        reason=F.text(node, "ram:Reason"),
        reason_code=F.text(node, "ram:ReasonCode"),
        vat_category=F.text(tax, "ram:CategoryCode"),
        vat_rate=values.decimal(
            F.text(tax, "ram:RateApplicablePercent"), "BT-96", "percent", where
        ),
    )


def _line(node: etree._Element, values: ValueReader) -> InvoiceLine:
    doc = F.el(node, "ram:AssociatedDocumentLineDocument")
    ident = F.text(doc, "ram:LineID") or ""
    where = f"line {ident}"
    line = InvoiceLine(id=ident, parent_line_id=F.text(doc, "ram:ParentLineID"))
    notes = [text for n in F.all(doc, "ram:IncludedNote") if (text := F.text(n, "ram:Content"))]
    line.note = "\n".join(notes) or None
    product = F.el(node, "ram:SpecifiedTradeProduct")
    if product is not None:
        line.name = F.text(product, "ram:Name")
        line.description = F.text(product, "ram:Description")
        line.seller_item_id = F.text(product, "ram:SellerAssignedID")
        line.buyer_item_id = F.text(product, "ram:BuyerAssignedID")
        line.standard_item_id = identifier(F.el(product, "ram:GlobalID"))
        line.classifications = F.texts(product, "ram:DesignatedProductClassification/ram:ClassCode")
        line.origin_country = F.text(product, "ram:OriginTradeCountry/ram:ID")
        for char in F.all(product, "ram:ApplicableProductCharacteristic"):
            name, value = F.text(char, "ram:Description"), F.text(char, "ram:Value")
            if name or value:
                line.attributes.append(ItemAttribute(name or "", value or ""))
    agreement = F.el(node, "ram:SpecifiedLineTradeAgreement")
    line.order_line_ref = F.text(agreement, "ram:BuyerOrderReferencedDocument/ram:LineID")
    gross = F.el(agreement, "ram:GrossPriceProductTradePrice")
    if gross is not None:
        line.gross_price = values.decimal(F.text(gross, "ram:ChargeAmount"), "BT-148", where=where)
        line.price_discount = values.decimal(
            F.text(gross, "ram:AppliedTradeAllowanceCharge/ram:ActualAmount"), "BT-147", where=where
        )
    net = F.el(agreement, "ram:NetPriceProductTradePrice")
    if net is not None:
        line.net_price = values.decimal(F.text(net, "ram:ChargeAmount"), "BT-146", where=where)
        base = F.el(net, "ram:BasisQuantity")
        if base is not None:
            line.price_base_quantity = values.decimal(base.text, "BT-149", "quantity", where)
            line.price_base_unit = clean(base.get("unitCode"))
    qty = F.el(node, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")
    if qty is not None:
        line.quantity = values.decimal(qty.text, "BT-129", "quantity", where)
        line.unit_code = clean(qty.get("unitCode"))
    settlement = F.el(node, "ram:SpecifiedLineTradeSettlement")
    tax = F.el(settlement, "ram:ApplicableTradeTax")
    line.vat_category = F.text(tax, "ram:CategoryCode")
    line.vat_rate = values.decimal(
        F.text(tax, "ram:RateApplicablePercent"), "BT-152", "percent", where
    )
    line.period = _period(F.el(settlement, "ram:BillingSpecifiedPeriod"), values, where)
    line.allowances_charges = [
        _allowance(el, values, where)
        for el in F.all(settlement, "ram:SpecifiedTradeAllowanceCharge")
    ]
    line.net_amount = values.decimal(
        F.text(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"),
        "BT-131",
        where=where,
    )
    line.object_id = F.text(settlement, "ram:AdditionalReferencedDocument/ram:IssuerAssignedID")
    line.accounting_cost = F.text(
        settlement, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID"
    )
    return line
