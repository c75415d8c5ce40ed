"""Exact money: a ``Decimal`` amount with an ISO 4217 currency code. Never float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.domain.errors import MoneyError

_CURRENCY = re.compile(r"^[A-Z]{3}$")
# French writing "1 234,56" and plain "1234.56" are both accepted; nothing else.
_AMOUNT_TEXT = re.compile(r"^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)([.,]\d+)?$")
CENT = Decimal("0.01")
NARROW_NBSP = "\u202f"


def parse_amount(value: object) -> Decimal:
    """Read an amount from text, ``int`` or ``Decimal``; refuse floats and non-numbers."""
    if isinstance(value, (bool, float)):
        raise MoneyError("money.not_exact", value=str(value))
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not _AMOUNT_TEXT.match(text):
            raise MoneyError("money.not_a_number", value=value)
        normalised = re.sub(r"[ \u00a0\u202f]", "", text).replace(",", ".")
        try:
            amount = Decimal(normalised)
        except InvalidOperation as exc:  # pragma: no cover - the pattern already filters
            raise MoneyError("money.not_a_number", value=value) from exc
    else:
        raise MoneyError("money.not_a_number", value=repr(value))
    if not amount.is_finite():
        raise MoneyError("money.not_a_number", value=str(value))
    return amount


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in a currency. Arithmetic only between equal currencies."""

    amount: Decimal
    currency: str = "EUR"

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
            raise MoneyError("money.not_exact", value=repr(self.amount))
        if not _CURRENCY.match(self.currency):
            raise MoneyError("money.bad_currency", currency=self.currency)

    @classmethod
    def of(cls, value: object, currency: str = "EUR") -> Money:
        """Build from text, int or Decimal (see :func:`parse_amount`)."""
        return cls(parse_amount(value), currency)

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError("money.currency_mismatch", left=self.currency, right=other.currency)

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def is_negative(self) -> bool:
        """True below zero."""
        return self.amount < 0

    def rounded(self) -> Money:
        """Rounded to the cent, half up (French accounting practice)."""
        return Money(self.amount.quantize(CENT, rounding=ROUND_HALF_UP), self.currency)

    def format_fr(self) -> str:
        """``1 234,56 EUR`` with a narrow no-break space as thousands separator."""
        sign = "-" if self.amount < 0 else ""
        whole, _, cents = f"{abs(self.rounded().amount):.2f}".partition(".")
        groups: list[str] = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        grouped = NARROW_NBSP.join(groups)
        return f"{sign}{grouped},{cents} {self.currency}"
