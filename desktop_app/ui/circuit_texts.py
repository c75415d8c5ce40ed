"""Texts of the circuit editor: entity categories with their legal delay, and the messages of
the circuit validation keys (:mod:`desktop_app.domain.circuit_validation`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desktop_app.domain.circuit_validation import CircuitIssue, Section
from desktop_app.domain.deadlines import EntityKind, payment_days
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import QCoreApplication


def entity_kind_label(kind: EntityKind) -> str:
    """« Établissements publics de santé — 50 jours »: the category and its legal delay."""
    names = {
        EntityKind.STATE: QCoreApplication.translate(
            "CircuitTexts", "État et ses établissements publics"
        ),
        EntityKind.LOCAL_AUTHORITY: QCoreApplication.translate(
            "CircuitTexts", "Collectivités territoriales et leurs établissements publics"
        ),
        EntityKind.PUBLIC_HEALTH: QCoreApplication.translate(
            "CircuitTexts", "Établissements publics de santé"
        ),
        EntityKind.ARMED_FORCES_HEALTH: QCoreApplication.translate(
            "CircuitTexts", "Service de santé des armées"
        ),
        EntityKind.PUBLIC_ENTERPRISE: QCoreApplication.translate(
            "CircuitTexts", "Entreprises publiques (entités adjudicatrices)"
        ),
    }
    return QCoreApplication.translate("CircuitTexts", "{label} — {days} jours").format(
        label=names[kind], days=payment_days(kind)
    )


def _messages() -> Mapping[str, Callable[[], str]]:
    # Each entry is a literal translate() call so lupdate sees every message.
    return {
        "validation.threshold_not_a_number": lambda: QCoreApplication.translate(
            "CircuitTexts", "« {value} » n'est pas un montant (exemple : 40 000,00)."
        ),
        "validation.threshold_negative": lambda: QCoreApplication.translate(
            "CircuitTexts", "Un seuil ne peut pas être négatif."
        ),
        "validation.threshold_precision": lambda: QCoreApplication.translate(
            "CircuitTexts", "Un seuil a au plus deux décimales (« {value} »)."
        ),
        "validation.threshold_too_large": lambda: QCoreApplication.translate(
            "CircuitTexts", "Le seuil « {value} » est trop grand."
        ),
        "validation.service_code_required": lambda: QCoreApplication.translate(
            "CircuitTexts", "Le code service est obligatoire."
        ),
        "validation.service_code_duplicate": lambda: QCoreApplication.translate(
            "CircuitTexts", "Le code service « {service} » figure deux fois."
        ),
        "validation.service_code_invalid": lambda: QCoreApplication.translate(
            "CircuitTexts",
            "Le code service « {service} » n'est pas valable (ni virgule, ni « * », "
            "100 caractères au plus).",
        ),
        "validation.login_required": lambda: QCoreApplication.translate(
            "CircuitTexts", "L'identifiant est obligatoire."
        ),
        "validation.login_invalid": lambda: QCoreApplication.translate(
            "CircuitTexts",
            "L'identifiant « {user} » n'est pas valable (sans espace, 200 caractères au plus).",
        ),
        "validation.approver_duplicate": lambda: QCoreApplication.translate(
            "CircuitTexts", "L'approbateur « {user} » figure deux fois."
        ),
        "validation.delegation_dates": lambda: QCoreApplication.translate(
            "CircuitTexts", "La fin de la délégation précède son début."
        ),
        "validation.delegation_self": lambda: QCoreApplication.translate(
            "CircuitTexts", "« {user} » ne peut pas se déléguer à lui-même."
        ),
        "validation.delegator_not_approver": lambda: QCoreApplication.translate(
            "CircuitTexts",
            "« {user} » n'est pas approbateur : il ne peut pas déléguer son approbation.",
        ),
        "validation.entity_kind_unknown": lambda: QCoreApplication.translate(
            "CircuitTexts", "Catégorie d'entité inconnue."
        ),
        "validation.structure_required": lambda: QCoreApplication.translate(
            "CircuitTexts", "Choisissez une structure."
        ),
        "permission.admin_only": lambda: QCoreApplication.translate(
            "CircuitTexts", "Seul un administrateur peut modifier le circuit d'approbation."
        ),
    }


def circuit_message(key: str, params: Mapping[str, object] | None = None) -> str:
    """The French (or current language) text of a circuit validation key."""
    factory = _messages().get(key)
    if factory is None:
        return message_for(key, params)
    text = factory()
    try:
        return text.format(**dict(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def issue_text(issue: CircuitIssue) -> str:
    """The message of ``issue`` with where it is (« Approbateurs, ligne 2 : … »)."""
    text = circuit_message(issue.key, issue.params)
    places = {
        Section.DEFAULT: QCoreApplication.translate("CircuitTexts", "Seuil par défaut"),
        Section.THRESHOLDS: QCoreApplication.translate("CircuitTexts", "Seuils par service"),
        Section.APPROVERS: QCoreApplication.translate("CircuitTexts", "Approbateurs"),
        Section.DELEGATIONS: QCoreApplication.translate("CircuitTexts", "Délégations"),
        Section.ENTITY: QCoreApplication.translate("CircuitTexts", "Catégorie"),
    }
    place = places.get(issue.section, issue.section)
    if issue.row is not None:
        place = QCoreApplication.translate("CircuitTexts", "{place}, ligne {row}").format(
            place=place, row=issue.row + 1
        )
    return QCoreApplication.translate("CircuitTexts", "{place} : {message}").format(
        place=place, message=text
    )
