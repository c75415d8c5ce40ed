"""Alembic environment of the team store (PostgreSQL): run by models.team_schema only."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - team_schema always passes its connection
    raise RuntimeError("team store migrations run through desktop_app.models.team_schema only")

# The version table lives in the team schema, created by the first revision's caller.
context.configure(
    connection=connection,
    target_metadata=None,
    version_table_schema="team",
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
