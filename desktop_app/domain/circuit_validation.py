"""Validating an approval circuit as an administrator edits it.

The editor works on a :class:`CircuitDraft` (the text typed in its fields); :func:`draft_issues`
lists every problem with a message key (and the table row it concerns), and
:func:`circuit_from_draft` builds the :class:`ApprovalCircuit` or raises :class:`CircuitInvalid`.
:func:`check_circuit` applies the same rules to an already built circuit (the sync layer checks
what it is asked to store).

Rules: thresholds are non-negative amounts with at most two decimals (and at most
:data:`MAX_THRESHOLD`); service codes are non-empty, unique, without ``,`` (the storage separator)
and not ``*`` (the stored default row); approver logins are non-empty, without spaces, unique;
a delegation ends on or after its start, is not to oneself, and its delegator is an approver:
a delegation from anyone else would never be honoured by :meth:`ApprovalCircuit.approvers_for`,
so accepting it would only hide a typing mistake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.errors import MoneyError, ValidationError
from desktop_app.domain.money import CENT, Money, parse_amount
from desktop_app.domain.permissions import ApprovalPolicy

MAX_THRESHOLD = Decimal("999999999999.99")
MAX_SERVICE_CODE = 100  # models.approvals.ApprovalThreshold.service_code
MAX_LOGIN = 200  # models.approvals.ApprovalApprover.user
RESERVED_SERVICE_CODE = "*"  # the default threshold's stored row
INVALID_CODE = "validation.service_code_invalid"


class Section:
    """Where an issue is: the default threshold, or a row of one of the three tables."""

    DEFAULT = "default"
    THRESHOLDS = "thresholds"
    APPROVERS = "approvers"
    DELEGATIONS = "delegations"
    ENTITY = "entity"


@dataclass(frozen=True, slots=True)
class CircuitIssue:
    """One problem: a message key and its parameters, and where it is (row from 0)."""

    key: str
    section: str
    row: int | None = None
    params: Mapping[str, str] = field(default_factory=dict)


class CircuitInvalid(ValidationError):
    """The circuit breaks at least one rule; ``key`` and ``params`` are the first issue's."""

    key = "validation.circuit_invalid"

    def __init__(self, issues: Iterable[CircuitIssue]) -> None:
        self.issues = tuple(issues)
        if not self.issues:
            raise ValueError("CircuitInvalid needs at least one issue")
        first = self.issues[0]
        super().__init__(first.key, **dict(first.params))


@dataclass(frozen=True, slots=True)
class ThresholdRow:
    """A per-service threshold as typed: service code and amount text."""

    service_code: str
    amount: str


@dataclass(frozen=True, slots=True)
class ApproverRow:
    """An approver as typed: login and comma-separated service codes (empty = every service)."""

    user: str
    services: str = ""


@dataclass(frozen=True, slots=True)
class DelegationRow:
    """A delegation as entered (dates come from date editors)."""

    delegator: str
    delegate: str
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class CircuitDraft:
    """Everything the editor holds for one structure's circuit."""

    default_threshold: str
    thresholds: tuple[ThresholdRow, ...] = ()
    approvers: tuple[ApproverRow, ...] = ()
    delegations: tuple[DelegationRow, ...] = ()


# --- single values ---------------------------------------------------------------------------


def threshold_issue(value: Decimal) -> str | None:
    """The key of what is wrong with the threshold ``value``, or None."""
    if not value.is_finite():
        return "validation.threshold_not_a_number"
    if value < 0:
        return "validation.threshold_negative"
    if value > MAX_THRESHOLD:
        return "validation.threshold_too_large"
    if value != value.quantize(CENT):
        return "validation.threshold_precision"
    return None


def service_code_issue(code: str) -> str | None:
    """The key of what is wrong with a (stripped) service code, or None."""
    if not code:
        return "validation.service_code_required"
    if code == RESERVED_SERVICE_CODE or "," in code or len(code) > MAX_SERVICE_CODE:
        return INVALID_CODE
    return None


