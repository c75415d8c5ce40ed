"""Tamper-evident audit trail: each event's hash covers its content and the previous hash.

Verification names the first broken event and says whether it was edited, deleted (a gap
before it) or reordered (its predecessor's hash belongs to an event stored elsewhere).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One stored event, as read back for verification."""

    event_id: int
    occurred_at: str  # ISO 8601, UTC
    actor: str
    kind: str
    invoice_id: int | None
    details: str  # canonical JSON
    previous_hash: str
    hash: str


class BreakKind(StrEnum):
    """How the chain was broken at an event."""

    EDITED = "edited"
    DELETED = "deleted"
    REORDERED = "reordered"
    TRUNCATED = "truncated"  # events after the newest signed anchor were removed
    ANCHOR_FORGED = "anchor_forged"  # an anchor's signature or certificate does not hold
    ANCHOR_MISMATCH = "anchor_mismatch"  # an anchored event no longer has the signed hash


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first event where the chain no longer holds."""

    event_id: int
    kind: BreakKind
    detail: str
    anchor_id: int | None = None  # the anchor that revealed the break, if one did


def canonical_details(details: Mapping[str, Any]) -> str:
    """Details as canonical JSON (sorted keys, no spaces), the form that is hashed."""
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(
    previous_hash: str,
    event_id: int,
    occurred_at: str,
    actor: str,
    kind: str,
    invoice_id: int | None,
    details: str,
) -> str:
    """SHA-256 over the previous hash and every field of the event."""
    material = json.dumps(
        [previous_hash, event_id, occurred_at, actor, kind, invoice_id, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def recompute(record: AuditRecord) -> str:
    """The hash ``record`` should carry given its content."""
    return event_hash(
        record.previous_hash,
        record.event_id,
        record.occurred_at,
        record.actor,
        record.kind,
        record.invoice_id,
        record.details,
    )


def verify_chain(records: Sequence[AuditRecord]) -> ChainBreak | None:
    """Check ``records`` (in stored id order); return the first break, or None when intact."""
    hashes_elsewhere = {record.hash: record.event_id for record in records}
    expected_previous = GENESIS_HASH
    expected_id = 1
    for record in records:
        if record.event_id != expected_id:
            return ChainBreak(
                record.event_id,
                BreakKind.DELETED,
                f"event(s) {expected_id}..{record.event_id - 1} missing before this one",
            )
        if record.previous_hash != expected_previous:
            owner = hashes_elsewhere.get(record.previous_hash)
            if owner is not None and owner != record.event_id:
                return ChainBreak(
                    record.event_id,
                    BreakKind.REORDERED,
                    f"follows event {owner} in the chain but is stored after another event",
                )
            if recompute(record) != record.hash:
                return ChainBreak(record.event_id, BreakKind.EDITED, "content does not match hash")
            return ChainBreak(
                record.event_id,
                BreakKind.DELETED,
                "the event before it was removed or replaced",
            )
        if recompute(record) != record.hash:
            return ChainBreak(record.event_id, BreakKind.EDITED, "content does not match hash")
        expected_previous = record.hash
        expected_id = record.event_id + 1
    return None
