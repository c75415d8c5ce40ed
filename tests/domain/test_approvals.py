"""Approval circuit: thresholds by service, approvers, delegations within their dates only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.approvals import (
    ApprovalCircuit,
    Approver,
    Delegation,
    pending_for,
)
from desktop_app.domain.errors import PermissionDenied, ValidationError
from desktop_app.domain.permissions import ActionKind, ApprovalPolicy
from desktop_app.domain.status_types import Role

CIRCUIT = ApprovalCircuit(
    policy=ApprovalPolicy(thresholds_by_service={"TECHNIQUE": Decimal("10000")}),
    approvers=(
        Approver("dupont", frozenset({"TECHNIQUE"})),
        Approver("martin", frozenset({"FINANCES", "ECOLES"})),
    ),
    delegations=(Delegation("dupont", "leroy", date(2026, 7, 1), date(2026, 7, 31)),),
)


def test_thresholds_by_service() -> None:
    assert CIRCUIT.needs_approval(ActionKind.SERVICE_DONE, Decimal("10000.01"), "TECHNIQUE")
    assert not CIRCUIT.needs_approval(ActionKind.SERVICE_DONE, Decimal("10000.01"), "FINANCES")
    assert CIRCUIT.needs_approval(ActionKind.MANDATE, Decimal("40000.01"), "FINANCES")
    assert not CIRCUIT.needs_approval(ActionKind.REJECT, Decimal("1e9"), "TECHNIQUE")


def test_only_the_services_approver_decides() -> None:
    CIRCUIT.check_can_decide("dupont", Role.MANAGER, "TECHNIQUE", date(2026, 3, 1))
    with pytest.raises(PermissionDenied) as caught:
        CIRCUIT.check_can_decide("martin", Role.MANAGER, "TECHNIQUE", date(2026, 3, 1))
    assert caught.value.key == "permission.not_approver"
    CIRCUIT.check_can_decide("anyone", Role.ADMIN, "TECHNIQUE", date(2026, 3, 1))


@pytest.mark.parametrize(
    ("day", "allowed"),
    [
        (date(2026, 6, 30), False),
        (date(2026, 7, 1), True),
        (date(2026, 7, 31), True),
        (date(2026, 8, 1), False),
    ],
)
def test_delegate_decides_within_the_delegation_dates_only(day: date, allowed: bool) -> None:
    if allowed:
        CIRCUIT.check_can_decide("leroy", Role.CLERK, "TECHNIQUE", day)
    else:
        with pytest.raises(PermissionDenied):
            CIRCUIT.check_can_decide("leroy", Role.CLERK, "TECHNIQUE", day)


def test_delegation_does_not_extend_to_other_services() -> None:
    with pytest.raises(PermissionDenied):
        CIRCUIT.check_can_decide("leroy", Role.CLERK, "FINANCES", date(2026, 7, 10))


def test_bad_delegations_are_refused() -> None:
    with pytest.raises(ValidationError):
        Delegation("a", "b", date(2026, 7, 2), date(2026, 7, 1))
    with pytest.raises(ValidationError):
        Delegation("a", "a", date(2026, 7, 1), date(2026, 7, 2))


def test_queue_shows_what_the_user_may_decide() -> None:
    requests = [(1, "TECHNIQUE"), (2, "FINANCES"), (3, "ECOLES"), (4, None)]
    assert pending_for(CIRCUIT, "martin", Role.MANAGER, date(2026, 3, 1), requests) == [2, 3]
    assert pending_for(CIRCUIT, "leroy", Role.CLERK, date(2026, 7, 5), requests) == [1]
