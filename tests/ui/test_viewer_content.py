"""The viewer's Qt-free parts: content detection by magic bytes (documents.content_kind), zoom
steps and print ranges (ui.viewer_zoom); and images turned into viewer pages."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.documents import ContentKind, classify
from desktop_app.ui.viewer_content import image_pdf
from desktop_app.ui.viewer_zoom import (
    fit_inside,
    fit_width_factor,
    print_pages,
    render_pixels,
    zoom_in,
    zoom_out,
)
from tests.conftest import CORPUS_DIR

from .test_viewer_attachments import png_bytes

CORPUS = CORPUS_DIR


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("ubl/cen-ubl-tc434-example1.xml", ContentKind.INVOICE_XML),
        ("cii/cen-CII_example1.xml", ContentKind.INVOICE_XML),
        ("chorus/pastell-chorus-facture-pivot.xml", ContentKind.INVOICE_XML),
        ("facturx/zfc-Facture_FR_BASICWL.pdf", ContentKind.PDF),
    ],
)
def test_corpus_files_are_recognised(path: str, kind: ContentKind) -> None:
    assert classify((CORPUS / path).read_bytes()).kind is kind


def test_other_contents() -> None:
    assert classify(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20).kind is ContentKind.IMAGE
    assert classify(b"\xff\xd8\xff\xe0rest").extension == "jpg"
    text = classify("Livré le 3 mars.".encode())
    assert (text.kind, text.extension) == (ContentKind.SYSTEM, "txt")
    xml = classify(b"<?xml version='1.0'?><note>hors facture</note>")
    assert (xml.kind, xml.extension) == (ContentKind.SYSTEM, "xml")
    exe = classify(b"MZ\x90\x00\x03" + b"\x00" * 60)
    assert (exe.kind, exe.extension) == (ContentKind.OTHER, None)
    assert classify(b"PK\x05\x06" + b"\x00" * 18).kind is ContentKind.OTHER  # an archive


def test_zoom_arithmetic() -> None:
    assert zoom_in(1.0) == 1.1 and zoom_out(1.0) == 0.9
    assert zoom_in(4.0) == 4.0 and zoom_out(0.25) == 0.25
    assert zoom_in(0.52) == 0.67  # from a fit factor to the next step
    assert fit_width_factor(595, 794, 96) == pytest.approx(1.0, abs=0.01)
    assert print_pages(0, 0, 3) == [0, 1, 2]
    assert print_pages(2, 3, 4) == [1, 2]
    assert print_pages(2, 9, 3) == [1, 2]
    assert fit_inside((595, 842), (1000, 1000)) == (147, 0, 706, 1000)
    assert render_pixels((9921, 14031), 1200) == (2480, 3507)  # 300 dpi, not 1200


def test_an_image_becomes_one_pdf_page_of_its_size(qapp: Any) -> None:
    pdf = image_pdf(png_bytes(), "photo")
    assert pdf is not None
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (480.0, 360.0)  # 640x480 px at 96 dpi


@pytest.mark.qt_log_ignore("libpng error")
def test_a_broken_image_is_not_viewable(qapp: Any) -> None:
    assert image_pdf(b"\x89PNG\r\n\x1a\nbroken", "x") is None
