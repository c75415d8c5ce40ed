"""Number and date formatting for the reconstituted invoice (French or English style)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

NBSP = "\u00a0"
NNBSP = "\u202f"


def _group(integer: str, sep: str) -> str:
    out: list[str] = []
    while len(integer) > 3:
        out.insert(0, integer[-3:])
        integer = integer[:-3]
    out.insert(0, integer)
    return sep.join(out)


def number(value: Decimal | None, language: str, min_decimals: int = 0) -> str:
    """A decimal as written in the source, grouped by thousands, at least ``min_decimals``."""
    if value is None:
        return ""
    sign, _digits, exponent = value.as_tuple()
    decimals = max(-exponent, min_decimals) if isinstance(exponent, int) else min_decimals
    text = f"{abs(value):.{decimals}f}"
    integer, _, fraction = text.partition(".")
    sep, point = (NNBSP, ",") if language == "fr" else (",", ".")
    out = _group(integer, sep) + (point + fraction if fraction else "")
    return ("-" if sign and value != 0 else "") + out


def amount(value: Decimal | None, language: str) -> str:
    """A money amount with at least two decimals."""
    return number(value, language, 2)


def quantity(value: Decimal | None, language: str) -> str:
    """A quantity without useless trailing zeros."""
    if value is None:
        return ""
    normalized = value.normalize() if value == value.to_integral_value() else value
    if normalized == normalized.to_integral_value():
        normalized = normalized.quantize(Decimal(1))
    return number(normalized, language)


def percent(value: Decimal | None, language: str) -> str:
    """A rate such as ``5,5 %``."""
    if value is None:
        return ""
    text = quantity(value, language)
    return f"{text}{NBSP}%" if language == "fr" else f"{text}%"


def day(value: date | None, language: str) -> str:
    """``31/12/2025`` in French, ``2025-12-31`` in English."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if language == "fr" else value.isoformat()


def size(value: int | None, language: str) -> str:
    """A byte count in human units."""
    if value is None:
        return ""
    unit_b, unit_k, unit_m = ("o", "Ko", "Mo") if language == "fr" else ("B", "KB", "MB")
    if value < 1024:
        return f"{value}{NBSP}{unit_b}"
    if value < 1024 * 1024:
        kilo = (Decimal(value) / 1024).quantize(Decimal(1))
        return f"{number(kilo, language)}{NBSP}{unit_k}"
    mega = (Decimal(value) / (1024 * 1024)).quantize(Decimal("0.1"))
    return f"{number(mega, language)}{NBSP}{unit_m}"
