"""Invoice metadata: determinism, exact totals, realistic distributions."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from desktop_app.sandbox.generator.invoices import generate_invoice, generate_invoices
from desktop_app.sandbox.generator.model import GeneratedInvoice, RecipientService

CENT = Decimal("0.01")


def test_same_seed_same_data(recipients: tuple[RecipientService, ...]) -> None:
    first = list(generate_invoices(42, 150, recipients))
    second = list(generate_invoices(42, 150, recipients))
    assert first == second
    # generation order does not matter: index alone decides
    assert generate_invoice(42, 99, recipients) == first[99]
    assert list(generate_invoices(42, 10, recipients, start_index=140)) == first[140:]


def test_different_seed_different_data(recipients: tuple[RecipientService, ...]) -> None:
    a = list(generate_invoices(1, 50, recipients))
    b = list(generate_invoices(2, 50, recipients))
    assert sum(x != y for x, y in zip(a, b, strict=True)) >= 45
    assert [x.total_incl_vat for x in a] != [y.total_incl_vat for y in b]


def test_ids_unique(invoices_2000: list[GeneratedInvoice]) -> None:
    assert len({i.invoice_id for i in invoices_2000}) == 2000
    assert len({(i.supplier.siret, i.number) for i in invoices_2000}) == 2000
    attachment_ids = [a.attachment_id for i in invoices_2000 for a in i.attachments]
    assert len(set(attachment_ids)) == len(attachment_ids)


def test_totals_exact(invoices_2000: list[GeneratedInvoice]) -> None:
    for invoice in invoices_2000:
        assert invoice.lines
        for line in invoice.lines:
            assert isinstance(line.net_amount, Decimal)
            expected = (line.quantity * line.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
            assert line.net_amount == expected
        total_lines = sum((line.net_amount for line in invoice.lines), Decimal(0))
        assert invoice.total_excl_vat == total_lines
        by_rate: dict[tuple[str, Decimal], Decimal] = {}
        for line in invoice.lines:
            key = (line.vat_category, line.vat_rate)
            by_rate[key] = by_rate.get(key, Decimal(0)) + line.net_amount
        assert {(b.category, b.rate): b.taxable_amount for b in invoice.vat_breakdown} == by_rate
        for entry in invoice.vat_breakdown:
            tax = (entry.taxable_amount * entry.rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
            assert entry.tax_amount == tax
            assert (entry.exemption_reason is not None) == (entry.category in ("E", "Z"))
        assert invoice.total_vat == sum((b.tax_amount for b in invoice.vat_breakdown), Decimal(0))
        assert invoice.total_incl_vat == invoice.total_excl_vat + invoice.total_vat
        assert invoice.amount_due == invoice.total_incl_vat - invoice.prepaid_amount
        assert invoice.total_incl_vat.as_tuple().exponent == -2


def test_dates_and_references(invoices_2000: list[GeneratedInvoice]) -> None:
    for invoice in invoices_2000:
        assert invoice.issue_date <= invoice.deposit_date
        if invoice.invoice_type == "AVOIR":
            assert invoice.preceding_invoice_number
            assert invoice.preceding_invoice_date is not None
            assert invoice.preceding_invoice_date < invoice.issue_date
            assert invoice.type_code == "381"
        else:
            assert invoice.due_date == invoice.issue_date + timedelta(days=30)
        if invoice.recipient.state_entity:
            assert invoice.engagement_number is not None
            assert invoice.engagement_number.isdigit()
            assert len(invoice.engagement_number) == 10
        if invoice.frame.startswith(("A9_", "A12_")):
            assert invoice.main_contractor is not None
            assert invoice.main_contractor.siret != invoice.supplier.siret
        if invoice.frame.startswith("A2_"):
            assert invoice.amount_due == 0


def test_distribution(invoices_2000: list[GeneratedInvoice]) -> None:
    syntaxes = Counter(i.syntax for i in invoices_2000)
    assert set(syntaxes) == {"UBL", "CII", "FACTURX", "PIVOT"}
    assert min(syntaxes.values()) > 200
    frames = Counter(i.frame.split("_")[0] for i in invoices_2000)
    assert set(frames) == {"A1", "A2", "A9", "A12"}
    assert frames["A1"] > 0.75 * 2000
    types = Counter(i.invoice_type for i in invoices_2000)
    assert 50 <= types["AVOIR"] <= 160
    assert types["ACOMPTE"] > 5
    counts = [len(i.lines) for i in invoices_2000]
    small = sum(c <= 20 for c in counts)
    assert small > 0.85 * 2000
    assert sum(c > 200 for c in counts) >= 5
    assert max(counts) <= 1000
    rates = {b.rate for i in invoices_2000 for b in i.vat_breakdown}
    assert {Decimal(20), Decimal(10), Decimal("5.5"), Decimal("2.1"), Decimal(0)} <= rates
    assert sum(bool(i.attachments) for i in invoices_2000) > 200
    assert len({i.supplier.siret for i in invoices_2000}) >= 30
    assert len({i.recipient.service_id for i in invoices_2000}) >= 10
    assert len({i.deposit_mode for i in invoices_2000}) >= 5


def test_rare_thousand_line_invoice_exists(recipients: tuple[RecipientService, ...]) -> None:
    # ~0.1% of invoices have exactly 1,000 lines: one exists among the first 5,000 of seed 1
    found = next(
        (i for i in range(5000) if _line_count_only(1, i, recipients) == 1000),
        None,
    )
    assert found is not None
    invoice = generate_invoice(1, found, recipients)
    assert len(invoice.lines) == 1000
    assert invoice.total_excl_vat == sum((x.net_amount for x in invoice.lines), Decimal(0))


def _line_count_only(seed: int, index: int, recipients: tuple[RecipientService, ...]) -> int:
    return len(generate_invoice(seed, index, recipients).lines)


def test_attachments_are_valid_pdfs(invoices_2000: list[GeneratedInvoice]) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    with_attachments = [i for i in invoices_2000 if i.attachments][:20]
    for invoice in with_attachments:
        for attachment in invoice.attachments:
            assert attachment.content.startswith(b"%PDF-1.4")
            assert len(attachment.designation) <= 50
            reader = PdfReader(BytesIO(attachment.content), strict=True)
            assert len(reader.pages) == 1
            assert invoice.number in reader.pages[0].extract_text()


def test_requires_recipients() -> None:
    with pytest.raises(ValueError, match="recipient"):
        generate_invoice(1, 0, ())


def test_frozen(invoices_2000: list[GeneratedInvoice]) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        invoices_2000[0].number = "X"  # type: ignore[misc]


def test_credit_notes_correct_generated_invoices(
    invoices_2000: list[GeneratedInvoice], recipients: tuple[RecipientService, ...]
) -> None:
    by_id = {i.invoice_id: i for i in invoices_2000}
    credit_notes = [i for i in invoices_2000 if i.invoice_type == "AVOIR"]
    linked = [c for c in credit_notes if c.preceding_invoice_id is not None]
    assert len(linked) >= 0.9 * len(credit_notes)
    for credit in linked:
        origin = by_id[credit.preceding_invoice_id]  # type: ignore[index]
        assert origin.index < credit.index
        assert origin.invoice_type == "FACTURE"
        assert credit.preceding_invoice_number == origin.number
        assert credit.preceding_invoice_date == origin.issue_date
        assert origin.issue_date < credit.issue_date <= credit.deposit_date
        assert (credit.supplier, credit.recipient) == (origin.supplier, origin.recipient)
        assert credit.engagement_number == origin.engagement_number
        origin_items = {(x.description, x.unit_price) for x in origin.lines}
        for line in credit.lines:
            assert (line.description, line.unit_price) in origin_items
        assert credit.total_excl_vat <= origin.total_excl_vat
    assert generate_invoice(7, linked[0].index, recipients) == linked[0]
