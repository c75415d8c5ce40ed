"""Deterministic generation of received invoices: same (seed, index) -> identical invoice."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.sandbox.generator.amounts import ZERO, compute_totals, round_cent
from desktop_app.sandbox.generator.attachments import make_attachment
from desktop_app.sandbox.generator.catalog import Sector
from desktop_app.sandbox.generator.model import GeneratedInvoice, InvoiceLine, RecipientService
from desktop_app.sandbox.generator.suppliers import Supplier, supplier_pool

INVOICE_ID_BASE = 120_000_000
ATTACHMENT_ID_BASE = 500_000_000
# Deposits spread over the year before this date (fixed: output must not depend on "today").
ANCHOR_DATE = date(2026, 11, 20)
DEPOSIT_WINDOW_DAYS = 365
# How far back a credit note looks for the invoice it corrects.
ORIGIN_SEARCH_WINDOW = 400

FRAMES = (
    ("A1_FACTURE_FOURNISSEUR", 86),
    ("A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", 5),
    ("A9_FACTURE_SOUSTRAITANT", 5),
    ("A12_FACTURE_COTRAITANT", 4),
)
SYNTAXES = (("UBL", 30), ("CII", 20), ("FACTURX", 32), ("PIVOT", 18))
FLOW_SYNTAX = {
    "UBL": "IN_DP_E1_UBL_INVOICE",
    "CII": "IN_DP_E1_CII_16B",
    "FACTURX": "IN_DP_E2_CII_FACTURX",
    "PIVOT": "IN_DP_E2_CPP_FACTURE_MIN",
}
DEPOSIT_MODES = {
    "UBL": (("FLUX_EDI", 80), ("FLUX_API", 20)),
    "CII": (("FLUX_EDI", 80), ("FLUX_API", 20)),
    "FACTURX": (
        ("DEPOT_PDF_API", 45),
        ("DEPOT_PORTAIL", 35),
        ("FLUX_EDI", 15),
        ("DEPOT_PDF_SIGNE_API", 5),
    ),
    "PIVOT": (("SAISIE_PORTAIL", 60), ("SAISIE_API", 40)),
}
TYPE_CODES = {"FACTURE": "380", "AVOIR": "381", "ACOMPTE": "386"}
LEGAL_NOTES = (
    "Penalites de retard : trois fois le taux d'interet legal.",
    "Indemnite forfaitaire pour frais de recouvrement : 40 EUR.",
)
_SUBCONTRACTING_SECTORS = ("BTP", "NETTOYAGE", "INFORMATIQUE", "BIOMEDICAL")


def _weighted(rng: random.Random, table: Sequence[tuple[str, int]]) -> str:
    total = sum(weight for _, weight in table)
    pick = rng.random() * total
    for value, weight in table:
        pick -= weight
        if pick < 0:
            return value
    return table[-1][0]


def line_count(rng: random.Random) -> int:
    """Heavily skewed: ~92% 1-20 lines, ~7% 21-200, ~1% above 200, 0.1% exactly 1,000."""
    draw = rng.random()
    if draw < 0.001:
        return 1000
    if draw < 0.01:
        return rng.randint(201, 999)
    if draw < 0.08:
        return rng.randint(21, 200)
    # 1-20 with small counts most frequent
    return min(20, 1 + int(rng.expovariate(0.3)))


def _make_lines(rng: random.Random, sector: Sector, count: int) -> tuple[InvoiceLine, ...]:
    """``count`` lines drawn from the sector catalogue (hot path: plain ``random()`` calls)."""
    lines: list[InvoiceLine] = []
    items = sector.items
    n_items = len(items)
    draw = rng.random
    long_list = count > 8
    for number in range(1, count + 1):
        item_index = int(draw() * n_items)
        item = items[item_index]
        low, high = item.quantity
        if item.fractional:
            quantity = Decimal(low * 100 + int(draw() * ((high - low) * 100 + 1))).scaleb(-2)
        else:
            quantity = Decimal(low + int(draw() * (high - low + 1)))
        p_low, p_high = item.price_cents
        price = Decimal(p_low + int(draw() * (p_high - p_low + 1))).scaleb(-2)
        lines.append(
            InvoiceLine(
                number=number,
                description=f"{item.description} - lot {number}" if long_list else item.description,
                quantity=quantity,
                unit_code=item.unit_code,
                unit_price=price,
                net_amount=round_cent(quantity * price),
                vat_category=item.vat_category,
                vat_rate=item.vat_rate,
                item_reference=f"REF-{sector.key[:3]}-{item_index + 1:03d}",
            )
        )
    return tuple(lines)


def _single_line(description: str, amount: Decimal, rate: Decimal, category: str) -> InvoiceLine:
    return InvoiceLine(
        number=1,
        description=description,
        quantity=Decimal(1),
        unit_code="C62",
        unit_price=amount,
        net_amount=amount,
        vat_category=category,
        vat_rate=rate,
    )


def _engagement(rng: random.Random, recipient: RecipientService, year: int) -> str | None:
    if recipient.state_entity:
        return f"{rng.choice((1300, 1400, 2100, 2200))}{rng.randint(0, 999_999):06d}"
    if rng.random() < 0.15:
        return None
    style = rng.random()
    if style < 0.6:
        return f"EJ-{year}-{rng.randint(1, 9999):06d}"
    if style < 0.85:
        return f"BC{year % 100:02d}-{rng.randint(1, 99999):05d}"
    return f"{rng.randint(1_000_000, 9_999_999)}"


def _contract(rng: random.Random, sector: Sector, year: int) -> str | None:
    if sector.contract_style == "NONE" or rng.random() < 0.3:
        return None
    start = year - rng.randint(0, 3)
    if sector.contract_style == "ACCORD":
        return f"AC-{start}-{rng.randint(1, 60):03d}/LOT{rng.randint(1, 6)}"
    return rng.choice(
        (f"M{start}-{rng.randint(1, 250):04d}", f"{start}-MAPA-{rng.randint(1, 99):03d}")
    )


def _pick_supplier(rng: random.Random, frame: str) -> Supplier:
    pool = supplier_pool()
    if frame.startswith(("A9_", "A12_")):
        candidates = [s for s in pool if s.sector.key in _SUBCONTRACTING_SECTORS]
        return candidates[rng.randrange(len(candidates))]
    return pool[rng.randrange(len(pool))]


def _pick_recipient(
    rng: random.Random, sector: Sector, recipients: Sequence[RecipientService]
) -> RecipientService:
    matching = [r for r in recipients if r.service_code in sector.service_codes]
    if matching and rng.random() < 0.9:
        return matching[rng.randrange(len(matching))]
    return recipients[rng.randrange(len(recipients))]


def format_number(supplier: Supplier, year: int, n: int) -> str:
    """The supplier's invoice number for sequence value ``n``."""
    return supplier.number_format.format(year=year, yy=f"{year % 100:02d}", n=n)


