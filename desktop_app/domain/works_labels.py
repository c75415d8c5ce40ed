"""French and English labels and French meanings of the 29 works statuses.

The contract's statuses.json gives these codes with no label (``label_fr: null``), so the
catalogue keeps ``None`` (checked against the spec) and :meth:`StatusInfo.label` falls back
here. Labels written by the project from the codes and the Chorus Pro works circuit (the
« Factures de travaux » space: MOE = maître d'œuvre, MOA = maître d'ouvrage); see
docs/contract-decisions.md, "Works invoices".
"""

from __future__ import annotations

#: code -> (label_fr, label_en, meaning_fr)
WORKS_LABELS: dict[str, tuple[str, str, str]] = {
    "ASSOCIEE": (
        "Associée",
        "Associated",
        "Pièce de travaux rattachée à son marché ou au document qui la précède.",
    ),
    "A_VALIDER_MOE": (
        "À valider par le MOE",
        "To be validated by the MOE",
        "En attente du maître d'œuvre, qui doit vérifier l'état du titulaire.",
    ),
    "REFUSEE_MOE": (
        "Refusée par le MOE",
        "Refused by the MOE",
        "Le maître d'œuvre a refusé le document ; il revient au titulaire.",
    ),
    "ERREUR_FOURNISSEUR_SUR_MOE": (
        "Erreur de MOE (titulaire)",
        "Wrong MOE (supplier)",
        "Le titulaire a désigné un mauvais maître d'œuvre.",
    ),
    "EN_ATTENTE_RECYCLAGE_FOURNISSEUR": (
        "En attente de recyclage par le titulaire",
        "Waiting for the supplier to recycle",
        "Le titulaire doit corriger l'acheminement du document.",
    ),
    "ERREUR_MOE_SUR_FOURNISSEUR": (
        "Erreur signalée par le MOE",
        "Error reported by the MOE",
        "Le maître d'œuvre signale une erreur du titulaire.",
    ),
    "ERREUR_MOA_SUR_FOURNISSEUR": (
        "Erreur signalée par le MOA",
        "Error reported by the MOA",
        "Le maître d'ouvrage signale une erreur du titulaire.",
    ),
    "ERREUR_FOURNISSEUR_SUR_MOA": (
        "Erreur de MOA (titulaire)",
        "Wrong MOA (supplier)",
        "Le titulaire a désigné un mauvais maître d'ouvrage.",
    ),
    "ERREUR_MOE_SUR_MOA": (
        "Erreur de MOA (MOE)",
        "Wrong MOA (MOE)",
        "Le maître d'œuvre a désigné un mauvais maître d'ouvrage.",
    ),
    "ERREUR_DESTINATAIRE_PD": (
        "Erreur de destinataire (projet de décompte)",
        "Recipient error (draft statement)",
        "Erreur de destinataire sur un projet de décompte.",
    ),
    "ERREUR_DESTINATAIRE_EA": (
        "Erreur de destinataire (état d'acompte)",
        "Recipient error (interim statement)",
        "Erreur de destinataire sur un état d'acompte.",
    ),
    "NON_CONFORME": (
        "Non conforme",
        "Non compliant",
        "Document déclaré non conforme.",
    ),
    "A_ASSOCIER_MOE": (
        "À associer par le MOE",
        "To be associated by the MOE",
        "Le maître d'œuvre doit rattacher le document à son marché.",
    ),
    "ERREUR_DE_MOE": ("Erreur du MOE", "MOE error", "Erreur commise par le maître d'œuvre."),
    "MISE_A_DISPOSITION_MOE": (
        "Mise à disposition du MOE",
        "Made available to the MOE",
        "Le document est dans l'espace du maître d'œuvre, qui doit le vérifier.",
    ),
    "PRISE_EN_COMPTE_MOE": (
        "Prise en compte par le MOE",
        "Taken into account by the MOE",
        "Le maître d'œuvre a pris le document en charge et le vérifie.",
    ),
    "A_ASSOCIER_MOA": (
        "À associer par le MOA",
        "To be associated by the MOA",
        "Le maître d'ouvrage doit rattacher le document à son marché.",
    ),
    "ERREUR_DE_MOA": ("Erreur du MOA", "MOA error", "Erreur commise par le maître d'ouvrage."),
    "REFUSEE_MOA": (
        "Refusée par le MOA",
        "Refused by the MOA",
        "Le maître d'ouvrage a refusé le document ; il revient au titulaire.",
    ),
    "A_ASSOCIER_FOURNISSEUR": (
        "À associer par le titulaire",
        "To be associated by the supplier",
        "Le titulaire doit rattacher le document à son marché.",
    ),
    "REFUSEE_FOURNISSEUR": (
        "Refusée par le titulaire",
        "Refused by the supplier",
        "Le titulaire a refusé le document (par exemple le décompte général).",
    ),
    "A_COMPLETER": ("À compléter", "To be completed", "Le document doit être complété."),
    "TRANSMISE_MOA": (
        "Transmise au MOA",
        "Transmitted to the MOA",
        "Vérifiée par le maître d'œuvre et transmise au maître d'ouvrage, qui doit la valider.",
    ),
    "PRISE_EN_COMPTE_DESTINATAIRE": (
        "Prise en compte par le destinataire",
        "Taken into account by the recipient",
        "Le destinataire a pris le document en compte.",
    ),
    "REMPLACEE_PAR_A22": (
        "Remplacée par un projet de décompte général tacite (A22)",
        "Replaced by a tacit draft general statement (A22)",
        "Faute de décompte général notifié à temps, le titulaire a déposé son propre projet "
        "de décompte général (procédure tacite, cadre A22).",
    ),
    "DUPLIQUE_APRES_REFUS": (
        "Dupliquée après refus",
        "Duplicated after refusal",
        "Document dupliqué après un refus pour être corrigé et redéposé.",
    ),
    "MISE_A_DISPOSITION_MOA": (
        "Mise à disposition du MOA",
        "Made available to the MOA",
        "Le document est dans l'espace du maître d'ouvrage, qui doit le valider.",
    ),
    "PRISE_EN_COMPTE_MOA": (
        "Validée par le MOA",
        "Validated by the MOA",
        "Le maître d'ouvrage a validé le document (état d'acompte validé ou décompte "
        "général) ; le paiement suit.",
    ),
    "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE": (
        "Sans validation du MOE dans le délai réglementaire",
        "Not validated by the MOE within the regulatory deadline",
        "Le maître d'œuvre n'a pas agi dans son délai ; le maître d'ouvrage peut valider "
        "directement.",
    ),
}


def works_label(code: str, language: str) -> str | None:
    """The label of a works status in ``language``, or None when ``code`` is not one."""
    entry = WORKS_LABELS.get(code)
    if entry is None:
        return None
    return entry[1] if language.startswith("en") else entry[0]


def works_meaning_fr(code: str) -> str | None:
    """The French meaning of a works status, or None."""
    entry = WORKS_LABELS.get(code)
    return entry[2] if entry else None
