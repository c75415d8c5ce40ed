"""Team mode on the desktop: the queue of team operations and the mirror of the team store.

Empty tables in solo mode (models/team_local.py).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_queue",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("op_key", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("done_at", sa.String(32)),
        sa.Column("result", sa.Text()),
        sa.Column("last_error", sa.Text()),
        sa.CheckConstraint("state IN ('pending','done','failed')", name="team_op_state_known"),
    )
    op.create_index("ix_team_queue_state", "team_queue", ["state", "id"])
    op.create_table(
        "team_request_links",
        sa.Column("request_key", sa.String(36), primary_key=True),
        sa.Column("local_request_id", sa.Integer(), nullable=False, unique=True),
    )
    op.create_table(
        "team_assignments",
        sa.Column("invoice_id", sa.Integer(), primary_key=True),
        sa.Column("claimed_by", sa.String(200), nullable=False),
        sa.Column("claimed_at", sa.String(32), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "team_notes",
        sa.Column("note_key", sa.String(36), primary_key=True),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_team_notes_invoice_id", "team_notes", ["invoice_id"])
    op.create_table(
        "team_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("team_state", "team_notes", "team_assignments", "team_request_links"):
        op.drop_table(table)
    op.drop_index("ix_team_queue_state", table_name="team_queue")
    op.drop_table("team_queue")
