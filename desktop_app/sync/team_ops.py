"""Team mode's user operations on the desktop: each is a local effect plus a queued operation.

Everything here runs on the writer thread and works offline: the operation waits in the
``team_queue`` (with its idempotency key) until :class:`~desktop_app.sync.team_sync.TeamSync`
reaches the team store. A clerk's over-threshold action becomes a local approval request (as
in solo mode, :func:`desktop_app.sync.approvals.submit_in_session`) *and* a queued request for
the team; a manager's decision is queued and takes effect here only once the store says it won
(:mod:`desktop_app.sync.team_results`): the action then goes to this desktop's outbox, so it
reaches the platform exactly once, from the desktop whose decision won.
"""

from __future__ import annotations

import uuid
from concurrent.futures import Future
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.approval_rules import decision_basis
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.status_types import Role
from desktop_app.models.approvals import ApprovalRequest, ApprovalState
from desktop_app.models.audit_anchors import AuditAnchor
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.models.team_local import (
    OpKind,
    OpState,
    TeamAssignment,
    TeamNote,
    TeamQueueOp,
    TeamRequestLink,
    desktop_id,
    enqueue_op,
    get_state,
    set_state,
)
from desktop_app.models.types import utc_now, utc_text
from desktop_app.sync.actions import CONFIRMED, WireOptions
from desktop_app.sync.approvals import (
    DecisionOutcome,
    Submitted,
    _may_decide_without_approvers,
    decide_each,
    decide_in_session,
    load_circuit,
    submit_in_session,
)

MAX_NOTE = 10_000


def request_body(request: ApprovalRequest, invoice: Invoice | None) -> dict[str, Any]:
    """What the team store needs to show and decide a request."""
    return {
        "structure_id": int(invoice.structure_id or 0) if invoice else 0,
        "invoice_id": request.invoice_id,
        "invoice_number": invoice.number if invoice else None,
        "supplier_name": invoice.supplier_name if invoice else None,
        "action": request.action,
        "payload": request.payload,
        "service_code": request.service_code,
        "amount": str(request.amount_excl_vat or Decimal(0)),
        "threshold": str(request.threshold) if request.threshold is not None else None,
        "previous_status": request.previous_status,
    }


def submit_in_session_team(
    session: Session,
    invoice_id: int,
    change: StatusChange,
    *,
    user: str,
    role: Role,
    day: date,
    wire: WireOptions = CONFIRMED,
) -> Submitted:
    """:func:`submit_in_session`, and a request held back is also queued for the team."""
    submitted = submit_in_session(
        session, invoice_id, change, user=user, role=role, day=day, wire=wire
    )
    if submitted.request_id is not None:
        request = session.get(ApprovalRequest, submitted.request_id)
        assert request is not None
        op = enqueue_op(
            session, OpKind.REQUEST, request_body(request, session.get(Invoice, invoice_id)), user
        )
        session.add(TeamRequestLink(request_key=op.op_key, local_request_id=request.id))
    return submitted


def submit_action_team(
    database: Database,
    invoice_id: int,
    change: StatusChange,
    *,
    user: str,
    role: Role,
    day: date | None = None,
    wire: WireOptions = CONFIRMED,
) -> Future[Submitted]:
    """:func:`submit_in_session_team` on the writer thread."""
    when = day or date.today()
    return database.writer.submit(
        lambda s: submit_in_session_team(
            s, invoice_id, change, user=user, role=role, day=when, wire=wire
        )
    )


def _decision_queued(session: Session, request_key: str) -> bool:
    ops = session.scalars(
        select(TeamQueueOp.payload).where(
            TeamQueueOp.kind == OpKind.DECIDE.value, TeamQueueOp.state == OpState.PENDING.value
        )
    )
    return any(f'"request_key": "{request_key}"' in payload for payload in ops)


def queue_decision(
    session: Session,
    request_id: int,
    *,
    approve: bool,
    user: str,
    role: Role,
    comment: str | None,
    day: date,
) -> str | None:
    """Queue a decision on a team request (returns the op key); a local-only request (made
    before team mode) is decided locally at once (returns ``None``)."""
    link = session.scalars(
        select(TeamRequestLink).where(TeamRequestLink.local_request_id == request_id)
    ).first()
    if link is None:
        decide_in_session(
            session, request_id, approve=approve, user=user, role=role, comment=comment, day=day
        )
        return None
    request = session.get(ApprovalRequest, request_id)
    if request is None or request.state != ApprovalState.PENDING.value:
        raise ValidationError("validation.approval_not_pending", request=str(request_id))
    if _decision_queued(session, link.request_key):
        raise ValidationError("validation.approval_not_pending", request=str(request_id))
    invoice = session.get(Invoice, request.invoice_id)
    circuit = load_circuit(session, invoice.structure_id if invoice else None)
    mention = user
    if not _may_decide_without_approvers(circuit, role):  # early answer; the server decides
        mention = decision_basis(circuit, user, role, request.service_code, day).mention
    op = enqueue_op(
        session,
        OpKind.DECIDE,
        {
            "request_key": link.request_key,
            "approve": approve,
            "comment": comment,
            "mention": mention,
            "local_request_id": request_id,
        },
        user,
    )
    return op.op_key


