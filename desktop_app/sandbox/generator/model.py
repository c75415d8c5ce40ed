"""Plain data the generator produces and the sandbox store consumes. Money is ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Party:
    """A supplier or a recipient structure."""

    name: str
    siret: str  # 14 digits, Luhn-valid
    vat_id: str | None = None  # FRkk + SIREN
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "FR"
    iban: str | None = None
    bic: str | None = None


@dataclass(frozen=True, slots=True)
class RecipientService:
    """A service of a recipient structure that receives invoices."""

    structure_id: int  # idStructureCPP
    structure: Party
    service_id: int  # idService
    service_code: str  # e.g. "FINANCES"
    service_name: str
    state_entity: bool = False  # destinataireEtat OUI/NON


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """One invoice line (BG-25)."""

    number: int
    description: str
    quantity: Decimal
    unit_code: str  # UN/ECE rec 20, e.g. "C62", "HUR", "KGM"
    unit_price: Decimal  # net, excl. VAT
    net_amount: Decimal  # quantity x unit_price, rounded to the cent
    vat_category: str  # "S", "Z", "E", "AE"...
    vat_rate: Decimal  # percent, e.g. Decimal("20")
    item_reference: str | None = None


@dataclass(frozen=True, slots=True)
class VatBreakdown:
    """One VAT breakdown entry (BG-23)."""

    category: str
    rate: Decimal
    taxable_amount: Decimal
    tax_amount: Decimal
    exemption_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A supporting document carried with the invoice (BG-24)."""

    attachment_id: int  # pieceJointeId
    designation: str  # file name without extension, <= 50 chars
    extension: str  # "PDF", "PNG", "XLSX"...
    mime_type: str
    type_code: str  # pieceJointeTypeCode, e.g. "COMPLEMENTAIRE"
    content: bytes


@dataclass(frozen=True, slots=True)
class GeneratedInvoice:
    """A received invoice as the platform holds it, before any recipient action."""

    index: int  # position in the generated sequence (deterministic per seed and index)
    invoice_id: int  # idFacture
    number: str  # numeroFacture
    invoice_type: str  # "FACTURE" | "AVOIR" | "ACOMPTE"
    frame: str  # codeCadreFacturation, e.g. "A1_FACTURE_FOURNISSEUR"
    syntax: str  # "UBL" | "CII" | "FACTURX" | "PIVOT"
    deposit_mode: str  # modeDepot, e.g. "DEPOT_PDF_API", "FLUX_EDI"
    currency: str
    issue_date: date
    deposit_date: date
    due_date: date | None
    supplier: Party
    recipient: RecipientService
    engagement_number: str | None  # numeroBonCommande (engagement juridique)
    contract_number: str | None  # numeroMarche
    buyer_reference: str | None
    lines: tuple[InvoiceLine, ...]
    vat_breakdown: tuple[VatBreakdown, ...]
    total_excl_vat: Decimal
    total_vat: Decimal
    total_incl_vat: Decimal
    prepaid_amount: Decimal
    amount_due: Decimal
    payment_means: str = "VIREMENT"
    vat_regime: str = "TVA_SUR_DEBIT"  # typeTva
    preceding_invoice_number: str | None = None  # credit notes: the invoice they correct
    replaces_rejected_id: int | None = None  # IPM5-019 re-deposit link
    replaces_rejected_number: str | None = None
    notes: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)
    type_code: str = "380"  # UNTDID 1001 (BT-3): 380 invoice, 381 credit note, 386 prepayment
    flow_syntax: str = ""  # syntaxeFlux of the deposit, e.g. "IN_DP_E1_UBL_INVOICE"
    main_contractor: Party | None = None  # A9 (titulaire) / A12 (mandataire) validating first
    payment_terms: str | None = None  # BT-20 free text
    preceding_invoice_date: date | None = None  # BT-26 for credit notes
    preceding_invoice_id: int | None = None  # idFacture of that invoice when it was generated
