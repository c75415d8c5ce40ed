"""Several structures per user: the sidebar's selector counts and filters by structure.

Every invoice already carries its recipient structure (``structure_id``, the platform's
``idDestinataire``); an invoice cached without it but with the structure's SIRET
(``codeDestinataire``) gets it from the ``structures`` the account is attached to. The
index serves the per-structure counts and the filtered lists. Start-up backs the file up
before this step, as before every migration (``migrations_runner.migrate``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE invoices SET structure_id = ("
            " SELECT structures.id FROM structures WHERE structures.siret = invoices.structure_code"
            " ORDER BY structures.id LIMIT 1)"
            " WHERE structure_id IS NULL AND structure_code IS NOT NULL AND EXISTS ("
            " SELECT 1 FROM structures WHERE structures.siret = invoices.structure_code)"
        )
    )
    op.create_index(
        "ix_invoices_structure_inbox",
        "invoices",
        ["structure_id", "inbox", "deposit_date", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_invoices_structure_inbox", table_name="invoices")
