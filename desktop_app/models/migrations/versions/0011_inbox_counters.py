"""Maintained inbox counters, and a "replaced by" index the planner cannot call useless.

``inbox_counters`` holds, per (structure, service, inbox), how many invoices there are, how
many are new (not yet seen) and their amount incl. VAT (10^-4 units, as stored). SQLite
triggers keep it in step with every INSERT, DELETE and UPDATE of ``invoices``, whoever writes
(the writer thread, a migration, a repair), so the sidebar, the structure selector and the
list's footer read a few dozen rows instead of counting a million on each change. A missing
structure or service is keyed 0 (platform ids are positive).

``ix_invoices_replaced_by`` is partial (``replaces_rejected_id IS NOT NULL``): nearly every
invoice has no replaced one, so the full index's statistics (after ``ANALYZE``) say one key
matches all rows and the detail pane's lookup became a full scan. The partial index holds
only the re-deposits; the lookup also names it (``INDEXED BY``).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_KEY = "IFNULL({r}.structure_id, 0), IFNULL({r}.service_id, 0), {r}.inbox"
_MATCH = (
    "structure_key = IFNULL({r}.structure_id, 0) AND service_key = IFNULL({r}.service_id, 0)"
    " AND inbox = {r}.inbox"
)


def _add(row: str) -> str:
    """Statements adding the invoice ``row`` (``new``) to its counter."""
    return (
        # not INSERT OR IGNORE: an outer INSERT OR REPLACE / upsert would override its IGNORE
        "INSERT INTO inbox_counters (structure_key, service_key, inbox, total, new, amount)"
        f" SELECT {_KEY.format(r=row)}, 0, 0, 0 WHERE NOT EXISTS ("
        f"SELECT 1 FROM inbox_counters WHERE {_MATCH.format(r=row)}); "
        "UPDATE inbox_counters SET total = total + 1,"
        f" new = new + (CASE WHEN {row}.is_new THEN 1 ELSE 0 END),"
        f" amount = amount + IFNULL({row}.amount_incl_vat, 0)"
        f" WHERE {_MATCH.format(r=row)}; "
    )


def _remove(row: str) -> str:
    """Statement taking the invoice ``row`` (``old``) out of its counter."""
    return (
        "UPDATE inbox_counters SET total = total - 1,"
        f" new = new - (CASE WHEN {row}.is_new THEN 1 ELSE 0 END),"
        f" amount = amount - IFNULL({row}.amount_incl_vat, 0)"
        f" WHERE {_MATCH.format(r=row)}; "
    )


_COUNTED = ("structure_id", "service_id", "inbox", "is_new", "amount_incl_vat")
TRIGGERS = {
    "inbox_counters_insert": f"AFTER INSERT ON invoices BEGIN {_add('new')}END",
    "inbox_counters_delete": f"AFTER DELETE ON invoices BEGIN {_remove('old')}END",
    "inbox_counters_update": (
        f"AFTER UPDATE OF {', '.join(_COUNTED)} ON invoices WHEN "
        + " OR ".join(f"old.{c} IS NOT new.{c}" for c in _COUNTED)
        + f" BEGIN {_remove('old')}{_add('new')}END"
    ),
}


def upgrade() -> None:
    op.execute(
        "CREATE TABLE inbox_counters ("
        " structure_key BIGINT NOT NULL, service_key BIGINT NOT NULL, inbox VARCHAR(20) NOT NULL,"
        " total INTEGER NOT NULL DEFAULT 0, new INTEGER NOT NULL DEFAULT 0,"
        " amount INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (structure_key, service_key, inbox)) WITHOUT ROWID"
    )
    op.execute(
        "INSERT INTO inbox_counters (structure_key, service_key, inbox, total, new, amount)"
        f" SELECT {_KEY.format(r='invoices')}, COUNT(*),"
        " SUM(CASE WHEN is_new THEN 1 ELSE 0 END), IFNULL(SUM(amount_incl_vat), 0)"
        " FROM invoices GROUP BY 1, 2, 3"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.drop_index("ix_invoices_replaces_rejected", table_name="invoices")
    op.execute(
        "CREATE INDEX ix_invoices_replaced_by ON invoices (replaces_rejected_id, id)"
        " WHERE replaces_rejected_id IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_invoices_replaced_by")
    op.create_index("ix_invoices_replaces_rejected", "invoices", ["replaces_rejected_id"])
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS inbox_counters")
