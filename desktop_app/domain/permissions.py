"""Who may do what: roles per action, and the amount threshold above which a manager decides."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.status_types import Role


class ActionKind(StrEnum):
    """A recipient action on a received invoice, or a manager's decision on one."""

    SUSPEND = "suspend"
    REJECT = "reject"
    RECYCLE = "recycle"
    SERVICE_DONE = "service_done"
    MANDATE = "mandate"
    SEND_TO_ACCOUNTANT = "send_to_accountant"
    MARK_ACCOUNTED = "mark_accounted"
    MARK_PAID = "mark_paid"
    APPROVE = "approve"
    REFUSE = "refuse"


#: Platform status each status-changing action requests (``nouveauStatut``).
TARGET_STATUS: dict[ActionKind, str] = {
    ActionKind.SUSPEND: "SUSPENDUE",
    ActionKind.REJECT: "REJETEE",
    ActionKind.RECYCLE: "A_RECYCLER",
    ActionKind.SERVICE_DONE: "SERVICE_FAIT",
    ActionKind.MANDATE: "MANDATEE",
    ActionKind.SEND_TO_ACCOUNTANT: "MISE_A_DISPOSITION_COMPTABLE",
    ActionKind.MARK_ACCOUNTED: "COMPTABILISEE",
    ActionKind.MARK_PAID: "MISE_EN_PAIEMENT",
}

_CLERK_ACTIONS = frozenset(
    {
        ActionKind.SUSPEND,
        ActionKind.REJECT,
        ActionKind.RECYCLE,
        ActionKind.SERVICE_DONE,
        ActionKind.MANDATE,
    }
)
# Accounting statuses are normally pushed by Hélios / the State accounting system; setting
# them by hand, and deciding on approvals, is a manager's call.
_MANAGER_ACTIONS = _CLERK_ACTIONS | {
    ActionKind.SEND_TO_ACCOUNTANT,
    ActionKind.MARK_ACCOUNTED,
    ActionKind.MARK_PAID,
    ActionKind.APPROVE,
    ActionKind.REFUSE,
}
ROLE_ACTIONS: dict[Role, frozenset[ActionKind]] = {
    Role.CLERK: _CLERK_ACTIONS,
    Role.MANAGER: _MANAGER_ACTIONS,
    Role.ADMIN: _MANAGER_ACTIONS,
}

#: Actions that commit the entity's money: above the threshold a clerk's request needs a manager.
COMMITTING_ACTIONS = frozenset({ActionKind.SERVICE_DONE, ActionKind.MANDATE})
# 40,000 EUR excl. VAT is the French public-procurement threshold for a formal procedure
# (Code de la commande publique, art. R2122-8); used as the default approval threshold.
DEFAULT_APPROVAL_THRESHOLD = Decimal("40000")


def can_perform(role: Role, kind: ActionKind) -> bool:
    """True when ``role`` may perform ``kind`` at all."""
    return kind in ROLE_ACTIONS[role]


def check_role(role: Role, kind: ActionKind) -> None:
    """Raise :class:`PermissionDenied` when ``role`` may not perform ``kind``."""
    if not can_perform(role, kind):
        raise PermissionDenied("permission.role", role=role.value, action=kind.value)


@dataclass(frozen=True, slots=True)
class ApprovalPolicy:
    """Amount (excl. VAT) above which a committing action needs a manager, per service code."""

    default_threshold: Decimal = DEFAULT_APPROVAL_THRESHOLD
    thresholds_by_service: dict[str, Decimal] = field(default_factory=dict)

    def threshold_for(self, service_code: str | None) -> Decimal:
        """The threshold that applies to ``service_code``."""
        if service_code and service_code in self.thresholds_by_service:
            return self.thresholds_by_service[service_code]
        return self.default_threshold

    def needs_manager(
        self, kind: ActionKind, amount_excl_vat: Decimal, service_code: str | None = None
    ) -> bool:
        """True when ``kind`` on an invoice of that amount must be decided by a manager."""
        return kind in COMMITTING_ACTIONS and amount_excl_vat > self.threshold_for(service_code)

    def check(
        self,
        role: Role,
        kind: ActionKind,
        amount_excl_vat: Decimal,
        service_code: str | None = None,
    ) -> None:
        """Raise when ``role`` may not perform ``kind`` on this amount without approval."""
        check_role(role, kind)
        if role is Role.CLERK and self.needs_manager(kind, amount_excl_vat, service_code):
            raise PermissionDenied(
                "permission.needs_manager",
                action=kind.value,
                amount=str(amount_excl_vat),
                threshold=str(self.threshold_for(service_code)),
            )
