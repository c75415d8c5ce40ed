"""Identifier algorithms against known real values and on generated data."""

from __future__ import annotations

import random

import pytest

from desktop_app.sandbox.generator.identifiers import (
    is_iban_valid,
    is_luhn_valid,
    luhn_complete,
    make_fr_iban,
    make_siren,
    make_siret,
    vat_id,
)
from desktop_app.sandbox.generator.model import GeneratedInvoice, RecipientService
from desktop_app.sandbox.generator.suppliers import supplier_pool


def test_known_public_identifiers() -> None:
    # VAT ids of real EN 16931 examples (shared corpus, CIUS-FR samples)
    for real in ("FR11123456782", "FR19787878784", "FR37200000008", "FR88100000009"):
        assert is_luhn_valid(real[4:])
        assert vat_id(real[4:]) == real
    # The corpus pivot's supplier SIRET is Luhn-valid too
    assert is_luhn_valid("38947246500027")
    assert not is_luhn_valid("38947246500028")
    # IBAN example from the ECBS / bank documentation
    assert is_iban_valid("FR14 2004 1010 0505 0001 3M02 606")
    assert not is_iban_valid("FR14 2004 1010 0505 0001 3M02 607")


def test_luhn_complete_roundtrip() -> None:
    rng = random.Random(3)
    for _ in range(200):
        prefix = "".join(str(rng.randint(0, 9)) for _ in range(13))
        assert is_luhn_valid(luhn_complete(prefix))


def test_generated_siren_siret_iban() -> None:
    rng = random.Random(5)
    for _ in range(200):
        siren = make_siren(rng)
        assert len(siren) == 9
        assert is_luhn_valid(siren)
        siret = make_siret(siren, rng.randint(1, 9999))
        assert len(siret) == 14
        assert siret.startswith(siren)
        assert is_luhn_valid(siret)
        iban = make_fr_iban(rng)
        assert len(iban) == 27
        assert iban.startswith("FR76")
        assert is_iban_valid(iban)


def test_make_siret_rejects_bad_siren() -> None:
    with pytest.raises(ValueError, match="9 digits"):
        make_siret("1234", 1)


def _check_party_ids(siret: str, vat: str | None) -> None:
    assert len(siret) == 14
    assert is_luhn_valid(siret)
    siren = siret[:9]
    assert is_luhn_valid(siren)
    key = (12 + 3 * (int(siren) % 97)) % 97
    assert vat == f"FR{key:02d}{siren}"


def test_pool_and_recipients_identifiers(recipients: tuple[RecipientService, ...]) -> None:
    for supplier in supplier_pool():
        _check_party_ids(supplier.party.siret, supplier.party.vat_id)
        assert supplier.party.iban is not None
        assert is_iban_valid(supplier.party.iban)
        assert supplier.party.bic is not None
        assert len(supplier.party.bic) in (8, 11)
    for service in recipients:
        _check_party_ids(service.structure.siret, service.structure.vat_id)


def test_every_generated_invoice_has_valid_ids(invoices_2000: list[GeneratedInvoice]) -> None:
    for invoice in invoices_2000[:300]:
        _check_party_ids(invoice.supplier.siret, invoice.supplier.vat_id)
        assert invoice.supplier.iban is not None
        assert is_iban_valid(invoice.supplier.iban)
