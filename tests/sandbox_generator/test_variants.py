"""Supplier-side variants: duplicates, corrected re-deposits, completion documents."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop_app.sandbox.generator.invoices import generate_invoice, generate_invoices
from desktop_app.sandbox.generator.model import RecipientService
from desktop_app.sandbox.generator.variants import (
    completion_attachment,
    duplicate_of,
    redeposit_after_rejection,
)


def _with_attachments(recipients: tuple[RecipientService, ...]):  # type: ignore[no-untyped-def]
    return next(i for i in generate_invoices(3, 200, recipients) if i.attachments)


def test_duplicate_keeps_business_data(recipients: tuple[RecipientService, ...]) -> None:
    original = _with_attachments(recipients)
    copy = duplicate_of(original, 50_000)
    assert copy.index == 50_000
    assert copy.invoice_id != original.invoice_id
    assert (copy.supplier, copy.number, copy.issue_date) == (
        original.supplier,
        original.number,
        original.issue_date,
    )
    assert copy.lines == original.lines
    assert copy.total_incl_vat == original.total_incl_vat
    assert copy.deposit_date > original.deposit_date
    assert {a.attachment_id for a in copy.attachments}.isdisjoint(
        a.attachment_id for a in original.attachments
    )
    assert [a.content for a in copy.attachments] == [a.content for a in original.attachments]
    assert duplicate_of(original, 50_000) == copy


def test_redeposit_links_to_rejected(recipients: tuple[RecipientService, ...]) -> None:
    original = generate_invoice(3, 10, recipients)
    corrected = redeposit_after_rejection(original, 60_000)
    assert corrected.number != original.number
    assert corrected.replaces_rejected_id == original.invoice_id
    assert corrected.replaces_rejected_number == original.number
    assert corrected.supplier == original.supplier
    assert corrected.engagement_number is not None
    assert corrected.issue_date > original.deposit_date
    assert corrected.issue_date <= corrected.deposit_date
    assert any(original.number in note for note in corrected.notes)
    assert redeposit_after_rejection(original, 60_000) == corrected


def test_completion_attachment_kind_follows_request(
    recipients: tuple[RecipientService, ...],
) -> None:
    invoice = generate_invoice(3, 11, recipients)
    cases = {
        "bon de livraison manquant": "BL-",
        "CMD_ERR": "BC-",
        "REF_CT_ABSENT": "ACTE-ENGAGEMENT-",
        "PV de reception": "PV-RECEPTION-",
        "JUSTIF_ABS": "ATTESTATION-",
        "RIB": "RIB-",
    }
    ids = set()
    for requested, prefix in cases.items():
        attachment = completion_attachment(invoice, requested)
        assert attachment.designation.startswith(prefix), requested
        assert attachment.extension == "PDF"
        assert attachment.mime_type == "application/pdf"
        ids.add(attachment.attachment_id)
        text = PdfReader(BytesIO(attachment.content)).pages[0].extract_text()
        assert invoice.number in text
    assert len(ids) == 1  # the first completion id of that invoice
    assert ids.isdisjoint(a.attachment_id for a in invoice.attachments)
    second = completion_attachment(invoice, "JUSTIF_ABS", attempt=1)
    assert second.attachment_id not in ids
    with pytest.raises(ValueError, match="attempt"):
        completion_attachment(invoice, "JUSTIF_ABS", attempt=8)


def test_completion_ids_never_collide(recipients: tuple[RecipientService, ...]) -> None:
    invoices = list(generate_invoices(4, 300, recipients))
    originals = {a.attachment_id for i in invoices for a in i.attachments}
    completions = {
        completion_attachment(i, "JUSTIF_ABS", attempt).attachment_id
        for i in invoices
        for attempt in range(8)
    }
    assert len(completions) == 300 * 8
    assert originals.isdisjoint(completions)
