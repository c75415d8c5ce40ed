"""French meanings of the statuses a recipient meets (the contract gives them in English).

Written from the same public sources as the contract (the Chorus Pro "cycle de vie des
factures" pages); statuses absent here fall back to the English meaning.
"""

from __future__ import annotations

MEANINGS_FR: dict[str, str] = {
    "DEPOSEE": "La plateforme a intégré la facture ; état transitoire juste après le dépôt "
    "par le fournisseur.",
    "EN_COURS_ACHEMINEMENT": "La facture est en cours d'acheminement vers le destinataire "
    "(par exemple vers son système d'information par EDI).",
    "MISE_A_DISPOSITION": "La facture est disponible dans l'espace Chorus Pro du destinataire, "
    "qui peut la traiter.",
    "A_RECYCLER": "Renvoyée par le destinataire pour une erreur d'adressage (destinataire, "
    "code service ou numéro d'engagement) ; le fournisseur corrige ces seules données et "
    "réachemine la même facture.",
    "SUSPENDUE": "Traitement suspendu par le destinataire, le plus souvent faute de pièces "
    "justificatives ; un motif est obligatoire. Le fournisseur complète la facture.",
    "COMPLETEE": "Le fournisseur a complété la facture suspendue ; elle revient au "
    "destinataire pour traitement.",
    "REJETEE": "Rejetée par le destinataire pour des données de facturation erronées ; un "
    "motif est obligatoire. État final : le fournisseur émet une nouvelle facture.",
    "SERVICE_FAIT": "Le destinataire atteste que les biens ont été livrés ou la prestation "
    "réalisée.",
    "MANDATEE": "Le destinataire a émis le mandat (demande de paiement) ; la facture peut "
    "partir chez le comptable public. Numéro et montant du mandat peuvent être indiqués.",
    "MISE_A_DISPOSITION_COMPTABLE": "La facture a été transmise au comptable public ; "
    "positionné automatiquement par Hélios pour le secteur public local.",
    "COMPTABILISEE": "Le comptable a pris la facture en compte.",
    "MISE_EN_PAIEMENT": "Le comptable a mis la facture en paiement. État final du cycle.",
    "A_VALIDER_1": "En attente du premier valideur (par exemple le titulaire pour une "
    "facture de sous-traitant).",
    "VALIDEE_1": "Acceptée par le premier valideur.",
    "REFUSEE_1": "Refusée par le premier valideur.",
    "ABSENCE_VALIDATION_1_HORS_DELAI": "Le premier valideur n'a pas statué dans le délai ; "
    "la facture poursuit son circuit.",
    "A_VALIDER_2": "En attente du second valideur.",
    "VALIDEE_2": "Acceptée par le second valideur.",
    "REFUSEE_2": "Refusée par le second valideur.",
    "ABSENCE_VALIDATION_2_HORS_DELAI": "Le second valideur n'a pas statué dans le délai.",
}


def meaning_fr(code: str) -> str | None:
    """The French meaning of ``code``, if written."""
    return MEANINGS_FR.get(code)