def login_issue(login: str) -> str | None:
    """The key of what is wrong with a (stripped) login, or None."""
    if not login:
        return "validation.login_required"
    if len(login) > MAX_LOGIN or any(c.isspace() or not c.isprintable() for c in login):
        return "validation.login_invalid"
    return None


def split_services(text: str) -> list[str]:
    """Service codes of a comma-separated list, stripped, empty items dropped."""
    return [part.strip() for part in text.split(",") if part.strip()]


def threshold_text(value: Decimal) -> str:
    """A threshold as the editor shows it (``40 000,00``, narrow no-break spaces between
    thousands); :func:`parse_amount` reads it back."""
    return Money(value, "EUR").format_fr().removesuffix(" EUR")


def entity_kind_of(value: str) -> EntityKind:
    """The :class:`EntityKind` named ``value``; :class:`CircuitInvalid` when unknown."""
    try:
        return EntityKind(value)
    except ValueError:
        raise CircuitInvalid(
            [CircuitIssue("validation.entity_kind_unknown", Section.ENTITY, None, {"kind": value})]
        ) from None


# --- drafts ----------------------------------------------------------------------------------


def _amount(
    text: str, section: str, row: int | None, service: str, issues: list[CircuitIssue]
) -> Decimal | None:
    params = {"value": text.strip(), "service": service}
    try:
        value = parse_amount(text)
    except MoneyError:
        issues.append(CircuitIssue("validation.threshold_not_a_number", section, row, params))
        return None
    key = threshold_issue(value)
    if key is not None:
        issues.append(CircuitIssue(key, section, row, params))
        return None
    return value


def _threshold_issues(draft: CircuitDraft, issues: list[CircuitIssue]) -> dict[str, Decimal]:
    _amount(draft.default_threshold, Section.DEFAULT, None, "", issues)
    seen: dict[str, Decimal] = {}
    for row, item in enumerate(draft.thresholds):
        code = item.service_code.strip()
        key = service_code_issue(code)
        if key is None and code in seen:
            key = "validation.service_code_duplicate"
        if key is not None:
            issues.append(CircuitIssue(key, Section.THRESHOLDS, row, {"service": code}))
        value = _amount(item.amount, Section.THRESHOLDS, row, code, issues)
        if key is None and value is not None:
            seen[code] = value
    return seen


def _approver_issues(draft: CircuitDraft, issues: list[CircuitIssue]) -> set[str]:
    users: set[str] = set()
    for row, item in enumerate(draft.approvers):
        user = item.user.strip()
        key = login_issue(user)
        if key is None and user in users:
            key = "validation.approver_duplicate"
        if key is not None:
            issues.append(CircuitIssue(key, Section.APPROVERS, row, {"user": user}))
        users.add(user)
        for code in split_services(item.services):
            service_key = service_code_issue(code)
            if service_key is not None:
                issues.append(CircuitIssue(service_key, Section.APPROVERS, row, {"service": code}))
    return users


def _delegation_issues(draft: CircuitDraft, users: set[str], issues: list[CircuitIssue]) -> None:
    for row, item in enumerate(draft.delegations):
        delegator, delegate = item.delegator.strip(), item.delegate.strip()
        for login in (delegator, delegate):
            key = login_issue(login)
            if key is not None:
                issues.append(CircuitIssue(key, Section.DELEGATIONS, row, {"user": login}))
        if item.end < item.start:
            params = {"start": item.start.isoformat(), "end": item.end.isoformat()}
            issues.append(
                CircuitIssue("validation.delegation_dates", Section.DELEGATIONS, row, params)
            )
        if delegator and delegator == delegate:
            issues.append(
                CircuitIssue(
                    "validation.delegation_self", Section.DELEGATIONS, row, {"user": delegate}
                )
            )
        elif delegator and login_issue(delegator) is None and delegator not in users:
            issues.append(
                CircuitIssue(
                    "validation.delegator_not_approver",
                    Section.DELEGATIONS,
                    row,
                    {"user": delegator},
                )
            )


