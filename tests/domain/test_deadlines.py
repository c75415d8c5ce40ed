"""Payment deadlines (R2192-10 to R2192-32), with the expected values worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.deadlines import (
    FLAT_COMPENSATION,
    ClockState,
    EntityKind,
    compute_deadline,
    ecb_rate_on,
    late_charges,
    late_interest,
    payment_days,
)


@pytest.mark.parametrize(
    ("kind", "days"),
    [
        (EntityKind.STATE, 30),
        (EntityKind.LOCAL_AUTHORITY, 30),
        (EntityKind.PUBLIC_HEALTH, 50),
        (EntityKind.ARMED_FORCES_HEALTH, 50),
        (EntityKind.PUBLIC_ENTERPRISE, 60),
    ],
)
def test_legal_deadline_per_entity(kind: EntityKind, days: int) -> None:
    assert payment_days(kind) == days


def test_deadline_on_a_sunday_is_not_extended() -> None:
    # Friday 30 Jan 2026 + 30 calendar days = Sunday 1 March 2026; no shift to Monday.
    deadline = compute_deadline(date(2026, 1, 30), EntityKind.LOCAL_AUTHORITY, date(2026, 2, 27))
    assert deadline.due_date == date(2026, 3, 1)
    assert deadline.due_date.weekday() == 6
    assert deadline.days_left == 2
    assert not deadline.is_late


def test_month_end_crossing_february() -> None:
    # 31 Jan 2026 + 30 days: 28 days of February (2026 is not a leap year) -> 2 March.
    deadline = compute_deadline(date(2026, 1, 31), EntityKind.STATE, date(2026, 3, 5))
    assert deadline.due_date == date(2026, 3, 2)
    assert deadline.days_left == -3
    assert deadline.days_late == 3
    assert deadline.is_late


def test_leap_year_february() -> None:
    # 31 Jan 2028 (leap year) + 30 days: 29 days of February -> 1 March 2028.
    assert compute_deadline(
        date(2028, 1, 31), EntityKind.STATE, date(2028, 1, 31)
    ).due_date == date(2028, 3, 1)


def test_health_establishment_fifty_days_across_year_end() -> None:
    # 10 Nov 2026 + 50 days = 30 Dec 2026 (20 days to 30 Nov, then 30 more).
    deadline = compute_deadline(date(2026, 11, 10), EntityKind.PUBLIC_HEALTH, date(2027, 1, 4))
    assert deadline.due_date == date(2026, 12, 30)
    assert deadline.days_late == 5


def test_suspension_freezes_the_balance() -> None:
    # Received 2 March, due 1 April; suspended 12 March: 20 days were left, frozen.
    deadline = compute_deadline(
        date(2026, 3, 2),
        EntityKind.LOCAL_AUTHORITY,
        date(2026, 6, 1),
        suspended_on=date(2026, 3, 12),
    )
    assert deadline.state is ClockState.SUSPENDED
    assert deadline.due_date is None
    assert deadline.days_left == 20
    assert not deadline.is_late


def test_resumption_opens_a_thirty_day_deadline_when_the_balance_is_smaller() -> None:
    # Balance 20 days at suspension (12 March); completed 20 March: new deadline
    # max(30, 20) = 30 days -> 19 April (R2192-29).
    deadline = compute_deadline(
        date(2026, 3, 2),
        EntityKind.LOCAL_AUTHORITY,
        date(2026, 4, 10),
        suspended_on=date(2026, 3, 12),
        resumed_on=date(2026, 3, 20),
    )
    assert deadline.state is ClockState.RUNNING
    assert deadline.due_date == date(2026, 4, 19)
    assert deadline.days_left == 9


def test_resumption_keeps_a_balance_above_thirty_days() -> None:
    # Health (50 days): received 2 March, due 21 April; suspended 7 March -> 45 days left;
    # completed 1 April: new deadline 1 April + 45 = 16 May.
    deadline = compute_deadline(
        date(2026, 3, 2),
        EntityKind.PUBLIC_HEALTH,
        date(2026, 5, 20),
        suspended_on=date(2026, 3, 7),
        resumed_on=date(2026, 4, 1),
    )
    assert deadline.due_date == date(2026, 5, 16)
    assert deadline.days_late == 4


def test_suspension_after_the_deadline_does_not_stop_the_clock() -> None:
    # Due 1 April; a "suspension" on 10 April is too late to interrupt anything.
    deadline = compute_deadline(
        date(2026, 3, 2),
        EntityKind.STATE,
        date(2026, 4, 15),
        suspended_on=date(2026, 4, 10),
    )
    assert deadline.state is ClockState.RUNNING
    assert deadline.days_late == 14


def test_payment_stops_the_clock() -> None:
    deadline = compute_deadline(
        date(2026, 3, 2), EntityKind.STATE, date(2026, 9, 1), settled_on=date(2026, 3, 25)
    )
    assert deadline.state is ClockState.STOPPED
    assert deadline.days_left == 7
    assert not deadline.is_late


def test_late_interest_worked_example() -> None:
    # 12,000.00 EUR paid 30 days late, ECB 2.15 % + 8 points = 10.15 %:
    # 12000 x 0.1015 x 30 / 365 = 100.1095... -> 100.11 EUR
    interest = late_interest(Decimal("12000.00"), date(2026, 4, 19), date(2026, 5, 19))
    assert interest == Decimal("100.11")
    interest, flat = late_charges(Decimal("12000.00"), date(2026, 4, 19), date(2026, 5, 19))
    assert (interest, flat) == (Decimal("100.11"), FLAT_COMPENSATION)


def test_no_charges_when_paid_on_time_or_for_a_credit_note() -> None:
    assert late_charges(Decimal("500"), date(2026, 4, 19), date(2026, 4, 19)) == (
        Decimal("0.00"),
        Decimal("0.00"),
    )
    assert late_interest(Decimal("-500"), date(2026, 4, 19), date(2026, 6, 19)) == Decimal("0.00")


def test_ecb_rate_is_taken_on_the_first_day_of_the_half_year() -> None:
    # Interest starting 2 July 2024 uses the rate in force on 1 July 2024 (4.25 %).
    assert ecb_rate_on(date(2024, 7, 2)) == Decimal("4.25")
    assert ecb_rate_on(date(2024, 6, 30)) == Decimal("4.50")
    # 1,000 EUR, 73 days late in H2 2024: 1000 x 12.25 % x 73 / 365 = 24.50 EUR
    assert late_interest(Decimal("1000"), date(2024, 7, 1), date(2024, 9, 12)) == Decimal("24.50")
