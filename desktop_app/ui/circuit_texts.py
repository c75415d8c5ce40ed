"""Texts of the circuit editor: entity categories with their legal delay, and where each
validation issue stands (the issue's own message comes from :func:`ui.i18n.message_for`)."""

from __future__ import annotations

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


def issue_text(issue: CircuitIssue) -> str:
    """The message of ``issue`` with where it is (« Approbateurs, ligne 2 : … »)."""
    text = message_for(issue.key, issue.params)
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
