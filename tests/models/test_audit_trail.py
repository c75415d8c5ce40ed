"""The audit trail detects edited, deleted and reordered events in the SQLite file itself."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.audit_chain import BreakKind, ChainBreak
from desktop_app.models.audit_store import append_event, export_csv, export_json, verify_trail
from desktop_app.models.database import Database, open_database

REPO = Path(__file__).resolve().parents[2]


def _fill(database: Database, count: int = 6) -> None:
    for i in range(count):
        database.writer.run(
            lambda s, i=i: append_event(
                s,
                actor="clerk@demo",
                kind="invoice.rejected",
                invoice_id=1000 + i,
                details={"motif": "DOUBLON", "comment": f"commentaire {i}", "montant": "12.50"},
            )
        )


def _verify(path: Path) -> tuple[int, ChainBreak | None]:
    with open_database(path) as database, database.read() as session:
        result = verify_trail(session)
    return result.event_count, result.problem


def test_intact_trail_verifies(database: Database) -> None:
    _fill(database)
    with database.read() as session:
        result = verify_trail(session)
    assert (result.event_count, result.anchors_checked, result.problem) == (6, 0, None)


def test_edited_event_is_named(database: Database) -> None:
    _fill(database)
    database.close()
    with sqlite3.connect(database.path) as conn:
        conn.execute('UPDATE audit_events SET details = \'{"motif":"AUTRE"}\' WHERE id = 4')
    _, broken = _verify(database.path)
    assert broken is not None
    assert (broken.event_id, broken.kind) == (4, BreakKind.EDITED)


def test_deleted_event_is_named(database: Database) -> None:
    _fill(database)
    database.close()
    with sqlite3.connect(database.path) as conn:
        conn.execute("DELETE FROM audit_events WHERE id = 3")
    _, broken = _verify(database.path)
    assert broken is not None
    assert (broken.event_id, broken.kind) == (4, BreakKind.DELETED)


def test_deleted_first_event_is_detected(database: Database) -> None:
    _fill(database)
    database.close()
    with sqlite3.connect(database.path) as conn:
        conn.execute("DELETE FROM audit_events WHERE id = 1")
    _, broken = _verify(database.path)
    assert broken is not None
    assert (broken.event_id, broken.kind) == (2, BreakKind.DELETED)


def test_reordered_events_are_named(database: Database) -> None:
    _fill(database)
    database.close()
    with sqlite3.connect(database.path) as conn:
        cols = "occurred_at, actor, kind, invoice_id, details, previous_hash, hash"
        row3 = conn.execute(f"SELECT {cols} FROM audit_events WHERE id = 3").fetchone()
        row4 = conn.execute(f"SELECT {cols} FROM audit_events WHERE id = 4").fetchone()
        conn.execute("UPDATE audit_events SET hash = 'x' || hash WHERE id IN (3, 4)")
        sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
        conn.execute(f"UPDATE audit_events SET {sets} WHERE id = 3", row4)
        conn.execute(f"UPDATE audit_events SET {sets} WHERE id = 4", row3)
    _, broken = _verify(database.path)
    assert broken is not None
    assert (broken.event_id, broken.kind) == (3, BreakKind.REORDERED)


def test_rehashed_edit_still_breaks_the_next_link(database: Database) -> None:
    _fill(database)
    database.close()
    with sqlite3.connect(database.path) as conn:
        conn.execute(
            "UPDATE audit_events SET hash = "
            "CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END"
            " || substr(hash, 2) WHERE id = 2"
        )
    _, broken = _verify(database.path)
    assert broken is not None
    assert broken.event_id == 2


def test_exports_carry_the_chain(database: Database) -> None:
    _fill(database, 3)
    with database.read() as session:
        exported = json.loads(export_json(session))
        rows = list(csv.DictReader(io.StringIO(export_csv(session))))
    events = exported["events"]
    assert [e["id"] for e in events] == [1, 2, 3]
    assert events[1]["previous_hash"] == events[0]["hash"]
    assert events[0]["details"]["comment"] == "commentaire 0"
    assert [r["hash"] for r in rows] == [e["hash"] for e in events]


@pytest.mark.parametrize("tamper", [None, "DELETE FROM audit_events WHERE id = 2"])
def test_cli_verify_exit_code_and_message(tmp_path: Path, tamper: str | None) -> None:
    path = tmp_path / "cache.sqlite"
    with open_database(path) as database:
        _fill(database, 3)
    if tamper:
        with sqlite3.connect(path) as conn:
            conn.execute(tamper)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "audit", "verify", "--database", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if tamper:
        assert result.returncode == 1
        assert "ALTÉRÉE" in result.stderr
        assert "événement 3" in result.stderr
    else:
        assert result.returncode == 0, result.stderr
        assert "3 événements vérifiés" in result.stdout
