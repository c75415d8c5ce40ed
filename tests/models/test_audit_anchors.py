"""Signed anchors reveal truncation, forged anchors and rewritten chains in the SQLite file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from desktop_app.domain.audit_anchors import TrailVerification
from desktop_app.domain.audit_chain import BreakKind, event_hash
from desktop_app.models.anchor_signatures import SigningKey, certificate_fingerprint
from desktop_app.models.audit_anchors import create_anchor
from desktop_app.models.audit_store import append_event, export_json, verify_trail
from desktop_app.models.database import Database, open_database
from tests.models.anchor_keys import make_key, self_signed

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def signer() -> tuple[SigningKey, object]:
    key = make_key("ec")
    return key, self_signed(key)


def _fill(database: Database, count: int) -> None:
    def work(session: object) -> None:
        for i in range(count):
            append_event(
                session,  # type: ignore[arg-type]
                actor="clerk@demo",
                kind="invoice.suspended",
                invoice_id=2000 + i,
                details={"motif": "PIECE_MANQUANTE", "n": i},
            )

    database.writer.run(work)


def _anchor(database: Database, key: SigningKey, cert: object) -> int:
    anchor = database.writer.run(lambda s: create_anchor(s, key, cert))  # type: ignore[arg-type]
    assert anchor is not None
    return anchor.id


def _verify(path: Path, trusted: set[str] | None = None) -> TrailVerification:
    with open_database(path) as database, database.read() as session:
        return verify_trail(session, trusted)


def _sql(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.mark.parametrize("kind", ["ec", "rsa", "ed25519"])
def test_anchored_trail_verifies_with_each_key_type(database: Database, kind: str) -> None:
    key = make_key(kind)
    cert = self_signed(key)
    _fill(database, 6)
    _anchor(database, key, cert)
    _fill(database, 3)
    _anchor(database, key, cert)
    with database.read() as session:
        result = verify_trail(session)
    assert result.intact, result.problem
    assert (result.event_count, result.anchors_checked) == (9, 2)
    assert result.latest_anchor is not None
    assert result.latest_anchor.last_event_id == 9
    assert result.latest_anchor.signer_fingerprint == certificate_fingerprint(cert)
    assert "Agent Comptable Demo" in result.latest_anchor.signer_subject


def test_empty_trail_makes_no_anchor(database: Database, signer: tuple) -> None:
    key, cert = signer
    assert database.writer.run(lambda s: create_anchor(s, key, cert)) is None


def test_deleting_the_last_anchored_events_is_truncation(database: Database, signer: tuple) -> None:
    _fill(database, 10)
    anchor_id = _anchor(database, *signer)
    database.close()
    _sql(database.path, "DELETE FROM audit_events WHERE id >= 8")
    result = _verify(database.path)
    assert result.problem is not None
    assert (result.problem.kind, result.problem.event_id) == (BreakKind.TRUNCATED, 8)
    assert result.problem.anchor_id == anchor_id
    assert result.event_count == 7


def test_truncation_below_an_older_anchor_names_the_first_missing(
    database: Database, signer: tuple
) -> None:
    _fill(database, 6)
    _anchor(database, *signer)
    _fill(database, 4)
    _anchor(database, *signer)
    database.close()
    # the attacker also removes the newest anchor: the older one still bounds the trail
    _sql(
        database.path,
        "DELETE FROM audit_events WHERE id >= 5",
        "DELETE FROM audit_anchors WHERE id = 2",
    )
    problem = _verify(database.path).problem
    assert problem is not None
    assert (problem.kind, problem.event_id, problem.anchor_id) == (BreakKind.TRUNCATED, 5, 1)


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_anchors SET last_hash = (SELECT hash FROM audit_events WHERE id = 3),"
        " last_event_id = 3, event_count = 3",
        "UPDATE audit_anchors SET signature = substr(signature, 1, 19)"
        " || CASE WHEN substr(signature, 20, 1) = 'A' THEN 'B' ELSE 'A' END"
        " || substr(signature, 21)",
        "UPDATE audit_anchors SET signature = 'A' || substr(signature, 2)"
        " WHERE substr(signature, 1, 1) != 'A'",
        "UPDATE audit_anchors SET signed_at = '2020-01-01T00:00:00.000000Z'",
        # one character always changed (a random fingerprint may hold no 'a' at all)
        "UPDATE audit_anchors SET signer_fingerprint ="
        " CASE WHEN substr(signer_fingerprint, 1, 1) = 'a' THEN 'b' ELSE 'a' END"
        " || substr(signer_fingerprint, 2)",
        "UPDATE audit_anchors SET signature = '***'",
    ],
)
def test_edited_anchor_is_forged(database: Database, signer: tuple, tamper: str) -> None:
    _fill(database, 5)
    _anchor(database, *signer)
    database.close()
    _sql(database.path, tamper)
    problem = _verify(database.path).problem
    assert problem is not None
    assert (problem.kind, problem.anchor_id) == (BreakKind.ANCHOR_FORGED, 1)


def test_anchor_resigned_with_another_certificate_is_forged(
    database: Database, signer: tuple
) -> None:
    _fill(database, 5)
    _anchor(database, *signer)
    database.close()
    other = self_signed(make_key("ec"), "Intrus")
    pem = other.public_bytes(serialization.Encoding.PEM)
    with sqlite3.connect(database.path) as conn:
        conn.execute("UPDATE audit_anchors SET certificate_pem = ?", (pem.decode(),))
    problem = _verify(database.path).problem
    assert problem is not None and problem.kind == BreakKind.ANCHOR_FORGED
    assert "fingerprint" in problem.detail


def test_truncate_and_resign_with_own_key_is_caught_by_trusted_fingerprints(
    database: Database, signer: tuple
) -> None:
    _fill(database, 8)
    _anchor(database, *signer)
    intruder_key = make_key("ec")
    intruder = self_signed(intruder_key, "Intrus")
    database.close()
    _sql(database.path, "DELETE FROM audit_events WHERE id >= 6", "DELETE FROM audit_anchors")
    with open_database(database.path) as reopened:
        _anchor(reopened, intruder_key, intruder)
    assert _verify(database.path).intact  # its own signature holds...
    trusted = {certificate_fingerprint(signer[1])}
    problem = _verify(database.path, trusted).problem  # ...but not by the user's certificate
    assert problem is not None and problem.kind == BreakKind.ANCHOR_FORGED
    assert "not trusted" in problem.detail


def _rewrite_chain_from(path: Path, first_id: int) -> None:
    """Edit event ``first_id`` and recompute every hash after it, as a careful forger would."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            'UPDATE audit_events SET details = \'{"motif":"AUTRE"}\' WHERE id = ?', (first_id,)
        )
        rows = conn.execute(
            "SELECT id, occurred_at, actor, kind, invoice_id, details, previous_hash"
            " FROM audit_events ORDER BY id"
        ).fetchall()
        previous = None
        for event_id, occurred, actor, kind, invoice_id, details, stored_previous in rows:
            prev = stored_previous if previous is None else previous
            new = event_hash(prev, event_id, occurred, actor, kind, invoice_id, details)
            if event_id >= first_id:
                conn.execute(
                    "UPDATE audit_events SET previous_hash = ?, hash = ? WHERE id = ?",
                    (prev, new, event_id),
                )
            previous = new


