"""Append audit events to the hash chain (on the writer thread), verify it, export it."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.audit_anchors import ANCHOR_FORMAT, TrailVerification, verify_trail_records
from desktop_app.domain.audit_chain import (
    GENESIS_HASH,
    AuditRecord,
    canonical_details,
    event_hash,
)
from desktop_app.models.audit_anchors import anchor_records, stored_anchors
from desktop_app.models.types import utc_now, utc_text
from desktop_app.models.work import AuditEvent


def append_event(
    session: Session,
    *,
    actor: str,
    kind: str,
    invoice_id: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Add one event chained to the last one. Call only on the writer thread."""
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    event_id = (last[0] + 1) if last else 1
    previous = last[1] if last else GENESIS_HASH
    occurred = utc_now()
    body = canonical_details(details or {})
    stamp = utc_text(occurred)
    event = AuditEvent(
        id=event_id,
        occurred_at=occurred,
        actor=actor,
        kind=kind,
        invoice_id=invoice_id,
        details=body,
        previous_hash=previous,
        hash=event_hash(previous, event_id, stamp, actor, kind, invoice_id, body),
    )
    session.add(event)
    session.flush()
    return event


def _records(session: Session) -> list[AuditRecord]:
    rows = session.execute(
        select(
            AuditEvent.id,
            AuditEvent.occurred_at,
            AuditEvent.actor,
            AuditEvent.kind,
            AuditEvent.invoice_id,
            AuditEvent.details,
            AuditEvent.previous_hash,
            AuditEvent.hash,
        ).order_by(AuditEvent.id)
    )
    return [
        AuditRecord(
            event_id=row[0],
            occurred_at=utc_text(row[1]),
            actor=row[2],
            kind=row[3],
            invoice_id=row[4],
            details=row[5],
            previous_hash=row[6],
            hash=row[7],
        )
        for row in rows
    ]


def verify_trail(
    session: Session, trusted_fingerprints: Collection[str] | None = None
) -> TrailVerification:
    """Check the chain and its signed anchors: counts and the first problem (or None).

    Each anchor's signature is verified with its certificate's public key; with
    ``trusted_fingerprints``, an anchor signed by any other certificate counts as forged.
    """
    records = _records(session)
    return verify_trail_records(records, anchor_records(session, trusted_fingerprints))


def event_count(session: Session) -> int:
    """How many events the trail holds."""
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def export_json(session: Session) -> str:
    """The whole trail with its chain and signed anchors, as JSON (for an auditor)."""
    records = _records(session)
    return json.dumps(
        {
            "format": "invoice-desk-audit-trail/1",
            "genesis": GENESIS_HASH,
            "events": [
                {
                    "id": r.event_id,
                    "occurred_at": r.occurred_at,
                    "actor": r.actor,
                    "kind": r.kind,
                    "invoice_id": r.invoice_id,
                    "details": json.loads(r.details),
                    "previous_hash": r.previous_hash,
                    "hash": r.hash,
                }
                for r in records
            ],
            "anchor_format": ANCHOR_FORMAT,
            "anchors": [
                {
                    "id": a.id,
                    "last_event_id": a.last_event_id,
                    "last_hash": a.last_hash,
                    "event_count": a.event_count,
                    "signed_at": a.signed_at,
                    "signer_subject": a.signer_subject,
                    "signer_fingerprint": a.signer_fingerprint,
                    "algorithm": a.algorithm,
                    "signature": a.signature,
                    "certificate_pem": a.certificate_pem,
                }
                for a in stored_anchors(session)
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def export_csv(session: Session) -> str:
    """The trail as CSV, one event a row, hashes included."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["id", "occurred_at", "actor", "kind", "invoice_id", "details", "previous_hash", "hash"]
    )
    for r in _records(session):
        writer.writerow(
            [
                r.event_id,
                r.occurred_at,
                r.actor,
                r.kind,
                r.invoice_id,
                r.details,
                r.previous_hash,
                r.hash,
            ]
        )
    return out.getvalue()