def draft_issues(draft: CircuitDraft) -> tuple[CircuitIssue, ...]:
    """Every problem of ``draft``, in the order of the editor's fields (empty when valid)."""
    issues: list[CircuitIssue] = []
    _threshold_issues(draft, issues)
    users = _approver_issues(draft, issues)
    _delegation_issues(draft, users, issues)
    return tuple(issues)


def circuit_from_draft(draft: CircuitDraft) -> ApprovalCircuit:
    """The circuit ``draft`` describes; :class:`CircuitInvalid` lists every problem."""
    issues = draft_issues(draft)
    if issues:
        raise CircuitInvalid(issues)
    policy = ApprovalPolicy(
        default_threshold=parse_amount(draft.default_threshold),
        thresholds_by_service={
            t.service_code.strip(): parse_amount(t.amount) for t in draft.thresholds
        },
    )
    approvers = tuple(
        Approver(a.user.strip(), frozenset(split_services(a.services))) for a in draft.approvers
    )
    delegations = tuple(
        Delegation(d.delegator.strip(), d.delegate.strip(), d.start, d.end)
        for d in draft.delegations
    )
    return ApprovalCircuit(policy, approvers, delegations)


def draft_from_circuit(circuit: ApprovalCircuit) -> CircuitDraft:
    """The editor's view of a stored circuit (services and thresholds sorted by code)."""
    policy = circuit.policy
    return CircuitDraft(
        default_threshold=threshold_text(policy.default_threshold),
        thresholds=tuple(
            ThresholdRow(code, threshold_text(value))
            for code, value in sorted(policy.thresholds_by_service.items())
        ),
        approvers=tuple(
            ApproverRow(a.user, ", ".join(sorted(a.services))) for a in circuit.approvers
        ),
        delegations=tuple(
            DelegationRow(d.delegator, d.delegate, d.start, d.end) for d in circuit.delegations
        ),
    )


# --- built circuits --------------------------------------------------------------------------


def circuit_issues(circuit: ApprovalCircuit) -> tuple[CircuitIssue, ...]:
    """The rules of :func:`draft_issues` applied to a built circuit (exact values, no text)."""
    issues: list[CircuitIssue] = []
    policy = circuit.policy
    values: list[tuple[str, int | None, str, Any]] = [
        (Section.DEFAULT, None, "", policy.default_threshold)
    ]
    for row, (code, value) in enumerate(policy.thresholds_by_service.items()):
        key = service_code_issue(code) if code == code.strip() else INVALID_CODE
        if key is not None:
            issues.append(CircuitIssue(key, Section.THRESHOLDS, row, {"service": code}))
        values.append((Section.THRESHOLDS, row, code, value))
    for section, where, code, value in values:
        params = {"value": str(value), "service": code}
        if not isinstance(value, Decimal):
            issues.append(CircuitIssue("validation.threshold_not_a_number", section, where, params))
            continue
        key = threshold_issue(value)
        if key is not None:
            issues.append(CircuitIssue(key, section, where, params))
    users: set[str] = set()
    for row, approver in enumerate(circuit.approvers):
        key = login_issue(approver.user)
        if key is None and approver.user in users:
            key = "validation.approver_duplicate"
        if key is not None:
            issues.append(CircuitIssue(key, Section.APPROVERS, row, {"user": approver.user}))
        users.add(approver.user)
        for code in sorted(approver.services):
            service_key = service_code_issue(code) if code == code.strip() else INVALID_CODE
            if service_key is not None:
                issues.append(CircuitIssue(service_key, Section.APPROVERS, row, {"service": code}))
    draft_rows = tuple(
        DelegationRow(d.delegator, d.delegate, d.start, d.end) for d in circuit.delegations
    )
    _delegation_issues(CircuitDraft("0", delegations=draft_rows), users, issues)
    return tuple(issues)


def check_circuit(circuit: ApprovalCircuit) -> None:
    """Raise :class:`CircuitInvalid` unless ``circuit`` follows every rule."""
    issues = circuit_issues(circuit)
    if issues:
        raise CircuitInvalid(issues)
