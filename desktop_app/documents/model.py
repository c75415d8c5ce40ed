"""The invoice model: EN 16931 business terms (BT/BG), money as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

CREDIT_NOTE_TYPES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "532"})


@dataclass(slots=True)
class InvalidValue:
    """A value present in the source that could not be read (kept as raw text)."""

    term: str  # business term, e.g. "BT-2"
    raw: str
    kind: str  # "date" | "amount" | "quantity" | "percent"
    where: str = ""  # e.g. "line 3"


@dataclass(slots=True)
class Identifier:
    """An identifier with its optional scheme (ISO 6523 ICD, "SIRET", "VAT"...)."""

    value: str
    scheme: str | None = None


@dataclass(slots=True)
class Address:
    """A postal address (BG-5, BG-8, BG-12, BG-15)."""

    lines: list[str] = field(default_factory=list)
    city: str | None = None
    postcode: str | None = None
    subdivision: str | None = None
    country: str | None = None

    def is_empty(self) -> bool:
        return not (self.lines or self.city or self.postcode or self.subdivision or self.country)


@dataclass(slots=True)
class Contact:
    """A contact (BG-6, BG-9)."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(slots=True)
class Party:
    """Seller (BG-4), buyer (BG-7), payee (BG-10), tax representative (BG-11)."""

    name: str | None = None  # BT-27 / BT-44 / BT-59 / BT-62
    trading_name: str | None = None  # BT-28 / BT-45
    identifiers: list[Identifier] = field(default_factory=list)  # BT-29 / BT-46 / BT-60
    legal_id: Identifier | None = None  # BT-30 / BT-47 / BT-61 (SIRET in France)
    vat_id: str | None = None  # BT-31 / BT-48 / BT-63
    tax_registration_id: str | None = None  # BT-32
    legal_info: str | None = None  # BT-33
    electronic_address: Identifier | None = None  # BT-34 / BT-49
    address: Address = field(default_factory=Address)
    contact: Contact = field(default_factory=Contact)
    service_code: str | None = None  # Chorus Pro: code service (buyer)
    service_name: str | None = None  # Chorus Pro: nom du service

    @property
    def siret(self) -> str | None:
        """The SIRET when the legal or party identifiers carry a 14-digit French one."""
        candidates = [self.legal_id, *self.identifiers]
        for ident in candidates:
            if ident is None:
                continue
            value = ident.value.replace(" ", "")
            scheme = (ident.scheme or "").upper()
            if len(value) == 14 and value.isdigit() and scheme in {"0009", "SIRET", "1", ""}:
                return value
        return None


@dataclass(slots=True)
class DocumentReference:
    """A reference to another document (BT-25/BT-26 preceding invoice...)."""

    id: str
    issue_date: date | None = None


@dataclass(slots=True)
class AllowanceCharge:
    """Document (BG-20/BG-21) or line (BG-27/BG-28) allowance or charge."""

    is_charge: bool
    amount: Decimal | None
    base_amount: Decimal | None = None
    percent: Decimal | None = None
    reason: str | None = None
    reason_code: str | None = None
    vat_category: str | None = None
    vat_rate: Decimal | None = None


@dataclass(slots=True)
class VatBreakdown:
    """One VAT breakdown entry (BG-23)."""

    category: str | None  # BT-118
    rate: Decimal | None  # BT-119
    taxable_amount: Decimal | None  # BT-116
    tax_amount: Decimal | None  # BT-117
    exemption_reason: str | None = None  # BT-120
    exemption_code: str | None = None  # BT-121


@dataclass(slots=True)
class Totals:
    """Document totals (BG-22)."""

    line_total: Decimal | None = None  # BT-106
    allowance_total: Decimal | None = None  # BT-107
    charge_total: Decimal | None = None  # BT-108
    tax_exclusive: Decimal | None = None  # BT-109
    tax_total: Decimal | None = None  # BT-110
    tax_total_accounting: Decimal | None = None  # BT-111 (in BT-6 currency)
    tax_inclusive: Decimal | None = None  # BT-112
    prepaid: Decimal | None = None  # BT-113
    rounding: Decimal | None = None  # BT-114
    payable: Decimal | None = None  # BT-115


