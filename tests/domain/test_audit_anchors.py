"""Pure anchor rules: the signed bytes, and what anchors reveal about a list of records."""

from __future__ import annotations

import json

from desktop_app.domain.audit_anchors import (
    AnchorRecord,
    anchor_payload,
    check_anchors,
    verify_trail_records,
)
from desktop_app.domain.audit_chain import GENESIS_HASH, AuditRecord, BreakKind, event_hash


def _chain(count: int) -> list[AuditRecord]:
    records = []
    previous = GENESIS_HASH
    for i in range(1, count + 1):
        args = (i, "2026-11-25T10:00:00.000000Z", "clerk", "k", None, "{}")
        digest = event_hash(previous, *args)
        records.append(AuditRecord(i, *args[1:], previous_hash=previous, hash=digest))
        previous = digest
    return records


def _anchor(anchor_id: int, record: AuditRecord, problem: str | None = None) -> AnchorRecord:
    return AnchorRecord(
        anchor_id,
        record.event_id,
        record.hash,
        record.event_id,
        "2026-11-25T10:00:00.000000Z",
        "CN=Demo",
        "ab" * 32,
        problem,
    )


def test_payload_is_canonical_json_of_the_anchored_values() -> None:
    payload = anchor_payload(7, "f" * 64, 7, "2026-11-25T10:00:00.000000Z", "ab" * 32)
    document = json.loads(payload)
    assert list(document) == sorted(document)
    assert document["last_event_id"] == 7 and document["signer_fingerprint"] == "ab" * 32
    assert b" " not in payload
    assert payload != anchor_payload(7, "f" * 64, 6, "2026-11-25T10:00:00.000000Z", "ab" * 32)


def test_intact_records_and_anchors() -> None:
    records = _chain(10)
    result = verify_trail_records(records, [_anchor(1, records[4]), _anchor(2, records[9])])
    assert result.intact and (result.event_count, result.anchors_checked) == (10, 2)
    assert result.latest_anchor is not None and result.latest_anchor.anchor_id == 2


def test_truncation_names_the_first_missing_event() -> None:
    records = _chain(10)
    anchors = [_anchor(1, records[4]), _anchor(2, records[9])]
    problem = verify_trail_records(records[:6], anchors).problem
    assert problem is not None
    assert (problem.kind, problem.event_id, problem.anchor_id) == (BreakKind.TRUNCATED, 7, 2)


def test_events_after_the_newest_anchor_are_not_bounded() -> None:
    records = _chain(10)
    assert check_anchors(records[:8], [_anchor(1, records[4])]) is None


def test_forged_anchor_comes_first() -> None:
    records = _chain(6)
    anchors = [_anchor(1, records[2]), _anchor(2, records[5], "signature does not match")]
    problem = check_anchors(records[:4], anchors)
    assert problem is not None
    assert (problem.kind, problem.anchor_id, problem.event_id) == (BreakKind.ANCHOR_FORGED, 2, 6)


def test_anchor_with_another_hash_or_count_is_a_mismatch() -> None:
    records = _chain(5)
    other = _anchor(1, records[2])
    forged_hash = AnchorRecord(**{**_fields(other), "last_hash": "0" * 64})
    problem = check_anchors(records, [forged_hash])
    assert problem is not None and (problem.kind, problem.event_id) == (
        BreakKind.ANCHOR_MISMATCH,
        3,
    )
    wrong_count = AnchorRecord(**{**_fields(other), "event_count": 2})
    problem = check_anchors(records, [wrong_count])
    assert problem is not None and problem.kind == BreakKind.ANCHOR_MISMATCH


def test_chain_break_is_reported_before_anchor_findings() -> None:
    records = _chain(5)
    edited = AuditRecord(**{**_fields(records[1]), "actor": "someone else"})
    result = verify_trail_records([records[0], edited, *records[2:]], [_anchor(1, records[4])])
    assert result.problem is not None
    assert (result.problem.kind, result.problem.event_id) == (BreakKind.EDITED, 2)


def _fields(value: object) -> dict[str, object]:
    return {name: getattr(value, name) for name in value.__slots__}  # type: ignore[attr-defined]