def decide_team(
    database: Database,
    request_ids: list[int],
    *,
    approve: bool,
    user: str,
    role: Role,
    comment: str | None = None,
    day: date | None = None,
) -> Future[DecisionOutcome]:
    """Queue decisions on several requests (each in its own savepoint)."""
    when = day or date.today()

    return decide_each(
        database,
        request_ids,
        queue_decision,
        approve=approve,
        user=user,
        role=role,
        comment=comment,
        day=when,
    )


# --- assignments, notes, searches, anchors -------------------------------------------------


def claim_in_session(session: Session, invoice_id: int, user: str) -> str | None:
    """Take an invoice in hand (the op key; ``None``: already ours); refused at once when
    someone else's claim is already known (``validation.claimed_by_other``: who, since when)."""
    held = session.get(TeamAssignment, invoice_id)
    if held is not None and held.claimed_by != user:
        raise ValidationError(
            "validation.claimed_by_other", user=held.claimed_by, at=held.claimed_at
        )
    if held is not None:
        return None
    session.add(
        TeamAssignment(
            invoice_id=invoice_id,
            claimed_by=user,
            claimed_at=utc_text(utc_now()),
            confirmed=False,
        )
    )
    return enqueue_op(session, OpKind.CLAIM, {"invoice_id": invoice_id}, user).op_key


def claim(database: Database, invoice_id: int, user: str) -> Future[str | None]:
    """:func:`claim_in_session` on the writer thread."""
    return database.writer.submit(lambda s: claim_in_session(s, invoice_id, user))


def release_in_session(session: Session, invoice_id: int, user: str) -> str:
    """Let go of an invoice (a manager may release anyone's claim: the server decides)."""
    held = session.get(TeamAssignment, invoice_id)
    if held is not None:
        session.delete(held)
    return enqueue_op(session, OpKind.RELEASE, {"invoice_id": invoice_id}, user).op_key


def release(database: Database, invoice_id: int, user: str) -> Future[str]:
    """:func:`release_in_session` on the writer thread."""
    return database.writer.submit(lambda s: release_in_session(s, invoice_id, user))


def checked_note(body: str) -> str:
    """The note's text, stripped (``validation.note_length`` when empty or too long)."""
    text = body.strip()
    if not text or len(text) > MAX_NOTE:
        raise ValidationError("validation.note_length", maximum=MAX_NOTE)
    return text


def note_in_session(
    session: Session, invoice_id: int, body: str, user: str, *, share: bool = True
) -> str:
    """An internal note on an invoice (never sent to the platform): queued for the team, or
    kept on this desktop only (``share=False``, solo mode). Returns the note's key."""
    text = checked_note(body)
    note_key = str(uuid.uuid4())
    created_at = utc_text(utc_now())
    if share:
        payload = {"invoice_id": invoice_id, "body": text, "note_key": note_key}
        created_at = enqueue_op(session, OpKind.NOTE, payload, user).created_at
    session.add(
        TeamNote(
            note_key=note_key,
            invoice_id=invoice_id,
            author=user,
            created_at=created_at,
            body=text,
            confirmed=False,
        )
    )
    return note_key


def add_note(database: Database, invoice_id: int, body: str, user: str) -> Future[str]:
    """An internal note for the team (:func:`note_in_session` on the writer thread)."""
    checked_note(body)
    return database.writer.submit(lambda s: note_in_session(s, invoice_id, body, user))


def share_search(
    database: Database, name: str, query: dict[str, Any], user: str, *, shared: bool = True
) -> Future[str]:
    """Save a search in the team store (shared with everyone, or private to ``user``)."""
    if not name.strip() or len(name) > 200:
        raise ValidationError("validation.search_name")
    body = {"name": name.strip(), "query": query, "shared": shared}
    return database.writer.submit(lambda s: enqueue_op(s, OpKind.SEARCH, body, user).op_key)


def queue_anchor_copy(session: Session, user: str) -> str | None:
    """Queue a copy of the anchors not yet sent to the team store (None: nothing new)."""
    copied = int(get_state(session, "anchors_copied") or 0)
    anchors = list(
        session.scalars(select(AuditAnchor).where(AuditAnchor.id > copied).order_by(AuditAnchor.id))
    )
    if not anchors:
        return None
    body = {
        "desktop_id": desktop_id(session),
        "anchors": [
            {
                "id": a.id,
                "last_event_id": a.last_event_id,
                "last_hash": a.last_hash,
                "event_count": a.event_count,
                "signed_at": a.signed_at,
                "signer_fingerprint": a.signer_fingerprint,
                "signature": a.signature,
            }
            for a in anchors
        ],
    }
    set_state(session, "anchors_copied", str(anchors[-1].id))
    return enqueue_op(session, OpKind.ANCHORS, body, user).op_key
