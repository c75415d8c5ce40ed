"""Initial cache schema: invoices, history, attachments, blobs, outbox, sync state, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("occurred_at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_invoice", ["invoice_id", "id"], unique=False)

    op.create_table(
        "blobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blobs")),
        sa.UniqueConstraint("sha256", name=op.f("uq_blobs_sha256")),
    )
    op.create_table(
        "invoices",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("invoice_type", sa.String(length=20), nullable=False),
        sa.Column("payment_request_type", sa.String(length=20), nullable=False),
        sa.Column("frame", sa.String(length=60), nullable=True),
        sa.Column("syntax", sa.String(length=20), nullable=True),
        sa.Column("deposit_mode", sa.String(length=40), nullable=True),
        sa.Column("supplier_name", sa.String(length=200), nullable=False),
        sa.Column("supplier_code", sa.String(length=40), nullable=True),
        sa.Column("supplier_id_type", sa.String(length=20), nullable=True),
        sa.Column("supplier_vat_id", sa.String(length=40), nullable=True),
        sa.Column("structure_id", sa.BigInteger(), nullable=True),
        sa.Column("structure_code", sa.String(length=40), nullable=True),
        sa.Column("structure_name", sa.String(length=200), nullable=True),
        sa.Column("service_id", sa.BigInteger(), nullable=True),
        sa.Column("service_code", sa.String(length=100), nullable=True),
        sa.Column("service_name", sa.String(length=200), nullable=True),
        sa.Column("engagement_number", sa.String(length=100), nullable=True),
        sa.Column("contract_number", sa.String(length=100), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("deposit_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_excl_vat", sa.Integer(), nullable=True),
        sa.Column("amount_vat", sa.Integer(), nullable=True),
        sa.Column("amount_incl_vat", sa.Integer(), nullable=True),
        sa.Column("amount_due", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=60), nullable=False),
        sa.Column("inbox", sa.String(length=20), nullable=False),
        sa.Column("status_changed_at", sa.String(length=40), nullable=True),
        sa.Column("status_comment", sa.Text(), nullable=True),
        sa.Column("platform_marker", sa.String(length=40), nullable=True),
        sa.Column("downloaded", sa.Boolean(), nullable=False),
        sa.Column("replaces_rejected_id", sa.BigInteger(), nullable=True),
        sa.Column("replaces_rejected_number", sa.String(length=100), nullable=True),
        sa.Column("possible_duplicate", sa.Boolean(), nullable=False),
        sa.Column("pending_action", sa.String(length=40), nullable=True),
        sa.Column("local_notes", sa.Text(), nullable=True),
        sa.Column("detail_synced_at", sa.String(length=32), nullable=True),
        sa.Column("history_synced_at", sa.String(length=32), nullable=True),
        sa.Column("file_synced_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
    )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index("ix_invoices_amount", ["amount_incl_vat", "id"], unique=False)
        batch_op.create_index("ix_invoices_deposit_date", ["deposit_date", "id"], unique=False)
        batch_op.create_index(
            "ix_invoices_inbox_deposit", ["inbox", "deposit_date", "id"], unique=False
        )
        batch_op.create_index("ix_invoices_issue_date", ["issue_date", "id"], unique=False)
        batch_op.create_index(
            "ix_invoices_service_inbox_deposit",
            ["service_id", "inbox", "deposit_date", "id"],
            unique=False,
        )
        batch_op.create_index("ix_invoices_status_changed", ["status_changed_at"], unique=False)
        batch_op.create_index(
            "ix_invoices_status_deposit", ["status", "deposit_date", "id"], unique=False
        )
        batch_op.create_index("ix_invoices_supplier", ["supplier_name", "id"], unique=False)
        batch_op.create_index(
            "ix_invoices_supplier_code_number", ["supplier_code", "number"], unique=False
        )

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("endpoint", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.String(length=32), nullable=True),
        sa.Column("last_error_code", sa.String(length=40), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("base_marker", sa.String(length=40), nullable=True),
        sa.Column("previous_status", sa.String(length=60), nullable=True),
        sa.Column("remote_snapshot", sa.Text(), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending','sending','interrupted','done','needs_attention',"
            "'conflict','discarded')",
            name=op.f("ck_outbox_state_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_idempotency_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_invoice", ["invoice_id", "id"], unique=False)
        batch_op.create_index(
            "ix_outbox_state_next", ["state", "next_attempt_at", "id"], unique=False
        )

    op.create_table(
        "structures",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("siret", sa.String(length=14), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structures")),
    )
    op.create_table(
        "sync_state",
        sa.Column("structure_id", sa.BigInteger(), nullable=False),
        sa.Column("payment_request_type", sa.String(length=20), nullable=False),
        sa.Column("watermark", sa.String(length=40), nullable=True),
        sa.Column("last_success_at", sa.String(length=32), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("structure_id", "payment_request_type", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("platform_attachment_id", sa.BigInteger(), nullable=True),
        sa.Column("designation", sa.String(length=200), nullable=False),
        sa.Column("extension", sa.String(length=10), nullable=True),
        sa.Column("type_code", sa.String(length=40), nullable=True),
        sa.Column("mime_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("blob_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["blob_id"], ["blobs.id"], name=op.f("fk_attachments_blob_id_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_attachments_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint(
            "invoice_id",
            "platform_attachment_id",
            name=op.f("uq_attachments_invoice_id_platform_attachment_id"),
        ),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index("ix_attachments_invoice", ["invoice_id"], unique=False)

    op.create_table(
        "invoice_documents",
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("file_format", sa.String(length=20), nullable=False),
        sa.Column("syntax", sa.String(length=20), nullable=True),
        sa.Column("blob_id", sa.Integer(), nullable=True),
        sa.Column("parsed_json", sa.Text(), nullable=True),
        sa.Column("parse_error_key", sa.String(length=80), nullable=True),
        sa.Column("parse_error", sa.Text(), nullable=True),
        sa.Column("parsed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["blob_id"], ["blobs.id"], name=op.f("fk_invoice_documents_blob_id_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_documents_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("invoice_id", name=op.f("pk_invoice_documents")),
    )
    op.create_table(
        "services",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("structure_id", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["structure_id"],
            ["structures.id"],
            name=op.f("fk_services_structure_id_structures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services")),
    )
    op.create_table(
        "status_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("invoice_id", sa.BigInteger(), nullable=False),
        sa.Column("platform_entry_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=60), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("motif_code", sa.String(length=40), nullable=True),
        sa.Column("motif", sa.String(length=300), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("mandate_number", sa.String(length=50), nullable=True),
        sa.Column("mandate_amount", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_status_history_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_history")),
        sa.UniqueConstraint(
            "invoice_id",
            "platform_entry_id",
            name=op.f("uq_status_history_invoice_id_platform_entry_id"),
        ),
    )
    with op.batch_alter_table("status_history", schema=None) as batch_op:
        batch_op.create_index(
            "ix_status_history_invoice", ["invoice_id", "occurred_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("status_history", schema=None) as batch_op:
        batch_op.drop_index("ix_status_history_invoice")

    op.drop_table("status_history")
    op.drop_table("services")
    op.drop_table("invoice_documents")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_attachments_invoice")

    op.drop_table("attachments")
    op.drop_table("sync_state")
    op.drop_table("structures")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state_next")
        batch_op.drop_index("ix_outbox_invoice")

    op.drop_table("outbox")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_supplier_code_number")
        batch_op.drop_index("ix_invoices_supplier")
        batch_op.drop_index("ix_invoices_status_deposit")
        batch_op.drop_index("ix_invoices_status_changed")
        batch_op.drop_index("ix_invoices_service_inbox_deposit")
        batch_op.drop_index("ix_invoices_issue_date")
        batch_op.drop_index("ix_invoices_inbox_deposit")
        batch_op.drop_index("ix_invoices_deposit_date")
        batch_op.drop_index("ix_invoices_amount")

    op.drop_table("invoices")
    op.drop_table("blobs")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_invoice")

    op.drop_table("audit_events")
