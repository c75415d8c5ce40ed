"""Cache: SQLAlchemy 2 models, Alembic migrations, single database writer."""
