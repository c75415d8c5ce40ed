"""Paragraph and table styles of the reconstituted invoice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from desktop_app.documents.render.fonts import BOLD, REGULAR

ACCENT = colors.HexColor("#1F3A5F")
LIGHT = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#9AA9BC")
WARN = colors.HexColor("#B3261E")
WARN_BG = colors.HexColor("#FCEEEE")


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles used by the layout."""

    body: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    right: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    box_title: ParagraphStyle
    cell: ParagraphStyle
    warn: ParagraphStyle


_shared: Styles | None = None


def shared_styles() -> Styles:
    """The styles of every render, built once per process.

    Styles are never changed once built; keeping them keeps what the fast paths attach to
    them (the parsed plain fragment, the parsed skeletons) from one render to the next.
    """
    global _shared
    if _shared is None:
        _shared = make_styles()
    return _shared


def make_styles() -> Styles:
    """A new set of the layout's paragraph styles."""
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=11)
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444")
        ),
        bold=ParagraphStyle("bold", parent=body, fontName=BOLD),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        ),
        box_title=ParagraphStyle(
            "box_title", parent=body, fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        warn=ParagraphStyle("warn", parent=body, textColor=WARN),
    )


class WrapOnceParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width.

    A table wraps each cell's paragraph when it measures its rows, again when it splits at
    a page end and again when it draws it: the same width each time, so the same lines.
    Breaking lines is most of the render's time on long invoices (issue 17's profile).
    """

    _wrapped: tuple[float, float, object, list[float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._wrapped
        if memo is not None and memo[0] == availWidth:
            self.width, self.height, self.blPara, self._wrapWidths = availWidth, *memo[1:]
            return availWidth, memo[1]
        width, height = super().wrap(availWidth, availHeight)
        if width == availWidth:  # not the "does not fit" answer, which sets nothing
            self._wrapped = (availWidth, height, self.blPara, self._wrapWidths)
        return width, height


# text that reportlab's markup parser would pass through as one fragment, unchanged
_NEEDS_PARSER = re.compile(r"[&<>\n\r]")


def _plain_fragments(text: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """The parser's fragments for ``text``, built without running the parser.

    A plain text (no markup character, one line) comes out of ``ParaParser`` as one fragment
    of the style's font and colour holding the whitespace-cleaned text; that fragment is
    parsed once per style and copied. ``None`` when the parser must run.
    """
    cleaned = cleanBlockQuotedText(text)
    if not cleaned or _NEEDS_PARSER.search(text):
        return None
    template: ParaFrag | None = style.__dict__.get("_plain_fragment")
    if template is None:
        frags = Paragraph("x", style).frags
        if len(frags) != 1:
            return None
        template = style._plain_fragment = frags[0]
    fragment = template.clone(text=cleaned)
    fragment.link, fragment.us_lines = [], []
    return [fragment]


class Markup:
    """Paragraph markup built from tags and texts, with its skeleton (each text as ``x``).

    Paragraphs of one skeleton (a line's designation: bold name, small references...) come
    out of reportlab's parser with the same fragments but for their texts: the skeleton is
    parsed once per style and its fragments copied with the texts put back.
    """

    def __init__(self) -> None:
        self.markup: list[str] = []
        self.skeleton: list[str] = []
        self.texts: list[str] = []

    def tag(self, markup: str) -> Markup:
        """Append a tag (or any markup) as is."""
        self.markup.append(markup)
        self.skeleton.append(markup)
        return self

    def text(self, text: str) -> Markup:
        """Append a text, escaped; its line breaks become ``<br/>``."""
        for index, line in enumerate(text.split("\n")):
            if index:
                self.tag("<br/>")
            self.markup.append(escape(line))
            self.skeleton.append("x")
            self.texts.append(line)
        return self

    def paragraph(self, style: ParagraphStyle) -> Paragraph:
        """The paragraph, its fragments copied from the skeleton's where the texts allow."""
        markup = "".join(self.markup)
        if not all(_is_plain(text) for text in self.texts):
            return WrapOnceParagraph(markup, style)
        skeleton = "".join(self.skeleton)
        cache: dict[str, list[ParaFrag] | None] = style.__dict__.setdefault("_skeletons", {})
        if skeleton not in cache:
            frags = Paragraph(skeleton, style).frags
            holes = [f for f in frags if f.text.strip(" ") == "x"]
            plain = all(f.text.strip(" ") in ("x", "") for f in frags)
            cache[skeleton] = frags if plain and len(holes) == len(self.texts) else None
        template = cache[skeleton]
        if template is None:
            return WrapOnceParagraph(markup, style)
        texts = iter(self.texts)
        frags = []
        for piece in template:
            if piece.text.strip(" ") == "x":  # a hole, with the spaces around it kept
                fragment = piece.clone(text=piece.text.replace("x", next(texts)))
            else:
                fragment = piece.clone()
            fragment.link, fragment.us_lines = [], []
            frags.append(fragment)
        return WrapOnceParagraph(cleanBlockQuotedText(markup), style, frags=frags)


def _is_plain(text: str) -> bool:
    """A text the parser keeps whole and unchanged: no markup character, clean spaces."""
    return bool(text) and not _NEEDS_PARSER.search(text) and " ".join(text.split()) == text


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (escaped) text; line breaks kept."""
    text = text or ""
    frags = _plain_fragments(text, style)
    if frags is not None:
        return WrapOnceParagraph(frags[0].text, style, frags=frags)
    return WrapOnceParagraph(escape(text).replace("\n", "<br/>"), style)


def grid_style(header: bool = True, right_from: int | None = None) -> TableStyle:
    """Light table style: shaded header row, thin rules, right-aligned numeric columns."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if right_from is not None:
        commands.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)
