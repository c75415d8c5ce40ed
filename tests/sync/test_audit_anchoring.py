"""Audit anchors signed by the sync side: every N events, at the end of a run, never in PISTE."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from desktop_app.domain.actions import mark_service_done
from desktop_app.domain.audit_chain import BreakKind
from desktop_app.models.audit_anchors import AuditAnchor, stored_anchors
from desktop_app.models.audit_signers import trusted_fingerprints
from desktop_app.models.audit_store import append_event, verify_trail
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.sync.actions import queue_status_change
from desktop_app.sync.audit_anchoring import anchor_if_due, anchor_now
from desktop_app.sync.engine import EngineOptions, SyncEngine
from desktop_app.sync.http_signatures import ClientIdentity, certificate_thumbprint
from desktop_app.sync.pull import PullOptions
from tests.models.anchor_keys import make_key, self_signed
from tests.sync.conftest import FAST_BACKOFF, make_client, start


def _identity(kind: str = "ec") -> ClientIdentity:
    key = make_key(kind)
    cert = self_signed(key)
    der = cert.public_bytes(serialization.Encoding.DER)
    return ClientIdentity(key, cert, der, certificate_thumbprint(der))  # type: ignore[arg-type]


def _append(database: Database) -> None:
    database.writer.run(
        lambda s: append_event(s, actor="clerk", kind="invoice.viewed", invoice_id=1)
    )


def _anchors(database: Database) -> list[tuple[int, int]]:
    with database.read() as session:
        return [(a.last_event_id, a.event_count) for a in stored_anchors(session)]


@pytest.mark.parametrize("kind", ["ec", "rsa"])
def test_anchor_every_n_events_then_at_end_of_run(database: Database, kind: str) -> None:
    identity = _identity(kind)
    made = []
    for _ in range(12):
        _append(database)
        made.append(anchor_if_due(database, identity, every=5))
    assert [m.last_event_id for m in made if m is not None] == [5, 10]
    end = anchor_if_due(database, identity, every=5, end_of_run=True)
    assert end is not None and (end.last_event_id, end.event_count) == (12, 12)
    assert anchor_if_due(database, identity, every=5, end_of_run=True) is None  # nothing new
    assert _anchors(database) == [(5, 5), (10, 10), (12, 12)]
    with database.read() as session:
        result = verify_trail(session)
    assert result.intact and (result.event_count, result.anchors_checked) == (12, 3)
    fingerprint = hashlib.sha256(identity.certificate_der).hexdigest()
    assert end.signer_fingerprint == fingerprint


def test_without_a_key_there_is_no_anchor(database: Database) -> None:
    for _ in range(3):
        _append(database)
    assert anchor_if_due(database, None, every=1, end_of_run=True) is None
    assert _anchors(database) == []


def test_anchor_now_then_truncation_is_detected(database: Database) -> None:
    identity = _identity()
    assert anchor_now(database, identity) is None  # empty trail
    for _ in range(7):
        _append(database)
    made = anchor_now(database, identity)
    assert made is not None and made.last_event_id == 7
    database.close()
    with sqlite3.connect(database.path) as conn:
        conn.execute("DELETE FROM audit_events WHERE id > 4")
    with open_database(database.path) as reopened, reopened.read() as session:
        problem = verify_trail(session).problem
    assert problem is not None and (problem.kind, problem.event_id) == (BreakKind.TRUNCATED, 5)


def _options(every: int, signers_file: Path | None = None) -> EngineOptions:
    return EngineOptions(
        files="none",
        pull=PullOptions(page_size=100, backoff=FAST_BACKOFF),
        anchor_every=every,
        signers_file=signers_file,
    )


def test_sync_run_signs_an_anchor_with_the_users_certificate(sandbox, tmp_path: Path) -> None:
    with (
        open_database(tmp_path / "cache.sqlite") as database,
        make_client(sandbox, user="manager") as client,
    ):
        signers = tmp_path / "audit-signers.json"
        engine = SyncEngine(database, client, options=_options(every=100, signers_file=signers))
        engine.run_once()
        with database.read() as session:
            ids = list(
                session.scalars(
                    select(Invoice.id)
                    .where(Invoice.status == "MISE_A_DISPOSITION")
                    .order_by(Invoice.id)
                    .limit(2)
                )
            )
        assert ids
        for invoice_id in ids:
            queue_status_change(database, invoice_id, mark_service_done("MISE_A_DISPOSITION"))
        database.writer.run(lambda _s: None)  # the queued actions are stored
        finished = engine.run_once()
        assert finished.error_key is None, finished.error_message
        with database.read() as session:
            anchors = list(session.scalars(select(AuditAnchor)))
            result = verify_trail(session)
        assert result.intact, result.problem
        assert len(anchors) == 1  # fewer than 100 events: one anchor, at the end of the run
        (anchor,) = anchors
        # one "sync.action_done" event per action sent, all under the end-of-run anchor
        assert anchor.last_event_id == result.event_count == len(ids)
        identity = client.settings.identity
        assert identity is not None
        assert anchor.signer_fingerprint == hashlib.sha256(identity.certificate_der).hexdigest()
        # the machine remembers the signer, outside the cache
        with database.read() as session:
            assert verify_trail(session, trusted_fingerprints(signers)).intact
        assert trusted_fingerprints(signers) == {anchor.signer_fingerprint}
        engine.run_once()  # nothing new since: no further anchor
        with database.read() as session:
            assert len(stored_anchors(session)) == 1


def test_sync_run_in_piste_mode_signs_nothing(tmp_path: Path) -> None:
    with (
        start(tmp_path / "sandbox", invoices=20, mode="piste") as sandbox,
        open_database(tmp_path / "cache.sqlite") as database,
        make_client(sandbox) as client,
    ):
        assert client.settings.identity is None
        _append(database)
        finished = SyncEngine(database, client, options=_options(every=1)).run_once()
        assert finished.error_key is None, finished.error_message
        assert _anchors(database) == []


def test_anchor_re_signed_by_another_certificate_is_caught_by_the_machines_signers(
    database: Database, tmp_path: Path
) -> None:
    """Someone rewrites the cache: drops the last events and every anchor, then signs a fresh
    anchor with a certificate of their own. The anchor is consistent with the file, but its
    signer never signed here: verification with the machine's record reports it forged."""
    from desktop_app.models.audit_signers import load_trusted_signers, trusted_fingerprints

    signers = tmp_path / "config" / "audit-signers.json"
    user = _identity("ec")
    for _ in range(6):
        _append(database)
    made = anchor_now(database, user, signers_file=signers)
    assert made is not None
    assert load_trusted_signers(signers) == {made.signer_fingerprint: made.signer_subject}
    path = database.path
    database.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM audit_events WHERE id > 4")
        conn.execute("DELETE FROM audit_anchors")
    with open_database(path) as tampered:
        forger = anchor_now(tampered, _identity("ec"))  # not recorded: another machine's key
        assert forger is not None
        with tampered.read() as session:
            assert verify_trail(session).intact  # the file alone is self-consistent
            result = verify_trail(session, trusted_fingerprints(signers))
    assert result.problem is not None
    assert result.problem.kind is BreakKind.ANCHOR_FORGED
    assert result.problem.anchor_id == forger.anchor_id
