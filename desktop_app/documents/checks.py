"""Invoice checks a clerk can trust: EN 16931 business rules on the read model, never a fix.

``check_invoice(invoice, requirements)`` returns :class:`Finding` s. The values are never
changed: a finding says what the invoice states, what the rule computes and by how much they
differ. Each rule carries its official identifier and the tolerance it allows (see
:mod:`desktop_app.documents.checks_catalog`, which cites the schematron each one comes from).

Rounding follows the CEN schematron (ConnectingEurope/eInvoicing-EN16931, commit b6c9e06,
``ubl/schematron/UBL/EN16931-UBL-model.sch``): a computed sum is rounded to 2 decimals (half
up) and must then equal the stated amount exactly, except where the rule itself allows
±1 currency unit (BR-CO-17, BR-S-08, BR-S-09) or ±0.02 (PEPPOL-EN16931-R120, line net).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.documents.checks_catalog import RULES, Finding, Severity
from desktop_app.documents.checks_french import BuyerRequirements, french_findings
from desktop_app.documents.model import AllowanceCharge, Invoice, InvoiceLine

CENT = Decimal("0.01")
ZERO = Decimal(0)
HUNDRED = Decimal(100)
# VAT category code (BT-118) -> the rule family of the schematron (BR-S-08, BR-IC-08...).
CATEGORY_FAMILY = {
    "S": "S",
    "Z": "Z",
    "E": "E",
    "AE": "AE",
    "K": "IC",
    "G": "G",
    "O": "O",
    "L": "AF",
    "M": "AG",
}
HEADER_ONLY_PROFILES = ("minimum", "basicwl")
CHORUS_SYNTAXES = frozenset({"PIVOT", "CPP_MIXTE"})
LINE_NET = "PEPPOL-EN16931-R120"
LINE_NET_ROUNDING = "PEPPOL-EN16931-R120/ROUNDING"  # Peppol's own slack, 0.02

__all__ = ["BuyerRequirements", "Finding", "check_invoice", "error_count"]


def round2(value: Decimal) -> Decimal:
    """Round to the cent, half up (the schematron's ``round(x * 100) div 100``)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def error_count(findings: Iterable[Finding]) -> int:
    """How many findings are errors (the rest are warnings)."""
    return sum(1 for f in findings if f.severity is Severity.ERROR)


def check_invoice(invoice: Invoice, requirements: BuyerRequirements | None = None) -> list[Finding]:
    """Every finding of the EN 16931 and French public-sector rules on ``invoice``."""
    header_only = _header_only(invoice)
    findings: list[Finding] = []
    findings += _mandatory(invoice, header_only)
    if not header_only:
        findings += _lines(invoice)
    findings += _totals(invoice, header_only)
    findings += _vat(invoice, header_only)
    findings += french_findings(invoice, requirements)
    return [f for f in findings if f.rule in RULES]


def _header_only(invoice: Invoice) -> bool:
    """Profiles without lines (Factur-X MINIMUM, BASIC WL) and the Chorus Pro flows."""
    if invoice.syntax in CHORUS_SYNTAXES:
        return True
    spec = (invoice.specification or "").lower()
    return any(profile in spec for profile in HEADER_ONLY_PROFILES)


def _missing(rule: str, where: str = "") -> Finding:
    return Finding(rule, RULES[rule].severity, where)


def _mandatory(inv: Invoice, header_only: bool) -> list[Finding]:
    """BR-01..BR-16 and the line-level BR-21..BR-26 of the fields a clerk relies on."""
    out: list[Finding] = []
    present: dict[str, object] = {
        "BR-02": inv.number,
        "BR-03": inv.issue_date or inv.invalid("BT-2"),
        "BR-04": inv.type_code or (inv.root_is_credit_note or None),
        "BR-05": inv.currency,
        "BR-06": inv.seller.name,
        "BR-07": inv.buyer.name,
        "BR-13": inv.totals.tax_exclusive,
        "BR-14": inv.totals.tax_inclusive,
        "BR-15": inv.totals.payable,
    }
    if not header_only:
        present |= {
            "BR-01": inv.specification,
            "BR-08": None if inv.seller.address.is_empty() else True,
            "BR-10": None if inv.buyer.address.is_empty() else True,
            "BR-12": inv.totals.line_total,
            "BR-16": True if inv.lines else None,
        }
        if not inv.seller.address.is_empty():
            present["BR-09"] = inv.seller.address.country
        if not inv.buyer.address.is_empty():
            present["BR-11"] = inv.buyer.address.country
    for rule, value in present.items():
        if value is None or value == "":
            out.append(_missing(rule))
    if not inv.vat_breakdown and not (header_only and inv.syntax not in CHORUS_SYNTAXES):
        out.append(_missing("BR-CO-18"))
    return out


def _lines(inv: Invoice) -> list[Finding]:
    out: list[Finding] = []
    for line in inv.lines:
        where = f"line {line.id}"
        for rule, value in (
            ("BR-21", line.id),
            ("BR-22", line.quantity),
            ("BR-24", line.net_amount),
            ("BR-25", line.name),
            ("BR-26", line.net_price),
            ("BR-CO-04", line.vat_category),
        ):
            if value is None or value == "":
                out.append(_missing(rule, where))
        if line.net_price is not None and line.net_price < 0:
            out.append(Finding("BR-27", RULES["BR-27"].severity, where, stated=line.net_price))
        if line.gross_price is not None and line.gross_price < 0:
            out.append(Finding("BR-28", RULES["BR-28"].severity, where, stated=line.gross_price))
        if line.price_base_quantity is not None and line.price_base_quantity <= 0:
            out.append(
                Finding(
                    "PEPPOL-EN16931-R121",
                    RULES["PEPPOL-EN16931-R121"].severity,
                    where,
                    stated=line.price_base_quantity,
                )
            )
        out += _line_net(line, where)
    return out


def _sum_ac(items: Iterable[AllowanceCharge], charge: bool) -> Decimal:
    return sum((a.amount or ZERO for a in items if a.is_charge is charge), ZERO)


def _line_net(line: InvoiceLine, where: str) -> list[Finding]:
    """PEPPOL-EN16931-R120: net = quantity × net price / base quantity + charges − allowances."""
    if line.quantity is None or line.net_price is None or line.net_amount is None:
        return []
    base = line.price_base_quantity or Decimal(1)
    if base <= 0:
        return []
    charges = _sum_ac(line.allowances_charges, True)
    allowances = _sum_ac(line.allowances_charges, False)
    computed = line.quantity * (line.net_price / base) + charges - allowances
    gap = line.net_amount - computed
    if RULES[LINE_NET_ROUNDING].allows(gap):
        return []
    # Beyond Peppol's 0.02 slack: an error past one currency unit (2 × 160 billed as 160),
    # a warning up to it (amounts rounded to the unit, as in the CEN HUF example).
    rule = RULES[LINE_NET_ROUNDING] if RULES[LINE_NET].allows(gap) else RULES[LINE_NET]
    params = {
        "quantity": str(line.quantity),
        "price": str(line.net_price),
        "base": str(base),
        "charges": str(charges),
        "allowances": str(allowances),
    }
    return [Finding(rule.id, rule.severity, where, line.net_amount, round2(computed), params)]


def _compare(
    rule_id: str, stated: Decimal | None, computed: Decimal, where: str = ""
) -> list[Finding]:
    """A finding when ``stated`` differs from ``computed`` rounded, beyond the rule's tolerance."""
    if stated is None:
        return []
    rule = RULES[rule_id]
    expected = round2(computed)
    if rule.allows(stated - expected):
        return []
    return [Finding(rule.id, rule.severity, where, stated, expected)]


def _totals(inv: Invoice, header_only: bool) -> list[Finding]:
    """BR-CO-10 to BR-CO-16: the document totals follow from the lines and each other."""
    t = inv.totals
    out: list[Finding] = []
    top_lines = [line for line in inv.lines if line.net_amount is not None]
    if top_lines and not header_only and len(top_lines) == len(inv.lines):
        computed = sum((line.net_amount or ZERO for line in top_lines), ZERO)
        out += _compare("BR-CO-10", t.line_total, computed)
    allowances = [a for a in inv.allowances_charges if not a.is_charge]
    charges = [a for a in inv.allowances_charges if a.is_charge]
    if allowances:
        out += _compare("BR-CO-11", t.allowance_total, _sum_ac(allowances, False))
    if charges:
        out += _compare("BR-CO-12", t.charge_total, _sum_ac(charges, True))
    if t.line_total is not None:
        computed = t.line_total - (t.allowance_total or ZERO) + (t.charge_total or ZERO)
        out += _compare("BR-CO-13", t.tax_exclusive, computed)
    if t.tax_exclusive is not None and t.tax_total is not None:
        out += _compare("BR-CO-15", t.tax_inclusive, t.tax_exclusive + t.tax_total)
    elif t.tax_exclusive is not None and t.tax_inclusive is not None and inv.vat_breakdown:
        vat = [b.tax_amount for b in inv.vat_breakdown]
        if all(v is not None for v in vat):  # Chorus flows state no BT-110: Σ BT-117 instead
            total_vat = sum((v or ZERO for v in vat), ZERO)
            out += _compare("BR-CO-15", t.tax_inclusive, t.tax_exclusive + total_vat)
    if t.tax_inclusive is not None:
        computed = t.tax_inclusive - (t.prepaid or ZERO) + (t.rounding or ZERO)
        minimum = "minimum" in (inv.specification or "").lower() and t.prepaid is None
        # Factur-X MINIMUM cannot carry the paid amount (BT-113): a warning, not an error.
        out += _compare("BR-CO-16/MINIMUM" if minimum else "BR-CO-16", t.payable, computed)
    return out


def _vat(inv: Invoice, header_only: bool) -> list[Finding]:
    """BR-CO-14, BR-CO-17 and the per-category BR-x-08 (base) and BR-S-09 (tax)."""
    out: list[Finding] = []
    amounts = [b.tax_amount for b in inv.vat_breakdown]
    if inv.vat_breakdown and all(a is not None for a in amounts):
        out += _compare("BR-CO-14", inv.totals.tax_total, sum((a or ZERO for a in amounts), ZERO))
    for entry in inv.vat_breakdown:
        category = (entry.category or "").strip().upper()
        where = " ".join(p for p in (category, _rate_text(entry.rate)) if p)
        if entry.taxable_amount is not None and entry.tax_amount is not None:
            rate = entry.rate or ZERO
            computed = abs(entry.taxable_amount) * rate / HUNDRED
            stated = abs(entry.tax_amount)
            rule = "BR-S-09" if category == "S" else "BR-CO-17"
            found = _compare(rule, stated, computed, where)
            if found:
                also = ("BR-CO-17",) if rule == "BR-S-09" else ()
                out += [replace(_signed(found[0], entry.tax_amount), also=also)]
            elif round2(computed) != stated:
                out.append(_near(rule, where, entry.tax_amount, computed))
        family = CATEGORY_FAMILY.get(category)
        if family and not header_only and inv.lines and entry.taxable_amount is not None:
            out += _category_base(inv, category, entry.rate, family, entry.taxable_amount, where)
    return out


def _signed(finding: Finding, stated: Decimal) -> Finding:
    """The finding with the amount as the invoice states it (the rule compares absolutes)."""
    if stated >= 0 or finding.expected is None:
        return finding
    return Finding(
        finding.rule, finding.severity, finding.where, stated, -finding.expected, finding.params
    )


def _near(rule: str, where: str, stated: Decimal, computed: Decimal) -> Finding:
    """Within the rule's ±1 but not to the cent: a warning, the rule itself is met."""
    expected = round2(computed) if stated >= 0 else -round2(computed)
    return Finding(f"{rule}/CENT", Severity.WARNING, where, stated, expected)


def _rate_text(rate: Decimal | None) -> str:
    if rate is None:
        return ""
    return f"{rate.normalize():f}"


def _same_rate(rate: Decimal | None, other: Decimal | None, category: str) -> bool:
    if category != "S":  # the other categories have one breakdown whatever the rate
        return True
    return (rate or ZERO) == (other or ZERO)


def _category_base(
    inv: Invoice,
    category: str,
    rate: Decimal | None,
    family: str,
    stated: Decimal,
    where: str,
) -> list[Finding]:
    """BR-x-08: base = Σ line net + Σ document charges − Σ document allowances of the category."""
    lines = [
        line
        for line in inv.lines
        if (line.vat_category or "").strip().upper() == category
        and _same_rate(line.vat_rate, rate, category)
    ]
    acs = [
        a
        for a in inv.allowances_charges
        if (a.vat_category or "").strip().upper() == category
        and _same_rate(a.vat_rate, rate, category)
    ]
    computed = (
        sum((line.net_amount or ZERO for line in lines), ZERO)
        + _sum_ac(acs, True)
        - _sum_ac(acs, False)
    )
    return _compare(f"BR-{family}-08", stated, computed, where)
