"""3.10 transverse lists, 3.11 motives, 3.12 works, the health check (3.8 and 3.9:
:mod:`desktop_app.sandbox.api_structures`)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from desktop_app.domain.motif_catalog import MOTIFS
from desktop_app.domain.transitions import is_known_status
from desktop_app.sandbox.api_process import possible_targets
from desktop_app.sandbox.context import (
    body_of,
    opt_str,
)
from desktop_app.sandbox.responses import OK_GCU, OK_TRA, bad_param, json_response

FRAMES = (
    "A1_FACTURE_FOURNISSEUR",
    "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE",
    "A3_MEMOIRE_JUSTICE",
    "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR",
    "A5_ETAT_ACOMPTE_FOURNISSEUR",
    "A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR",
    "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR",
    "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR",
    "A9_FACTURE_SOUSTRAITANT",
    "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT",
    "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT",
    "A12_FACTURE_COTRAITANT",
    "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT",
    "A14_PROJET_DECOMPTE_FINAL_COTRAITANT",
    "A15_ETAT_ACOMPTE_MOE",
    "A16_ETAT_ACOMPTE_VALIDE_MOE",
    "A17_PROJET_DECOMPTE_GENERAL_MOE",
    "A18_DECOMPTE_GENERAL_MOE",
    "A19_ETAT_ACOMPTE_VALIDE_MOA",
    "A20_DECOMPTE_GENERAL_MOA",
    "A21_DEMANDE_REMBOURSEMENT_TIC",
    "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE",
    "A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR",
    "A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE",
    "A25_DECOMPTE_GENERAL_DEFINITIF_MOE_PROCEDURE_TACITE",
)
WORKS_TYPES = (
    "PROJET_DECOMPTE_MENSUEL",
    "ETAT_ACOMPTE",
    "ETAT_ACOMPTE_VALIDE",
    "PROJET_DECOMPTE_FINAL",
    "DECOMPTE_GENERAL_DEFINITIF",
)
FLOW_FORMATS = (
    "IN_DP_E1_UBL_INVOICE",
    "IN_DP_E1_CII_16B",
    "IN_DP_E2_UBL_INVOICE_MIN",
    "IN_DP_E2_CII_MIN_16B",
    "IN_DP_E2_CPP_FACTURE_MIN",
    "IN_DP_E2_CII_FACTURX",
    "IN_DP_E3_UBL_INVOICE",
)
PAYMENT_MODES = ("VIREMENT", "PRELEVEMENT", "CHEQUE", "CARTE_BANCAIRE", "ESPECE", "AUTRE", "REPORT")
STATES_BY_TYPE = {
    "FACTURE": (
        "DEPOSEE",
        "EN_COURS_ACHEMINEMENT",
        "MISE_A_DISPOSITION",
        "SUSPENDUE",
        "COMPLETEE",
        "A_RECYCLER",
        "REJETEE",
        "SERVICE_FAIT",
        "MANDATEE",
        "MISE_A_DISPOSITION_COMPTABLE",
        "COMPTABILISEE",
        "MISE_EN_PAIEMENT",
    ),
    "FACTURE_TRAVAUX": (
        "DEPOSEE",
        "MISE_A_DISPOSITION",
        "REJETEE",
        "SUSPENDUE",
        "COMPLETEE",
        "MANDATEE",
        "MISE_EN_PAIEMENT",
    ),
}
VAT_EXEMPTIONS = (
    ("VATEX-EU-AE", "Autoliquidation"),
    ("VATEX-FR-FRANCHISE", "TVA non applicable, art. 293 B du CGI"),
)
#: Identifier types of structures (the values Chorus Pro's deposit forms offer).
IDENTIFIER_TYPES = ("SIRET", "UE_HORS_FRANCE", "HORS_UE", "RIDET", "TAHITI", "AUTRE")
#: Deposit modes: go-choruspro's test answer (SAISIE_WEB, PORTAIL_PDF) and the API modes.
DEPOSIT_MODES = (
    "SAISIE_WEB",
    "PORTAIL_PDF",
    "SAISIE_API",
    "DEPOT_PDF_API",
    "DEPOT_PDF_SIGNE_API",
    "FLUX",
)
VAT_RATES = (("TVA20", "20"), ("TVA10", "10"), ("TVA5.5", "5.5"), ("TVA2.1", "2.1"), ("TVA0", "0"))


def _ok(**fields: Any) -> web.Response:
    return json_response({"codeRetour": 0, "libelle": OK_GCU, **fields})


async def possible_states(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/etats/traitement"""
    body = body_of(request)
    current = opt_str(body, "statutCourant")
    if current is None or not is_known_status(current):
        raise bad_param("statutCourant")
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_TRA,
            "listeStatutsPossiblesPourTraitement": [
                {"statutPossiblePourTraitement": s} for s in possible_targets(current)
            ],
        }
    )


