"""A damaged cache is never taken for a new one, and repairing it keeps the queued actions.

Real SQLite files damaged the way users' files are (emptied, byte-flipped, header lost);
the disk-full case uses SQLite's own page limit, which raises the real SQLITE_FULL error.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop_app.models import Invoice, OutboxEntry
from desktop_app.models.cache_health import classify, is_sqlite_error, marker_path
from desktop_app.models.database import open_database, repair_database
from desktop_app.models.migrations_runner import DatabaseOpenError
from desktop_app.models.outbox_store import enqueue_action
from tests.models.factories import invoice_values


def _cache_with_actions(path: Path, count: int, *, start: int = 0) -> None:
    with open_database(path) as db:

        def work(session):  # type: ignore[no-untyped-def]
            for n in range(start, start + count):
                values = invoice_values(n)
                if session.get(Invoice, values["id"]) is None:
                    session.add(Invoice(**values))
                    session.flush()
                enqueue_action(
                    session,
                    invoice_id=values["id"],
                    action="suspend",
                    endpoint="traiter/recue",
                    payload={"idFacture": values["id"], "nouveauStatut": "SUSPENDUE", "motif": "x"},
                )

        db.writer.submit(work).result(timeout=30)


def _open_keys(path: Path) -> set[str]:
    with open_database(path) as db, db.read() as session:
        return set(session.scalars(select(OutboxEntry.idempotency_key)))


def _flip_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # every page header after the first two
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def test_a_new_path_opens_as_a_new_cache_and_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    open_database(path).close()
    assert marker_path(path).exists()
    assert list(tmp_path.glob("cache.sqlite.backup-auto-*")), "a first backup is taken on close"


def test_an_emptied_cache_is_damage_not_a_fresh_start(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    _cache_with_actions(path, 5)
    path.write_bytes(b"")
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert caught.value.key == "database.damaged"
    assert path.stat().st_size == 0, "nothing written over the damaged file"


def test_repair_of_an_emptied_cache_restores_the_backup_with_its_actions(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    _cache_with_actions(path, 5)
    keys = _open_keys(path)
    path.write_bytes(b"")
    result = repair_database(path)
    assert result.restored_from is not None and result.damaged_copy is not None
    assert result.damaged_copy.exists()
    assert _open_keys(path) == keys and len(keys) == 5


def test_a_byte_flipped_cache_is_refused_then_repaired_keeping_later_actions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite"
    _cache_with_actions(path, 2)  # the backup taken at close holds these two
    with sqlite3.connect(path) as conn:  # plenty of pages so damage can miss the outbox
        conn.execute("CREATE TABLE IF NOT EXISTS filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("y" * 500,)] * 2000)
    for backup in tmp_path.glob("cache.sqlite.backup-*"):
        backup.touch()  # still recent: the next close takes no new backup
    _cache_with_actions(path, 3, start=2)  # queued after the backup
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        outbox_pages = {
            r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name LIKE '%outbox%'")
        }
    data = bytearray(path.read_bytes())
    damaged_page = max(set(range(3, len(data) // 4096)) - outbox_pages)
    data[(damaged_page - 1) * 4096 : (damaged_page - 1) * 4096 + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert caught.value.key == "database.damaged"
    result = repair_database(path)
    assert result.actions_recovered == 3, "the three actions newer than the backup came back"
    with open_database(path) as db, db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM outbox")) == 5
        assert session.scalar(text("PRAGMA integrity_check")) == "ok"


def test_migrate_repair_command_says_what_it_did(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import cli

    path = tmp_path / "cache.sqlite"
    _cache_with_actions(path, 1)
    path.write_bytes(b"")
    assert cli.run(argparse.Namespace(database=path, repair=False)) == 3
    err = capsys.readouterr().err
    assert "endommagé" in err and "--repair" in err and "Traceback" not in err
    assert cli.run(argparse.Namespace(database=path, repair=True)) == 0
    out = capsys.readouterr().out
    assert "actions en attente : 1" in out


def test_audit_verify_refuses_to_call_a_damaged_file_intact(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import audit_cli

    path = tmp_path / "cache.sqlite"
    _cache_with_actions(path, 1)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("y" * 500,)] * 3000)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='filler'").fetchone()[0]
        leaf = conn.execute("SELECT max(pageno) FROM dbstat WHERE name='filler'").fetchone()[0]
    assert leaf != root
    data = bytearray(path.read_bytes())
    data[(leaf - 1) * 4096 + 3 : (leaf - 1) * 4096 + 5] = b"\xff\xff"  # its cell count
    path.write_bytes(bytes(data))
    args = argparse.Namespace(
        action="verify",
        database=path,
        format="json",
        output=None,
        trusted_fingerprint=None,
        signers_file=tmp_path / "signers.json",
    )
    code = audit_cli.run(args)
    captured = capsys.readouterr()
    assert code != 0
    assert "intègre" not in captured.out
    assert "endommagé" in captured.err


def test_disk_full_is_told_as_disk_full(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(sqlite3.OperationalError) as caught:
            conn.executemany(
                "INSERT INTO saved_searches (owner, name, criteria, created_at)"
                " VALUES ('', ?, ?, '')",
                [(f"n{i}", "q" * 4000) for i in range(200)],
            )
    assert is_sqlite_error(caught.value)
    assert classify(caught.value, path).key == "database.disk_full"
