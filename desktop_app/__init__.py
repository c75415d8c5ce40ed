"""Invoice Desk: Chorus Pro received invoices for French public entities."""

__version__ = "0.1.0"
