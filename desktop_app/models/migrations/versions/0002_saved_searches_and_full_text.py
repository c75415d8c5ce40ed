"""Saved searches, sort indexes, and a full-text index (FTS5) over invoices.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS_COLUMNS = "number, supplier_name, supplier_code, refs, comments"
_FTS_VALUES = (
    "new.number, new.supplier_name, coalesce(new.supplier_code, ''), "
    "coalesce(new.engagement_number, '') || ' ' || coalesce(new.contract_number, '') || ' ' "
    "|| coalesce(new.service_code, ''), "
    "coalesce(new.status_comment, '') || ' ' || coalesce(new.local_notes, '')"
)


def upgrade() -> None:
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_searches")),
    )
    op.create_index(
        "uq_saved_searches_owner_name", "saved_searches", ["owner", "name"], unique=True
    )
    # Sorting by status change or number is served by an index ending with id (stable paging).
    op.drop_index("ix_invoices_status_changed", table_name="invoices")
    op.create_index("ix_invoices_status_changed_id", "invoices", ["status_changed_at", "id"])
    op.create_index("ix_invoices_number", "invoices", ["number", "id"])
    # The index keeps its own copy of the text (rowid = invoice id), maintained by triggers.
    op.execute(
        f"CREATE VIRTUAL TABLE invoices_fts USING fts5({_FTS_COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER invoices_fts_insert AFTER INSERT ON invoices BEGIN "
        f"INSERT INTO invoices_fts(rowid, {_FTS_COLUMNS}) VALUES (new.id, {_FTS_VALUES}); END"
    )
    op.execute(
        "CREATE TRIGGER invoices_fts_update AFTER UPDATE OF number, supplier_name, supplier_code, "
        "engagement_number, contract_number, service_code, status_comment, local_notes "
        "ON invoices BEGIN DELETE FROM invoices_fts WHERE rowid = old.id; "
        f"INSERT INTO invoices_fts(rowid, {_FTS_COLUMNS}) VALUES (new.id, {_FTS_VALUES}); END"
    )
    op.execute(
        "CREATE TRIGGER invoices_fts_delete AFTER DELETE ON invoices BEGIN "
        "DELETE FROM invoices_fts WHERE rowid = old.id; END"
    )
    # Invoices cached by revision 0001 enter the index now.
    op.execute(
        f"INSERT INTO invoices_fts(rowid, {_FTS_COLUMNS}) SELECT id, "
        + _FTS_VALUES.replace("new.", "")
        + " FROM invoices"
    )


def downgrade() -> None:
    for trigger in ("invoices_fts_insert", "invoices_fts_update", "invoices_fts_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS invoices_fts")
    op.drop_index("ix_invoices_number", table_name="invoices")
    op.drop_index("ix_invoices_status_changed_id", table_name="invoices")
    op.create_index("ix_invoices_status_changed", "invoices", ["status_changed_at"])
    op.drop_index("uq_saved_searches_owner_name", table_name="saved_searches")
    op.drop_table("saved_searches")
