"""The checks' findings on the reconstituted invoice: a warning box, values left as stated."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.documents.checks_catalog import Finding, Severity
from desktop_app.documents.checks_text import finding_line, tolerance_text
from desktop_app.documents.render.styles import WARN, WARN_BG, Styles, para

FRAME_WIDTH = 180 * mm
MAX_SHOWN = 60
TEXTS = {
    "fr": {
        "title": "Contrôles de cohérence : {errors} anomalie(s), {warnings} avertissement(s)",
        "note": "Les montants sont affichés tels que la facture les indique ; ils ne sont "
        "pas corrigés. Règles EN 16931 (arrondi au centime) et règles du secteur public.",
        "more": "… et {count} autre(s) constat(s).",
        "tolerance": "tolérance : {tolerance}",
    },
    "en": {
        "title": "Consistency checks: {errors} error(s), {warnings} warning(s)",
        "note": "Amounts are shown as the invoice states them; they are not corrected. "
        "EN 16931 rules (rounded to the cent) and public-sector rules.",
        "more": "… and {count} more finding(s).",
        "tolerance": "tolerance: {tolerance}",
    },
}


def findings_box(findings: list[Finding], language: str, styles: Styles) -> list[Flowable]:
    """A boxed list of the findings, errors first; nothing when there is none."""
    if not findings:
        return []
    t = TEXTS["en" if language == "en" else "fr"]
    s = styles
    ordered = sorted(findings, key=lambda f: f.severity is not Severity.ERROR)
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    rows = [
        para(t["title"].format(errors=errors, warnings=len(findings) - errors), s.bold),
        para(t["note"], s.small),
    ]
    for finding in ordered[:MAX_SHOWN]:
        mark = "⚠" if finding.severity is Severity.ERROR else "ℹ"
        tolerance = tolerance_text(finding, language)
        suffix = f" ({t['tolerance'].format(tolerance=tolerance)})" if finding.stated else ""
        style = s.warn if finding.severity is Severity.ERROR else s.body
        rows.append(para(f"{mark} {finding_line(finding, language)}{suffix}", style))
    if len(ordered) > MAX_SHOWN:
        rows.append(para(t["more"].format(count=len(ordered) - MAX_SHOWN), s.small))
    box = Table([[rows]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.8, WARN), ("BACKGROUND", (0, 0), (-1, -1), WARN_BG)]
        )
    )
    return [Spacer(1, 2 * mm), box, Spacer(1, 2 * mm)]
