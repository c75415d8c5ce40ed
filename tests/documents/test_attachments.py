"""Attachment listing, bounded extraction and MIME checks against the content."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import pytest

from desktop_app.documents import DocumentError, extract_attachment, list_attachments, read_invoice
from desktop_app.documents.attachments import detect_mime, mime_compatible
from desktop_app.documents.limits import Limits


def test_chorus_zip_labelled_pdf_is_reported(corpus_dir: Path) -> None:
    data = (corpus_dir / "chorus/pastell-chorus-E2-CPP-facture-min.xml").read_bytes()
    [att] = list_attachments(data)
    assert att.mime == "application/pdf"
    assert att.detected_mime == "application/zip"
    assert att.mime_mismatch
    content = extract_attachment(data, 0)
    assert content.startswith(b"PK")
    assert len(content) == 141385
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        [info] = archive.infolist()
        assert info.file_size == 141187


def test_extract_by_id_and_filename(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "ubl/cen-ubl-tc434-example2.xml").read_bytes())
    assert extract_attachment(invoice, "Doc2") == extract_attachment(invoice, "test.pdf")
    assert len(extract_attachment(invoice, "Doc2")) == 23
    with pytest.raises(DocumentError) as info:
        extract_attachment(invoice, "Doc1")  # external URI only
    assert info.value.key == "attachment_no_content"
    with pytest.raises(DocumentError) as info:
        extract_attachment(invoice, "nope")
    assert info.value.key == "attachment_not_found"


def test_pdf_file_attachments_listed_and_extracted(corpus_dir: Path) -> None:
    data = (corpus_dir / "facturx/zfc-XRECHNUNG_Elektron.pdf").read_bytes()
    listed = list_attachments(data)
    pdf_files = [a for a in listed if a.origin == "pdf"]
    assert len(pdf_files) == 2
    png = next(a for a in pdf_files if a.detected_mime == "image/png")
    assert extract_attachment(data, listed.index(png)).startswith(b"\x89PNG")


def test_attachment_over_limit_is_not_decoded(corpus_dir: Path) -> None:
    limits = Limits(max_attachment_bytes=1000)
    data = (corpus_dir / "cii/cen-huf_example_cii.xml").read_bytes()
    invoice = read_invoice(data, limits=limits)
    [att] = invoice.attachments
    assert att.content is None
    assert att.error_key == "attachment_too_large"
    assert att.size is not None
    assert att.size > 1000
    with pytest.raises(DocumentError) as info:
        extract_attachment(invoice, 0, limits=limits)
    assert info.value.key == "attachment_too_large"


@pytest.mark.parametrize(
    ("content", "mime"),
    [
        (b"%PDF-1.7\n...", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n0000", "image/png"),
        (b"\xff\xd8\xff\xe0JFIF", "image/jpeg"),
        (b"a;b;c\n1;2;3\n", "text/plain"),
        (b"<?xml version='1.0'?><a/>", "application/xml"),
        (b"\x00\x01\x02\x03\xfe\xff", "application/octet-stream"),
    ],
)
def test_detect_mime(content: bytes, mime: str) -> None:
    assert detect_mime(content) == mime


def test_mime_compatibility_rules() -> None:
    assert mime_compatible("text/csv", "text/plain")
    assert mime_compatible("application/pdf", "application/pdf")
    assert not mime_compatible("application/pdf", "application/zip")
    assert mime_compatible(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"
    )
    assert not mime_compatible("image/png", "application/x-msdownload")


def test_bad_base64_is_reported_not_raised() -> None:
    xml = _ubl_with_attachment("@@@not base64@@@")
    invoice = read_invoice(xml)
    [att] = invoice.attachments
    assert att.error_key == "attachment_bad_base64"
    with pytest.raises(DocumentError) as info:
        extract_attachment(invoice, 0)
    assert info.value.key == "attachment_bad_base64"


def _ubl_with_attachment(b64: str) -> bytes:
    return f"""<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:ID>A1</cbc:ID><cbc:IssueDate>2025-01-02</cbc:IssueDate>
<cac:AdditionalDocumentReference><cbc:ID>X</cbc:ID><cac:Attachment>
<cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="x.pdf">{b64}\
</cbc:EmbeddedDocumentBinaryObject>
</cac:Attachment></cac:AdditionalDocumentReference></Invoice>""".encode()


def test_valid_base64_round_trip() -> None:
    payload = b"%PDF-1.4 tiny"
    invoice = read_invoice(_ubl_with_attachment(base64.b64encode(payload).decode()))
    assert extract_attachment(invoice, "X") == payload
    assert not invoice.attachments[0].mime_mismatch
