"""Texts of the engagement match: each state's label, meaning and suggested action."""

from __future__ import annotations

import contextlib

from desktop_app.domain.engagements import SUGGESTED, EngagementState, SuggestedAction
from desktop_app.ui.qt import QCoreApplication


def state_label(state: str | None) -> str:
    """Short label of an engagement state ('' without one)."""
    translate = QCoreApplication.translate
    labels = {
        EngagementState.FOUND.value: translate("EngagementTexts", "Engagement trouvé"),
        EngagementState.NOT_FOUND.value: translate("EngagementTexts", "Engagement inconnu"),
        EngagementState.OTHER_SUPPLIER.value: translate("EngagementTexts", "Autre fournisseur"),
        EngagementState.OVER_BALANCE.value: translate("EngagementTexts", "Dépasse le restant"),
        EngagementState.MISSING.value: translate("EngagementTexts", "Numéro manquant"),
    }
    return labels.get(state or "", state or "")


def state_meaning(state: str | None) -> str:
    """One sentence saying what the state means."""
    translate = QCoreApplication.translate
    meanings = {
        EngagementState.FOUND.value: translate(
            "EngagementTexts",
            "Le numéro est un engagement du même fournisseur et le montant TTC tient dans le "
            "restant.",
        ),
        EngagementState.NOT_FOUND.value: translate(
            "EngagementTexts", "Aucun engagement importé ne porte ce numéro."
        ),
        EngagementState.OTHER_SUPPLIER.value: translate(
            "EngagementTexts", "L'engagement appartient à un autre fournisseur (SIRET)."
        ),
        EngagementState.OVER_BALANCE.value: translate(
            "EngagementTexts", "Le montant TTC de la facture dépasse le montant restant."
        ),
        EngagementState.MISSING.value: translate(
            "EngagementTexts",
            "La facture n'a pas de numéro d'engagement alors que la structure l'exige.",
        ),
    }
    return meanings.get(state or "", "")


def suggestion(state: str | None) -> str:
    """The action suggested for ``state`` ('' when none)."""
    translate = QCoreApplication.translate
    try:
        action = SUGGESTED[EngagementState(state or "")]
    except ValueError:
        return ""
    if action is SuggestedAction.RECYCLE:
        return translate(
            "EngagementTexts", "Action conseillée : recycler vers le bon service (Ctrl+Shift+Y)."
        )
    if action is SuggestedAction.SUSPEND and state == EngagementState.MISSING.value:
        return translate(
            "EngagementTexts",
            "Action conseillée : suspendre en demandant le numéro d'engagement (Ctrl+Shift+S), "
            "ou recycler.",
        )
    if action is SuggestedAction.SUSPEND:
        return translate(
            "EngagementTexts",
            "Action conseillée : suspendre en demandant un justificatif (Ctrl+Shift+S).",
        )
    return ""


def filter_choices() -> list[tuple[str, frozenset[str]]]:
    """(label, states) offered by the list filter, first 'all'."""
    translate = QCoreApplication.translate
    attention = frozenset(s.value for s in EngagementState if s is not EngagementState.FOUND)
    choices = [
        (translate("EngagementTexts", "Engagement : tous"), frozenset[str]()),
        (translate("EngagementTexts", "Engagement à vérifier"), attention),
    ]
    choices += [(state_label(s.value), frozenset({s.value})) for s in EngagementState]
    return choices


def _import_messages() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "engagements.missing_headers": translate(
            "EngagementTexts",
            "Colonnes obligatoires absentes : {missing}. En-têtes trouvés : {found}.",
        ),
        "engagements.duplicate_header": translate(
            "EngagementTexts", "La colonne « {header} » figure deux fois."
        ),
        "engagements.duplicate_number": translate(
            "EngagementTexts",
            "Ligne {line} : l'engagement « {value} » figure déjà ligne {first}.",
        ),
        "engagements.number_missing": translate(
            "EngagementTexts", "le numéro d'engagement est vide"
        ),
        "engagements.too_long": translate(
            "EngagementTexts", "« {value} » dépasse {max} caractères"
        ),
        "engagements.bad_siret": translate(
            "EngagementTexts", "le SIRET « {value} » n'a pas 14 chiffres"
        ),
        "engagements.bad_date": translate(
            "EngagementTexts", "la date « {value} » n'est pas au format JJ/MM/AAAA"
        ),
        "engagements.dates_reversed": translate(
            "EngagementTexts", "la date de fin précède la date de début"
        ),
        "engagements.negative_amount": translate("EngagementTexts", "un montant est négatif"),
        "money.not_a_number": translate(
            "EngagementTexts", "« {value} » n'est pas un montant (exemple : 1 234,56)"
        ),
        "money.not_exact": translate("EngagementTexts", "le montant « {value} » n'est pas exact"),
        "engagements.not_a_table": translate(
            "EngagementTexts",
            "Ce fichier n'est pas un tableau CSV (séparateur « ; », « , » ou tabulation).",
        ),
        "engagements.bad_csv": translate("EngagementTexts", "CSV mal formé : {detail}."),
        "engagements.bad_xlsx": translate(
            "EngagementTexts", "Ce classeur XLSX est illisible ou endommagé."
        ),
        "engagements.bad_extension": translate(
            "EngagementTexts", "Type de fichier « {extension} » non pris en charge (CSV ou XLSX)."
        ),
        "engagements.empty": translate("EngagementTexts", "Le fichier est vide."),
        "engagements.too_big": translate("EngagementTexts", "Le fichier dépasse {max} Mo."),
        "engagements.too_many_rows": translate(
            "EngagementTexts", "Le fichier dépasse {max} lignes."
        ),
        "engagements.unreadable": translate(
            "EngagementTexts", "Le fichier ne peut pas être lu : {detail}."
        ),
    }


def import_error_text(key: str, params: dict[str, object]) -> str:
    """Why a file was refused, in the user's language, with nothing imported."""
    messages = _import_messages()
    translate = QCoreApplication.translate
    if key == "engagements.bad_row":
        reason = str(params.get("reason", ""))
        detail = messages.get(reason, reason)
        with contextlib.suppress(KeyError, IndexError, ValueError):
            detail = detail.format(**params)
        text = translate("EngagementTexts", "Ligne {line} : {detail}.").format(
            line=params.get("line", "?"), detail=detail
        )
    else:
        text = messages.get(key, key)
        with contextlib.suppress(KeyError, IndexError, ValueError):
            text = text.format(**params)
    return text + "\n\n" + translate("EngagementTexts", "Rien n'a été importé.")
