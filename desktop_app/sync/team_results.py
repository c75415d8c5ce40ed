"""What the team store's answers and changes do to this desktop's cache (writer thread).

* :func:`apply_result`: a queued operation's answer, applied in the same transaction that
  marks it done — so a desktop killed in between replays it, gets the same recorded answer
  (``team.applied_ops``), and applies it once. A decision that *won* queues the platform action
  here (this desktop sends it); one that lost is shown as decided by the winner, who and when.
* :func:`apply_snapshot`: requests, claims, notes and circuits read from the store: requests
  from other desktops enter the local approval queue, decisions made elsewhere close it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.domain.deadlines import EntityKind
from desktop_app.models.approvals import ApprovalRequest, ApprovalState, StructureSetting
from desktop_app.models.audit_store import append_event
from desktop_app.models.invoice_state import AWAITING_APPROVAL, end_approval_wait, mark_pending
from desktop_app.models.invoices import Invoice
from desktop_app.models.outbox_store import enqueue_action
from desktop_app.models.team_local import (
    OpKind,
    OpState,
    TeamAssignment,
    TeamNote,
    TeamQueueOp,
    TeamRequestLink,
)
from desktop_app.models.types import utc_now, utc_text
from desktop_app.sync.actions import PROCESS_ENDPOINT
from desktop_app.sync.approvals import store_circuit
from desktop_app.sync.structure_settings import DEFAULT_ENTITY_KIND, recompute_deadlines
from desktop_app.sync.team_searches import mirror_searches
from desktop_app.sync.team_store import TeamCircuit

Result = dict[str, Any]


@dataclass(frozen=True, slots=True)
class TeamNotice:
    """Something the person should be told (the UI turns ``key`` into a sentence)."""

    key: str  # e.g. "team.decided_elsewhere", "team.claimed_by_other", "team.denied"
    invoice_id: int | None = None
    params: dict[str, str] = field(default_factory=dict)


def _text(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _close_elsewhere(
    session: Session, request: ApprovalRequest, state: str, by: str, at: str, **extra: Any
) -> TeamNotice:
    """A request decided by someone else: the local queue closes it (no action sent here)."""
    request.state = state
    request.decided_by = by
    request.decided_at = at
    request.decision_mention = extra.get("mention") or by
    request.comment = extra.get("comment")
    invoice = session.get(Invoice, request.invoice_id)
    if invoice is not None:
        end_approval_wait(invoice, request.previous_pending_action)
    append_event(
        session,
        actor=by,
        kind="approval.decided_elsewhere",
        invoice_id=request.invoice_id,
        details={"request": request.id, "state": state, "by": by, "at": at},
    )
    return TeamNotice(
        "team.decided_elsewhere", request.invoice_id, {"by": by, "at": at, "state": state}
    )


def _won(session: Session, op: TeamQueueOp, body: dict[str, Any], result: Result) -> None:
    """Our decision won: record it and, when approved, queue the action under our name."""
    request = session.get(ApprovalRequest, int(body["local_request_id"]))
    if request is None or request.state != ApprovalState.PENDING.value:
        return  # pragma: no cover - the local request vanished (cache restored)
    user = op.created_by
    request.decided_by = user
    request.decided_at = str(result.get("at") or utc_text(utc_now()))
    request.decision_mention = body.get("mention") or user
    request.comment = body.get("comment")
    invoice = session.get(Invoice, request.invoice_id)
    if body["approve"] and invoice is not None:
        entry = enqueue_action(
            session,
            invoice_id=request.invoice_id,
            action=request.action,
            endpoint=PROCESS_ENDPOINT,
            payload=json.loads(request.payload, parse_float=Decimal),
            created_by=user,
        )
        request.state = ApprovalState.APPROVED.value
        request.outbox_entry_id = entry.id
    else:
        request.state = ApprovalState.REFUSED.value
        if invoice is not None:
            end_approval_wait(invoice, request.previous_pending_action)
    append_event(
        session,
        actor=user,
        kind="approval.approved" if body["approve"] else "approval.refused",
        invoice_id=request.invoice_id,
        details={
            "request": request.id,
            "action": request.action,
            "requested_by": request.requested_by,
            "mention": request.decision_mention,
            "comment": request.comment or "",
            "team": op.op_key,
        },
    )


def _denied_notice(kind: OpKind, body: dict[str, Any], result: Result, detail: str) -> TeamNotice:
    """A refusal by the server, told in words: a release of someone else's claim, a decision
    outside one's services or ceiling, anything else (the server's own words as detail)."""
    invoice_id = body.get("invoice_id")
    if kind is OpKind.RELEASE and result.get("by"):
        return TeamNotice("team.release_denied", invoice_id, {"by": str(result["by"])})
    if kind is OpKind.DECIDE:
        return TeamNotice("team.decision_denied", invoice_id, {"detail": detail})
    if kind is OpKind.SEARCH:
        return TeamNotice("team.search_denied", None, {"name": str(body.get("name") or "")})
    return TeamNotice("team.denied", invoice_id, {"detail": detail, "operation": kind.value})


def apply_result(session: Session, op_id: int, result: Result) -> TeamNotice | None:
    """Apply the store's answer to queued operation ``op_id`` and mark it done (or failed)."""
    op = session.get(TeamQueueOp, op_id)
    if op is None or op.state != OpState.PENDING.value:
        return None  # already applied (a replay after a crash)
    body = op.body()
    outcome = result.get("outcome")
    notice: TeamNotice | None = None
    kind = OpKind(op.kind)
    if outcome == "denied":
        op.state = OpState.FAILED.value
        op.last_error = str(result.get("detail") or "denied")
        if kind is OpKind.DECIDE and "invoice_id" not in body:
            request = session.get(ApprovalRequest, int(body["local_request_id"]))
            body = {**body, "invoice_id": request.invoice_id if request else None}
        notice = _denied_notice(kind, body, result, op.last_error)
        if kind is OpKind.RELEASE and result.get("by"):
            session.merge(
                TeamAssignment(
                    invoice_id=int(body["invoice_id"]),
                    claimed_by=str(result["by"]),
                    claimed_at="",
                    confirmed=True,
                )
            )
    elif kind is OpKind.DECIDE:
        if outcome == "ok":
            _won(session, op, body, result)
        else:
            request = session.get(ApprovalRequest, int(body["local_request_id"]))
            if request is not None and request.state == ApprovalState.PENDING.value:
                notice = _close_elsewhere(
                    session,
                    request,
                    str(result["state"]),
                    str(result["by"]),
                    str(result["at"]),
                    mention=result.get("mention"),
                    comment=result.get("comment"),
                )
    elif kind is OpKind.REQUEST and outcome == "conflict":
        link = session.get(TeamRequestLink, op.op_key)
        request = session.get(ApprovalRequest, link.local_request_id) if link else None
        if request is not None and request.state == ApprovalState.PENDING.value:
            request.state = ApprovalState.CANCELLED.value  # a colleague's request came first
            invoice = session.get(Invoice, request.invoice_id)
            if invoice is not None:
                end_approval_wait(invoice, request.previous_pending_action)
        notice = TeamNotice(
            "team.requested_by_other",
            body.get("invoice_id"),
            {"by": str(result["by"]), "at": str(result["at"])},
        )
    elif kind is OpKind.CLAIM:
        session.merge(
            TeamAssignment(
                invoice_id=int(body["invoice_id"]),
                claimed_by=str(result["by"]),
                claimed_at=str(result["at"]),
                confirmed=True,
            )
        )
        if outcome == "conflict":
            notice = TeamNotice(
                "team.claimed_by_other",
                int(body["invoice_id"]),
                {"by": str(result["by"]), "at": str(result["at"])},
            )
    elif kind is OpKind.NOTE:
        note = session.get(TeamNote, body["note_key"])
        if note is not None:
            note.confirmed = True
    if op.state == OpState.PENDING.value:
        op.state = OpState.DONE.value
    op.result = json.dumps(result)
    op.done_at = utc_text(utc_now())
    return notice


