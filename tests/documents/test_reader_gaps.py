"""Two reader gaps found on public test files (issue 15, part 4).

- ``ubl/mustang-ubl-creditnote-oasis-example.xml`` (ZUGFeRD/mustangproject
  ``library/src/test/resources/ubl-creditnote.xml``, commit 096db40) is a UBL ``CreditNote``
  with no ``CreditNoteTypeCode``: it was titled FACTURE.
- The Chorus Pro pivot reader dropped ``PJ/IdOriginal`` (BT-122). The corpus pivot file
  (``chorus/pastell-chorus-facture-pivot.xml``, megalis-bretagne/pastell commit 0421c6f) has no
  ``IdOriginal`` (its expected JSON says "no BT-122"), so the second test adds one element to
  that real file: a constructed variant, said so here.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from desktop_app.documents import read_invoice, render_invoice_pdf

CREDIT_NOTE = "ubl/mustang-ubl-creditnote-oasis-example.xml"
PIVOT = "chorus/pastell-chorus-facture-pivot.xml"


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_credit_note_root_without_type_code_is_a_credit_note(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / CREDIT_NOTE).read_bytes())
    assert invoice.type_code is None  # nothing invented: BT-3 stays absent
    assert invoice.is_credit_note
    french = _text(render_invoice_pdf(invoice))
    assert "AVOIR" in french
    assert "FACTURE\n" not in french.split("TOSL108")[0]
    assert "CREDIT NOTE" in _text(render_invoice_pdf(invoice, language="en"))


def test_an_invoice_type_code_still_wins_over_the_root(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "ubl/cen-ubl-tc434-example1.xml").read_bytes())
    assert not invoice.root_is_credit_note
    assert not invoice.is_credit_note


def test_pivot_attachment_keeps_its_original_identifier(corpus_dir: Path) -> None:
    real = (corpus_dir / PIVOT).read_bytes()
    assert read_invoice(real).attachments[0].id is None  # as the corpus JSON says
    constructed = real.replace(
        b"<NomPJ>FAC38947246500027FAC19-2512.pdf</NomPJ>",
        b"<IdOriginal>PJ-2019-0042</IdOriginal><NomPJ>FAC38947246500027FAC19-2512.pdf</NomPJ>",
        1,
    )
    assert constructed != real
    attachment = read_invoice(constructed).attachments[0]
    assert attachment.id == "PJ-2019-0042"
    assert attachment.filename == "FAC38947246500027FAC19-2512.pdf"
