"""Supplier-side variants the simulator deposits: duplicates, corrected re-deposits, completions."""

from __future__ import annotations

import dataclasses
import random
import re
from datetime import timedelta

from desktop_app.sandbox.generator.attachments import make_attachment
from desktop_app.sandbox.generator.invoices import (
    ATTACHMENT_ID_BASE,
    INVOICE_ID_BASE,
    format_number,
)
from desktop_app.sandbox.generator.model import Attachment, GeneratedInvoice
from desktop_app.sandbox.generator.suppliers import Supplier, supplier_pool

# Completion documents get ids in their own range: 8 possible completions per invoice.
COMPLETION_ID_BASE = 800_000_000
_MAX_ORIGINAL_ATTACHMENTS = 4

_REQUEST_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("LIVRAISON", "BL"), "BON_LIVRAISON"),
    (("DEVIS",), "DEVIS"),
    (("PV", "RECEPTION"), "PV_RECEPTION"),
    (("CMD", "COMMANDE", "ENGAGEMENT"), "BON_COMMANDE"),
    (("RIB", "BANC"), "RIB"),
    (("CT", "CONTRAT", "MARCHE"), "CONTRAT"),
)


def _renumber_attachments(invoice: GeneratedInvoice, new_index: int) -> tuple[Attachment, ...]:
    return tuple(
        dataclasses.replace(a, attachment_id=ATTACHMENT_ID_BASE + new_index * 4 + k)
        for k, a in enumerate(invoice.attachments[:_MAX_ORIGINAL_ATTACHMENTS])
    )


def _supplier_of(invoice: GeneratedInvoice) -> Supplier:
    for supplier in supplier_pool():
        if supplier.party.siret == invoice.supplier.siret:
            return supplier
    raise LookupError(f"supplier {invoice.supplier.siret} is not in the pool")


def _matches(token: str, word: str) -> bool:
    return token == word or (len(word) >= 4 and token.startswith(word))


def duplicate_of(invoice: GeneratedInvoice, new_index: int) -> GeneratedInvoice:
    """An exact duplicate deposit: same supplier, number, dates and amounts; new ids."""
    return dataclasses.replace(
        invoice,
        index=new_index,
        invoice_id=INVOICE_ID_BASE + new_index,
        deposit_date=invoice.deposit_date + timedelta(days=1 + new_index % 20),
        attachments=_renumber_attachments(invoice, new_index),
    )


def redeposit_after_rejection(original: GeneratedInvoice, new_index: int) -> GeneratedInvoice:
    """The corrected invoice a supplier deposits after a rejection: new number, link to the
    rejected one, missing references filled in."""
    rng = random.Random(f"redeposit:{original.invoice_id}:{new_index}")  # noqa: S311 - reproducible demo data, not secrets
    supplier = _supplier_of(original)
    issue_date = original.deposit_date + timedelta(days=rng.randint(3, 20))
    deposit_date = issue_date + timedelta(days=rng.randint(0, 3))
    year = issue_date.year
    engagement = original.engagement_number or f"EJ-{year}-{rng.randint(1, 9999):06d}"
    contract = original.contract_number
    if contract is None and rng.random() < 0.5:
        contract = f"M{year - 1}-{rng.randint(1, 250):04d}"
    return dataclasses.replace(
        original,
        index=new_index,
        invoice_id=INVOICE_ID_BASE + new_index,
        number=format_number(supplier, year, 1000 + new_index),
        issue_date=issue_date,
        deposit_date=deposit_date,
        due_date=None if original.due_date is None else issue_date + timedelta(days=30),
        engagement_number=engagement,
        contract_number=contract,
        replaces_rejected_id=original.invoice_id,
        replaces_rejected_number=original.number,
        notes=(f"Annule et remplace la facture {original.number}", *original.notes),
        attachments=_renumber_attachments(original, new_index),
    )


def completion_attachment(
    invoice: GeneratedInvoice, requested: str, attempt: int = 0
) -> Attachment:
    """The document a supplier sends to complete a suspended invoice.

    ``requested`` is the suspension motive code or comment (e.g. ``"JUSTIF_ABS"``,
    ``"bon de livraison manquant"``); the kind of document follows from its words.
    ``attempt`` (0-7) numbers successive completions of the same invoice (distinct ids).
    """
    if not 0 <= attempt < 8:
        raise ValueError(f"attempt must be between 0 and 7, got {attempt}")
    tokens = [t for t in re.split(r"[^A-Z0-9]+", requested.upper()) if t]
    kind = "ATTESTATION"
    for words, candidate in _REQUEST_KINDS:
        if any(_matches(token, word) for token in tokens for word in words):
            kind = candidate
            break
    return make_attachment(
        COMPLETION_ID_BASE + invoice.index * 8 + attempt,
        kind,
        invoice.number,
        invoice.supplier.name,
        invoice.engagement_number or invoice.contract_number,
        type_code="COMPLEMENTAIRE",
        extra_line=f"Complement demande : {requested[:80]}",
    )
