"""The managers' approval circuit in the app: submit, route platform refusals, decide.

A committing action (service done, mandate) above the structure's threshold, by someone who
may not decide it (:func:`domain.approval_rules.check_committing_action`), does not go to the
outbox: it becomes a pending :class:`ApprovalRequest` and the invoice shows "awaiting
approval". An approver (or a delegate within the delegation dates, or an admin) approves, which
queues the exact action into the outbox under the approver's name, or refuses with a comment,
which restores the invoice. A platform answer ``APPROBATION_REQUISE`` to a sent action moves
that outbox row into the queue too. Every step is an audit event.

A structure with no configured approvers is decided by managers and administrators (the
role-based rule of :class:`domain.permissions.ApprovalPolicy`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.approval_rules import check_committing_action, decision_basis
from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.errors import PermissionDenied, ValidationError
from desktop_app.domain.permissions import ActionKind, ApprovalPolicy
from desktop_app.domain.status_types import Role
from desktop_app.models.approvals import (
    ApprovalApprover,
    ApprovalDelegation,
    ApprovalRequest,
    ApprovalState,
    ApprovalThreshold,
    RequestOrigin,
    StructureSetting,
)
from desktop_app.models.audit_store import append_event
from desktop_app.models.database import Database
from desktop_app.models.invoice_state import AWAITING_APPROVAL, end_approval_wait, mark_pending
from desktop_app.models.invoices import Invoice
from desktop_app.models.outbox_store import (
    InvoiceNotCachedError,
    canonical_json,
    enqueue_action,
)
from desktop_app.models.types import utc_text
from desktop_app.models.work import OutboxEntry, OutboxState
from desktop_app.sync.actions import CONFIRMED, PROCESS_ENDPOINT, WireOptions, process_payload

DEFAULT_KEY = "*"  # the structure's default threshold row
PLATFORM_REFUSAL = "APPROBATION_REQUISE"


@dataclass(frozen=True, slots=True)
class Submitted:
    """What became of a user's action: queued (outbox key) or an approval request."""

    outbox_key: str | None = None
    request_id: int | None = None


@dataclass(frozen=True, slots=True)
class RequestView:
    """A pending request as the approval queue shows it."""

    id: int
    invoice_id: int
    invoice_number: str
    supplier_name: str
    action: str
    service_code: str | None
    amount_excl_vat: Decimal | None
    threshold: Decimal | None
    requested_by: str | None
    requested_at: str
    origin: str


def _now_text() -> str:
    return utc_text(datetime.now(UTC))


# --- configuration -------------------------------------------------------------------------


def load_circuit(session: Session, structure_id: int | None) -> ApprovalCircuit:
    """The configured circuit of ``structure_id`` (default policy when none is stored)."""
    sid = int(structure_id or 0)
    thresholds = dict(
        session.execute(
            select(ApprovalThreshold.service_code, ApprovalThreshold.threshold).where(
                ApprovalThreshold.structure_id == sid
            )
        ).all()
    )
    default = thresholds.pop(DEFAULT_KEY, None)
    policy = ApprovalPolicy(
        **({"default_threshold": default} if default is not None else {}),
        thresholds_by_service=thresholds,
    )
    approvers = tuple(
        Approver(user, frozenset(s for s in services.split(",") if s))
        for user, services in session.execute(
            select(ApprovalApprover.user, ApprovalApprover.services)
            .where(ApprovalApprover.structure_id == sid)
            .order_by(ApprovalApprover.user)
        )
    )
    delegations = tuple(
        Delegation(d.delegator, d.delegate, d.start, d.end)
        for d in session.scalars(
            select(ApprovalDelegation).where(ApprovalDelegation.structure_id == sid)
        )
    )
    return ApprovalCircuit(policy, approvers, delegations)


