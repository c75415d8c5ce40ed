"""Sync: the only code that speaks HTTP to the platform (client, outbox, engine)."""
