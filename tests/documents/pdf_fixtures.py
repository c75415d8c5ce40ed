"""PDF test files built in the tests themselves with pypdf (never copied from the corpus)."""

from __future__ import annotations

import io
import zlib

from pypdf import PdfWriter
from pypdf.generic import NameObject


def pdf_with_files(files: dict[str, bytes]) -> bytes:
    """A one-page PDF with ``files`` attached (plain streams)."""
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    for name, content in files.items():
        writer.add_attachment(name, content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def deflate_zeros(size: int) -> bytes:
    """``size`` zero bytes deflated incrementally (a few hundred KB for 100 MB)."""
    comp = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    parts = [comp.compress(chunk) for _ in range(size >> 20)]
    parts.append(comp.flush())
    return b"".join(parts)


def pdf_bomb(name: str = "factur-x.xml", inflated_size: int = 200 << 20) -> bytes:
    """A PDF whose attached ``name`` is a Flate stream inflating to ``inflated_size`` bytes."""
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    embedded = writer.add_attachment(name, b"placeholder")
    stream = embedded._embedded_file
    stream._data = deflate_zeros(inflated_size)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