async def states_by_type(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/etat/typedp"""
    kind = opt_str(body_of(request), "typeDemandePaiement")
    if kind not in STATES_BY_TYPE:
        raise bad_param("typeDemandePaiement")
    return _ok(listeEtatDemandePaiement=[{"etatDemandePaiement": s} for s in STATES_BY_TYPE[kind]])


async def payment_types(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/typedp"""
    return _ok(listeTypeDemandePaiement=[{"typeDemandePaiement": t} for t in STATES_BY_TYPE])


async def frames(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/cadrefacturation"""
    kind = opt_str(body_of(request), "typeDemandePaiement")
    works = {
        "A4",
        "A5",
        "A6",
        "A7",
        "A8",
        "A10",
        "A11",
        "A13",
        "A14",
        "A15",
        "A16",
        "A17",
        "A18",
        "A19",
        "A20",
        "A22",
        "A23",
        "A24",
        "A25",
    }
    chosen = [
        f
        for f in FRAMES
        if kind is None or ((f.split("_")[0] in works) == (kind == "FACTURE_TRAVAUX"))
    ]
    return _ok(listeCadreFacturation=[{"codeCadreFacturation": f} for f in chosen])


async def works_types(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/typefacturetravaux"""
    return _ok(listeTypeFactureTravaux=[{"typeFactureTravaux": t} for t in WORKS_TYPES])


async def flow_formats(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/formatflux"""
    return _ok(listeFormatFlux=[{"formatFlux": f} for f in FLOW_FORMATS])


async def payment_modes(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/modereglements"""
    return _ok(listeModePaiement=[{"modePaiement": m} for m in PAYMENT_MODES])


async def vat_rates(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/tauxtva (Pastell's connectivity probe)"""
    from desktop_app.sandbox.codec import num

    return _ok(
        listeTauxTva=[
            {"codeTauxTva": c, "libelleTauxTva": f"{v} %", "valeurTauxTva": num(v)}
            for c, v in VAT_RATES
        ]
    )


async def currencies(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/devises"""
    return _ok(
        listeDevises=[
            {"codeDevise": "EUR", "libelleDevise": "Euro"},
            {"codeDevise": "USD", "libelleDevise": "Dollar des Etats-Unis"},
            {"codeDevise": "CHF", "libelleDevise": "Franc suisse"},
        ]
    )


async def countries(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/pays"""
    return _ok(
        listePays=[
            {"codePays": c, "libellePays": n}
            for c, n in (
                ("FR", "FRANCE"),
                ("BE", "BELGIQUE"),
                ("DE", "ALLEMAGNE"),
                ("ES", "ESPAGNE"),
            )
        ]
    )


async def vat_exemptions(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/motifs/exonerationtva (keys of go-choruspro's
    ``MotifExonerationTva``: ``codeMotifExonerationTva``, ``libelleMotifExonerationTva``)"""
    return _ok(
        listeMotifsExonerationTva=[
            {"codeMotifExonerationTva": c, "libelleMotifExonerationTva": label}
            for c, label in VAT_EXEMPTIONS
        ]
    )


async def identifier_types(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/typeidentifiant/structure (go-choruspro
    ``RecupererTypesIdentifiantsStructure``: ``listeTypeIdentifiant``)"""
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_TRA,
            "listeTypeIdentifiant": [{"typeIdentifiantStructure": t} for t in IDENTIFIER_TYPES],
        }
    )


async def deposit_modes(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/modedepot (go-choruspro ``RecupererModesDepot``)"""
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_TRA,
            "listeModeDepot": [{"modeDepot": m} for m in DEPOSIT_MODES],
        }
    )


async def health_check(request: web.Request) -> web.Response:
    """GET /cpro/transverses/v1/health-check: a Spring ``ResponseEntity`` as JSON (go-choruspro
    ``HealthCheck``: ``body``, ``statusCode``, ``statusCodeValue``)."""
    return json_response({"headers": {}, "body": "OK", "statusCode": "OK", "statusCodeValue": 200})


async def validator_refusal_motives(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/motifs/refus/Facture/AValider"""
    return _ok(
        listeMotifRefusFactureAValider=[
            {"idMotif": 1, "codeMotif": "MONTANT_ERRONE", "libelleMotif": "Montant erroné"},
            {
                "idMotif": 2,
                "codeMotif": "PRESTATION_NON_CONFORME",
                "libelleMotif": "Prestation non conforme",
            },
        ]
    )


async def recipient_motives(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/motifs/rejet/recue (project)"""
    body = body_of(request)
    language = (opt_str(body, "codeLangue") or "FR").upper()
    target = opt_str(body, "statutCible")
    if target not in (None, "REJETEE", "SUSPENDUE", "A_RECYCLER"):
        raise bad_param("statutCible")
    return _ok(
        listeMotifs=[
            {
                "idMotif": position,
                "codeMotif": m.code,
                "libelleMotif": m.label("en" if language == "EN" else "fr"),
                "commentaireObligatoire": m.comment_required,
            }
            for position, m in enumerate(MOTIFS, start=1)
            if (target is None and set(m.applies_to) & {"REJETEE", "SUSPENDUE", "A_RECYCLER"})
            or target in m.applies_to
        ]
    )
