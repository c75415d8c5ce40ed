"""Hostile input ends with a clear error or a bounded read, in bounded time and memory.

Every file is generated here. Memory is measured with tracemalloc (Python allocations) and
the process resident size (libxml2 / zlib allocations happen outside tracemalloc).
"""

from __future__ import annotations

import base64
import io
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psutil
import pytest

from desktop_app.documents import DocumentError, extract_attachment, list_attachments, read_invoice
from tests.documents.pdf_fixtures import pdf_bomb, pdf_with_files

UBL_NS = (
    'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"'
)
MB = 1024 * 1024


@dataclass
class Usage:
    seconds: float = 0.0
    peak_python_mb: float = 0.0
    rss_growth_mb: float = 0.0


@contextmanager
def bounded(max_seconds: float, max_python_mb: float, max_rss_mb: float = 400) -> Iterator[Usage]:
    """Measure the block; fail when it used more time or memory than allowed."""
    usage = Usage()
    process = psutil.Process()
    rss_before = process.memory_info().rss
    tracemalloc.start()
    start = time.perf_counter()
    try:
        yield usage
    finally:
        usage.seconds = time.perf_counter() - start
        usage.peak_python_mb = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
        usage.rss_growth_mb = (process.memory_info().rss - rss_before) / MB
    assert usage.seconds < max_seconds, usage
    assert usage.peak_python_mb < max_python_mb, usage
    assert usage.rss_growth_mb < max_rss_mb, usage


def expect_error(data: bytes, key: str, **limits: float) -> DocumentError:
    with bounded(**limits) if limits else bounded(5, 100), pytest.raises(DocumentError) as info:  # type: ignore[arg-type]
        read_invoice(data)
    assert info.value.key == key, info.value
    assert info.value.message("fr")
    assert info.value.message("en")
    return info.value


def test_xxe_external_entity_is_refused() -> None:
    data = (
        '<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<Invoice {UBL_NS}><cbc:ID>&xxe;</cbc:ID></Invoice>"
    ).encode()
    error = expect_error(data, "xml_dtd_forbidden")
    assert "root:" not in error.message("fr")


def test_xxe_parameter_entity_over_network_is_refused() -> None:
    data = (
        '<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/x.dtd">'
        f"%ext;]><Invoice {UBL_NS}><cbc:ID>1</cbc:ID></Invoice>"
    ).encode()
    expect_error(data, "xml_dtd_forbidden")


def test_billion_laughs_is_refused_quickly() -> None:
    entities = ['<!ENTITY lol0 "lol">']
    for level in range(1, 10):
        entities.append(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">')
    data = (
        f'<?xml version="1.0"?><!DOCTYPE Invoice [{"".join(entities)}]>'
        f"<Invoice {UBL_NS}><cbc:ID>&lol9;</cbc:ID></Invoice>"
    ).encode()
    expect_error(data, "xml_dtd_forbidden", max_seconds=2, max_python_mb=20)


def test_huge_attribute_is_refused() -> None:
    data = f'<Invoice {UBL_NS} x="'.encode() + b"A" * (12 * MB) + b'"/>'
    expect_error(data, "xml_huge_node", max_seconds=5, max_python_mb=40)


def test_deep_nesting_is_refused() -> None:
    data = f"<Invoice {UBL_NS}>".encode() + b"<a>" * 200_000 + b"</a>" * 200_000 + b"</Invoice>"
    expect_error(data, "xml_too_deep", max_seconds=5, max_python_mb=20)


def test_oversized_input_is_refused_before_parsing() -> None:
    data = b"<" + b" " * (65 * MB)
    expect_error(data, "input_too_large", max_seconds=2, max_python_mb=5)


def test_pdf_decompression_bomb_is_bounded() -> None:
    data = pdf_bomb(inflated_size=300 * MB)
    error = expect_error(data, "pdf_limit", max_seconds=10, max_python_mb=120)
    assert "limite" in error.message("fr")


def test_pdf_bomb_as_extra_file_keeps_the_invoice(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    xml = (corpus_dir / "cii/cen-CII_example1.xml").read_bytes()
    data = pdf_with_files({"factur-x.xml": xml})
    bomb = pdf_bomb(name="annexe.bin", inflated_size=100 * MB)
    assert data
    assert bomb
    # An invoice whose other attachment is a bomb: built from the bomb with the XML added.
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bomb)))
    writer.add_attachment("factur-x.xml", xml)
    out = io.BytesIO()
    writer.write(out)
    with bounded(10, 120):
        invoice = read_invoice(out.getvalue())
    assert invoice.number == read_invoice(xml).number
    [extra] = invoice.container_files
    assert extra.content is None
    assert extra.error_key in {"pdf_limit", "pdf_embedded_too_large"}


