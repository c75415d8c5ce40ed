"""A finding as a sentence in the user's language (French first), amounts as written there."""

from __future__ import annotations

from decimal import Decimal
from types import ModuleType

from desktop_app.documents.checks_catalog import RULES, Finding, Severity

_WHERE_LINE = {"fr": "ligne {id}", "en": "line {id}"}
_SEVERITY = {
    "fr": {Severity.ERROR: "Anomalie", Severity.WARNING: "Avertissement"},
    "en": {Severity.ERROR: "Error", Severity.WARNING: "Warning"},
}
_AMOUNT_PARAMS = ("price", "charges", "allowances")
_QUANTITY_PARAMS = ("quantity", "base")


def _fmt() -> ModuleType:
    """The renderer's number formats (imported on first use: the renderer loads reportlab)."""
    from desktop_app.documents.render import fmt

    return fmt


def _language(language: str) -> str:
    return "en" if language == "en" else "fr"


def where_text(finding: Finding, language: str = "fr") -> str:
    """``ligne 3``, ``S 20 %`` or "" for the whole document."""
    lang = _language(language)
    if finding.where.startswith("line "):
        return _WHERE_LINE[lang].format(id=finding.where.removeprefix("line "))
    category, _, rate = finding.where.partition(" ")
    if rate:
        return f"{category} {_fmt().percent(Decimal(rate), lang)}"
    return finding.where


def _amount(value: Decimal | None, lang: str) -> str:
    return _fmt().amount(value, lang) if value is not None else "—"


def finding_text(finding: Finding, language: str = "fr") -> str:
    """The rule's sentence with the invoice's values; never an empty string."""
    lang = _language(language)
    rule = RULES.get(finding.rule)
    template = (rule.fr if lang == "fr" else rule.en) if rule else finding.rule
    values = {
        "stated": _amount(finding.stated, lang),
        "expected": _amount(finding.expected, lang),
        "difference": _amount(finding.difference, lang),
        "where": where_text(finding, lang),
        **finding.params,
    }
    for name in _AMOUNT_PARAMS:
        if name in finding.params:
            values[name] = _fmt().amount(Decimal(finding.params[name]), lang)
    for name in _QUANTITY_PARAMS:
        if name in finding.params:
            values[name] = _fmt().quantity(Decimal(finding.params[name]), lang)
    try:
        return template.format(**values) or finding.rule
    except (KeyError, IndexError, ValueError):
        return template or finding.rule


def rule_label(finding: Finding) -> str:
    """The official identifier(s): ``BR-S-09 / BR-CO-17``; the ``/CENT`` variants as their rule."""
    return " / ".join(rule.split("/")[0] for rule in finding.rules)


def severity_text(finding: Finding, language: str = "fr") -> str:
    """``Anomalie`` / ``Avertissement`` (``Error`` / ``Warning``)."""
    return _SEVERITY[_language(language)][finding.severity]


def finding_line(finding: Finding, language: str = "fr") -> str:
    """One line for a list: ``[BR-CO-10] ligne 3 — sentence``."""
    where = where_text(finding, language)
    place = f" {where} —" if where and finding.where.startswith("line ") else ""
    return f"[{rule_label(finding)}]{place} {finding_text(finding, language)}"


def tolerance_text(finding: Finding, language: str = "fr") -> str:
    """The tolerance the rule allows, as a clerk reads it."""
    rule = RULES.get(finding.rule)
    return rule.tolerance_text(_language(language)) if rule else ""


_SUGGESTED = {
    "fr": {
        "suspend": "Action suggérée : suspendre la facture en demandant au fournisseur "
        "l'information manquante.",
        "recycle": "Action suggérée : recycler la facture vers le bon service.",
    },
    "en": {
        "suspend": "Suggested action: suspend the invoice, asking the supplier for the "
        "missing information.",
        "recycle": "Suggested action: recycle the invoice to the right service.",
    },
}


def suggested_text(finding: Finding, language: str = "fr") -> str:
    """The action the rule suggests (the structure's requirements), or ""."""
    rule = RULES.get(finding.rule)
    if rule is None:
        return ""
    return _SUGGESTED[_language(language)].get(rule.suggested.value, "")
