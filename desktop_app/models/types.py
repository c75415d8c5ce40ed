"""Column types: exact decimals stored as scaled integers, UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Integer, String
from sqlalchemy.types import TypeDecorator

MONEY_SCALE = 4  # digits kept after the decimal point: exact for every invoice amount


class ExactDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as an integer of 10^-4 units: exact, and sortable in SQL.

    A value with more than four decimals is refused rather than silently rounded.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be Decimal, got {type(value).__name__}")
        scaled = value.scaleb(MONEY_SCALE)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {MONEY_SCALE} decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_scaled(value)


def from_scaled(value: int) -> Decimal:
    """The ``Decimal`` of a stored integer of 10^-4 units (as :class:`ExactDecimal` reads it)."""
    return Decimal(int(value)).scaleb(-MONEY_SCALE).normalize() + Decimal("0.00")


def to_scaled(value: Decimal) -> int:
    """The integer stored for ``value`` (for raw SQL filters and bulk inserts)."""
    return int(value.scaleb(MONEY_SCALE))


#: How an aware UTC moment is written as text (ISO 8601, microseconds, ``Z``): sorts in time.
UTC_TEXT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(moment: datetime) -> str:
    """``moment`` as :class:`UtcDateTime` stores it."""
    return moment.astimezone(UTC).strftime(UTC_TEXT_FORMAT)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC ``datetime`` stored as ISO-8601 text (sorts chronologically)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: give a time zone")
        return utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(str(value), UTC_TEXT_FORMAT).replace(tzinfo=UTC)


def utc_now() -> datetime:
    """Current time, aware, UTC."""
    return datetime.now(UTC)