def test_rewritten_chain_is_caught_by_the_anchor_on_the_edited_span(
    database: Database, signer: tuple
) -> None:
    _fill(database, 5)
    _anchor(database, *signer)
    _fill(database, 5)
    _anchor(database, *signer)
    database.close()
    _rewrite_chain_from(database.path, 3)
    problem = _verify(database.path).problem
    assert problem is not None
    assert (problem.kind, problem.event_id, problem.anchor_id) == (
        BreakKind.ANCHOR_MISMATCH,
        5,
        1,
    )


def test_plain_edit_of_an_anchored_event_is_named(database: Database, signer: tuple) -> None:
    _fill(database, 5)
    _anchor(database, *signer)
    database.close()
    _sql(database.path, "UPDATE audit_events SET actor = 'autre' WHERE id = 5")
    problem = _verify(database.path).problem
    assert problem is not None
    assert (problem.kind, problem.event_id) == (BreakKind.EDITED, 5)


def test_json_export_carries_the_anchors(database: Database, signer: tuple) -> None:
    _fill(database, 4)
    _anchor(database, *signer)
    with database.read() as session:
        exported = json.loads(export_json(session))
    (anchor,) = exported["anchors"]
    assert anchor["last_event_id"] == 4 and anchor["event_count"] == 4
    assert anchor["last_hash"] == exported["events"][-1]["hash"]
    assert anchor["certificate_pem"].startswith("-----BEGIN CERTIFICATE-----")
    assert anchor["signer_fingerprint"] == certificate_fingerprint(signer[1])


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (
            "DELETE FROM audit_events WHERE id >= 3",
            "les derniers événements ont été supprimés à partir de l'événement 3",
        ),
        (
            "UPDATE audit_anchors SET event_count = 3",
            "l'ancre signée n° 1 (événement 4) est falsifiée",
        ),
    ],
)
def test_cli_reports_anchor_problems_in_french(
    tmp_path: Path, signer: tuple, tamper: str, expected: str
) -> None:
    path = tmp_path / "cache.sqlite"
    # this test's own record of signers: another test's anchors on this machine are not ours
    signers = tmp_path / "audit-signers.json"
    verify = [sys.executable, "-m", "desktop_app", "audit", "verify"]
    with open_database(path) as database:
        _fill(database, 4)
        _anchor(database, *signer)
    ok = subprocess.run(
        [*verify, "--database", str(path), "--signers-file", str(signers)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert "4 événements vérifiés, 1 ancre(s) signée(s) vérifiée(s)" in ok.stdout
    _sql(path, tamper)
    result = subprocess.run(
        [*verify, "--database", str(path), "--signers-file", str(signers)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1
    assert "Piste d'audit ALTÉRÉE" in result.stderr
    assert expected in result.stderr


def test_cli_trusted_fingerprint_refuses_other_signers(tmp_path: Path, signer: tuple) -> None:
    path = tmp_path / "cache.sqlite"
    with open_database(path) as database:
        _fill(database, 3)
        _anchor(database, *signer)
    command = [sys.executable, "-m", "desktop_app", "audit", "verify", "--database", str(path)]
    own = certificate_fingerprint(signer[1])
    ok = subprocess.run(
        [*command, "--trusted-fingerprint", own.upper()],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    refused = subprocess.run(
        [*command, "--trusted-fingerprint", "00" * 32],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert refused.returncode == 1
    assert "l'ancre signée n° 1 (événement 3) est falsifiée" in refused.stderr
