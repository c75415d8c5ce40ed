"""Platform refusals and outbox messages in the user's language (never a raw code or key).

The sync layer names a refusal with a message key (:func:`desktop_app.sync.errors.refusal_key`
maps ``codeRetour`` / ``libelle``); this module holds the texts, translated with Qt Linguist.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.sync.errors import MESSAGES, refusal_key, user_message
from desktop_app.ui.i18n import current_language
from desktop_app.ui.qt import QCoreApplication

#: what :func:`desktop_app.sync.resolution.fix_and_resend` keeps of the refusal it replaces
_FIXED = re.compile(r"^refused (?P<code>[^:]*): (?P<libelle>.*?)(?:; key .*)?$", re.S)


def _texts() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    return {
        "refusal.unknown_invoice": lambda: translate(
            "Refusals", "La plateforme ne trouve plus cette facture (elle a pu être réaffectée)."
        ),
        "refusal.status_not_allowed": lambda: translate(
            "Refusals", "Ce changement de statut n'est pas permis depuis le statut actuel."
        ),
        "refusal.motif_required": lambda: translate(
            "Refusals", "La plateforme demande un motif pour ce statut."
        ),
        "refusal.comment_required": lambda: translate(
            "Refusals", "La plateforme demande un commentaire pour ce motif."
        ),
        "refusal.comment_too_long": lambda: translate(
            "Refusals", "Le motif envoyé est trop long pour la plateforme : raccourcissez-le."
        ),
        "refusal.motif_unknown": lambda: translate(
            "Refusals", "La plateforme ne connaît pas ce motif pour ce statut."
        ),
        "refusal.invalid_parameter": lambda: translate(
            "Refusals", "La plateforme a refusé une donnée de la demande (format invalide)."
        ),
        "refusal.not_attached": lambda: translate(
            "Refusals", "Structure ou service non rattaché à votre compte technique."
        ),
        "refusal.not_allowed": lambda: translate(
            "Refusals", "Votre habilitation ne permet pas cette action sur la plateforme."
        ),
        "refusal.approval_required": lambda: translate(
            "Refusals", "Cette action doit d'abord être approuvée par un approbateur."
        ),
        "refusal.other": lambda: translate(
            "Refusals", "La plateforme a refusé la demande (code {code})."
        ),
    }


def refusal_message(code: int | str | None, libelle: str | None) -> str:
    """The translated text of a platform refusal."""
    key = refusal_key(code, libelle)
    text = _texts()[key]()
    shown = code if code not in (None, "", "-1", -1) else (libelle or "?")
    return text.format(code=shown)


def outbox_message(code: str | None, text: str | None) -> str:
    """The "message de la plateforme" of an outbox row, in the user's language.

    ``code`` is the row's ``last_error_code``: a ``codeRetour`` (refused), ``fixed`` (corrected
    after a refusal), or a sync message key (temporary failure, will be retried).
    """
    if not code and not text:
        return ""
    translate = QCoreApplication.translate
    if code == "fixed":
        match = _FIXED.match(text or "")
        if match is None:
            return translate("Refusals", "Corrigée après un refus ; renvoi en attente.")
        reason = refusal_message(match["code"], match["libelle"])
        return translate(
            "Refusals", "Corrigée après un refus ({reason}) ; renvoi en attente."
        ).format(reason=reason.rstrip("."))
    if code and code.lstrip("-").isdigit():
        return refusal_message(code, text)
    if code in MESSAGES:
        return translate("Refusals", "Échec temporaire, nouvel essai prévu : {reason}").format(
            reason=user_message(code, current_language())
        )
    return translate("Refusals", "Échec temporaire, nouvel essai prévu.")
