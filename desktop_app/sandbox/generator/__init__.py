"""Deterministic generator of realistic received invoices and their files.

Syntaxes: UBL, CII, Factur-X, Chorus Pro pivot.
"""