def _ubl_with_base64(b64: bytes, mime: str = "application/zip") -> bytes:
    return (
        (
            f"<Invoice {UBL_NS}><cbc:ID>B1</cbc:ID><cbc:IssueDate>2025-01-01</cbc:IssueDate>"
            "<cac:AdditionalDocumentReference><cbc:ID>Z</cbc:ID><cac:Attachment>"
            f'<cbc:EmbeddedDocumentBinaryObject mimeCode="{mime}" filename="a.zip">'
        ).encode()
        + b64
        + b"</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"
        + (b"</cac:AdditionalDocumentReference></Invoice>")
    )


def test_zip_bomb_attachment_is_never_inflated() -> None:
    archive = io.BytesIO()
    chunk = b"\0" * MB
    with (
        zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("zeros.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(512):
            member.write(chunk)
    packed = archive.getvalue()
    assert len(packed) < 2 * MB
    data = _ubl_with_base64(base64.b64encode(packed))
    with bounded(5, 40):
        [att] = list_attachments(data)
        content = extract_attachment(data, 0)
    assert att.detected_mime == "application/zip"
    assert not att.mime_mismatch
    assert content == packed  # the archive itself, never its 512 MB of content


def test_ten_megabyte_attachment_in_xml_is_read_within_bounds() -> None:
    """Chorus Pro accepts 10 MB annexes: 13.3 MB of base64 in one node, past libxml2's cap."""
    content = b"%PDF-1.4\n" + b"\0" * (10 * MB)
    data = _ubl_with_base64(base64.b64encode(content), "application/pdf")
    with bounded(5, 80):
        invoice = read_invoice(data)
        [att] = invoice.attachments
        extracted = extract_attachment(invoice, 0)
    assert att.size == len(content)
    assert att.detected_mime == "application/pdf"
    assert extracted == content


def test_huge_text_outside_an_attachment_is_refused() -> None:
    note = b"<cbc:Note>" + b"A" * (12 * MB) + b"</cbc:Note>"
    data = f"<Invoice {UBL_NS}><cbc:ID>1</cbc:ID>".encode() + note + b"</Invoice>"
    error = expect_error(data, "xml_huge_node", max_seconds=5, max_python_mb=60)
    assert "taille autorisée" in error.message("fr")


def test_huge_tail_text_is_refused() -> None:
    data = f"<Invoice {UBL_NS}><cbc:ID>1</cbc:ID>".encode() + b"B" * (12 * MB) + b"</Invoice>"
    expect_error(data, "xml_huge_node", max_seconds=5, max_python_mb=60)


def test_ten_megabyte_pdf_attachment_is_read_within_limit(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    xml = (corpus_dir / "cii/cen-CII_example1.xml").read_bytes()
    big = b"%PDF-1.4\n" + b"\0" * (10 * MB)
    data = pdf_with_files({"factur-x.xml": xml, "annexe.pdf": big})
    with bounded(10, 80):
        invoice = read_invoice(data)
        content = extract_attachment(invoice, "annexe.pdf")
    assert len(content) == len(big)


def test_base64_over_attachment_limit_is_counted_not_decoded() -> None:
    from desktop_app.documents import Limits

    payload = base64.b64encode(b"\0" * (2 * MB))
    limits = Limits(max_attachment_bytes=MB)
    with bounded(5, 30):
        invoice = read_invoice(_ubl_with_base64(payload), limits=limits)
    [att] = invoice.attachments
    assert att.size == 2 * MB
    assert att.content is None
    assert att.error_key == "attachment_too_large"


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", b"MZ\x90\x00binary", b"%PDF-1.7\n%%EOF", b"<not-closed", b"\xff\xfe<\x00a\x00"],
)
def test_garbage_gives_document_error(data: bytes) -> None:
    with bounded(5, 20), pytest.raises(DocumentError):
        read_invoice(data)


def test_random_pdf_mutations_never_crash(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    import random

    base = (corpus_dir / "facturx/zfc-EN16931_Rabatte.pdf").read_bytes()
    rng = random.Random(1234)
    outcomes: list[str] = []
    for _ in range(25):
        mutated = bytearray(base)
        for _ in range(20):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        try:
            read_invoice(bytes(mutated))
            outcomes.append("ok")
        except DocumentError as exc:
            outcomes.append(exc.key)
    assert len(outcomes) == 25


_: Callable[..., object] = bounded
