"""Exact Decimal arithmetic of an invoice: line nets, VAT breakdown, totals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.sandbox.generator.catalog import EXEMPTION_REASONS
from desktop_app.sandbox.generator.model import InvoiceLine, VatBreakdown

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_HUNDRED = Decimal(100)


def round_cent(value: Decimal) -> Decimal:
    """Round half-up to the cent (the rounding EN 16931 examples use)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Totals:
    """Document totals (BG-22) and the VAT breakdown (BG-23)."""

    vat_breakdown: tuple[VatBreakdown, ...]
    total_excl_vat: Decimal
    total_vat: Decimal
    total_incl_vat: Decimal


def compute_totals(lines: Sequence[InvoiceLine]) -> Totals:
    """Group line nets by (category, rate), VAT per group, totals summed exactly."""
    groups: dict[tuple[str, Decimal], Decimal] = {}
    for line in lines:
        key = (line.vat_category, line.vat_rate)
        groups[key] = groups.get(key, ZERO) + line.net_amount
    breakdown: list[VatBreakdown] = []
    for (category, rate), taxable in sorted(groups.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        tax = round_cent(taxable * rate / _HUNDRED)
        breakdown.append(
            VatBreakdown(
                category=category,
                rate=rate,
                taxable_amount=taxable,
                tax_amount=tax,
                exemption_reason=EXEMPTION_REASONS.get(category),
            )
        )
    total_excl = sum((b.taxable_amount for b in breakdown), ZERO)
    total_vat = sum((b.tax_amount for b in breakdown), ZERO)
    return Totals(tuple(breakdown), total_excl, total_vat, total_excl + total_vat)
