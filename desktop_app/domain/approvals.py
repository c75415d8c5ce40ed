"""The entity's own approval circuit: who approves a committing action, delegations included.

Chorus Pro has no such circuit; Invoice Desk enforces and records it (and the sandbox
enforces the same rules server-side).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.errors import PermissionDenied, ValidationError
from desktop_app.domain.permissions import ActionKind, ApprovalPolicy
from desktop_app.domain.status_types import Role


@dataclass(frozen=True, slots=True)
class Approver:
    """A manager and the services whose approvals they decide (empty = every service)."""

    user: str
    services: frozenset[str] = field(default_factory=frozenset)

    def covers(self, service_code: str | None) -> bool:
        """True when this approver decides for ``service_code``."""
        return not self.services or (service_code is not None and service_code in self.services)


@dataclass(frozen=True, slots=True)
class Delegation:
    """A manager's approval power lent to someone for a period (absence), inclusive dates."""

    delegator: str
    delegate: str
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("validation.delegation_dates", start=str(self.start))
        if self.delegator == self.delegate:
            raise ValidationError("validation.delegation_self", user=self.delegate)

    def active_on(self, day: date) -> bool:
        """True when ``day`` falls within the delegation."""
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class ApprovalCircuit:
    """Thresholds, approvers and delegations of one entity."""

    policy: ApprovalPolicy = field(default_factory=ApprovalPolicy)
    approvers: tuple[Approver, ...] = ()
    delegations: tuple[Delegation, ...] = ()

    def needs_approval(
        self, kind: ActionKind, amount_excl_vat: Decimal, service_code: str | None
    ) -> bool:
        """True when a clerk's ``kind`` on this invoice must go to the approval queue."""
        return self.policy.needs_manager(kind, amount_excl_vat, service_code)

    def approvers_for(self, service_code: str | None, day: date) -> frozenset[str]:
        """Everyone who may decide on ``day`` for ``service_code``, delegates included."""
        direct = {a.user for a in self.approvers if a.covers(service_code)}
        delegated = {
            d.delegate for d in self.delegations if d.delegator in direct and d.active_on(day)
        }
        return frozenset(direct | delegated)

    def check_can_decide(self, user: str, role: Role, service_code: str | None, day: date) -> None:
        """Raise unless ``user`` may approve or refuse for ``service_code`` on ``day``."""
        if role is Role.ADMIN:
            return
        if user in self.approvers_for(service_code, day):
            return
        raise PermissionDenied(
            "permission.not_approver", user=user, service=service_code or "", day=day.isoformat()
        )


def pending_for(
    circuit: ApprovalCircuit,
    user: str,
    role: Role,
    day: date,
    requests: Iterable[tuple[int, str | None]],
) -> Sequence[int]:
    """Ids of the (request id, service code) pairs ``user`` may decide on ``day``."""
    allowed = []
    for request_id, service_code in requests:
        try:
            circuit.check_can_decide(user, role, service_code, day)
        except PermissionDenied:
            continue
        allowed.append(request_id)
    return allowed
