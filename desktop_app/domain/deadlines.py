"""Payment deadline (délai global de paiement), its suspension, and late-payment charges.

Legal sources (Code de la commande publique, partie réglementaire):
- R2192-10 / R2192-11: 30 days for the State, its public establishments, local authorities
  and their establishments; 50 days for public health establishments and the armed forces'
  health service; 60 days for public enterprises (entités adjudicatrices).
- R2192-12: the deadline runs from the receipt of the payment request (for Chorus Pro, the day
  the invoice is made available to the recipient on the platform); days are calendar days and
  a deadline falling on a weekend is not extended.
- R2192-27: the deadline may be interrupted ONCE, when the request lacks documents or
  mentions (before the payment order for entities with a public accountant).
- R2192-29: once every missing piece is received, a NEW deadline opens: thirty days, or the
  balance that remained when the interruption was notified if that balance exceeds thirty days.
- R2192-31: late-payment interest at the ECB main refinancing rate in force on the first day
  of the half-year in which interest started to run, plus 8 percentage points.
- R2192-32 / D2192-35 (décret 2013-269): a flat compensation of 40 EUR for recovery costs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from desktop_app.domain.money import CENT


class EntityKind(StrEnum):
    """The buyer's category, which fixes its payment deadline."""

    STATE = "state"
    LOCAL_AUTHORITY = "local_authority"
    PUBLIC_HEALTH = "public_health"
    ARMED_FORCES_HEALTH = "armed_forces_health"
    PUBLIC_ENTERPRISE = "public_enterprise"


PAYMENT_DAYS: dict[EntityKind, int] = {
    EntityKind.STATE: 30,
    EntityKind.LOCAL_AUTHORITY: 30,
    EntityKind.PUBLIC_HEALTH: 50,
    EntityKind.ARMED_FORCES_HEALTH: 50,
    EntityKind.PUBLIC_ENTERPRISE: 60,
}
RESTART_MINIMUM_DAYS = 30  # R2192-29
LATE_PAYMENT_POINTS = Decimal("8")  # R2192-31
FLAT_COMPENSATION = Decimal("40.00")  # D2192-35

#: ECB main refinancing operations rate (percent) in force on the first day of each half-year.
#: Published by the ECB; keep it current (the entity may override it in its settings).
ECB_MAIN_RATE_BY_HALF_YEAR: dict[tuple[int, int], Decimal] = {
    (2023, 1): Decimal("2.50"),
    (2023, 2): Decimal("4.00"),
    (2024, 1): Decimal("4.50"),
    (2024, 2): Decimal("4.25"),
    (2025, 1): Decimal("3.15"),
    (2025, 2): Decimal("2.15"),
    (2026, 1): Decimal("2.15"),
    (2026, 2): Decimal("2.15"),
}


class ClockState(StrEnum):
    """Whether the payment clock is running."""

    RUNNING = "running"
    SUSPENDED = "suspended"
    STOPPED = "stopped"  # paid (mise en paiement) or rejected: no deadline any more


@dataclass(frozen=True, slots=True)
class Deadline:
    """Where an invoice stands against its payment deadline on ``today``."""

    state: ClockState
    due_date: date | None  # None while suspended or stopped
    days_left: int | None  # negative when late; frozen balance while suspended
    days_late: int

    @property
    def is_late(self) -> bool:
        """True once the deadline has passed with the clock running."""
        return self.days_late > 0


def payment_days(kind: EntityKind) -> int:
    """The legal deadline in calendar days for ``kind``."""
    return PAYMENT_DAYS[kind]


def compute_deadline(
    received_on: date,
    kind: EntityKind,
    today: date,
    *,
    suspended_on: date | None = None,
    resumed_on: date | None = None,
    settled_on: date | None = None,
) -> Deadline:
    """The deadline of an invoice received on ``received_on`` (one suspension at most).

    ``settled_on`` is the day the clock stopped for good (mise en paiement or rejection).
    """
    due = received_on + timedelta(days=payment_days(kind))
    if suspended_on is not None and suspended_on < due:
        balance = (due - suspended_on).days
        if resumed_on is None:
            if settled_on is not None:
                return Deadline(ClockState.STOPPED, None, None, 0)
            return Deadline(ClockState.SUSPENDED, None, balance, 0)
        due = resumed_on + timedelta(days=max(RESTART_MINIMUM_DAYS, balance))
    end = settled_on or today
    days_left = (due - end).days
    state = ClockState.STOPPED if settled_on is not None else ClockState.RUNNING
    return Deadline(state, due, days_left, max(0, -days_left))


def ecb_rate_on(day: date, overrides: dict[tuple[int, int], Decimal] | None = None) -> Decimal:
    """ECB rate in force on the first day of ``day``'s half-year (latest known if beyond)."""
    table = {**ECB_MAIN_RATE_BY_HALF_YEAR, **(overrides or {})}
    key = (day.year, 1 if day.month <= 6 else 2)
    if key in table:
        return table[key]
    earlier = [k for k in table if k <= key]
    return table[max(earlier)] if earlier else table[min(table)]


def late_interest(
    amount_incl_vat: Decimal, due_date: date, paid_on: date, ecb_rate: Decimal | None = None
) -> Decimal:
    """Interest owed for paying on ``paid_on`` after ``due_date`` (0 when on time).

    amount x (ECB rate + 8 points) / 100 x days late / 365, rounded to the cent.
    """
    days_late = (paid_on - due_date).days
    if days_late <= 0 or amount_incl_vat <= 0:
        return Decimal("0.00")
    start_day = due_date + timedelta(days=1)
    rate = (ecb_rate if ecb_rate is not None else ecb_rate_on(start_day)) + LATE_PAYMENT_POINTS
    interest = amount_incl_vat * rate / Decimal(100) * Decimal(days_late) / Decimal(365)
    return interest.quantize(CENT, rounding=ROUND_HALF_UP)


def late_charges(
    amount_incl_vat: Decimal, due_date: date, paid_on: date, ecb_rate: Decimal | None = None
) -> tuple[Decimal, Decimal]:
    """(interest, flat compensation) owed to the supplier; both zero when paid on time."""
    interest = late_interest(amount_incl_vat, due_date, paid_on, ecb_rate)
    late = (paid_on - due_date).days > 0 and amount_incl_vat > 0
    return interest, FLAT_COMPENSATION if late else Decimal("0.00")
