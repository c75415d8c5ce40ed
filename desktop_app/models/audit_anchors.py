"""Signed anchors of the audit trail: the table, creating one (writer thread), reading them.

Creating an anchor is deliberately NOT an audit event: an event would move the chain's end
past the anchor just signed, calling for another anchor, and so on without end.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop_app.domain.audit_anchors import AnchorRecord, anchor_payload
from desktop_app.models.base import Base
from desktop_app.models.types import utc_now, utc_text
from desktop_app.models.work import AuditEvent

if TYPE_CHECKING:  # cryptography loads when an anchor is signed or checked, not at start-up
    from cryptography import x509

    from desktop_app.models.anchor_signatures import SigningKey


class AuditAnchor(Base):
    """A signature over the audit chain's end at one moment (see the module docstring)."""

    __tablename__ = "audit_anchors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    last_event_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    event_count: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC text, as signed
    signer_subject: Mapped[str] = mapped_column(String(400))
    signer_fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the cert DER
    certificate_pem: Mapped[str] = mapped_column(Text)
    algorithm: Mapped[str] = mapped_column(String(40))
    signature: Mapped[str] = mapped_column(Text)  # base64


@dataclass(frozen=True, slots=True)
class AnchorPosition:
    """Where the chain ends and how far the newest anchor reaches."""

    last_event_id: int | None
    last_hash: str | None
    event_count: int
    anchored_event_id: int  # 0 when nothing is anchored yet

    @property
    def unanchored(self) -> int:
        """Events appended since the newest anchor."""
        return (self.last_event_id or 0) - self.anchored_event_id


def anchor_position(session: Session) -> AnchorPosition:
    """The chain's end and the newest anchor's reach."""
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    count = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    anchored = session.scalar(select(func.max(AuditAnchor.last_event_id))) or 0
    return AnchorPosition(
        last[0] if last else None, last[1] if last else None, count, int(anchored)
    )


def create_anchor(
    session: Session, key: SigningKey, certificate: x509.Certificate
) -> AuditAnchor | None:
    """Sign the chain's current end; None when the trail is empty. Writer thread only.

    Not recorded as an audit event (see the module docstring).
    """
    from desktop_app.models.anchor_signatures import (
        certificate_fingerprint,
        certificate_pem,
        sign_anchor,
        subject_text,
    )

    position = anchor_position(session)
    if position.last_event_id is None or position.last_hash is None:
        return None
    fingerprint = certificate_fingerprint(certificate)
    signed_at = utc_text(utc_now())
    payload = anchor_payload(
        position.last_event_id, position.last_hash, position.event_count, signed_at, fingerprint
    )
    algorithm, signature = sign_anchor(key, certificate, payload)
    anchor = AuditAnchor(
        last_event_id=position.last_event_id,
        last_hash=position.last_hash,
        event_count=position.event_count,
        signed_at=signed_at,
        signer_subject=subject_text(certificate),
        signer_fingerprint=fingerprint,
        certificate_pem=certificate_pem(certificate),
        algorithm=algorithm,
        signature=signature,
    )
    session.add(anchor)
    session.flush()
    return anchor


def stored_anchors(session: Session) -> list[AuditAnchor]:
    """Every anchor, oldest first."""
    return list(session.scalars(select(AuditAnchor).order_by(AuditAnchor.id)))


def anchor_records(
    session: Session, trusted_fingerprints: Collection[str] | None = None
) -> list[AnchorRecord]:
    """Every anchor with its signature checked (``cryptography``), for the domain's check."""
    from desktop_app.models.anchor_signatures import signature_problem

    records = []
    for anchor in stored_anchors(session):
        payload = anchor_payload(
            anchor.last_event_id,
            anchor.last_hash,
            anchor.event_count,
            anchor.signed_at,
            anchor.signer_fingerprint,
        )
        problem = signature_problem(
            certificate_pem_text=anchor.certificate_pem,
            stored_fingerprint=anchor.signer_fingerprint,
            algorithm=anchor.algorithm,
            signature_b64=anchor.signature,
            payload=payload,
            trusted_fingerprints=trusted_fingerprints,
        )
        records.append(
            AnchorRecord(
                anchor_id=anchor.id,
                last_event_id=anchor.last_event_id,
                last_hash=anchor.last_hash,
                event_count=anchor.event_count,
                signed_at=anchor.signed_at,
                signer_subject=anchor.signer_subject,
                signer_fingerprint=anchor.signer_fingerprint,
                signature_problem=problem,
            )
        )
    return records
