"""Start-up migrations: empty -> head, upgrade of a real older file, refusal of newer files."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.models import Invoice, OutboxEntry
from desktop_app.models.database import open_database
from desktop_app.models.migrations_runner import DatabaseOpenError, head_revision, read_revision
from desktop_app.models.queries import InvoiceFilter, fetch_ids

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}


def test_empty_file_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    with open_database(path) as db:
        assert db.migration.from_revision is None
        assert db.migration.to_revision == head_revision() == "0012"
        assert db.migration.backup_path is None
    assert read_revision(path) == "0012"
    tables = {"invoices", "outbox", "invoices_fts", "saved_searches", "audit_events"}
    assert tables | {"audit_anchors"} <= _tables(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_at_head_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    open_database(path).close()
    with open_database(path) as db:
        assert db.migration.from_revision == db.migration.to_revision
        assert db.migration.backup_path is None
    assert not list(tmp_path.glob("*.backup-0*")), "no migration backup (the periodic one aside)"


def test_real_rev0001_file_is_upgraded_with_a_backup_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    shutil.copy(FIXTURES / "cache-rev0001.sqlite", path)
    assert read_revision(path) == "0001"
    with open_database(path) as db:
        assert db.migration.from_revision == "0001"
        backup = db.migration.backup_path
        assert backup is not None and backup.exists()
        assert read_revision(backup) == "0001"
        with db.read() as session:
            invoice = session.get(Invoice, 120455871)
            assert invoice is not None
            assert invoice.amount_incl_vat == Decimal("1500.00")
            assert invoice.supplier_name == "FOURNITURES DEMO SAS"
            credit = session.get(Invoice, 120455872)
            assert credit is not None and credit.amount_incl_vat == Decimal("-120.00")
            outbox = session.scalars(select(OutboxEntry)).one()
            assert outbox.state == "sending"
            # the full-text index built by 0002 covers invoices written by 0001
            assert fetch_ids(session, InvoiceFilter(text="papeterie")) == [120455872]
            assert fetch_ids(session, InvoiceFilter(text="livraison")) == [120455871, 120455872]


def test_upgrade_from_0004_keeps_existing_invoices_seen(tmp_path: Path) -> None:
    """Invoices cached before revision 0005 are not "new": the user had them already."""
    from alembic import command

    from desktop_app.models.database import make_migration_engine
    from desktop_app.models.migrations_runner import alembic_config
    from desktop_app.models.queries import new_counts

    path = tmp_path / "cache.sqlite"
    shutil.copy(FIXTURES / "cache-rev0001.sqlite", path)
    engine = make_migration_engine(path)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.commit()
    engine.dispose()
    assert read_revision(path) == "0004"
    with open_database(path) as db:
        assert db.migration.from_revision == "0004"
        assert db.migration.to_revision == head_revision()
        with db.read() as session:
            invoices = session.scalars(select(Invoice)).all()
            assert len(invoices) == 2 and not any(i.is_new for i in invoices)
            assert new_counts(session) == {}


def test_upgrade_to_0009_gives_each_invoice_its_structure_with_a_backup(tmp_path: Path) -> None:
    """Revision 0009: an invoice cached without its structure id but with the structure's
    SIRET gets the id of the account's structure of that SIRET; the file is backed up first
    and the per-structure index exists."""
    from alembic import command

    from desktop_app.models.database import make_migration_engine
    from desktop_app.models.migrations_runner import alembic_config

    path = tmp_path / "cache.sqlite"
    shutil.copy(FIXTURES / "cache-rev0001.sqlite", path)
    engine = make_migration_engine(path)
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.commit()
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO structures (id, siret, name) VALUES (777, '21690123100011', 'X')")
        conn.execute(
            "UPDATE invoices SET structure_id = NULL, structure_code = '21690123100011'"
            " WHERE id = 120455871"
        )
        conn.execute(
            "UPDATE invoices SET structure_id = NULL, structure_code = '99999999999999'"
            " WHERE id = 120455872"
        )
    with open_database(path) as db:
        assert db.migration.from_revision == "0005"
        backup = db.migration.backup_path
        assert backup is not None and read_revision(backup) == "0005"
        with db.read() as session:
            assert session.get(Invoice, 120455871).structure_id == 777  # type: ignore[union-attr]
            assert session.get(Invoice, 120455872).structure_id is None  # type: ignore[union-attr]
    with sqlite3.connect(path) as conn:
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(invoices)")}
    assert "ix_invoices_structure_inbox" in indexes


def test_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert caught.value.key == "database.too_new"
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.backup-9999*"))


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert caught.value.key == "database.unknown_schema"


def test_corrupt_file_is_refused_with_a_clear_key(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert caught.value.key == "database.damaged"
    assert path.read_bytes() == b"this is not a database" * 100


_DIE_MID_MIGRATION = """
import os, sys
from pathlib import Path
from sqlalchemy import event
from desktop_app.models import database

real = database.make_migration_engine

def dying_engine(path):
    engine = real(path)

    @event.listens_for(engine, "before_cursor_execute")
    def die(conn, cursor, statement, *args):
        if "ADD COLUMN suspended_on" in statement:
            os._exit(9)  # the process dies like a SIGKILL: no rollback, no clean-up

    return engine

database.make_migration_engine = dying_engine
database.open_database(Path(sys.argv[1]))
"""


def test_process_killed_mid_migration_leaves_the_previous_revision_intact(
    tmp_path: Path,
) -> None:
    """A migration killed after its first DDL statement must not leave half its columns."""
    path = tmp_path / "cache.sqlite"
    shutil.copy(FIXTURES / "cache-rev0001.sqlite", path)
    died = subprocess.run([sys.executable, "-c", _DIE_MID_MIGRATION, str(path)], check=False)
    assert died.returncode == 9
    assert read_revision(path) == "0002"
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(invoices)")}
    assert "received_on" not in columns  # added by the killed step, rolled back with it
    with open_database(path) as db:
        assert db.migration.from_revision == "0002"
        assert db.migration.to_revision == head_revision()
        with db.read() as session:
            invoice = session.get(Invoice, 120455871)
            assert invoice is not None and invoice.received_on is None


def test_the_revision_graph_read_without_alembic_is_alembics_own() -> None:
    """Start-up reads the scripts' ids as text; Alembic reading the same scripts agrees."""
    from alembic.script import ScriptDirectory

    from desktop_app.models.migrations_runner import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_opening_a_cache_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    """Cold start (issue 17): a cache already at head opens without loading Alembic."""
    path = tmp_path / "cache.sqlite"
    open_database(path).close()
    code = (
        "import sys; from pathlib import Path;"
        "from desktop_app.models.database import open_database;"
        f"open_database(Path({str(path)!r})).close();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
