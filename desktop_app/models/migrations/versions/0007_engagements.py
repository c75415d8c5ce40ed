"""Engagements juridiques imported from the financial software, structures' invoicing
requirements, and each invoice's match state (indexed for the list filter and dashboard).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "engagements",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("number_key", sa.String(100), nullable=False, unique=True),
        sa.Column("supplier_siret", sa.String(14), nullable=False),
        sa.Column("service_code", sa.String(100)),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("remaining", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date()),
        sa.Column("end_date", sa.Date()),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("origin", sa.String(10), nullable=False),
        sa.Column("imported_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_engagements_supplier", "engagements", ["supplier_siret"])
    op.create_table(
        "structure_requirements",
        sa.Column("structure_id", sa.BigInteger(), primary_key=True),
        sa.Column("engagement_required", sa.Boolean(), nullable=False),
        sa.Column("service_required", sa.Boolean(), nullable=False),
        sa.Column("service_or_engagement", sa.Boolean(), nullable=False),
        sa.Column("read_at", sa.String(40), nullable=False),
    )
    # Plain ADD COLUMN: invoices cached before read as "no state" until the first import.
    op.add_column("invoices", sa.Column("engagement_state", sa.String(16)))
    op.create_index(
        "ix_invoices_engagement", "invoices", ["engagement_state", "deposit_date", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_invoices_engagement", table_name="invoices")
    op.drop_column("invoices", "engagement_state")
    op.drop_table("structure_requirements")
    op.drop_index("ix_engagements_supplier", table_name="engagements")
    op.drop_table("engagements")
