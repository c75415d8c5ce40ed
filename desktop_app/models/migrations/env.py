"""Alembic environment: always run by desktop_app.models.database on a given connection."""

from __future__ import annotations

from alembic import context

from desktop_app.models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("migrations run through desktop_app.models.database only")

# Each migration and its version bump run in one transaction (SQLite DDL is transactional).
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    transaction_per_migration=True,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
