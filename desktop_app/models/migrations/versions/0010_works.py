"""Works invoices (factures de travaux): the statements the account sees as MOE or MOA, and
the MOE / MOA actions waiting to be sent (their own outbox, exactly once).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "works_statements",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("contract", sa.String(100), nullable=False),
        sa.Column("contract_label", sa.String(300), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("frame", sa.String(80), nullable=False),
        sa.Column("status", sa.String(60), nullable=False),
        sa.Column("status_at", sa.String(40), nullable=False),
        sa.Column("deposit_date", sa.Date(), nullable=False),
        sa.Column("structure_id", sa.BigInteger()),
        sa.Column("service_id", sa.BigInteger()),
        sa.Column("service_code", sa.String(100)),
        sa.Column("supplier_code", sa.String(40), nullable=False),
        sa.Column("supplier_name", sa.String(300), nullable=False),
        sa.Column("amount_excl_vat", sa.Integer(), nullable=False),
        sa.Column("amount_incl_vat", sa.Integer(), nullable=False),
        sa.Column("amount_moe", sa.Integer()),
        sa.Column("amount_moa", sa.Integer()),
        sa.Column("roles", sa.String(20), nullable=False),
        sa.Column("history", sa.Text(), nullable=False),
        sa.Column("pulled_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_works_statements_contract", "works_statements", ["contract", "rank"])
    op.create_index("ix_works_statements_status", "works_statements", ["status"])
    op.create_table(
        "works_actions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("statement_id", sa.BigInteger(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("from_status", sa.String(60), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("amount", sa.Integer()),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("sent_at", sa.String(40)),
    )
    op.create_index("ix_works_actions_state", "works_actions", ["state", "id"])


def downgrade() -> None:
    op.drop_index("ix_works_actions_state", table_name="works_actions")
    op.drop_table("works_actions")
    op.drop_index("ix_works_statements_status", table_name="works_statements")
    op.drop_index("ix_works_statements_contract", table_name="works_statements")
    op.drop_table("works_statements")
