"""Team mode's texts in the lists and messages (« pris en charge par … », decisions made
elsewhere); the source strings are French (Qt Linguist, context ``TeamTexts``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.texts import timestamp_text


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


def _state_word(state: str) -> str:
    translate = QCoreApplication.translate
    words = {
        "approved": translate("TeamTexts", "approuvée"),
        "refused": translate("TeamTexts", "refusée"),
    }
    return words.get(state, state)


def notice_text(key: str, params: dict[str, str]) -> str:
    """The sentence for a team notice (``sync.team_results.TeamNotice``) or a team refusal
    (``validation.claimed_by_other``...): who and when in the person's words, never a code."""
    translate = QCoreApplication.translate
    texts = {
        "team.decided_elsewhere": translate(
            "TeamTexts", "Facture {number} : demande déjà {state} par {by} le {at}."
        ),
        "team.claimed_by_other": translate(
            "TeamTexts", "Facture {number} déjà prise en charge par {by} depuis le {at}."
        ),
        "validation.claimed_by_other": translate(
            "TeamTexts", "Facture {number} déjà prise en charge par {by} depuis le {at}."
        ),
        "team.requested_by_other": translate(
            "TeamTexts", "Facture {number} : {by} a déjà demandé une approbation le {at}."
        ),
        "team.release_denied": translate(
            "TeamTexts",
            "Facture {number} : seul {by} ou un responsable peut la libérer "
            "(le dépôt d'équipe l'a refusé).",
        ),
        "validation.release_not_yours": translate(
            "TeamTexts",
            "Facture {number} : prise en charge par {by} depuis le {at} ; seul {by} ou un "
            "responsable peut la libérer.",
        ),
        "team.decision_denied": translate(
            "TeamTexts",
            "Facture {number} : le dépôt d'équipe n'accepte pas votre décision (service ou "
            "plafond hors de vos délégations).",
        ),
        "team.search_denied": translate(
            "TeamTexts",
            "Recherche « {name} » : le dépôt d'équipe a refusé la modification (seul son "
            "auteur peut la modifier).",
        ),
        "team.denied": translate(
            "TeamTexts", "Facture {number} : le dépôt d'équipe a refusé l'opération ({detail})."
        ),
        "validation.team_only": translate(
            "TeamTexts",
            "La prise en charge se partage par le dépôt d'équipe, qui n'est pas configuré sur "
            "ce poste (mode solo).",
        ),
        "validation.note_length": translate(
            "TeamTexts", "Une note doit contenir du texte (au plus {maximum} caractères)."
        ),
        "validation.password_empty": translate("TeamTexts", "Saisissez le mot de passe."),
    }
    template = texts.get(key) or translate("TeamTexts", "Dépôt d'équipe : {key}")
    values = {"by": "", "detail": "", "number": "", "maximum": "", "name": "", **params}
    values["key"] = key
    values["at"] = timestamp_text(params.get("at")) or translate("TeamTexts", "(date inconnue)")
    values["state"] = _state_word(params.get("state", ""))
    return template.format(**values)


def link_text(state: str, pending: int) -> str:
    """The status bar's team indicator: « Équipe : en ligne », « Équipe : hors ligne (3 en
    attente) », « Équipe : mot de passe requis »..."""
    translate = QCoreApplication.translate
    words = {
        "connecting": translate("TeamTexts", "Équipe : connexion…"),
        "online": translate("TeamTexts", "Équipe : en ligne"),
        "offline": translate("TeamTexts", "Équipe : hors ligne"),
        "password": translate("TeamTexts", "Équipe : mot de passe requis"),
        "refused": translate("TeamTexts", "Équipe : connexion refusée"),
    }
    text = words.get(state, state)
    if pending:
        text += translate("TeamTexts", " ({count} en attente)").format(count=pending)
    return text


def link_reason(key: str | None) -> str:
    """Why the team link is not online, and what to do (the indicator's tooltip)."""
    translate = QCoreApplication.translate
    reasons = {
        None: translate("TeamTexts", "Connecté au dépôt d'équipe."),
        "team.unreachable": translate(
            "TeamTexts",
            "Le dépôt d'équipe ne répond pas. Vos prises en charge, notes et demandes "
            "attendent sur ce poste et partiront à son retour.",
        ),
        "team.password_needed": translate(
            "TeamTexts",
            "Le dépôt d'équipe demande votre mot de passe. Cliquez ici pour le saisir.",
        ),
        "team.password_refused": translate(
            "TeamTexts",
            "Le dépôt d'équipe a refusé le mot de passe. Cliquez ici pour le saisir à nouveau.",
        ),
        "team.no_role": translate(
            "TeamTexts",
            "Le dépôt d'équipe ne connaît pas votre compte : demandez à l'informatique de "
            "vous y ajouter (invoice-desk team add-person).",
        ),
        "team.not_allowed": translate(
            "TeamTexts",
            "Le dépôt d'équipe n'accepte pas de connexion de ce poste ou de ce compte "
            "(pg_hba.conf) : voyez avec l'informatique.",
        ),
        "team.certificate": translate(
            "TeamTexts",
            "Le certificat du dépôt d'équipe n'a pas pu être vérifié : voyez avec "
            "l'informatique (adresse et autorité de certification dans la configuration).",
        ),
        "team.kerberos": translate(
            "TeamTexts",
            "La connexion Kerberos au dépôt d'équipe a échoué : vérifiez votre session "
            "Windows ou voyez avec l'informatique.",
        ),
        "team.too_new": translate(
            "TeamTexts",
            "Le dépôt d'équipe a été mis à jour pour une version plus récente d'Invoice Desk : "
            "installez-la. Vos opérations attendent sur ce poste.",
        ),
        "team.too_old": translate(
            "TeamTexts",
            "Le dépôt d'équipe doit être mis à jour (invoice-desk team init) : voyez avec "
            "l'informatique. Vos opérations attendent sur ce poste.",
        ),
        "team.not_initialised": translate(
            "TeamTexts",
            "Le dépôt d'équipe n'est pas initialisé (invoice-desk team init) : voyez avec "
            "l'informatique.",
        ),
    }
    return reasons.get(key) or translate(
        "TeamTexts", "Dépôt d'équipe indisponible ({key})."
    ).format(key=key)
