"""Full-text hits in list order, and the list's indexes for filters in every inbox.

The full-text index's rowid becomes the invoice's *list key*: its deposit day above bit 40,
its id below (``list_key``). Descending keys are then the list's default order (deposit
date, then id, both descending), so a frequent word's newest hits stream out of the index in
display order and the first page stops after 200 of them, instead of building the set of
every hit (140,000 for a supplier's name at a million invoices) and walking the date index
against it. Platform invoice ids are far below 2^40 (Chorus Pro's ``idFacture`` is a 32-bit
integer in every recorded answer); an invoice with no deposit date gets day 0 (last, as
``ORDER BY deposit_date DESC`` puts NULL last).

Indexes: ``ix_invoices_service_deposit`` serves a service in "all inboxes" in date order
(the service+inbox index needed a sort of the whole service); ``ix_invoices_inbox_deposit``
now also carries the amount and the supplier's name, so an amount or supplier filter in an
inbox is checked in the index while walking it in date order, without reading each row.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

ID_BITS = 40
_COLUMNS = "number, supplier_name, supplier_code, refs, comments"
_VALUES = (
    "{r}.number, {r}.supplier_name, coalesce({r}.supplier_code, ''), "
    "coalesce({r}.engagement_number, '') || ' ' || coalesce({r}.contract_number, '') || ' ' "
    "|| coalesce({r}.service_code, ''), "
    "coalesce({r}.status_comment, '') || ' ' || coalesce({r}.local_notes, '')"
)
_WATCHED = (
    "number, supplier_name, supplier_code, engagement_number, contract_number, service_code, "
    "status_comment, local_notes"
)
_TRIGGERS = ("invoices_fts_insert", "invoices_fts_update", "invoices_fts_delete")


def list_key(row: str) -> str:
    """SQL of the list key of the invoice ``row`` (``new``, ``old`` or a table name)."""
    return f"((IFNULL(CAST(julianday({row}.deposit_date) AS INTEGER), 0) << {ID_BITS}) | {row}.id)"


def _create_full_text(key: str) -> None:
    """The full-text table, its triggers keyed by ``key`` (a function of the row), its rows."""
    op.execute(
        f"CREATE VIRTUAL TABLE invoices_fts USING fts5({_COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    new, old = key.format(r="new"), key.format(r="old")
    op.execute(
        "CREATE TRIGGER invoices_fts_insert AFTER INSERT ON invoices BEGIN "
        f"INSERT INTO invoices_fts(rowid, {_COLUMNS}) VALUES ({new}, {_VALUES.format(r='new')});"
        " END"
    )
    op.execute(
        f"CREATE TRIGGER invoices_fts_update AFTER UPDATE OF {_WATCHED}, deposit_date, id "
        f"ON invoices BEGIN DELETE FROM invoices_fts WHERE rowid = {old}; "
        f"INSERT INTO invoices_fts(rowid, {_COLUMNS}) VALUES ({new}, {_VALUES.format(r='new')});"
        " END"
    )
    op.execute(
        "CREATE TRIGGER invoices_fts_delete AFTER DELETE ON invoices BEGIN "
        f"DELETE FROM invoices_fts WHERE rowid = {old}; END"
    )
    op.execute(
        f"INSERT INTO invoices_fts(rowid, {_COLUMNS}) "
        f"SELECT {key.format(r='invoices')}, {_VALUES.format(r='invoices')} FROM invoices"
    )
    op.execute("INSERT INTO invoices_fts(invoices_fts) VALUES ('optimize')")  # one segment


def _drop_full_text() -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS invoices_fts")


def upgrade() -> None:
    _drop_full_text()
    _create_full_text(list_key("{r}"))
    op.execute("DROP INDEX IF EXISTS ix_invoices_inbox_deposit")
    op.execute(
        "CREATE INDEX ix_invoices_inbox_deposit ON invoices "
        "(inbox, deposit_date, id, amount_incl_vat, supplier_name)"
    )
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_invoices_service_deposit ON invoices "
        "(service_id, deposit_date, id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_invoices_service_deposit")
    op.execute("DROP INDEX IF EXISTS ix_invoices_inbox_deposit")
    op.execute("CREATE INDEX ix_invoices_inbox_deposit ON invoices (inbox, deposit_date, id)")
    _drop_full_text()
    _create_full_text("{r}.id")
