"""Deterministic generator of realistic received invoices and their files."""
