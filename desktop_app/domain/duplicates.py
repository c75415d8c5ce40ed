"""Duplicate detection (IPM5-034): same supplier, same invoice number, same invoice-date year.

The amount, when both are known, must match too: a same-number invoice with another amount is
a correction, which the re-deposit link (IPM5-019) covers instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

_SEPARATORS = re.compile(r"[\s\-_/.]+")


def normalise_number(number: str) -> str:
    """Invoice number compared without case, spaces or separators ("F-2026/01" == "f 2026 01")."""
    return _SEPARATORS.sub("", number).upper()


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    """What two invoices must share to be flagged as possible duplicates."""

    supplier: str
    number: str
    year: int | None


def duplicate_key(
    supplier_code: str | None, supplier_name: str, number: str, issue_date: date | None
) -> DuplicateKey:
    """The key of an invoice: supplier identifier (or name), normalised number, year."""
    supplier = (supplier_code or supplier_name).strip().upper()
    return DuplicateKey(supplier, normalise_number(number), issue_date.year if issue_date else None)


def is_possible_duplicate(
    key: DuplicateKey, amount: Decimal | None, other_key: DuplicateKey, other_amount: Decimal | None
) -> bool:
    """True when both invoices share the key and, if both amounts are known, the amount."""
    if key != other_key:
        return False
    return amount is None or other_amount is None or amount == other_amount