def _attachment_kinds(rng: random.Random, sector: Sector, frame: str) -> list[str]:
    draw = rng.random()
    if draw > 0.25 and not frame.startswith("A9_"):
        return []
    if sector.key in ("BTP", "BIOMEDICAL"):
        kinds = ["PV_RECEPTION", "DEVIS"]
    elif sector.key in ("FORMATION", "INFORMATIQUE", "NETTOYAGE", "TRANSPORT"):
        kinds = ["ATTESTATION", "DEVIS", "BON_COMMANDE"]
    else:
        kinds = ["BON_LIVRAISON", "BON_COMMANDE"]
    return kinds[: 1 + (rng.random() < 0.2)]


@dataclass(frozen=True, slots=True)
class _Header:
    """The first draws of an invoice: cheap to replay to find a credit note's origin."""

    frame: str
    invoice_type: str
    syntax: str
    supplier: Supplier
    recipient: RecipientService
    deposit_date: date
    issue_date: date


def _rng(seed: int, index: int) -> random.Random:
    return random.Random(f"{seed}:{index}")  # noqa: S311 - reproducible demo data, not secrets


def _draw_header(rng: random.Random, recipients: Sequence[RecipientService]) -> _Header:
    frame = _weighted(rng, FRAMES)
    type_draw = rng.random()
    invoice_type = "AVOIR" if type_draw < 0.05 else "ACOMPTE" if type_draw < 0.065 else "FACTURE"
    if frame.startswith("A2_") and invoice_type != "FACTURE":
        invoice_type = "FACTURE"
    syntax = _weighted(rng, SYNTAXES)
    supplier = _pick_supplier(rng, frame)
    recipient = _pick_recipient(rng, supplier.sector, recipients)
    deposit_date = ANCHOR_DATE - timedelta(days=rng.randrange(DEPOSIT_WINDOW_DAYS))
    issue_date = deposit_date - timedelta(days=min(30, int(rng.expovariate(0.4))))
    return _Header(frame, invoice_type, syntax, supplier, recipient, deposit_date, issue_date)


