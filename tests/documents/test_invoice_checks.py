"""Invoice checks on the real corpus and on the clerk's own cases (values never corrected)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.documents import read_invoice
from desktop_app.documents.checks import BuyerRequirements, check_invoice
from desktop_app.documents.checks_catalog import RULES, Severity
from desktop_app.documents.checks_french import siret_is_valid
from desktop_app.documents.checks_text import finding_line, finding_text
from tests.conftest import CORPUS_DIR


def _parse_files() -> list[str]:
    with (CORPUS_DIR / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return [r["file"] for r in csv.DictReader(handle, delimiter="\t") if r["expect"] == "parse"]


# Error findings the corpus files do carry, each checked by hand against the file. Every other
# parse file must give no error finding at all.
KNOWN_ERRORS: dict[str, set[tuple[str, str]]] = {
    # CEN examples whose line 20 is a return billed with quantity 6 and net -109.98: the CEN
    # schematron has no line-net rule; Peppol's R120 rejects it.
    "ubl/cen-ubl-tc434-example1.xml": {("PEPPOL-EN16931-R120", "line 20")},
    "cii/cen-CII_example1.xml": {("PEPPOL-EN16931-R120", "line 20")},
    # Line 1 bills 2 × 1273.00 with a net of 1273.00: the clerk's "2 × 160 billed 160" case.
    "ubl/cen-ubl-tc434-example2.xml": {("PEPPOL-EN16931-R120", "line 1")},
    # The manifest says: "not valid against the UBL schema nor EN 16931".
    "ubl/mustang-ubl-creditnote-oasis-example.xml": {
        ("BR-01", ""),
        *{("BR-CO-04", f"line {n}") for n in range(1, 6)},
        ("BR-CO-15", ""),
        ("BR-CO-16", ""),
        ("BR-S-08", "S 20"),
        ("BR-E-08", "E 0"),
    },
    # The manifest says: "fails EN 16931 schematron" (group lines without quantity or price,
    # whose amounts are counted twice in BT-106).
    "cii/mustang-UC10_F202600004_EXTENDED_FX_CII_Commentee.xml": {
        ("BR-22", "line 1"),
        ("BR-26", "line 1"),
        ("BR-CO-04", "line 1"),
        ("BR-22", "line 4"),
        ("BR-26", "line 4"),
        ("BR-CO-04", "line 4"),
        ("BR-CO-10", ""),
    },
    # Test SIRETs that fail the INSEE check digit.
    "cii/akretion-factur-x-extended.xml": {("FR-SIRET-ACHETEUR-CLE", "")},
    "chorus/pastell-chorus-E2-CPP-facture-min.xml": {
        ("FR-SIRET-ACHETEUR-CLE", ""),
        ("FR-SIRET-VENDEUR-CLE", ""),
    },
}


@pytest.mark.parametrize("name", _parse_files())
def test_corpus_file_errors_are_the_known_ones(corpus_dir: Path, name: str) -> None:
    findings = check_invoice(read_invoice((corpus_dir / name).read_bytes()))
    errors = {(f.rule, f.where) for f in findings if f.severity is Severity.ERROR}
    assert errors == KNOWN_ERRORS.get(name, set())
    for finding in findings:  # every finding reads as a sentence in both languages
        assert finding.rule in RULES
        assert finding_text(finding, "fr") and finding_text(finding, "en")
        assert "{" not in finding_text(finding, "fr") + finding_text(finding, "en")


def test_the_known_valid_files_are_most_of_the_corpus() -> None:
    assert len(_parse_files()) - len(KNOWN_ERRORS) >= 38


def test_a_line_billing_two_units_for_the_price_of_one_is_shown(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "ubl/cen-ubl-tc434-example2.xml").read_bytes())
    stated = invoice.lines[0].net_amount
    (finding,) = [f for f in check_invoice(invoice) if f.rule == "PEPPOL-EN16931-R120"]
    assert finding.stated == Decimal("1273.00") and finding.expected == Decimal("2546.00")
    assert invoice.lines[0].net_amount == stated  # never corrected
    text = finding_line(finding, "fr")
    assert text.startswith("[PEPPOL-EN16931-R120] ligne 1 —")
    assert "1\u202f273,00" in text and "2\u202f546,00" in text
    assert "2\u202f546.00" not in finding_text(finding, "en") and "2,546.00" in finding_text(
        finding, "en"
    )


def test_amounts_rounded_to_the_unit_are_a_warning(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "cii/cen-huf_example_cii.xml").read_bytes())
    rules = {(f.rule, f.severity) for f in check_invoice(invoice)}
    assert ("PEPPOL-EN16931-R120/ROUNDING", Severity.WARNING) in rules


def test_a_total_that_does_not_add_up_is_an_error(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "ubl/cen-ubl-tc434-example1.xml").read_bytes())
    assert invoice.totals.tax_inclusive is not None
    invoice.totals.tax_inclusive += Decimal("0.01")
    findings = {f.rule: f for f in check_invoice(invoice)}
    assert findings["BR-CO-15"].difference == Decimal("0.01")
    assert "écart 0,01" in finding_text(findings["BR-CO-15"])


def test_structure_requirements(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "chorus/pastell-chorus-facture-pivot.xml").read_bytes())
    assert check_invoice(invoice, BuyerRequirements(True, True, True)) == []
    invoice.order_reference = None
    invoice.buyer.service_code = invoice.buyer_reference = None
    rules = {f.rule for f in check_invoice(invoice, BuyerRequirements(True, True, True))}
    assert rules == {"FR-CODE-SERVICE", "FR-NUMERO-EJ", "FR-EJ-OU-SERVICE"}
    assert check_invoice(invoice) == []  # without the structure's parameters nothing is guessed


@pytest.mark.parametrize(
    ("siret", "valid"),
    [
        ("38947246500027", True),  # the corpus pivot supplier
        ("26330582300019", True),  # CHU de Bordeaux, the corpus pivot buyer
        ("38947246500028", False),
        ("3894724650002", False),
        ("35600000000048", True),  # La Poste: digit sum multiple of 5
    ],
)
def test_siret_check_digit(siret: str, valid: bool) -> None:
    assert siret_is_valid(siret) is valid


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_reconstituted_pdf_shows_findings_and_keeps_the_stated_values(corpus_dir: Path) -> None:
    from desktop_app.documents import render_invoice_pdf

    invoice = read_invoice((corpus_dir / "ubl/cen-ubl-tc434-example2.xml").read_bytes())
    french = _pdf_text(render_invoice_pdf(invoice))
    assert "Contrôles de cohérence : 1 anomalie(s), 0 avertissement(s)" in french
    assert "[PEPPOL-EN16931-R120] ligne 1" in french
    assert "ne sont\npas corrigés" in french or "ne sont pas corrigés" in french
    english = _pdf_text(render_invoice_pdf(invoice, language="en"))
    assert "Consistency checks: 1 error(s), 0 warning(s)" in english
    without = _pdf_text(render_invoice_pdf(invoice, checks=False))
    assert "Contrôles de cohérence" not in without


def test_a_valid_invoice_has_no_findings_box(corpus_dir: Path) -> None:
    from desktop_app.documents import render_invoice_pdf

    invoice = read_invoice((corpus_dir / "ubl/cen-Invoice-Max_content.xml").read_bytes())
    assert "Contrôles de cohérence" not in _pdf_text(render_invoice_pdf(invoice))
