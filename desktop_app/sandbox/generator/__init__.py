"""Deterministic generator of realistic received invoices and their files (UBL, CII, Factur-X, pivot)."""
