"""Language: Qt translators for the UI strings, and readable texts for domain codes and keys."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from desktop_app.domain.inboxes import Inbox, inbox_label
from desktop_app.domain.transitions import is_known_status, status_info
from desktop_app.resource_paths import resource_path
from desktop_app.ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_state: dict[str, Any] = {"language": DEFAULT_LANGUAGE, "translators": []}


def current_language() -> str:
    """The language in use ("fr" or "en")."""
    return str(_state["language"])


def translations_dir() -> Any:
    """Folder of the compiled ``.qm`` files."""
    return resource_path("translations")


def install_language(language: str) -> bool:
    """Load ``invoice_desk_<language>.qm`` (and Qt's own strings) into the running app.

    French is the source language, so "fr" needs no app catalogue. Returns False when the
    catalogue for ``language`` is missing (the UI then stays in French).
    """
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _state["translators"]:
        if app is not None:
            app.removeTranslator(translator)
    _state["translators"] = []
    loaded = True
    if language != "fr":
        translator = QTranslator()
        qm = translations_dir() / f"invoice_desk_{language}.qm"
        if translator.load(str(qm)):
            _state["translators"].append(translator)
        else:
            log.warning("translation catalogue missing: %s", qm)
            loaded = False
    qt_translator = QTranslator()
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_path):
        _state["translators"].append(qt_translator)
    if app is not None:
        for translator in _state["translators"]:
            app.installTranslator(translator)
    _state["language"] = language if loaded else DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    return loaded


# Labels the platform gave to statuses the catalogue does not know (code -> label or None),
# set by desktop_app.ui.diagnostics from the cache after each sync.
_platform_labels: dict[str, str | None] = {}


def set_platform_status_labels(labels: Mapping[str, str | None]) -> None:
    """Remember the platform's labels of the statuses unknown to the catalogue."""
    _platform_labels.clear()
    _platform_labels.update(labels)


def status_label(code: str | None) -> str:
    """The status's label in the current language; for a status the catalogue does not know,
    the platform's label with the code (« Encaissée (ENCAISSEE) »), else the code marked."""
    if not code:
        return ""
    if is_known_status(code):
        return status_info(code).label(current_language())
    label = _platform_labels.get(code)
    if label:
        return f"{label} ({code})"
    return QCoreApplication.translate("Status", "{code} (statut non répertorié)").format(code=code)


def status_meaning(code: str) -> str:
    """One sentence explaining the status, in the current language."""
    if is_known_status(code):
        return status_info(code).meaning_in(current_language())
    if not code:
        return ""
    return QCoreApplication.translate(
        "Status",
        "Statut transmis par la plateforme que le catalogue de l'application ne connaît pas "
        "(Aide › Diagnostics) ; la facture le garde tel quel.",
    )


def inbox_name(inbox: Inbox) -> str:
    """Inbox name in the current language."""
    return inbox_label(inbox, current_language())


def _messages() -> Mapping[str, Callable[[], str]]:
    # Each entry is a literal translate() call so lupdate sees every message.
    return {
        "validation.motif_unknown": lambda: QCoreApplication.translate(
            "Messages", "Le motif « {code} » n'existe pas."
        ),
        "validation.motif_required": lambda: QCoreApplication.translate(
            "Messages", "Choisissez un motif."
        ),
        "validation.motif_not_applicable": lambda: QCoreApplication.translate(
            "Messages", "Ce motif ne s'applique pas à ce statut."
        ),
        "validation.comment_required": lambda: QCoreApplication.translate(
            "Messages", "Un commentaire est obligatoire."
        ),
        "validation.comment_too_long": lambda: QCoreApplication.translate(
            "Messages", "Le commentaire fait {length} caractères ; le maximum est {max}."
        ),
        "validation.too_many_attachments": lambda: QCoreApplication.translate(
            "Messages", "Vous pouvez demander au plus {max} pièces."
        ),
        "validation.mandate_number_required": lambda: QCoreApplication.translate(
            "Messages", "Le numéro de mandat est obligatoire."
        ),
        "validation.mandate_number_too_long": lambda: QCoreApplication.translate(
            "Messages", "Le numéro de mandat dépasse {max} caractères."
        ),
        "validation.mandate_amount_required": lambda: QCoreApplication.translate(
            "Messages", "Le montant du mandat est obligatoire."
        ),
        "validation.mandate_amount_negative": lambda: QCoreApplication.translate(
            "Messages", "Le montant du mandat ne peut pas être négatif."
        ),
        "validation.recycle_service_required": lambda: QCoreApplication.translate(
            "Messages", "Choisissez le service vers lequel recycler la facture."
        ),
        "validation.recycle_same_service": lambda: QCoreApplication.translate(
            "Messages", "La facture est déjà adressée au service « {code} »."
        ),
        "validation.service_code_too_long": lambda: QCoreApplication.translate(
            "Messages", "Le code service dépasse {max} caractères."
        ),
        "validation.not_accounting_action": lambda: QCoreApplication.translate(
            "Messages", "Cette action n'est pas un statut comptable."
        ),
        "transition.not_allowed": lambda: QCoreApplication.translate(
            "Messages", "Cette action n'est pas possible depuis le statut actuel de la facture."
        ),
        "permission.role": lambda: QCoreApplication.translate(
            "Messages", "Votre rôle ne permet pas cette action."
        ),
        "permission.needs_manager": lambda: QCoreApplication.translate(
            "Messages",
            "Au-delà de {threshold} EUR HT, cette action doit être décidée par un responsable.",
        ),
        "money.not_exact": lambda: QCoreApplication.translate(
            "Messages", "Le montant « {value} » n'est pas exact."
        ),
        "money.not_a_number": lambda: QCoreApplication.translate(
            "Messages", "« {value} » n'est pas un montant (exemple : 1 234,56)."
        ),
        "money.bad_currency": lambda: QCoreApplication.translate(
            "Messages", "La devise « {currency} » n'est pas un code ISO 4217."
        ),
        "money.currency_mismatch": lambda: QCoreApplication.translate(
            "Messages", "Les devises ne correspondent pas."
        ),
        "database.too_new": lambda: QCoreApplication.translate(
            "Messages",
            "Le cache a été écrit par une version plus récente d'Invoice Desk. "
            "Mettez l'application à jour ; le fichier n'a pas été modifié.",
        ),
        "database.unknown_schema": lambda: QCoreApplication.translate(
            "Messages", "Ce fichier n'est pas un cache d'Invoice Desk."
        ),
        "app.start_failed": lambda: QCoreApplication.translate(
            "Messages", "Invoice Desk n'a pas pu démarrer."
        ),
        "database.unreadable": lambda: QCoreApplication.translate(
            "Messages", "Le cache local est illisible ou endommagé."
        ),
        "database.damaged": lambda: QCoreApplication.translate(
            "Messages",
            "Le cache local est endommagé. Invoice Desk peut le réparer : le fichier "
            "endommagé est gardé à côté, la dernière copie de sauvegarde est restaurée et "
            "les actions en attente encore lisibles sont reprises.",
        ),
        "database.disk_full": lambda: QCoreApplication.translate(
            "Messages",
            "Le disque est plein : le cache ne peut pas être écrit. Libérez de la place "
            "puis relancez Invoice Desk ; rien n'a été perdu.",
        ),
        "database.io_error": lambda: QCoreApplication.translate(
            "Messages",
            "Le cache n'a pas pu être lu ou écrit (erreur d'entrée-sortie : disque retiré, "
            "droits, réseau ?). Rien n'a été modifié ; vérifiez le disque puis relancez.",
        ),
        # the approval-circuit editor (domain.circuit_validation)
        "validation.threshold_not_a_number": lambda: QCoreApplication.translate(
            "Messages", "« {value} » n'est pas un montant (exemple : 40 000,00)."
        ),
        "validation.threshold_negative": lambda: QCoreApplication.translate(
            "Messages", "Un seuil ne peut pas être négatif."
        ),
        "validation.threshold_precision": lambda: QCoreApplication.translate(
            "Messages", "Un seuil a au plus deux décimales (« {value} »)."
        ),
        "validation.threshold_too_large": lambda: QCoreApplication.translate(
            "Messages", "Le seuil « {value} » est trop grand."
        ),
        "validation.service_code_required": lambda: QCoreApplication.translate(
            "Messages", "Le code service est obligatoire."
        ),
        "validation.service_code_duplicate": lambda: QCoreApplication.translate(
            "Messages", "Le code service « {service} » figure deux fois."
        ),
        "validation.service_code_invalid": lambda: QCoreApplication.translate(
            "Messages",
            "Le code service « {service} » n'est pas valable (ni virgule, ni « * », "
            "100 caractères au plus).",
        ),
        "validation.login_required": lambda: QCoreApplication.translate(
            "Messages", "L'identifiant est obligatoire."
        ),
        "validation.login_invalid": lambda: QCoreApplication.translate(
            "Messages",
            "L'identifiant « {user} » n'est pas valable (sans espace, 200 caractères au plus).",
        ),
        "validation.approver_duplicate": lambda: QCoreApplication.translate(
            "Messages", "L'approbateur « {user} » figure deux fois."
        ),
        "validation.delegation_dates": lambda: QCoreApplication.translate(
            "Messages", "La fin de la délégation précède son début."
        ),
        "validation.delegation_self": lambda: QCoreApplication.translate(
            "Messages", "« {user} » ne peut pas se déléguer à lui-même."
        ),
        "validation.delegator_not_approver": lambda: QCoreApplication.translate(
            "Messages",
            "« {user} » n'est pas approbateur : il ne peut pas déléguer son approbation.",
        ),
        "validation.entity_kind_unknown": lambda: QCoreApplication.translate(
            "Messages", "Catégorie d'entité inconnue."
        ),
        "validation.structure_required": lambda: QCoreApplication.translate(
            "Messages", "Choisissez une structure."
        ),
        "permission.admin_only": lambda: QCoreApplication.translate(
            "Messages", "Seul un administrateur peut modifier le circuit d'approbation."
        ),
        "team.circuit_denied": lambda: QCoreApplication.translate(
            "Messages",
            "Le dépôt d'équipe a refusé l'enregistrement : seul un administrateur de l'équipe "
            "peut modifier le circuit et la catégorie. Rien n'a été modifié.",
        ),
        "team.circuit_offline": lambda: QCoreApplication.translate(
            "Messages",
            "Le dépôt d'équipe est injoignable : le circuit, commun à tous les postes, n'a pas "
            "été enregistré. Réessayez quand l'indicateur « Équipe » est en ligne.",
        ),
        "validation.search_name": lambda: QCoreApplication.translate(
            "Messages",
            "Le nom de la recherche doit contenir du texte (au plus {maximum} caractères).",
        ),
        "validation.search_name_taken": lambda: QCoreApplication.translate(
            "Messages", "Vous avez déjà une recherche nommée « {name} »."
        ),
        "validation.search_not_yours": lambda: QCoreApplication.translate(
            "Messages",
            "Seules vos propres recherches peuvent être renommées ou supprimées.",
        ),
    }


def message_for(key: str, params: Mapping[str, Any] | None = None) -> str:
    """The readable message for an error ``key`` (domain, cache), in the current language."""
    factory = _messages().get(key)
    if factory is None:
        return QCoreApplication.translate("Messages", "Opération impossible ({key}).").format(
            key=key
        )
    text = factory()
    try:
        return text.format(**dict(params or {}))
    except (KeyError, IndexError, ValueError):
        return text