# --- snapshots read from the store ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What one pull read from the team store."""

    requests: list[dict[str, Any]]
    assignments: dict[int, tuple[str, str]] | None = None  # None: not read this time
    notes: list[dict[str, Any]] = field(default_factory=list)
    circuits: list[TeamCircuit] | None = None
    searches: list[dict[str, Any]] | None = None  # None: not read this time
    login: str = ""  # whose desktop: their own searches are not mirrored as the team's


def _our_decision_keys(session: Session) -> set[str]:
    return set(
        session.scalars(select(TeamQueueOp.op_key).where(TeamQueueOp.kind == OpKind.DECIDE.value))
    )


def _mirror_request(session: Session, row: dict[str, Any]) -> bool:
    """A colleague's pending request enters the local queue (False: invoice not cached yet)."""
    invoice = session.get(Invoice, int(row["invoice_id"]))
    if invoice is None:
        return False
    request = ApprovalRequest(
        invoice_id=invoice.id,
        action=row["action"],
        payload=row["payload"],
        service_code=row["service_code"],
        amount_excl_vat=row["amount_excl_vat"],
        threshold=row["threshold"],
        state=ApprovalState.PENDING.value,
        origin="team",
        requested_by=row["requested_by"],
        requested_at=_text(row["requested_at"]),
        previous_status=row["previous_status"],
        previous_pending_action=invoice.pending_action,
    )
    session.add(request)
    mark_pending(invoice, AWAITING_APPROVAL)
    session.flush()
    session.add(TeamRequestLink(request_key=row["request_key"], local_request_id=request.id))
    return True


