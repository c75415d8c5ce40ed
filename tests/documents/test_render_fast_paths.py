"""The render's shortcuts lay out exactly what reportlab's own path lays out.

Plain paragraphs and line designations skip reportlab's markup parser (their fragments are
copied from a parsed skeleton) and paragraphs break their lines once per width; here each
shortcut is compared with reportlab's full path on the public corpus's texts: same fragments,
same lines, same drawing operators.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop_app.documents import read_invoice
from desktop_app.documents.render import blocks
from desktop_app.documents.render.fonts import register_fonts
from desktop_app.documents.render.labels import LABELS
from desktop_app.documents.render.styles import WrapOnceParagraph, make_styles, para
from desktop_app.documents.render.tables import LINE_WIDTHS, _designation

TRICKY = [
    "Fournitures Bretonnes SARL",
    "  leading and  double  spaces ",
    "a & b <c> d",
    "two\nlines",
    "",
    "x",
    "12 rue de l'Église",
    "tab\there",
    "€ 1\u202f234,56",
]


def _frags(paragraph: Paragraph) -> list[dict[str, object]]:
    return [dict(f.__dict__) for f in paragraph.frags]


def _drawn(paragraph: Paragraph, width: float) -> str:
    """The page operators the paragraph writes (text, fonts, positions)."""
    canvas = Canvas("unused.pdf")
    paragraph.wrap(width, 1000)
    paragraph.drawOn(canvas, 0, 0)
    return "\n".join(canvas._code)


def _corpus_texts(corpus_dir: Path) -> list[str]:
    texts = list(TRICKY)
    for path in sorted([*corpus_dir.glob("ubl/*.xml"), *corpus_dir.glob("cii/*.xml")])[:12]:
        invoice = read_invoice(path.read_bytes())
        texts += [invoice.seller.name or "", invoice.buyer.name or ""]
        texts += [line.name or "" for line in invoice.lines[:5]]
        texts += [line.description or "" for line in invoice.lines[:5]]
    return texts


def test_plain_paragraphs_have_the_parsers_fragments(corpus_dir: Path) -> None:
    register_fonts()
    styles = make_styles()
    for text in _corpus_texts(corpus_dir):
        for style in (styles.body, styles.cell, styles.small):
            fast = para(text, style)
            full = Paragraph(escape(text).replace("\n", "<br/>"), style)
            assert _frags(fast) == _frags(full), repr(text)
            assert _drawn(fast, 200) == _drawn(full, 200), repr(text)


def test_line_designations_have_the_parsers_fragments(corpus_dir: Path) -> None:
    register_fonts()
    ctx = blocks.Ctx("fr", LABELS["fr"], make_styles())
    checked = 0
    for path in sorted([*corpus_dir.glob("ubl/*.xml"), *corpus_dir.glob("cii/*.xml")]):
        for line in read_invoice(path.read_bytes()).lines:
            for depth in (0, 1):
                fast = _designation(line, ctx, depth)
                full = Paragraph(fast.text, ctx.s.cell)  # the same markup, fully parsed
                assert _frags(fast) == _frags(full), (path.name, line.id)
                assert _drawn(fast, LINE_WIDTHS[1]) == _drawn(full, LINE_WIDTHS[1])
                checked += 1
    assert checked > 50


@pytest.mark.parametrize("width", [40.0, 120.0, 400.0])
def test_wrapping_once_per_width_gives_the_same_lines(width: float) -> None:
    register_fonts()
    style = make_styles().body
    text = "Facture de fournitures – pénalités de retard : 3 fois le taux légal. " * 6
    once = WrapOnceParagraph(text, style)
    first = once.wrap(width, 1000)
    assert once.wrap(width, 1000) == first  # from the memo
    other = once.wrap(width * 2, 1000)  # another width is broken anew
    assert other[1] <= first[1]
    assert once.wrap(width, 1000) == first == Paragraph(text, style).wrap(width, 1000)
    assert _drawn(once, width) == _drawn(Paragraph(text, style), width)


def test_party_facts_have_the_parsers_fragments(corpus_dir: Path) -> None:
    """« Label : value » lines (bold label) copied from a skeleton, as the parser makes them."""
    register_fonts()
    checked = 0
    for language in ("fr", "en"):
        ctx = blocks.Ctx(language, LABELS[language], make_styles())
        for path in sorted([*corpus_dir.glob("ubl/*.xml"), *corpus_dir.glob("cii/*.xml")]):
            invoice = read_invoice(path.read_bytes())
            for party in (invoice.seller, invoice.buyer, invoice.payee):
                if party is None:
                    continue
                for fast in blocks.party_block("x", party, ctx):
                    full = Paragraph(fast.text, fast.style)  # the same markup, fully parsed
                    assert _frags(fast) == _frags(full), (path.name, fast.text)
                    assert _drawn(fast, 240) == _drawn(full, 240), (path.name, fast.text)
                    checked += 1
    for value in TRICKY:
        fast = blocks._fact("SIRET", value, ctx)
        full = Paragraph(fast.text, ctx.s.body)
        assert _frags(fast) == _frags(full), repr(value)
    assert checked > 200


def test_styles_are_built_once_per_process() -> None:
    from desktop_app.documents.render.styles import shared_styles

    assert shared_styles() is shared_styles()