@dataclass(slots=True)
class BankAccount:
    """A credit transfer account (BG-17)."""

    iban: str  # BT-84 (IBAN or proprietary id)
    name: str | None = None  # BT-85
    bic: str | None = None  # BT-86


@dataclass(slots=True)
class PaymentInstructions:
    """Payment means and terms (BG-16, BT-20)."""

    means_code: str | None = None  # BT-81
    means_text: str | None = None  # BT-82
    remittance_info: str | None = None  # BT-83
    accounts: list[BankAccount] = field(default_factory=list)  # BG-17
    card_number: str | None = None  # BT-87
    card_holder: str | None = None  # BT-88
    mandate_id: str | None = None  # BT-89
    creditor_id: str | None = None  # BT-90
    debited_account: str | None = None  # BT-91
    terms: list[str] = field(default_factory=list)  # BT-20


@dataclass(slots=True)
class Note:
    """An invoice note (BG-1)."""

    text: str
    subject_code: str | None = None


@dataclass(slots=True)
class Attachment:
    """A supporting document (BG-24) or a file attached to the PDF container."""

    id: str | None = None  # BT-122
    description: str | None = None  # BT-123
    uri: str | None = None  # BT-124 external location
    filename: str | None = None  # BT-125-2
    mime: str | None = None  # BT-125-1, as declared
    size: int | None = None  # decoded size in bytes
    detected_mime: str | None = None  # from the content's magic bytes
    origin: str = "xml"  # "xml" (BG-24 in the invoice) or "pdf" (PDF file attachment)
    type_code: str | None = None
    error_key: str | None = None  # why the content is not available, if it is not
    content: bytes | None = field(default=None, repr=False)

    @property
    def mime_mismatch(self) -> bool:
        """True when the declared MIME type does not match the content."""
        from desktop_app.documents.attachments import mime_compatible

        if self.mime is None or self.detected_mime is None:
            return False
        return not mime_compatible(self.mime, self.detected_mime)

    @property
    def has_content(self) -> bool:
        return self.content is not None


@dataclass(slots=True)
class Period:
    """An invoicing or delivery period (BG-14, BG-26)."""

    start: date | None = None
    end: date | None = None


@dataclass(slots=True)
class ItemAttribute:
    """An item attribute (BG-32)."""

    name: str
    value: str


@dataclass(slots=True)
class InvoiceLine:
    """An invoice line (BG-25); ``sub_lines`` holds UBL sub-invoice lines."""

    id: str  # BT-126
    quantity: Decimal | None = None  # BT-129
    unit_code: str | None = None  # BT-130
    net_amount: Decimal | None = None  # BT-131
    name: str | None = None  # BT-153
    description: str | None = None  # BT-154
    net_price: Decimal | None = None  # BT-146
    gross_price: Decimal | None = None  # BT-148
    price_discount: Decimal | None = None  # BT-147
    price_base_quantity: Decimal | None = None  # BT-149
    price_base_unit: str | None = None  # BT-150
    vat_category: str | None = None  # BT-151
    vat_rate: Decimal | None = None  # BT-152
    note: str | None = None  # BT-127
    object_id: str | None = None  # BT-128
    order_line_ref: str | None = None  # BT-132
    accounting_cost: str | None = None  # BT-133
    period: Period | None = None  # BG-26
    seller_item_id: str | None = None  # BT-155
    buyer_item_id: str | None = None  # BT-156
    standard_item_id: Identifier | None = None  # BT-157
    classifications: list[str] = field(default_factory=list)  # BT-158
    origin_country: str | None = None  # BT-159
    attributes: list[ItemAttribute] = field(default_factory=list)  # BG-32
    allowances_charges: list[AllowanceCharge] = field(default_factory=list)
    parent_line_id: str | None = None  # CII ram:ParentLineID
    sub_lines: list[InvoiceLine] = field(default_factory=list)