def _find_origin(
    seed: int, index: int, rng: random.Random, recipients: Sequence[RecipientService]
) -> GeneratedInvoice | None:
    """An earlier ordinary invoice (within ``ORIGIN_SEARCH_WINDOW``) a credit note corrects."""
    if index == 0:
        return None
    earlier = index - 1 - int(rng.random() * min(index, ORIGIN_SEARCH_WINDOW))
    for candidate_index in range(earlier, max(-1, earlier - 20), -1):
        candidate = _draw_header(_rng(seed, candidate_index), recipients)
        if candidate.invoice_type == "FACTURE" and not candidate.frame.startswith("A2_"):
            return generate_invoice(seed, candidate_index, recipients)
    return None


def _credit_lines(rng: random.Random, origin: GeneratedInvoice) -> tuple[InvoiceLine, ...]:
    """1-3 lines of the origin invoice, credited in full or in part."""
    count = min(len(origin.lines), 1 + int(rng.random() * 3))
    picked = sorted(rng.sample(range(len(origin.lines)), count))
    lines: list[InvoiceLine] = []
    for number, position in enumerate(picked, start=1):
        line = origin.lines[position]
        quantity = line.quantity
        whole = quantity == quantity.to_integral_value()
        if whole and quantity >= 2 and rng.random() < 0.5:
            quantity = quantity // 2  # part of the goods returned or not delivered
        lines.append(
            dataclasses.replace(
                line,
                number=number,
                quantity=quantity,
                net_amount=round_cent(quantity * line.unit_price),
            )
        )
    return tuple(lines)


