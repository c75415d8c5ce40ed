"""Payment deadline and duplicate columns on invoices; entity settings; approval circuit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_INVOICE_COLUMNS = (
    sa.Column("received_on", sa.Date(), nullable=True),
    sa.Column("suspended_on", sa.Date(), nullable=True),
    sa.Column("resumed_on", sa.Date(), nullable=True),
    sa.Column("settled_on", sa.Date(), nullable=True),
    sa.Column("payment_deadline", sa.Date(), nullable=True),
    sa.Column("deadline_state", sa.String(length=12), nullable=True),
    sa.Column("deadline_balance", sa.Integer(), nullable=True),
    sa.Column("duplicate_key", sa.String(length=200), nullable=True),
    sa.Column("duplicate_of_id", sa.BigInteger(), nullable=True),
)


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the FTS triggers and every row stay as they are.
    for column in _INVOICE_COLUMNS:
        op.add_column("invoices", column)
    # "late / due within N days" walks this index: state = running, deadline in a range.
    op.create_index(
        "ix_invoices_deadline", "invoices", ["deadline_state", "payment_deadline", "id"]
    )
    op.create_index("ix_invoices_payment_deadline", "invoices", ["payment_deadline", "id"])
    op.create_index("ix_invoices_duplicate_key", "invoices", ["duplicate_key", "id"])
    op.create_index("ix_invoices_replaces_rejected", "invoices", ["replaces_rejected_id"])
    op.create_table(
        "structure_settings",
        sa.Column("structure_id", sa.BigInteger(), nullable=False),
        sa.Column("entity_kind", sa.String(length=30), nullable=False),
        sa.PrimaryKeyConstraint("structure_id", name=op.f("pk_structure_settings")),
    )
    op.create_table(
        "approval_thresholds",
        sa.Column("structure_id", sa.BigInteger(), nullable=False),
        sa.Column("service_code", sa.String(length=100), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "structure_id", "service_code", name=op.f("pk_approval_thresholds")
        ),
    )
    op.create_table(
        "approval_approvers",
        sa.Column("structure_id", sa.BigInteger(), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("structure_id", "user", name=op.f("pk_approval_approvers")),
    )
    op.create_table(
        "approval_delegations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("structure_id", sa.BigInteger(), nullable=False),
        sa.Column("delegator", sa.String(length=200), nullable=False),
        sa.Column("delegate", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_delegations")),
    )
    op.create_table(
        "approval_requests",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("service_code", sa.String(length=100), nullable=True),
        sa.Column("amount_excl_vat", sa.Integer(), nullable=True),
        sa.Column("threshold", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("requested_by", sa.String(length=200), nullable=True),
        sa.Column("requested_at", sa.String(length=32), nullable=False),
        sa.Column("previous_status", sa.String(length=60), nullable=True),
        sa.Column("previous_pending_action", sa.String(length=40), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.String(length=32), nullable=True),
        sa.Column("decision_mention", sa.String(length=400), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("outbox_entry_id", sa.Integer(), nullable=True),
        sa.Column("origin_entry_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending','approved','refused','cancelled')",
            name=op.f("ck_approval_requests_state_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_requests")),
    )
    op.create_index("ix_approval_requests_state", "approval_requests", ["state", "id"])
    op.create_index("ix_approval_requests_invoice", "approval_requests", ["invoice_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_approval_requests_invoice", table_name="approval_requests")
    op.drop_index("ix_approval_requests_state", table_name="approval_requests")
    for table in (
        "approval_requests",
        "approval_delegations",
        "approval_approvers",
        "approval_thresholds",
        "structure_settings",
    ):
        op.drop_table(table)
    for index in (
        "ix_invoices_replaces_rejected",
        "ix_invoices_duplicate_key",
        "ix_invoices_payment_deadline",
        "ix_invoices_deadline",
    ):
        op.drop_index(index, table_name="invoices")
    for column in reversed(_INVOICE_COLUMNS):
        op.drop_column("invoices", column.name)
