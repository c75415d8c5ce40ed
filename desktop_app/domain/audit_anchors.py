"""Signed anchors over the audit chain: what an anchor signs, and how anchors bound the trail.

An anchor records the id and hash of the chain's last event and how many events the chain
held, signed with the user's certificate key. The chain alone cannot reveal that its last
events were deleted; the newest anchor can: every event up to its ``last_event_id`` must
still be there, with the signed hash.

Signatures are checked outside the domain (with ``cryptography``); the outcome reaches
:func:`check_anchors` as :attr:`AnchorRecord.signature_problem`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.audit_chain import (
    AuditRecord,
    BreakKind,
    ChainBreak,
    canonical_details,
    verify_chain,
)

ANCHOR_FORMAT = "invoice-desk-audit-anchor/1"


@dataclass(frozen=True, slots=True)
class AnchorRecord:
    """One stored anchor, with the verdict on its signature (None: signature valid)."""

    anchor_id: int
    last_event_id: int
    last_hash: str
    event_count: int
    signed_at: str  # ISO 8601, UTC
    signer_subject: str
    signer_fingerprint: str  # SHA-256 of the certificate DER, lowercase hex
    signature_problem: str | None


@dataclass(frozen=True, slots=True)
class TrailVerification:
    """Outcome of checking the chain and its anchors."""

    event_count: int
    anchors_checked: int
    problem: ChainBreak | None
    latest_anchor: AnchorRecord | None = None

    @property
    def intact(self) -> bool:
        """True when no problem was found."""
        return self.problem is None


def anchor_payload(
    last_event_id: int,
    last_hash: str,
    event_count: int,
    signed_at: str,
    signer_fingerprint: str,
) -> bytes:
    """The canonical bytes an anchor's signature covers (sorted-key JSON, UTF-8)."""
    document = {
        "format": ANCHOR_FORMAT,
        "last_event_id": last_event_id,
        "last_hash": last_hash,
        "event_count": event_count,
        "signed_at": signed_at,
        "signer_fingerprint": signer_fingerprint,
    }
    return canonical_details(document).encode("utf-8")


def _forged(anchor: AnchorRecord) -> ChainBreak | None:
    if anchor.signature_problem is None:
        return None
    return ChainBreak(
        anchor.last_event_id,
        BreakKind.ANCHOR_FORGED,
        f"anchor {anchor.anchor_id}: {anchor.signature_problem}",
        anchor.anchor_id,
    )


def _truncated(records: Sequence[AuditRecord], newest: AnchorRecord) -> ChainBreak | None:
    present = {record.event_id for record in records}
    missing = next((i for i in range(1, newest.last_event_id + 1) if i not in present), None)
    if missing is None:
        return None
    return ChainBreak(
        missing,
        BreakKind.TRUNCATED,
        f"events {missing}..{newest.last_event_id} missing although anchor {newest.anchor_id}"
        f" (signed {newest.signed_at}) covers {newest.event_count} events",
        newest.anchor_id,
    )


def _mismatch(
    by_id: dict[int, AuditRecord], ids: list[int], anchor: AnchorRecord
) -> ChainBreak | None:
    record = by_id.get(anchor.last_event_id)
    if record is None:
        detail = f"anchor {anchor.anchor_id} refers to event {anchor.last_event_id}, absent"
    elif record.hash != anchor.last_hash:
        detail = f"anchor {anchor.anchor_id} signed another hash for this event"
    elif bisect_right(ids, anchor.last_event_id) != anchor.event_count:
        detail = f"anchor {anchor.anchor_id} counted {anchor.event_count} events up to here"
    else:
        return None
    return ChainBreak(anchor.last_event_id, BreakKind.ANCHOR_MISMATCH, detail, anchor.anchor_id)


def check_anchors(
    records: Sequence[AuditRecord], anchors: Sequence[AnchorRecord]
) -> ChainBreak | None:
    """First problem the anchors reveal in ``records`` (assumed an intact chain), or None.

    Order: a forged anchor, then events missing up to the newest anchor (truncation), then
    an anchor whose event no longer carries the signed hash.
    """
    ordered = sorted(anchors, key=lambda a: a.anchor_id)
    for anchor in ordered:
        forged = _forged(anchor)
        if forged is not None:
            return forged
    if not ordered:
        return None
    furthest = max(ordered, key=lambda a: (a.last_event_id, a.anchor_id))
    truncated = _truncated(records, furthest)
    if truncated is not None:
        return truncated
    by_id = {record.event_id: record for record in records}
    ids = sorted(by_id)
    for anchor in ordered:
        mismatch = _mismatch(by_id, ids, anchor)
        if mismatch is not None:
            return mismatch
    return None


def verify_trail_records(
    records: Sequence[AuditRecord], anchors: Sequence[AnchorRecord]
) -> TrailVerification:
    """Check the chain, then its anchors; the first problem found, with the counts."""
    problem = verify_chain(records) or check_anchors(records, anchors)
    latest = max(anchors, key=lambda a: a.anchor_id) if anchors else None
    return TrailVerification(len(records), len(anchors), problem, latest)