def generate_invoice(
    seed: int, index: int, recipients: Sequence[RecipientService]
) -> GeneratedInvoice:
    """The invoice at position ``index`` of the sequence of ``seed`` (pure function).

    A credit note corrects an earlier invoice of the sequence (within ``ORIGIN_SEARCH_WINDOW``
    positions): same supplier, recipient and references, some of its lines, a later date.
    """
    if not recipients:
        raise ValueError("at least one recipient service is needed")
    rng = _rng(seed, index)
    header = _draw_header(rng, recipients)
    frame, invoice_type, syntax = header.frame, header.invoice_type, header.syntax
    supplier, recipient = header.supplier, header.recipient
    deposit_date, issue_date = header.deposit_date, header.issue_date
    origin = _find_origin(seed, index, rng, recipients) if invoice_type == "AVOIR" else None
    if origin is not None:
        # the credit note follows the invoice it corrects: same supplier, buyer and references
        supplier = next(x for x in supplier_pool() if x.party.siret == origin.supplier.siret)
        frame, recipient = origin.frame, origin.recipient
        if issue_date <= origin.issue_date:
            issue_date = origin.issue_date + timedelta(days=1 + int(rng.random() * 45))
            deposit_date = issue_date + timedelta(days=int(rng.random() * 4))
    sector = supplier.sector
    year = issue_date.year
    number = format_number(supplier, year, 1000 + index)
    engagement = _engagement(rng, recipient, year)
    contract = _contract(rng, sector, year)
    if origin is not None:
        engagement, contract = origin.engagement_number, origin.contract_number
    main_contractor = None
    if frame.startswith(("A9_", "A12_")):
        pool = supplier_pool()
        others = [s for s in pool if s.sector is sector and s.key != supplier.key] or list(pool)
        main_contractor = others[rng.randrange(len(others))].party
        contract = contract or f"M{year - 1}-{rng.randint(1, 250):04d}"
    if origin is not None:
        main_contractor = origin.main_contractor

    preceding_number: str | None = None
    preceding_date: date | None = None
    preceding_id: int | None = None
    if origin is not None:
        lines = _credit_lines(rng, origin)
        preceding_number, preceding_date = origin.number, origin.issue_date
        preceding_id = origin.invoice_id
    elif invoice_type == "AVOIR":
        lines = _make_lines(rng, sector, rng.randint(1, 3))
        preceding_date = issue_date - timedelta(days=rng.randint(5, 90))
        preceding_number = format_number(supplier, preceding_date.year, rng.randint(100, 999))
    elif invoice_type == "ACOMPTE":
        amount = Decimal(rng.randint(50, 2000) * 1000).scaleb(-2)
        item = sector.items[0]
        lines = (
            _single_line(
                f"Acompte de {rng.choice((20, 30, 40))} % a la commande",
                amount,
                item.vat_rate,
                item.vat_category,
            ),
        )
    else:
        lines = _make_lines(rng, sector, line_count(rng))
    totals = compute_totals(lines)

    prepaid = ZERO
    payment_means = "VIREMENT"
    if frame.startswith("A2_"):
        prepaid = totals.total_incl_vat
        payment_means = rng.choice(("PRELEVEMENT", "CARTE_BANCAIRE", "VIREMENT"))
    elif invoice_type == "FACTURE" and rng.random() < 0.03:
        prepaid = round_cent(totals.total_incl_vat * Decimal(rng.choice((20, 30))) / 100)

    if all(line.vat_category == "E" for line in lines):
        vat_regime = "EXONERATION"
    elif sector.key in ("BTP", "NETTOYAGE", "FORMATION", "TRANSPORT"):
        vat_regime = "TVA_SUR_ENCAISSEMENT"
    else:
        vat_regime = "TVA_SUR_DEBIT"

    invoice_id = INVOICE_ID_BASE + index
    kinds = _attachment_kinds(rng, sector, frame)
    attachments = tuple(
        make_attachment(
            ATTACHMENT_ID_BASE + index * 4 + k,
            kind,
            number,
            supplier.party.name,
            engagement or contract,
        )
        for k, kind in enumerate(kinds)
    )
    notes: tuple[str, ...] = LEGAL_NOTES
    if main_contractor is not None:
        role = "sous-traitant" if frame.startswith("A9_") else "cotraitant"
        notes = (f"Facture {role} - titulaire : {main_contractor.name}", *notes)

    return GeneratedInvoice(
        index=index,
        invoice_id=invoice_id,
        number=number,
        invoice_type=invoice_type,
        frame=frame,
        syntax=syntax,
        deposit_mode=_weighted(rng, DEPOSIT_MODES[syntax]),
        currency="EUR",
        issue_date=issue_date,
        deposit_date=deposit_date,
        due_date=None if invoice_type == "AVOIR" else issue_date + timedelta(days=30),
        supplier=supplier.party,
        recipient=recipient,
        engagement_number=engagement,
        contract_number=contract,
        buyer_reference=recipient.service_code,
        lines=lines,
        vat_breakdown=totals.vat_breakdown,
        total_excl_vat=totals.total_excl_vat,
        total_vat=totals.total_vat,
        total_incl_vat=totals.total_incl_vat,
        prepaid_amount=prepaid,
        amount_due=totals.total_incl_vat - prepaid,
        payment_means=payment_means,
        vat_regime=vat_regime,
        preceding_invoice_number=preceding_number,
        notes=notes,
        attachments=attachments,
        type_code=TYPE_CODES[invoice_type],
        flow_syntax=FLOW_SYNTAX[syntax],
        main_contractor=main_contractor,
        payment_terms=None if invoice_type == "AVOIR" else "Paiement a 30 jours date de facture",
        preceding_invoice_date=preceding_date,
        preceding_invoice_id=preceding_id,
    )


def generate_invoices(
    seed: int, count: int, recipients: Sequence[RecipientService], start_index: int = 0
) -> Iterator[GeneratedInvoice]:
    """Invoices ``start_index`` .. ``start_index + count - 1`` of the sequence of ``seed``."""
    for index in range(start_index, start_index + count):
        yield generate_invoice(seed, index, recipients)
