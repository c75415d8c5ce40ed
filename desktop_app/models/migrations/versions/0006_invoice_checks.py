"""Invoice checks (what the EN 16931 / public-sector rules found in each invoice file) and the
lifecycle statuses unknown to the catalogue (kept with the platform's label).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: invoices cached before the upgrade are checked on the next run.
    op.create_table(
        "invoice_checks",
        sa.Column(
            "invoice_id",
            sa.BigInteger(),
            sa.ForeignKey("invoices.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("blob_id", sa.Integer(), nullable=True),
        sa.Column("rules_version", sa.String(20), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("warnings", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("findings_json", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("read_error", sa.String(80), nullable=True),
        sa.Column("checked_at", sa.String(40), nullable=False),
    )
    # "factures avec anomalies" walks this partial index (invoices with errors only).
    op.create_index(
        "ix_invoice_checks_errors",
        "invoice_checks",
        ["invoice_id"],
        sqlite_where=sa.text("errors > 0"),
    )

    op.create_table(
        "unknown_statuses",
        sa.Column("code", sa.String(60), primary_key=True),
        sa.Column("label", sa.String(200), nullable=True),
        sa.Column("seen_in", sa.String(20), nullable=False),
        sa.Column("first_seen_at", sa.String(32), nullable=False),
        sa.Column("last_seen_at", sa.String(32), nullable=False),
        sa.Column("last_invoice_id", sa.BigInteger(), nullable=True),
        sa.Column("times_seen", sa.Integer(), nullable=False, server_default=sa.text("1")),
    )


def downgrade() -> None:
    op.drop_table("unknown_statuses")
    op.drop_index("ix_invoice_checks_errors", table_name="invoice_checks")
    op.drop_table("invoice_checks")