def store_circuit(session: Session, structure_id: int, circuit: ApprovalCircuit) -> None:
    """Replace the stored circuit of ``structure_id``."""
    for table in (ApprovalThreshold, ApprovalApprover, ApprovalDelegation):
        session.execute(delete(table).where(table.structure_id == structure_id))
    session.add(
        ApprovalThreshold(
            structure_id=structure_id,
            service_code=DEFAULT_KEY,
            threshold=circuit.policy.default_threshold,
        )
    )
    for code, amount in circuit.policy.thresholds_by_service.items():
        session.add(
            ApprovalThreshold(structure_id=structure_id, service_code=code, threshold=amount)
        )
    for approver in circuit.approvers:
        session.add(
            ApprovalApprover(
                structure_id=structure_id,
                user=approver.user,
                services=",".join(sorted(approver.services)),
            )
        )
    for d in circuit.delegations:
        session.add(
            ApprovalDelegation(
                structure_id=structure_id,
                delegator=d.delegator,
                delegate=d.delegate,
                start=d.start,
                end=d.end,
            )
        )
    session.flush()


def circuit_from_sandbox(config: dict[str, Any]) -> ApprovalCircuit:
    """A structure's circuit from the sandbox admin API (``/sandbox/admin/approvals``)."""
    policy = ApprovalPolicy(
        default_threshold=Decimal(str(config["defaultThreshold"])),
        thresholds_by_service={
            str(k): Decimal(str(v)) for k, v in (config.get("thresholds") or {}).items()
        },
    )
    approvers = tuple(
        Approver(str(a["login"]), frozenset(str(s) for s in a.get("services") or ()))
        for a in config.get("approvers") or ()
    )
    delegations = tuple(
        Delegation(
            str(d["delegator"]),
            str(d["delegate"]),
            date.fromisoformat(str(d["start"])),
            date.fromisoformat(str(d["end"])),
        )
        for d in config.get("delegations") or ()
    )
    return ApprovalCircuit(policy, approvers, delegations)


#: The sandbox's structures by name fragment -> their category (payment deadline).
SANDBOX_KINDS = {
    "hôpital": "public_health",
    "hopital": "public_health",
    "hospitalier": "public_health",  # centre / groupe hospitalier: a public health establishment
    "chu": "public_health",
}


def store_sandbox_configuration(database: Database, overview: dict[str, Any]) -> int:
    """Store every structure's circuit (and the hospital's category) from the sandbox."""

    def work(session: Session) -> int:
        count = 0
        for config in overview.get("structures") or ():
            structure_id = int(config["idStructure"])
            store_circuit(session, structure_id, circuit_from_sandbox(config))
            name = str(config.get("designationStructure") or "").lower()
            kind = next((k for word, k in SANDBOX_KINDS.items() if word in name), None)
            if kind is not None and session.get(StructureSetting, structure_id) is None:
                session.add(StructureSetting(structure_id=structure_id, entity_kind=kind))
            count += 1
        return count

    return database.writer.run(work)


# --- submitting ----------------------------------------------------------------------------


def _may_decide_without_approvers(circuit: ApprovalCircuit, role: Role) -> bool:
    return not circuit.approvers and role in (Role.MANAGER, Role.ADMIN)


