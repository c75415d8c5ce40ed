"""Decision basis of committing actions: approver, delegate (within dates), admin, refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.approval_rules import (
    Capacity,
    approvers_on,
    check_committing_action,
    decision_basis,
)
from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.permissions import ActionKind, ApprovalPolicy
from desktop_app.domain.status_types import Role

CIRCUIT = ApprovalCircuit(
    policy=ApprovalPolicy(thresholds_by_service={"TECHNIQUE": Decimal("25000")}),
    approvers=(Approver("marc"), Approver("sophie", frozenset({"ECOLES"}))),
    delegations=(
        Delegation("marc", "denis", date(2026, 3, 10), date(2026, 3, 23)),
        Delegation("sophie", "denis", date(2026, 3, 1), date(2026, 3, 31)),
        Delegation("claire", "denis", date(2026, 1, 1), date(2026, 12, 31)),  # not an approver
    ),
)
DAY = date(2026, 3, 15)


def test_approver_decides_in_own_name() -> None:
    basis = decision_basis(CIRCUIT, "marc", Role.MANAGER, "FINANCES", DAY)
    assert (basis.capacity, basis.on_behalf_of, basis.mention) == (Capacity.APPROVER, None, "marc")
    assert basis.threshold == Decimal("40000")
    assert decision_basis(CIRCUIT, "marc", Role.MANAGER, "TECHNIQUE", DAY).threshold == Decimal(
        "25000"
    )


@pytest.mark.parametrize(
    ("day", "allowed"),
    [
        (date(2026, 3, 9), False),
        (date(2026, 3, 10), True),
        (date(2026, 3, 23), True),
        (date(2026, 3, 24), False),
    ],
)
def test_delegate_within_dates_only(day: date, allowed: bool) -> None:
    if allowed:
        basis = decision_basis(CIRCUIT, "denis", Role.CLERK, "FINANCES", day)
        assert (basis.capacity, basis.on_behalf_of) == (Capacity.DELEGATE, "marc")
        assert basis.mention == "denis pour marc"
    else:
        with pytest.raises(PermissionDenied) as caught:
            decision_basis(CIRCUIT, "denis", Role.CLERK, "FINANCES", day)
        assert caught.value.key == "permission.not_approver"


def test_delegate_acts_for_the_first_covering_delegator() -> None:
    # both marc (every service) and sophie (ECOLES) delegated to denis on that day
    basis = decision_basis(CIRCUIT, "denis", Role.CLERK, "ECOLES", DAY)
    assert basis.on_behalf_of == "marc"
    # after marc's delegation ends, only sophie's covers ECOLES ...
    later = decision_basis(CIRCUIT, "denis", Role.CLERK, "ECOLES", date(2026, 3, 28))
    assert later.on_behalf_of == "sophie"
    # ... and nothing covers FINANCES
    with pytest.raises(PermissionDenied):
        decision_basis(CIRCUIT, "denis", Role.CLERK, "FINANCES", date(2026, 3, 28))


def test_other_service_approver_and_manager_without_circuit_are_refused() -> None:
    with pytest.raises(PermissionDenied):
        decision_basis(CIRCUIT, "sophie", Role.MANAGER, "FINANCES", DAY)
    with pytest.raises(PermissionDenied):
        decision_basis(CIRCUIT, "paul", Role.MANAGER, "ECOLES", DAY)
    admin = decision_basis(CIRCUIT, "alice", Role.ADMIN, "ECOLES", DAY)
    assert admin.capacity is Capacity.ADMIN


def test_committing_action_needs_approval_only_above_threshold() -> None:
    below = check_committing_action(
        CIRCUIT, "claire", Role.CLERK, ActionKind.SERVICE_DONE, Decimal("40000"), "FINANCES", DAY
    )
    assert below is None  # at the threshold: not above
    with pytest.raises(PermissionDenied) as caught:
        check_committing_action(
            CIRCUIT, "claire", Role.CLERK, ActionKind.MANDATE, Decimal("25000.01"), "TECHNIQUE", DAY
        )
    assert caught.value.key == "permission.not_approver"
    suspend = check_committing_action(
        CIRCUIT, "claire", Role.CLERK, ActionKind.SUSPEND, Decimal("1000000"), "FINANCES", DAY
    )
    assert suspend is None  # not a committing action
    with pytest.raises(PermissionDenied) as role:
        check_committing_action(
            CIRCUIT, "marc", Role.CLERK, ActionKind.MARK_PAID, Decimal("1"), "FINANCES", DAY
        )
    assert role.value.key == "permission.role"
    approved = check_committing_action(
        CIRCUIT, "marc", Role.MANAGER, ActionKind.MANDATE, Decimal("50000"), "FINANCES", DAY
    )
    assert approved is not None and approved.capacity is Capacity.APPROVER


def test_approvers_on_lists_delegates_of_the_day() -> None:
    assert approvers_on(CIRCUIT, "ECOLES", DAY) == ["denis", "marc", "sophie"]
    assert approvers_on(CIRCUIT, "FINANCES", date(2026, 4, 1)) == ["marc"]
