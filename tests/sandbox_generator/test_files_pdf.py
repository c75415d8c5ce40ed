"""Factur-X PDFs (embedded CII, attachments, PDF/A-3 metadata) and the platform's PDF image."""

from __future__ import annotations

import io

import facturx
from pypdf import PdfReader

from desktop_app.sandbox.generator.files import (
    render_cii,
    render_invoice_file,
    render_platform_pdf,
)
from desktop_app.sandbox.generator.model import GeneratedInvoice
from tests.sandbox_generator.xmlcheck import CII_EN16931_XSD, CII_NS, parse, schema


def _facturx_samples(invoices: list[GeneratedInvoice]) -> list[GeneratedInvoice]:
    small = [i for i in invoices if i.syntax == "FACTURX" and len(i.lines) <= 40]
    picked = small[:3]
    picked += [i for i in small if i.attachments][:2]
    picked += [i for i in small if i.invoice_type == "AVOIR"][:1]
    return list({i.index: i for i in picked}.values())


def test_facturx_embeds_its_xml(invoices_2000: list[GeneratedInvoice], corpus_dir) -> None:  # type: ignore[no-untyped-def]
    corpus_name, _ = facturx.get_xml_from_pdf(
        (corpus_dir / "facturx" / "akretion-invoice_EN16931.pdf").read_bytes(), check_xsd=False
    )
    for invoice in _facturx_samples(invoices_2000):
        name, content = render_invoice_file(invoice)
        assert name.endswith("_facturx.pdf")
        assert content.startswith(b"%PDF-")
        xml_name, xml = facturx.get_xml_from_pdf(content, check_xsd=False)
        assert xml_name == corpus_name == "factur-x.xml"
        assert xml == render_cii(invoice, embed_attachments=False)
        root = parse(xml)
        assert schema(CII_EN16931_XSD).validate(root)
        assert root.findtext("rsm:ExchangedDocument/ram:ID", namespaces=CII_NS) == invoice.number
        assert facturx.get_level(root) == "en16931"
        reader = PdfReader(io.BytesIO(content))
        attachments = reader.attachments
        assert "factur-x.xml" in attachments
        for attachment in invoice.attachments:
            filename = f"{attachment.designation}.pdf"
            assert attachments[filename] == [attachment.content]
        metadata = reader.xmp_metadata
        assert metadata is not None
        xmp = metadata.stream.get_data()
        assert b"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#" in xmp
        assert b"EN 16931" in xmp
        assert b"<pdfaid:part>3</pdfaid:part>" in xmp or b'pdfaid:part="3"' in xmp
        assert invoice.number in reader.pages[0].extract_text()


def test_platform_pdf(invoices_2000: list[GeneratedInvoice]) -> None:
    for syntax in ("UBL", "CII", "PIVOT", "FACTURX"):
        invoice = next(i for i in invoices_2000 if i.syntax == syntax and len(i.lines) <= 40)
        pdf = render_platform_pdf(invoice)
        reader = PdfReader(io.BytesIO(pdf))
        assert invoice.number in reader.pages[0].extract_text()
        embedded = "factur-x.xml" in reader.attachments
        assert embedded == (syntax == "FACTURX")


def test_visual_pdf_paginates_and_is_deterministic(invoices_2000: list[GeneratedInvoice]) -> None:
    invoice = next(i for i in invoices_2000 if i.syntax != "FACTURX" and 150 <= len(i.lines) <= 300)
    pdf = render_platform_pdf(invoice)
    assert pdf == render_platform_pdf(invoice)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    text = reader.pages[-1].extract_text()
    assert "Net a payer" in text