def apply_snapshot(session: Session, snapshot: Snapshot) -> list[TeamNotice]:
    """Bring the local mirror in line with the store (requests, claims, notes, circuits)."""
    notices: list[TeamNotice] = []
    ours = _our_decision_keys(session)
    for row in snapshot.requests:
        link = session.get(TeamRequestLink, row["request_key"])
        if link is None:
            if row["state"] == "pending":
                _mirror_request(session, row)
            continue
        request = session.get(ApprovalRequest, link.local_request_id)
        if request is None or request.state != ApprovalState.PENDING.value:
            continue
        if row["state"] == "pending" or row["decision_key"] in ours:
            continue  # still open, or our own decision: its queued answer applies it
        notices.append(
            _close_elsewhere(
                session,
                request,
                row["state"],
                row["decided_by"],
                _text(row["decided_at"]),
                mention=row["decision_mention"],
                comment=row["comment"],
            )
        )
    if snapshot.assignments is not None:
        _mirror_assignments(session, snapshot.assignments)
    for note in snapshot.notes:
        session.merge(
            TeamNote(
                note_key=note["note_key"],
                invoice_id=int(note["invoice_id"]),
                author=note["author"],
                created_at=_text(note["created_at"]),
                body=note["body"],
                confirmed=True,
            )
        )
    for team_circuit in snapshot.circuits or ():
        _follow_circuit(session, team_circuit)
    if snapshot.searches is not None:
        mirror_searches(session, snapshot.searches, snapshot.login)
    return notices


def _follow_circuit(session: Session, team_circuit: TeamCircuit) -> None:
    """The team's circuit and payment category replace this desktop's; a category that
    changed moves the structure's payment deadlines here too (as a local save would)."""
    sid = team_circuit.structure_id
    store_circuit(session, sid, team_circuit.circuit)
    if not team_circuit.entity_kind:
        return
    try:
        kind = EntityKind(team_circuit.entity_kind)
    except ValueError:  # a category this build does not know: keep the local one
        return
    setting = session.get(StructureSetting, sid)
    before = setting.entity_kind if setting is not None else None
    if setting is None:
        session.add(StructureSetting(structure_id=sid, entity_kind=kind.value))
    else:
        setting.entity_kind = kind.value
    session.flush()
    if before != kind.value and (before is not None or kind is not DEFAULT_ENTITY_KIND):
        recompute_deadlines(session, sid, kind)


def _mirror_assignments(session: Session, current: dict[int, tuple[str, str]]) -> None:
    """Confirmed claims follow the store; our own unconfirmed claims wait for their answer."""
    session.execute(delete(TeamAssignment).where(TeamAssignment.confirmed.is_(True)))
    waiting = set(
        session.scalars(
            select(TeamAssignment.invoice_id).where(TeamAssignment.confirmed.is_(False))
        )
    )
    for invoice_id, (by, at) in current.items():
        if invoice_id in waiting:
            continue
        session.add(
            TeamAssignment(invoice_id=invoice_id, claimed_by=by, claimed_at=at, confirmed=True)
        )
