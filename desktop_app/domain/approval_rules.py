"""On what ground a user commits an invoice: the decision basis of the approval circuit.

Complements :mod:`desktop_app.domain.approvals` with what both the app and the sandbox record
when a committing action (service done, mandate) is taken: no approval was needed, or the user
decided as an approver, as a delegate of an absent approver ("<delegate> pour <delegator>"),
or as an administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.approvals import ApprovalCircuit
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.permissions import ActionKind, check_role
from desktop_app.domain.status_types import Role


class Capacity(StrEnum):
    """In what capacity a user decided an over-threshold committing action."""

    APPROVER = "APPROBATEUR"
    DELEGATE = "DELEGATAIRE"
    ADMIN = "ADMINISTRATEUR"


@dataclass(frozen=True, slots=True)
class DecisionBasis:
    """Who decided, in what capacity, for whom (delegations), against which threshold."""

    user: str
    capacity: Capacity
    threshold: Decimal
    on_behalf_of: str | None = None

    @property
    def mention(self) -> str:
        """What the history shows: ``"<delegate> pour <delegator>"`` or the user alone."""
        return f"{self.user} pour {self.on_behalf_of}" if self.on_behalf_of else self.user


def decision_basis(
    circuit: ApprovalCircuit, user: str, role: Role, service_code: str | None, day: date
) -> DecisionBasis:
    """The capacity in which ``user`` may decide for ``service_code`` on ``day``.

    A direct approver decides in their own name; otherwise the first (by login) approver of the
    service whose delegation to ``user`` is active that day; administrators always may. Raises
    :class:`PermissionDenied` (``permission.not_approver``) for anyone else.
    """
    threshold = circuit.policy.threshold_for(service_code)
    direct = sorted(a.user for a in circuit.approvers if a.covers(service_code))
    if user in direct:
        return DecisionBasis(user, Capacity.APPROVER, threshold)
    delegators = sorted(
        d.delegator
        for d in circuit.delegations
        if d.delegate == user and d.delegator in direct and d.active_on(day)
    )
    if delegators:
        return DecisionBasis(user, Capacity.DELEGATE, threshold, on_behalf_of=delegators[0])
    if role is Role.ADMIN:
        return DecisionBasis(user, Capacity.ADMIN, threshold)
    raise PermissionDenied(
        "permission.not_approver", user=user, service=service_code or "", day=day.isoformat()
    )


def check_committing_action(
    circuit: ApprovalCircuit,
    user: str,
    role: Role,
    kind: ActionKind,
    amount_excl_vat: Decimal,
    service_code: str | None,
    day: date,
) -> DecisionBasis | None:
    """Raise unless ``user`` may perform ``kind`` on this invoice on ``day``.

    Returns ``None`` when no approval is needed (the role alone suffices), else the basis on
    which the user approves. Raises :class:`PermissionDenied` with ``permission.role`` when the
    role may not perform ``kind`` at all, ``permission.not_approver`` when an approval is needed
    and the user may not give it.
    """
    check_role(role, kind)
    if not circuit.needs_approval(kind, amount_excl_vat, service_code):
        return None
    return decision_basis(circuit, user, role, service_code, day)


def approvers_on(circuit: ApprovalCircuit, service_code: str | None, day: date) -> list[str]:
    """Sorted logins who may decide for ``service_code`` on ``day`` (administrators aside)."""
    return sorted(circuit.approvers_for(service_code, day))
