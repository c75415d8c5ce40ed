"""Every corpus 'parse' file matches its expected values; every 'reject' file is refused clearly."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop_app.documents import DocumentError, detect_syntax, read_invoice
from tests.conftest import CORPUS_DIR
from tests.documents.corpus_compare import compare


def _rows(expect: str) -> list[str]:
    with (CORPUS_DIR / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return [r["file"] for r in csv.DictReader(handle, delimiter="\t") if r["expect"] == expect]


PARSE = _rows("parse")
REJECT = _rows("reject")
REJECT_KEYS = {
    "malformed/mustang-invalidV2Root.xml": "unknown_root",
    "malformed/mustang-corruptedV2PDF.pdf": "pdf_no_invoice",
    "malformed/mustang-corrupt-factur-x-waytoosmall.pdf": "pdf_unreadable",
    "malformed/zfc-factur-x-invalid-xml-encoding-attribute.pdf": "pdf_embedded_xml_invalid",
}


def test_manifest_counts() -> None:
    assert len(PARSE) == 46
    assert len(REJECT) == 4


@pytest.mark.parametrize("name", PARSE)
def test_parse_file_matches_expected(corpus_dir: Path, name: str) -> None:
    expected = json.loads((corpus_dir / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    invoice = read_invoice((corpus_dir / name).read_bytes(), filename="ignored.bin")
    assert compare(invoice, expected) == []


@pytest.mark.parametrize("name", REJECT)
def test_reject_file_gives_specific_error(corpus_dir: Path, name: str) -> None:
    with pytest.raises(DocumentError) as info:
        read_invoice((corpus_dir / name).read_bytes())
    assert info.value.key == REJECT_KEYS[name]
    french, english = info.value.message("fr"), info.value.message("en")
    assert french
    assert english
    assert french != english


def test_unknown_root_message_names_the_element(corpus_dir: Path) -> None:
    with pytest.raises(DocumentError) as info:
        read_invoice((corpus_dir / "malformed/mustang-invalidV2Root.xml").read_bytes())
    assert info.value.message("fr") == "Élément racine inconnu : myinvoice"
    assert info.value.message() == "Élément racine inconnu : myinvoice"
    assert info.value.message("en") == "Unknown root element: myinvoice"


def test_pdf_without_invoice_message(corpus_dir: Path) -> None:
    with pytest.raises(DocumentError) as info:
        read_invoice((corpus_dir / "malformed/mustang-corruptedV2PDF.pdf").read_bytes())
    assert info.value.message("fr").startswith("Le PDF ne contient pas de facture embarquée")


def test_malformed_date_is_flagged_and_rest_is_read(corpus_dir: Path) -> None:
    data = (corpus_dir / "malformed/xrviz-wrong-date-with-text-uncefact.xml").read_bytes()
    invoice = read_invoice(data)
    assert invoice.issue_date is None
    flagged = invoice.invalid("BT-2")
    assert flagged is not None
    assert flagged.raw == "Dies ist kein Datum"
    assert flagged.kind == "date"
    assert invoice.number == "123456XX"
    assert len(invoice.lines) == 2


@pytest.mark.parametrize(
    ("name", "syntax"),
    [
        ("ubl/cen-ubl-tc434-example1.xml", "UBL"),
        ("ubl/cen-ubl-tc434-creditnote1.xml", "UBL"),
        ("cii/cen-CII_example1.xml", "CII"),
        ("facturx/zfc-EN16931_Rabatte.pdf", "FACTURX"),
        ("chorus/pastell-chorus-facture-pivot.xml", "PIVOT"),
        ("chorus/pastell-chorus-E2-CPP-facture-min.xml", "CPP_MIXTE"),
    ],
)
def test_detect_syntax_from_content(corpus_dir: Path, name: str, syntax: str) -> None:
    assert detect_syntax((corpus_dir / name).read_bytes()) == syntax


def test_facturx_reports_embedded_syntax_and_pdf_files(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "facturx/zfc-XRECHNUNG_Elektron.pdf").read_bytes())
    assert invoice.syntax == "FACTURX"
    assert invoice.embedded_syntax == "CII"
    assert invoice.embedded_xml_name == "xrechnung.xml"
    kinds = sorted(f.detected_mime or "" for f in invoice.container_files)
    assert kinds == ["application/pdf", "image/png"]


def test_ubl_sub_lines_nested(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "ubl/xrts-04.03a-INVOICE_ubl.xml").read_bytes())
    nested = sum(len(line.sub_lines) for line in invoice.lines)
    assert nested > 0


def test_chorus_references(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "chorus/pastell-chorus-facture-pivot.xml").read_bytes())
    assert invoice.engagement_number == "3004564"
    assert invoice.contract_reference == "175191/0/175191"
    assert invoice.service_code == "EJ"
    assert invoice.seller.siret == "38947246500027"
    assert invoice.buyer.service_name == "FOURNITURES DE PROTHESES"
