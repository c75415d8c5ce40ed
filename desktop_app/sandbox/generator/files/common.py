"""Helpers shared by the file writers: XML escaping, number formats, codes, file names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.sandbox.generator.model import GeneratedInvoice

# UNTDID 4461 payment means per platform payment mode
PAYMENT_MEANS_CODES = {
    "VIREMENT": "30",
    "PRELEVEMENT": "49",
    "CARTE_BANCAIRE": "48",
    "CHEQUE": "20",
}
# Pivot/platform codes as the corpus pivot shows them (31 = VIREMENT).
PIVOT_PAYMENT_CODES = {
    "VIREMENT": "31",
    "PRELEVEMENT": "49",
    "CARTE_BANCAIRE": "48",
    "CHEQUE": "20",
}
# VATEX code of the exemption the generator uses (training, CGI art. 261-4-4°)
EXEMPTION_CODES: dict[str, str] = {"E": "VATEX-EU-132"}  # education and training


def esc(text: str) -> str:
    """Escape text for an XML element or a double-quoted attribute."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def amount(value: Decimal) -> str:
    """Fixed-point amount text, e.g. ``1234.50``."""
    return f"{value:.2f}"


def number(value: Decimal) -> str:
    """Plain decimal text without exponent or needless trailing zeros (rates, quantities)."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def iso(day: date) -> str:
    """``YYYY-MM-DD``."""
    return day.isoformat()


def ymd(day: date) -> str:
    """``YYYYMMDD`` (UN/CEFACT format 102)."""
    return day.strftime("%Y%m%d")


def note_subject(note: str) -> str:
    """UNTDID 4451 subject code of a generated note (BT-21)."""
    if note.startswith("Penalites"):
        return "PMD"
    if note.startswith("Indemnite"):
        return "PMT"
    return "AAI"


def frame_code(invoice: GeneratedInvoice) -> str:
    """Short frame code (``A1``, ``A9``...) used as BT-23 business process type."""
    return invoice.frame.split("_", 1)[0]


def safe_name(text: str) -> str:
    """File-name-safe form of an invoice number."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in text)


def base_filename(invoice: GeneratedInvoice) -> str:
    """``<supplier SIRET>_<invoice number>``, the stem of every generated file."""
    return f"{invoice.supplier.siret}_{safe_name(invoice.number)}"
