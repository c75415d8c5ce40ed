"""Comparison of a read invoice with a corpus expected-values JSON (rules of the corpus README)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.documents import Invoice

AMOUNT_KEYS = {
    "BT-106",
    "BT-107",
    "BT-108",
    "BT-109",
    "BT-110",
    "BT-112",
    "BT-113",
    "BT-115",
    "BT-116",
    "BT-117",
    "BT-119",
    "BT-129",
    "BT-131",
    "BT-152",
}


def _fmt(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def header_values(inv: Invoice) -> dict[str, Any]:
    """Invoice values keyed by business term, as the corpus JSON names them."""
    t = inv.totals
    return {
        "BT-1": inv.number,
        "BT-2": inv.issue_date,
        "BT-3": inv.type_code,
        "BT-5": inv.currency,
        "BT-9": ";".join(d.isoformat() for d in inv.due_dates) or None,
        "BT-10": inv.buyer_reference,
        "BT-13": inv.order_reference,
        "BT-27": inv.seller.name,
        "BT-30": inv.seller.legal_id.value if inv.seller.legal_id else None,
        "BT-31": inv.seller.vat_id,
        "BT-44": inv.buyer.name,
        "BT-47": inv.buyer.legal_id.value if inv.buyer.legal_id else None,
        "BT-106": t.line_total,
        "BT-107": t.allowance_total,
        "BT-108": t.charge_total,
        "BT-109": t.tax_exclusive,
        "BT-110": t.tax_total,
        "BT-112": t.tax_inclusive,
        "BT-113": t.prepaid,
        "BT-115": t.payable,
    }


def _same(key: str, expected: str, actual: Any) -> bool:
    if expected.strip() == "":  # an empty element in the source: no value
        return actual is None or str(actual).strip() == ""
    if actual is None:
        return False
    if key in AMOUNT_KEYS:
        return Decimal(expected) == Decimal(str(actual))
    return expected.strip() == (_fmt(actual) or "").strip()


def compare(inv: Invoice, expected: dict[str, Any]) -> list[str]:
    """Differences between ``inv`` and ``expected`` (empty when they match)."""
    problems: list[str] = []
    header = header_values(inv)
    for key, exp in expected.items():
        if not key.startswith("BT-"):
            continue
        if isinstance(exp, str) and exp.startswith("ILLEGAL DATE FORMAT"):
            flagged = inv.invalid(key)
            if header.get(key) is not None or flagged is None:
                problems.append(f"{key}: expected a flagged invalid date, got {header.get(key)!r}")
            continue
        if not _same(key, exp, header.get(key)):
            problems.append(f"{key}: expected {exp!r}, got {_fmt(header.get(key))!r}")
    if expected.get("line_count") != len(flat_lines(inv)):
        problems.append(
            f"line_count: expected {expected['line_count']}, got {len(flat_lines(inv))}"
        )
    for i, (exp, line) in enumerate(zip(expected.get("lines", []), flat_lines(inv), strict=False)):
        actual = {
            "BT-126": line.id,
            "BT-129": line.quantity,
            "BT-130": line.unit_code,
            "BT-131": line.net_amount,
            "BT-153": line.name,
            "BT-151": line.vat_category,
            "BT-152": line.vat_rate,
        }
        for key, value in exp.items():
            if not _same(key, value, actual.get(key)):
                problems.append(
                    f"line {i} {key}: expected {value!r}, got {_fmt(actual.get(key))!r}"
                )
    exp_vat = expected.get("vat_breakdown", [])
    if len(exp_vat) != len(inv.vat_breakdown):
        problems.append(f"vat_breakdown: expected {len(exp_vat)}, got {len(inv.vat_breakdown)}")
    for i, (exp, vat) in enumerate(zip(exp_vat, inv.vat_breakdown, strict=False)):
        actual = {
            "BT-118": vat.category,
            "BT-119": vat.rate,
            "BT-116": vat.taxable_amount,
            "BT-117": vat.tax_amount,
        }
        for key, value in exp.items():
            if not _same(key, value, actual.get(key)):
                problems.append(f"vat {i} {key}: expected {value!r}, got {_fmt(actual.get(key))!r}")
    exp_att = expected.get("attachments", [])
    if len(exp_att) != len(inv.attachments):
        problems.append(f"attachments: expected {len(exp_att)}, got {len(inv.attachments)}")
    for i, (exp, att) in enumerate(zip(exp_att, inv.attachments, strict=False)):
        actual = {
            "BT-122": att.id,
            "filename": att.filename,
            "mime": att.mime,
            "size_bytes_decoded": att.size,
        }
        for key, value in exp.items():
            if _fmt(actual.get(key)) != str(value):
                problems.append(
                    f"attachment {i} {key}: expected {value!r}, got {actual.get(key)!r}"
                )
    return problems


def flat_lines(inv: Invoice) -> list[Any]:
    """Top-level lines (UBL sub-lines stay nested; CII sub-lines are ordinary lines)."""
    return list(inv.lines)
