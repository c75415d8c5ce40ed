"""The reconstituted PDF: every corpus invoice renders; layout facts checked with pypdf."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.documents import make_ubl
from desktop_app.documents import read_invoice, render_invoice_pdf
from tests.conftest import CORPUS_DIR


def _parse_files() -> list[str]:
    with (CORPUS_DIR / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return [r["file"] for r in csv.DictReader(handle, delimiter="\t") if r["expect"] == "parse"]


def _text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.mark.parametrize("name", _parse_files())
def test_every_corpus_invoice_renders(corpus_dir: Path, name: str) -> None:
    invoice = read_invoice((corpus_dir / name).read_bytes())
    pdf = render_invoice_pdf(invoice)
    reader, text = _text(pdf)
    assert len(reader.pages) >= 1
    assert invoice.number
    assert invoice.number in text
    assert f"Page 1 / {len(reader.pages)}" in text
    assert ("AVOIR" in text) == invoice.is_credit_note or invoice.is_credit_note


def test_credit_note_is_marked(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "ubl/cen-ubl-tc434-creditnote1.xml").read_bytes())
    assert invoice.is_credit_note
    _, french = _text(render_invoice_pdf(invoice))
    _, english = _text(render_invoice_pdf(invoice, language="en"))
    assert "AVOIR" in french
    assert "CREDIT NOTE" in english


def test_french_labels_fonts_and_metadata(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "chorus/pastell-chorus-facture-pivot.xml").read_bytes())
    pdf = render_invoice_pdf(invoice)
    reader, text = _text(pdf)
    for label in (
        "FACTURE",
        "VENDEUR",
        "ACHETEUR",
        "Engagement juridique",
        "Net à payer",
        "Ventilation de la TVA",
        "Pièces jointes",
        "38947246500027",
        "3004564",
    ):
        assert label in text, label
    assert "873,99" in text  # French decimal comma
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Facture FAC19-2512"
    assert meta.author == "OST DEVELOPPEMENT"
    assert "FAC19-2512" in (meta.subject or "")
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    assert any("DejaVuSans" in n for n in names)
    for font in fonts.values():
        descendant = font.get_object()
        descriptor = descendant.get("/FontDescriptor")
        if descriptor is not None:
            assert "/FontFile2" in descriptor.get_object()  # TrueType embedded


def test_english_labels(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "cii/cen-CII_example1.xml").read_bytes())
    _, text = _text(render_invoice_pdf(invoice, language="en"))
    assert "INVOICE" in text
    assert "Amount due" in text
    assert "FACTURE" not in text


def test_unknown_language_is_refused(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "cii/cen-CII_example1.xml").read_bytes())
    with pytest.raises(ValueError):
        render_invoice_pdf(invoice, language="de")


def test_invalid_date_is_shown_flagged(corpus_dir: Path) -> None:
    data = (corpus_dir / "malformed/xrviz-wrong-date-with-text-uncefact.xml").read_bytes()
    _, text = _text(render_invoice_pdf(read_invoice(data)))
    assert "Dies ist kein Datum" in text
    assert "date illisible" in text


def test_long_invoice_flows_with_repeated_header() -> None:
    invoice = read_invoice(make_ubl(300))
    reader, _ = _text(render_invoice_pdf(invoice))
    pages = len(reader.pages)
    assert pages >= 5
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        assert f"Page {number} / {pages}" in text
        if number > 1 and "Montant HT" in text:
            assert "Désignation" in text  # header row repeated on continuation pages
    last = reader.pages[-1].extract_text() or ""
    assert "Net à payer" in last or "Net à payer" in (reader.pages[-2].extract_text() or "")


def test_render_runs_in_worker_threads(corpus_dir: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    invoices = [read_invoice((corpus_dir / n).read_bytes()) for n in _parse_files()[:6]]
    with ThreadPoolExecutor(max_workers=3) as pool:
        pdfs = list(pool.map(render_invoice_pdf, invoices))
    assert all(pdf.startswith(b"%PDF") for pdf in pdfs)


def test_facturx_built_with_the_facturx_library_round_trips(corpus_dir: Path) -> None:
    from facturx import generate_from_binary

    xml = (corpus_dir / "cii/cen-CII_example1.xml").read_bytes()
    cii = read_invoice(xml)
    visual = render_invoice_pdf(cii)
    facturx_pdf = generate_from_binary(
        visual, xml, check_xsd=False, flavor="factur-x", level="en16931"
    )
    again = read_invoice(facturx_pdf)
    assert again.syntax == "FACTURX"
    assert again.embedded_syntax == "CII"
    assert again.number == cii.number
    assert again.totals == cii.totals
    assert len(again.lines) == len(cii.lines)