def submit_in_session(
    session: Session,
    invoice_id: int,
    change: StatusChange,
    *,
    user: str,
    role: Role,
    day: date,
    wire: WireOptions = CONFIRMED,
) -> Submitted:
    """Queue ``change`` or turn it into an approval request (in the caller's transaction)."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceNotCachedError(invoice_id)
    circuit = load_circuit(session, invoice.structure_id)
    amount = invoice.amount_excl_vat or Decimal(0)
    payload = process_payload(invoice_id, change, wire)
    try:
        basis = check_committing_action(
            circuit, user, role, change.kind, amount, invoice.service_code, day
        )
    except PermissionDenied as exc:
        if exc.key != "permission.not_approver" or _may_decide_without_approvers(circuit, role):
            if exc.key != "permission.not_approver":
                raise
            basis = None
        else:
            request = _new_request(
                session, invoice, change.kind.value, payload, user, circuit, RequestOrigin.LOCAL
            )
            return Submitted(request_id=request.id)
    entry = enqueue_action(
        session,
        invoice_id=invoice_id,
        action=change.kind.value,
        endpoint=PROCESS_ENDPOINT,
        payload=payload,
        created_by=user,
    )
    details: dict[str, Any] = {"action": change.kind.value, "target": change.target_status}
    if basis is not None:
        details["approval"] = basis.mention
    append_event(session, actor=user, kind="action.queued", invoice_id=invoice_id, details=details)
    return Submitted(outbox_key=entry.idempotency_key)


def _new_request(
    session: Session,
    invoice: Invoice,
    action: str,
    payload: dict[str, Any] | str,
    user: str | None,
    circuit: ApprovalCircuit,
    origin: RequestOrigin,
    origin_entry_id: int | None = None,
) -> ApprovalRequest:
    body = payload if isinstance(payload, str) else canonical_json(payload)
    request = ApprovalRequest(
        invoice_id=invoice.id,
        action=action,
        payload=body,
        service_code=invoice.service_code,
        amount_excl_vat=invoice.amount_excl_vat,
        threshold=circuit.policy.threshold_for(invoice.service_code),
        state=ApprovalState.PENDING.value,
        origin=origin.value,
        requested_by=user,
        requested_at=_now_text(),
        previous_status=invoice.status,
        previous_pending_action=None,
        origin_entry_id=origin_entry_id,
    )
    session.add(request)
    mark_pending(invoice, AWAITING_APPROVAL)
    session.flush()
    append_event(
        session,
        actor=user or "system",
        kind="approval.requested",
        invoice_id=invoice.id,
        details={
            "request": request.id,
            "action": action,
            "origin": origin.value,
            "threshold": str(request.threshold),
        },
    )
    return request


def submit_action(
    database: Database,
    invoice_id: int,
    change: StatusChange,
    *,
    user: str,
    role: Role,
    day: date | None = None,
    wire: WireOptions = CONFIRMED,
) -> Future[Submitted]:
    """:func:`submit_in_session` on the writer thread (``wire``: the profile's body shape);
    in team mode a request held back is also queued for the team store."""
    when = day or date.today()
    team = _team_link(database)
    if team is not None:
        from desktop_app.sync.team_ops import submit_action_team

        future = submit_action_team(
            database, invoice_id, change, user=user, role=role, day=when, wire=wire
        )
        future.add_done_callback(lambda _: team.wake())
        return future
    return database.writer.submit(
        lambda s: submit_in_session(
            s, invoice_id, change, user=user, role=role, day=when, wire=wire
        )
    )


def route_platform_refusal(session: Session, entry: OutboxEntry, detail: str | None) -> int:
    """The platform answered APPROBATION_REQUISE: the row leaves the outbox for the queue."""
    invoice = session.get(Invoice, entry.invoice_id)
    if invoice is None:
        raise InvoiceNotCachedError(entry.invoice_id)
    circuit = load_circuit(session, invoice.structure_id)
    entry.state = OutboxState.DISCARDED.value
    entry.last_error_code = PLATFORM_REFUSAL
    entry.last_error = detail or PLATFORM_REFUSAL
    request = _new_request(
        session,
        invoice,
        entry.action,
        entry.payload,
        entry.created_by,
        circuit,
        RequestOrigin.PLATFORM,
        origin_entry_id=entry.id,
    )
    return request.id


# --- deciding ------------------------------------------------------------------------------


def pending_requests(
    session: Session, user: str, role: Role, day: date, *, all_users: bool = False
) -> list[RequestView]:
    """Pending requests ``user`` may decide on ``day`` (every pending one with ``all_users``)."""
    rows = session.execute(
        select(ApprovalRequest, Invoice.number, Invoice.supplier_name, Invoice.structure_id)
        .join(Invoice, Invoice.id == ApprovalRequest.invoice_id, isouter=True)
        .where(ApprovalRequest.state == ApprovalState.PENDING.value)
        .order_by(ApprovalRequest.id)
    ).all()
    circuits: dict[int, ApprovalCircuit] = {}
    found = []
    for request, number, supplier, structure_id in rows:
        sid = int(structure_id or 0)
        circuit = circuits.setdefault(sid, load_circuit(session, sid))
        if not all_users and not _may_decide(circuit, user, role, request.service_code, day):
            continue
        found.append(
            RequestView(
                id=request.id,
                invoice_id=request.invoice_id,
                invoice_number=number or str(request.invoice_id),
                supplier_name=supplier or "",
                action=request.action,
                service_code=request.service_code,
                amount_excl_vat=request.amount_excl_vat,
                threshold=request.threshold,
                requested_by=request.requested_by,
                requested_at=request.requested_at,
                origin=request.origin,
            )
        )
    return found


def _may_decide(
    circuit: ApprovalCircuit, user: str, role: Role, service: str | None, day: date
) -> bool:
    if _may_decide_without_approvers(circuit, role):
        return True
    try:
        circuit.check_can_decide(user, role, service, day)
    except PermissionDenied:
        return False
    return True


def decide_in_session(
    session: Session,
    request_id: int,
    *,
    approve: bool,
    user: str,
    role: Role,
    comment: str | None,
    day: date,
) -> int | None:
    """Approve (queue the action as ``user``; returns the outbox row id) or refuse."""
    request = session.get(ApprovalRequest, request_id)
    if request is None or request.state != ApprovalState.PENDING.value:
        raise ValidationError("validation.approval_not_pending", request=str(request_id))
    invoice = session.get(Invoice, request.invoice_id)
    if invoice is None:
        raise InvoiceNotCachedError(request.invoice_id)
    circuit = load_circuit(session, invoice.structure_id)
    mention = user
    if not _may_decide_without_approvers(circuit, role):
        mention = decision_basis(circuit, user, role, request.service_code, day).mention
    request.decided_by = user
    request.decided_at = _now_text()
    request.decision_mention = mention
    request.comment = comment
    entry_id = None
    if approve:
        entry = enqueue_action(  # the invoice now waits for the queued action
            session,
            invoice_id=invoice.id,
            action=request.action,
            endpoint=PROCESS_ENDPOINT,
            payload=json.loads(request.payload, parse_float=Decimal),
            created_by=user,
        )
        request.state = ApprovalState.APPROVED.value
        request.outbox_entry_id = entry.id
        entry_id = entry.id
    else:
        request.state = ApprovalState.REFUSED.value
        end_approval_wait(invoice, request.previous_pending_action)
    append_event(
        session,
        actor=user,
        kind="approval.approved" if approve else "approval.refused",
        invoice_id=invoice.id,
        details={
            "request": request.id,
            "action": request.action,
            "requested_by": request.requested_by,
            "mention": mention,
            "comment": comment or "",
        },
    )
    return entry_id


@dataclass(frozen=True, slots=True)
class DecisionOutcome:
    """Result of a batch decision."""

    decided: list[int]
    refused: list[tuple[int, str]]  # (request id, error key) not decided


def decide(
    database: Database,
    request_ids: list[int],
    *,
    approve: bool,
    user: str,
    role: Role,
    comment: str | None = None,
    day: date | None = None,
) -> Future[DecisionOutcome]:
    """Decide several requests, each in its own savepoint (one refusal does not stop the rest);
    in team mode the decisions are queued for the team store, which says who wins."""
    when = day or date.today()
    team = _team_link(database)
    if team is not None:
        from desktop_app.sync.team_ops import decide_team

        future = decide_team(
            database, request_ids, approve=approve, user=user, role=role, comment=comment, day=when
        )
        future.add_done_callback(lambda _: team.wake())
        return future

    return decide_each(
        database,
        request_ids,
        decide_in_session,
        approve=approve,
        user=user,
        role=role,
        comment=comment,
        day=when,
    )


def decide_each(
    database: Database,
    request_ids: list[int],
    decide_one: Callable[..., object],
    **fields: object,
) -> Future[DecisionOutcome]:
    """``decide_one(session, request_id, **fields)`` for each request on the writer thread, each
    in its own savepoint: a refusal (permission, validation) is recorded and the rest go on."""

    def work(session: Session) -> DecisionOutcome:
        decided: list[int] = []
        refused: list[tuple[int, str]] = []
        for request_id in request_ids:
            try:
                with session.begin_nested():
                    decide_one(session, request_id, **fields)
            except (PermissionDenied, ValidationError) as exc:
                refused.append((request_id, exc.key))
            else:
                decided.append(request_id)
        return DecisionOutcome(decided, refused)

    return database.writer.submit(work)


def _team_link(database: Database) -> Any:
    """The cache's team link in team mode, else ``None`` (solo: the team modules stay unloaded)."""
    import sys

    module = sys.modules.get("desktop_app.sync.team_mode")
    return module.link_for(database) if module is not None else None


def kind_of(action: str) -> ActionKind:
    """The ActionKind of a stored action name."""
    return ActionKind(action)
