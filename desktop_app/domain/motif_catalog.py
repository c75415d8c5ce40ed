# ruff: noqa: E501
"""Normalised rejection / suspension / recycling motives (data from the contract, motifs.json).

Checked against ``shared/spec/motifs.json`` by ``tests/domain/test_catalog_matches_spec.py``.
"""

from __future__ import annotations

from desktop_app.domain.status_types import MotifInfo

COMMENT_MAX_LENGTH = 2000
MOTIF_REQUIRED_FOR: tuple[str, ...] = ("REJETEE", "SUSPENDUE", "A_RECYCLER")

MOTIFS: tuple[MotifInfo, ...] = (
    MotifInfo(
        code="MONTANTTOTAL_ERR",
        label_fr="Montant total erroné",
        label_en="Wrong total amount",
        description="One of the invoice totals (often the amount to pay) is wrong.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="CALCUL_ERR",
        label_fr="Erreur de calcul de la facture",
        label_en="Calculation error",
        description="Line or total arithmetic is wrong, or rounding not accepted.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="TX_TVA_ERR",
        label_fr="Taux de TVA erroné",
        label_en="Wrong VAT rate",
        description="A VAT rate is not the one that should apply.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="NON_CONFORME",
        label_fr="Mention légale manquante",
        label_en="Missing legal mention",
        description="A mandatory mention is missing from the invoice.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="DOUBLON",
        label_fr="Facture en doublon",
        label_en="Duplicate invoice",
        description="Same supplier, same invoice number and same invoice-date year as an invoice already received (IPM5-034 control).",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="DOUBLE_FACT",
        label_fr="Déjà facturé sur une autre facture",
        label_en="Already invoiced on another invoice",
        description="The goods/services were already billed on a different invoice.",
        applies_to=("REJETEE",),
        comment_required=True,
    ),
    MotifInfo(
        code="DEST_ERR",
        label_fr="Erreur de destinataire",
        label_en="Wrong recipient",
        description="The invoice is not addressed to the right public entity.",
        applies_to=("REJETEE", "A_RECYCLER"),
        comment_required=False,
    ),
    MotifInfo(
        code="TRANSAC_INC",
        label_fr="Transaction inconnue",
        label_en="Unknown transaction",
        description="The recipient does not recognise the purchase.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="EMMET_INC",
        label_fr="Émetteur inconnu",
        label_en="Unknown issuer",
        description="The supplier is unknown to the recipient.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="CONTRAT_TERM",
        label_fr="Contrat terminé",
        label_en="Contract ended",
        description="The contract the invoice refers to has ended.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="CMD_ERR",
        label_fr="N° de commande / engagement incorrect ou manquant",
        label_en="Wrong or missing order / commitment number",
        description="The purchase order or legal commitment (engagement juridique) number is wrong or absent.",
        applies_to=("REJETEE", "SUSPENDUE", "A_RECYCLER"),
        comment_required=False,
    ),
    MotifInfo(
        code="ADR_ERR",
        label_fr="Adresse de facturation erronée",
        label_en="Wrong billing address",
        description="The billing (electronic) address is wrong.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="REF_CT_ABSENT",
        label_fr="Référence contractuelle absente",
        label_en="Missing contract reference",
        description="The contract / market reference needed to process the invoice is missing.",
        applies_to=("REJETEE", "SUSPENDUE"),
        comment_required=False,
    ),
    MotifInfo(
        code="COORD_BANC_ERR",
        label_fr="Erreur de coordonnées bancaires",
        label_en="Wrong bank details",
        description="Bank details on the invoice differ from those registered for the supplier.",
        applies_to=("REJETEE",),
        comment_required=False,
    ),
    MotifInfo(
        code="AUTRE",
        label_fr="Autre motif",
        label_en="Other reason",
        description="Any other reason; must be explained in the comment.",
        applies_to=("REJETEE", "SUSPENDUE", "A_RECYCLER"),
        comment_required=True,
    ),
    MotifInfo(
        code="JUSTIF_ABS",
        label_fr="Justificatif absent ou insuffisant",
        label_en="Missing or insufficient supporting document",
        description="Supporting documents (delivery note, report, certificate...) are missing; the comment lists the documents expected. The usual Chorus Pro suspension case.",
        applies_to=("SUSPENDUE",),
        comment_required=True,
    ),
    MotifInfo(
        code="SIRET_ERR",
        label_fr="SIRET erroné ou absent",
        label_en="Wrong or missing SIRET",
        description="A SIRET on the invoice is wrong or missing.",
        applies_to=("SUSPENDUE", "A_RECYCLER"),
        comment_required=False,
    ),
    MotifInfo(
        code="CODE_ROUTAGE_ERR",
        label_fr="Code service / routage absent ou erroné",
        label_en="Wrong or missing service (routing) code",
        description="The recipient service code is wrong or missing.",
        applies_to=("SUSPENDUE", "A_RECYCLER"),
        comment_required=False,
    ),
    MotifInfo(
        code="REF_ERR",
        label_fr="Référence incorrecte",
        label_en="Wrong reference",
        description="A reference on the invoice (other than order/contract) is wrong.",
        applies_to=("SUSPENDUE",),
        comment_required=False,
    ),
    MotifInfo(
        code="ERREUR_MONTANT",
        label_fr="Erreur de montant",
        label_en="Amount error (works)",
        description="Works statements only: the amount is disputed; the admitted sums are paid instead of rejecting the whole document (release note of 19 Feb 2025).",
        applies_to=("REFUS_FACTURE_TRAVAUX",),
        comment_required=True,
    ),
)
