"""New invoices: a flag set by the pull on the invoices it creates, cleared once seen.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with a server default: every invoice cached before the upgrade reads
    # as seen (0), the FTS triggers and rows stay as they are.
    op.add_column(
        "invoices",
        sa.Column("is_new", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )
    # The sidebar's "N nouvelles" counts walk this small partial index (new rows only).
    op.create_index(
        "ix_invoices_new",
        "invoices",
        ["inbox", "service_id"],
        sqlite_where=sa.text("is_new = 1"),
    )


def downgrade() -> None:
    op.drop_index("ix_invoices_new", table_name="invoices")
    op.drop_column("invoices", "is_new")