@dataclass(slots=True)
class Invoice:
    """One invoice or credit note, whatever syntax it came in."""

    syntax: str  # "UBL", "CII", "FACTURX", "PIVOT", "CPP_MIXTE"
    number: str | None = None  # BT-1
    issue_date: date | None = None  # BT-2
    type_code: str | None = None  # BT-3
    currency: str | None = None  # BT-5
    tax_currency: str | None = None  # BT-6
    tax_point_date: date | None = None  # BT-7
    due_dates: list[date] = field(default_factory=list)  # BT-9
    buyer_reference: str | None = None  # BT-10 (Chorus Pro: code service)
    project_reference: str | None = None  # BT-11
    contract_reference: str | None = None  # BT-12 (numéro de marché)
    order_reference: str | None = None  # BT-13 (engagement juridique)
    sales_order_reference: str | None = None  # BT-14
    receiving_advice_reference: str | None = None  # BT-15
    despatch_advice_reference: str | None = None  # BT-16
    tender_reference: str | None = None  # BT-17
    invoiced_object: str | None = None  # BT-18
    accounting_reference: str | None = None  # BT-19
    business_process: str | None = None  # BT-23
    specification: str | None = None  # BT-24 (CustomizationID / guideline)
    preceding_invoices: list[DocumentReference] = field(default_factory=list)  # BG-3
    notes: list[Note] = field(default_factory=list)  # BG-1
    seller: Party = field(default_factory=Party)
    buyer: Party = field(default_factory=Party)
    payee: Party | None = None
    tax_representative: Party | None = None
    delivery_party_name: str | None = None  # BT-70
    delivery_location_id: str | None = None  # BT-71
    delivery_date: date | None = None  # BT-72
    delivery_address: Address | None = None  # BG-15
    invoicing_period: Period | None = None  # BG-14
    payment: PaymentInstructions = field(default_factory=PaymentInstructions)
    allowances_charges: list[AllowanceCharge] = field(default_factory=list)  # BG-20/21
    vat_breakdown: list[VatBreakdown] = field(default_factory=list)  # BG-23
    totals: Totals = field(default_factory=Totals)
    lines: list[InvoiceLine] = field(default_factory=list)  # BG-25
    attachments: list[Attachment] = field(default_factory=list)  # BG-24
    container_files: list[Attachment] = field(default_factory=list)  # PDF file attachments
    invalid_values: list[InvalidValue] = field(default_factory=list)
    invoicing_frame: str | None = None  # Chorus Pro "Cadre"
    embedded_xml_name: str | None = None  # Factur-X: name of the embedded XML
    embedded_syntax: str | None = None  # Factur-X: "CII" or "UBL"
    # The document kind the syntax itself states, apart from BT-3: a UBL ``CreditNote`` root
    # is a credit note even when it carries no ``CreditNoteTypeCode``.
    root_is_credit_note: bool = False

    @property
    def is_credit_note(self) -> bool:
        """True for credit notes (type 381, 261...); without BT-3, what the root element says."""
        code = (self.type_code or "").strip()
        if not code:
            return self.root_is_credit_note
        return code in CREDIT_NOTE_TYPES

    @property
    def engagement_number(self) -> str | None:
        """Chorus Pro legal commitment number (carried in BT-13)."""
        return self.order_reference

    @property
    def service_code(self) -> str | None:
        """Chorus Pro service code (carried in BT-10)."""
        return self.buyer.service_code or self.buyer_reference

    @property
    def amount_due(self) -> Decimal | None:
        """Amount due for payment (BT-115)."""
        return self.totals.payable

    def invalid(self, term: str) -> InvalidValue | None:
        """The first unreadable value recorded for ``term`` at document level."""
        for item in self.invalid_values:
            if item.term == term and not item.where:
                return item
        return None

    def all_attachments(self) -> list[Attachment]:
        """BG-24 attachments then files attached to the PDF container."""
        return [*self.attachments, *self.container_files]
