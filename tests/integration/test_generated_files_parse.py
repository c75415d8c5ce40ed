"""Files the sandbox generates, in every syntax, are read by the documents layer and rendered."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app.documents import detect_syntax, read_invoice, render_invoice_pdf
from desktop_app.sandbox.generator.files import render_invoice_file, render_pivot
from desktop_app.sandbox.generator.invoices import generate_invoice
from desktop_app.sandbox.generator.model import GeneratedInvoice
from desktop_app.sandbox.generator.recipients import demo_recipients

SEED = 11


def _samples(limit: int = 400) -> dict[str, GeneratedInvoice]:
    """The first small invoice of each syntax, and the first credit note of each syntax."""
    found: dict[str, GeneratedInvoice] = {}
    recipients = demo_recipients()
    for index in range(limit):
        invoice = generate_invoice(SEED, index, recipients)
        if len(invoice.lines) > 30:
            continue
        found.setdefault(invoice.syntax, invoice)
        if invoice.invoice_type == "AVOIR":
            found.setdefault(f"{invoice.syntax}-AVOIR", invoice)
    return found


SAMPLES = _samples()


@pytest.mark.parametrize("key", sorted(SAMPLES), ids=str)
def test_generated_file_is_read_and_rendered(key: str) -> None:
    generated = SAMPLES[key]
    _, content = render_invoice_file(generated)
    assert detect_syntax(content) == generated.syntax
    invoice = read_invoice(content)
    assert invoice.number == generated.number
    assert invoice.amount_due == generated.amount_due
    assert invoice.totals.tax_inclusive == generated.total_incl_vat
    assert len(invoice.lines) == len(generated.lines)
    assert not invoice.invalid_values
    pdf = render_invoice_pdf(invoice)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


@pytest.mark.parametrize("key", sorted(SAMPLES), ids=str)
def test_pivot_download_of_any_invoice_is_read(key: str) -> None:
    generated = SAMPLES[key]
    invoice = read_invoice(render_pivot(generated))
    assert invoice.number == generated.number
    assert invoice.totals.tax_inclusive == generated.total_incl_vat
    assert len(invoice.lines) == len(generated.lines)
    assert [line.net_amount for line in invoice.lines] == [g.net_amount for g in generated.lines]
