"""Reader for OASIS UBL 2.1 Invoice and CreditNote (EN 16931 UBL binding)."""

from __future__ import annotations

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

NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
F = Finder(NS)


def read_ubl(root: etree._Element, limits: Limits = DEFAULT_LIMITS) -> Invoice:
    """Map a UBL Invoice or CreditNote root element to an :class:`Invoice`."""
    credit = etree.QName(root).localname == "CreditNote"
    values = ValueReader()
    inv = Invoice(syntax="UBL", root_is_credit_note=credit)
    inv.specification = F.text(root, "cbc:CustomizationID")
    inv.business_process = F.text(root, "cbc:ProfileID")
    inv.number = F.text(root, "cbc:ID")
    inv.issue_date = values.date(F.text(root, "cbc:IssueDate"), "BT-2")
    inv.type_code = F.text(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode")
    due_raw = F.text(root, "cbc:DueDate")
    if due_raw is None:
        due_raw = F.text(root, "cac:PaymentMeans/cbc:PaymentDueDate")
    due = values.date(due_raw, "BT-9")
    if due is not None:
        inv.due_dates.append(due)
    inv.notes = [_note(text) for text in F.texts(root, "cbc:Note")]
    inv.tax_point_date = values.date(F.text(root, "cbc:TaxPointDate"), "BT-7")
    inv.currency = F.text(root, "cbc:DocumentCurrencyCode")
    inv.tax_currency = F.text(root, "cbc:TaxCurrencyCode")
    inv.accounting_reference = F.text(root, "cbc:AccountingCost")
    inv.buyer_reference = F.text(root, "cbc:BuyerReference")
    inv.invoicing_period = _period(F.el(root, "cac:InvoicePeriod"), values)
    inv.order_reference = F.text(root, "cac:OrderReference/cbc:ID")
    inv.sales_order_reference = F.text(root, "cac:OrderReference/cbc:SalesOrderID")
    for ref in F.all(root, "cac:BillingReference/cac:InvoiceDocumentReference"):
        ident = F.text(ref, "cbc:ID")
        if ident:
            issued = values.date(F.text(ref, "cbc:IssueDate"), "BT-26")
            inv.preceding_invoices.append(DocumentReference(ident, issued))
    inv.despatch_advice_reference = F.text(root, "cac:DespatchDocumentReference/cbc:ID")
    inv.receiving_advice_reference = F.text(root, "cac:ReceiptDocumentReference/cbc:ID")
    inv.tender_reference = F.text(root, "cac:OriginatorDocumentReference/cbc:ID")
    inv.contract_reference = F.text(root, "cac:ContractDocumentReference/cbc:ID")
    inv.project_reference = F.text(root, "cac:ProjectReference/cbc:ID")
    _documents(root, inv, limits, credit)
    inv.seller = _party(F.el(root, "cac:AccountingSupplierParty/cac:Party"))
    inv.buyer = _party(F.el(root, "cac:AccountingCustomerParty/cac:Party"))
    payee = F.el(root, "cac:PayeeParty")
    inv.payee = _party(payee) if payee is not None else None
    rep = F.el(root, "cac:TaxRepresentativeParty")
    inv.tax_representative = _party(rep) if rep is not None else None
    _delivery(F.el(root, "cac:Delivery"), inv, values)
    _payment(root, inv)
    inv.allowances_charges = [_allowance(el, values) for el in F.all(root, "cac:AllowanceCharge")]
    _tax_totals(root, inv, values)
    _monetary_totals(F.el(root, "cac:LegalMonetaryTotal"), inv, values)
    line_tag = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    lines = F.all(root, line_tag)
    if not lines:  # tolerate the other line tag
        lines = F.all(root, "cac:InvoiceLine" if credit else "cac:CreditNoteLine")
    inv.lines = [_line(el, values) for el in lines[: limits.max_lines]]
    inv.invalid_values = values.invalid
    return inv


def _note(text: str) -> Note:
    """UBL notes may start with ``#SUBJECT#`` (EN 16931 convention for BT-21)."""
    if text.startswith("#") and text.count("#") >= 2:
        _, code, rest = text.split("#", 2)
        if 0 < len(code) <= 3 and code.isalpha():
            return Note(rest.strip(), code)
    return Note(text)


def _period(node: etree._Element | None, values: ValueReader, where: str = "") -> Period | None:
    if node is None:
        return None
    start = values.date(F.text(node, "cbc:StartDate"), "BT-73", where=where)
    end = values.date(F.text(node, "cbc:EndDate"), "BT-74", where=where)
    if start is None and end is None:
        return None
    return Period(start, end)


def _address(node: etree._Element | None) -> Address:
    if node is None:
        return Address()
    lines = [
        *F.texts(node, "cbc:StreetName"),
        *F.texts(node, "cbc:AdditionalStreetName"),
        *F.texts(node, "cac:AddressLine/cbc:Line"),
    ]
    return Address(
        lines=lines,
        city=F.text(node, "cbc:CityName"),
        postcode=F.text(node, "cbc:PostalZone"),
        subdivision=F.text(node, "cbc:CountrySubentity"),
        country=F.text(node, "cac:Country/cbc:IdentificationCode"),
    )


def _party(node: etree._Element | None) -> Party:
    party = Party()
    if node is None:
        return party
    legal = F.el(node, "cac:PartyLegalEntity")
    party.name = F.text(legal, "cbc:RegistrationName") or F.text(node, "cac:PartyName/cbc:Name")
    trading = F.text(node, "cac:PartyName/cbc:Name")
    party.trading_name = trading if trading != party.name else None
    party.legal_id = identifier(F.el(legal, "cbc:CompanyID"))
    party.legal_info = F.text(legal, "cbc:CompanyLegalForm")
    for ident_el in F.all(node, "cac:PartyIdentification/cbc:ID"):
        ident = identifier(ident_el)
        if ident is not None:
            party.identifiers.append(ident)
    for scheme in F.all(node, "cac:PartyTaxScheme"):
        company = F.text(scheme, "cbc:CompanyID")
        if company is None:
            continue
        if (F.text(scheme, "cac:TaxScheme/cbc:ID") or "").upper() == "VAT":
            party.vat_id = party.vat_id or company
        else:
            party.tax_registration_id = party.tax_registration_id or company
    party.electronic_address = identifier(F.el(node, "cbc:EndpointID"))
    party.address = _address(F.el(node, "cac:PostalAddress"))
    contact = F.el(node, "cac:Contact")
    if contact is not None:
        party.contact = Contact(
            F.text(contact, "cbc:Name"),
            F.text(contact, "cbc:Telephone"),
            F.text(contact, "cbc:ElectronicMail"),
        )
    return party


def _documents(root: etree._Element, inv: Invoice, limits: Limits, credit: bool) -> None:
    """AdditionalDocumentReference: BT-18 (code 130), BT-11 in a credit note (code 50), BG-24."""
    for ref in F.all(root, "cac:AdditionalDocumentReference"):
        ident = F.text(ref, "cbc:ID")
        type_code = F.text(ref, "cbc:DocumentTypeCode")
        if type_code == "130":
            inv.invoiced_object = inv.invoiced_object or ident
            continue
        if credit and type_code == "50":  # CreditNote has no cac:ProjectReference
            inv.project_reference = inv.project_reference or ident
            continue
        att = Attachment(
            id=ident,
            description=F.text(ref, "cbc:DocumentDescription"),
            uri=F.text(ref, "cac:Attachment/cac:ExternalReference/cbc:URI"),
            type_code=type_code,
        )
        binary = F.el(ref, "cac:Attachment/cbc:EmbeddedDocumentBinaryObject")
        if binary is not None:
            fill_from_binary_object(att, binary, limits)
        inv.attachments.append(att)


def _delivery(node: etree._Element | None, inv: Invoice, values: ValueReader) -> None:
    if node is None:
        return
    inv.delivery_date = values.date(F.text(node, "cbc:ActualDeliveryDate"), "BT-72")
    location = F.el(node, "cac:DeliveryLocation")
    inv.delivery_location_id = F.text(location, "cbc:ID")
    address = _address(F.el(location, "cac:Address"))
    inv.delivery_address = None if address.is_empty() else address
    inv.delivery_party_name = F.text(node, "cac:DeliveryParty/cac:PartyName/cbc:Name")


def _payment(root: etree._Element, inv: Invoice) -> None:
    pay = inv.payment
    for means in F.all(root, "cac:PaymentMeans"):
        code_el = F.el(means, "cbc:PaymentMeansCode")
        if code_el is not None and pay.means_code is None:
            pay.means_code = clean(code_el.text)
            pay.means_text = clean(code_el.get("name"))
        pay.remittance_info = pay.remittance_info or F.text(means, "cbc:PaymentID")
        pay.card_number = pay.card_number or F.text(
            means, "cac:CardAccount/cbc:PrimaryAccountNumberID"
        )
        pay.card_holder = pay.card_holder or F.text(means, "cac:CardAccount/cbc:HolderName")
        for account in F.all(means, "cac:PayeeFinancialAccount"):
            iban = F.text(account, "cbc:ID")
            if iban:
                pay.accounts.append(
                    BankAccount(
                        iban,
                        F.text(account, "cbc:Name"),
                        F.text(account, "cac:FinancialInstitutionBranch/cbc:ID"),
                    )
                )
        mandate = F.el(means, "cac:PaymentMandate")
        if mandate is not None:
            pay.mandate_id = F.text(mandate, "cbc:ID")
            pay.debited_account = F.text(mandate, "cac:PayerFinancialAccount/cbc:ID")
    pay.terms = F.texts(root, "cac:PaymentTerms/cbc:Note")
    for ident in F.all(
        root, "cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification/cbc:ID"
    ):
        if ident.get("schemeID") == "SEPA":
            pay.creditor_id = clean(ident.text)


def _allowance(node: etree._Element, values: ValueReader, where: str = "") -> AllowanceCharge:
    is_charge = (F.text(node, "cbc:ChargeIndicator") or "").lower() == "true"
    term = "BT-99" if is_charge else "BT-92"
    return AllowanceCharge(
        is_charge=is_charge,
        amount=values.decimal(F.text(node, "cbc:Amount"), term, where=where),
        base_amount=values.decimal(F.text(node, "cbc:BaseAmount"), "BT-93", where=where),
        percent=values.decimal(
            F.text(node, "cbc:MultiplierFactorNumeric"), "BT-94", "percent", where
        ),
        reason=F.text(node, "cbc:AllowanceChargeReason"),
        reason_code=F.text(node, "cbc:AllowanceChargeReasonCode"),
        vat_category=F.text(node, "cac:TaxCategory/cbc:ID"),
        vat_rate=values.decimal(
            F.text(node, "cac:TaxCategory/cbc:Percent"), "BT-96", "percent", where
        ),
    )


def _tax_totals(root: etree._Element, inv: Invoice, values: ValueReader) -> None:
    for total in F.all(root, "cac:TaxTotal"):
        amount_el = F.el(total, "cbc:TaxAmount")
        currency = amount_el.get("currencyID") if amount_el is not None else None
        raw = clean(amount_el.text) if amount_el is not None else None
        in_tax_currency = (
            inv.tax_currency is not None
            and currency == inv.tax_currency
            and currency != inv.currency
        )
        if in_tax_currency:
            inv.totals.tax_total_accounting = values.decimal(raw, "BT-111")
            continue
        if inv.totals.tax_total is None:
            inv.totals.tax_total = values.decimal(raw, "BT-110")
        for sub in F.all(total, "cac:TaxSubtotal"):
            category = F.el(sub, "cac:TaxCategory")
            inv.vat_breakdown.append(
                VatBreakdown(
                    category=F.text(category, "cbc:ID"),
                    rate=values.decimal(F.text(category, "cbc:Percent"), "BT-119", "percent"),
                    taxable_amount=values.decimal(F.text(sub, "cbc:TaxableAmount"), "BT-116"),
                    tax_amount=values.decimal(F.text(sub, "cbc:TaxAmount"), "BT-117"),
                    exemption_reason=F.text(category, "cbc:TaxExemptionReason"),
                    exemption_code=F.text(category, "cbc:TaxExemptionReasonCode"),
                )
            )


def _monetary_totals(node: etree._Element | None, inv: Invoice, values: ValueReader) -> None:
    if node is None:
        return
    t = inv.totals
    t.line_total = values.decimal(F.text(node, "cbc:LineExtensionAmount"), "BT-106")
    t.tax_exclusive = values.decimal(F.text(node, "cbc:TaxExclusiveAmount"), "BT-109")
    t.tax_inclusive = values.decimal(F.text(node, "cbc:TaxInclusiveAmount"), "BT-112")
    t.allowance_total = values.decimal(F.text(node, "cbc:AllowanceTotalAmount"), "BT-107")
    t.charge_total = values.decimal(F.text(node, "cbc:ChargeTotalAmount"), "BT-108")
    t.prepaid = values.decimal(F.text(node, "cbc:PrepaidAmount"), "BT-113")
    t.rounding = values.decimal(F.text(node, "cbc:PayableRoundingAmount"), "BT-114")
    t.payable = values.decimal(F.text(node, "cbc:PayableAmount"), "BT-115")


def _line(node: etree._Element, values: ValueReader) -> InvoiceLine:
    ident = F.text(node, "cbc:ID") or ""
    where = f"line {ident}"
    qty_el = F.el(node, "cbc:InvoicedQuantity")
    if qty_el is None:
        qty_el = F.el(node, "cbc:CreditedQuantity")
    item = F.el(node, "cac:Item")
    price = F.el(node, "cac:Price")
    line = InvoiceLine(id=ident)
    if qty_el is not None:
        line.quantity = values.decimal(qty_el.text, "BT-129", "quantity", where)
        line.unit_code = clean(qty_el.get("unitCode"))
    line.net_amount = values.decimal(F.text(node, "cbc:LineExtensionAmount"), "BT-131", where=where)
    line.note = F.text(node, "cbc:Note")
    line.accounting_cost = F.text(node, "cbc:AccountingCost")
    line.period = _period(F.el(node, "cac:InvoicePeriod"), values, where)
    line.order_line_ref = F.text(node, "cac:OrderLineReference/cbc:LineID")
    line.object_id = F.text(node, "cac:DocumentReference/cbc:ID")
    line.allowances_charges = [
        _allowance(el, values, where) for el in F.all(node, "cac:AllowanceCharge")
    ]
    if item is not None:
        line.name = F.text(item, "cbc:Name")
        line.description = F.text(item, "cbc:Description")
        line.seller_item_id = F.text(item, "cac:SellersItemIdentification/cbc:ID")
        line.buyer_item_id = F.text(item, "cac:BuyersItemIdentification/cbc:ID")
        line.standard_item_id = identifier(F.el(item, "cac:StandardItemIdentification/cbc:ID"))
        line.classifications = F.texts(
            item, "cac:CommodityClassification/cbc:ItemClassificationCode"
        )
        line.origin_country = F.text(item, "cac:OriginCountry/cbc:IdentificationCode")
        tax = F.el(item, "cac:ClassifiedTaxCategory")
        line.vat_category = F.text(tax, "cbc:ID")
        line.vat_rate = values.decimal(F.text(tax, "cbc:Percent"), "BT-152", "percent", where)
        for prop in F.all(item, "cac:AdditionalItemProperty"):
            name, value = F.text(prop, "cbc:Name"), F.text(prop, "cbc:Value")
            if name or value:
                line.attributes.append(ItemAttribute(name or "", value or ""))
    if price is not None:
        line.net_price = values.decimal(F.text(price, "cbc:PriceAmount"), "BT-146", where=where)
        base_el = F.el(price, "cbc:BaseQuantity")
        if base_el is not None:
            line.price_base_quantity = values.decimal(base_el.text, "BT-149", "quantity", where)
            line.price_base_unit = clean(base_el.get("unitCode"))
        discount = F.el(price, "cac:AllowanceCharge")
        if discount is not None:
            line.price_discount = values.decimal(
                F.text(discount, "cbc:Amount"), "BT-147", where=where
            )
            line.gross_price = values.decimal(
                F.text(discount, "cbc:BaseAmount"), "BT-148", where=where
            )
    line.sub_lines = [_line(sub, values) for sub in F.all(node, "cac:SubInvoiceLine")]
    return line
