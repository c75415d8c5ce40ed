"""Team mode's texts in the lists and messages (« pris en charge par … », decisions made
elsewhere); the source strings are French (Qt Linguist, context ``TeamTexts``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def claimed_by_text(user: str) -> str:
    """What a list shows (« Envoi » column) for an invoice someone took in hand."""
    return QCoreApplication.translate("TeamTexts", "pris en charge par {user}").format(user=user)


def with_claim(text: str, claimed_by: str | None) -> str:
    """``text`` alone (solo mode, nobody claimed it), else ``text · pris en charge par X``
    (or the claim alone when ``text`` is empty)."""
    if not claimed_by:
        return text
    claim = claimed_by_text(claimed_by)
    return f"{text} · {claim}" if text else claim[:1].upper() + claim[1:]


def notice_text(key: str, params: dict[str, str]) -> str:
    """The sentence for a team notice (``sync.team_results.TeamNotice``)."""
    translate = QCoreApplication.translate
    texts = {
        "team.decided_elsewhere": translate("TeamTexts", "Demande déjà décidée par {by} le {at}."),
        "team.claimed_by_other": translate(
            "TeamTexts", "Facture déjà prise en charge par {by} depuis le {at}."
        ),
        "team.requested_by_other": translate(
            "TeamTexts", "{by} a déjà demandé une approbation le {at}."
        ),
        "team.denied": translate("TeamTexts", "Le dépôt d'équipe a refusé l'opération : {detail}"),
    }
    template = texts.get(key) or translate("TeamTexts", "Dépôt d'équipe : {key}")
    values = {"by": "", "at": "", "detail": "", **params, "key": key}
    return template.format(**values)
