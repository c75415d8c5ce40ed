"""Strict mode: the request keys each service knows, and the refusal of any other key.

A real platform ignores nothing it does not know to be harmless; a sandbox that silently
ignores a misspelt key (``nbResultatParPage``) lets a client bug pass every test. With
``SandboxConfig.strict`` on (the test suite turns it on), a key that no source knows for that
service is refused with HTTP 400, ``codeRetour`` 20011 and a French ``libelle`` naming the key.

The known keys of a service are the union of:

- the keys of ``../shared/spec`` (the contract) and the keys the sandbox reads;
- the keys an independent client sends: antoine2116/go-choruspro at commit
  7246a6d868698f619f384684274e55f54de5b588 (its ``*Options`` structs; Go sends every field
  without ``omitempty``, zero values included), Pastell's ``CPPWrapper`` and OCA
  l10n_fr_chorus_account;
- the project's IPM5 extension keys the client sends to the sandbox (``codeMotif``,
  ``commentaire``, ``montantDPMandat``) and the legacy keys ``idUtilisateurCourant`` and
  ``idEspace`` (accepted everywhere: old clients send them to every service).

Nested objects are checked one level down where ``KNOWN`` lists them: the paging blocks (a
misspelt page size silently gives the default page), the download's ``demandePaiement`` and the
structure search criteria; other nested objects are not checked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiohttp import web

from desktop_app.sandbox.context import JSON_KEY, SANDBOX_KEY
from desktop_app.sandbox.responses import ApiError

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

UNKNOWN_KEY_CODE = 20011
#: Accepted by every service: legacy keys old clients send everywhere, and the language.
EVERYWHERE = frozenset({"idUtilisateurCourant", "idEspace", "codeLangue"})
#: Generic paging keys of every paging block: the contract's, ``nbResultatsMaximum``, and the
#: generic sort/paging keys Pastell's ``ParametresRechercherServicesStructure`` serialises.
PAGING = frozenset(
    {
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
        "nbResultatsMaximum",
        "champsDeTri",
        "ordreTriGenerique",
        "taillePageGenerique",
        "indexPageGenerique",
    }
)


def _suffixed(suffix: str, sort: str | None = None) -> frozenset[str]:
    """The four keys of a suffixed paging block (3.3, 3.4)."""
    sort = sort or suffix
    return frozenset(
        {
            f"pageResultatDemandee{suffix}",
            f"nbResultatsParPage{suffix}",
            f"triColonne{sort}",
            f"triSens{sort}",
        }
    )


_LINES = _suffixed("LignesPoste", "ListeLignesPoste")
_PJ = _suffixed("ListePieceJointe", "ListePiecesJointes")
_VAT = frozenset(
    {
        "pageResultatDemandeeListeRecapitulatifTVA",
        "nbResultatsParPageListeListeRecapitulatifTVA",
        "nbResultatsParPageListeRecapitulatifTVA",
        "triColonneListeRecapitulatifTVA",
        "triSensListeRecapitulatifTVA",
    }
)
_SEARCH = (
    "cadreFacturation factureTelechargeeParDestinataire idDestinataire idServiceExecutant "
    "idStructureValideur listeFournisseurs listeTypeFacture listeTypeFactureTravaux "
    "montantApayerMax montantApayerMin montantAPayerMax montantAPayerMin montantHTMax "
    "montantHTMin montantTTCMax montantTTCMin numeroBonCommande numeroFacture numeroMarche "
    "paramRecherche periodeDateDepotAu periodeDateDepotDu periodeDateFactureAu "
    "periodeDateFactureDu periodeDateHeureEtatCourantAu periodeDateHeureEtatCourantDu "
    "rechercheSirenFournisseur recupererTaille statutCourant typeDemandePaiement"
)
_DEMANDE = (
    "cadreFacturation dpOuDpArchive idServiceDestinataire idServiceFournisseur idServiceMoa "
    "idServiceMoe montantAPayerMax montantAPayerMin montantHTMax montantHTMin montantTTCMax "
    "montantTTCMin numeroBonCommande numeroDossierFacturation numeroDpMandat numeroFacture "
    "numeroFactureMemoire numeroFactureOrigine numeroMarche periodeDateDepotAu "
    "periodeDateDepotDu periodeDateFournisseurAu periodeDateFournisseurDu "
    "periodeDateHeureEtatCourantAu periodeDateHeureEtatCourantDu rechercheSirenDestinataire "
    "rechercheSirenFournisseur roleUtilisateur statutCourant structureDestinataire "
    "structureFournisseur structureMoa structureMoe structureValideur typeDemandePaiement "
    "typeFacture typeFactureTravaux"
)
_GROUP = "listeFacture format avecPiecesJointesComplementaires"
#: go-choruspro ``CriteresRechercheStructures`` (rechercherStructure ``structure`` block).
_CRITERIA = frozenset(
    [
        "adresseCodePays",
        "adresseCodePostal",
        "adresseVille",
        "estMOA",
        "estMOAUniquement",
        "identifiantStructure",
        "libelleStructure",
        "nomStructure",
        "prenomStructure",
        "raisonSocialeStructure",
        "statutStructure",
        "typeIdentifiantStructure",
        "typeStructure",
    ]
)

#: route -> (top-level keys, checked blocks: key -> its known sub-keys). ``None``: unchecked.
KNOWN: dict[str, tuple[str, dict[str, frozenset[str]]] | None] = {
    "factures/v1/rechercher/recipiendaire": (_SEARCH, {"paramRecherche": PAGING}),
    "factures/v1/rechercher/atraiter/recipiendaire": (
        "idStructure parametreRechercheFactureATraiterParRecipiendaire",
        {"parametreRechercheFactureATraiterParRecipiendaire": PAGING},
    ),
    "factures/v1/rechercher/demandePaiement": (_DEMANDE, {}),
    "factures/v1/consulter/recipiendaire": (
        "identifiantFactureCPP rechercheLignePoste recherchePj rechercheligneTvaRecap",
        {"rechercheLignePoste": _LINES, "recherchePj": _PJ, "rechercheligneTvaRecap": _VAT},
    ),
    "factures/v1/consulter/historique": (
        "idFacture paramRechercheHistoStatuts paramRechercheHistoActionsUtilisateurs "
        "paramRechercheHistoEvenementsComplementaires",
        {
            "paramRechercheHistoStatuts": _suffixed("ListeHistoStatut"),
            "paramRechercheHistoActionsUtilisateurs": _suffixed("ListeHistoAction"),
            "paramRechercheHistoEvenementsComplementaires": _suffixed("ListeHistoEvenement"),
        },
    ),
    # IPM5 (project) keys: codeMotif, commentaire, montantDPMandat; NumeroDPMandat is the
    # capitalised spelling of the 2016 example; transitionsLaxistes the sandbox switch.
    "factures/v1/traiter/recue": (
        "idFacture nouveauStatut motif numeroDPMandat NumeroDPMandat codeMotif commentaire "
        "montantDPMandat transitionsLaxistes",
        {},
    ),
    "factures/v1/telecharger/groupe": (_GROUP, {}),
    "transverses/v1/telecharger/pieceJointe": (
        "objetPieceJointe demandePaiement engagementJuridique sollicitation structure",
        {"demandePaiement": frozenset(_GROUP.split())},
    ),
    "transverses/v1/ajouter/fichier": (
        "pieceJointeNom pieceJointeExtension pieceJointeFichier pieceJointeTypeMime",
        {},
    ),
    "transverses/v1/rechercher/pj/moncompte": (
        "parametresRecherche pieceJointeDesignation pieceJointeTypeId",
        {"parametresRecherche": PAGING},
    ),
    "transverses/v1/rechercher/pj/structure": (
        "idStructureCPP parametresRecherche pieceJointeDesignation pieceJointeTypeId",
        {"parametresRecherche": PAGING},
    ),
    "transverses/v1/recuperer/typespj": ("typeObjet", {}),
    "structures/v1/rechercher/services": (
        "idStructure parametresRechercherServicesStructure",
        {"parametresRechercherServicesStructure": PAGING},
    ),
    "structures/v1/consulter/service": ("idStructure idService", {}),
    "structures/v1/rechercher": (
        "structure parametres restreindreStructuresPrivees",
        {"parametres": PAGING, "structure": _CRITERIA},
    ),
    "structures/v1/consulter": ("idStructureCPP idStructure", {}),
    "structures/v1/lister/rattachementsutilisateur": (
        "adresseEmailConnexionUtilisateur idStructure idUtilisateur identifiantStructure "
        "parametresListerRattachementsStructureUtilisateur typeIdentifiantStructure",
        {"parametresListerRattachementsStructureUtilisateur": PAGING},
    ),
    "transverses/v1/recuperer/structures/actives/destinataire": ("", {}),
    "utilisateurs/v1/monCompte/recuperer/rattachements": (
        "parametresRecherche",
        {"parametresRecherche": PAGING},
    ),
    "transverses/v1/recuperer/etats/traitement": ("statutCourant", {}),
    "transverses/v1/recuperer/etat/typedp": ("typeDemandePaiement", {}),
    "transverses/v1/recuperer/typedp": ("", {}),
    "transverses/v1/recuperer/cadrefacturation": ("typeDemandePaiement", {}),
    "transverses/v1/recuperer/typefacturetravaux": ("", {}),
    "transverses/v1/recuperer/formatflux": ("", {}),
    "transverses/v1/recuperer/modereglements": ("", {}),
    "transverses/v1/recuperer/modedepot": ("", {}),
    "transverses/v1/recuperer/typeidentifiant/structure": ("", {}),
    "transverses/v1/recuperer/motifs/refus/Facture/AValider": (
        "codeCadreFacturationAValider",
        {},
    ),
    "transverses/v1/recuperer/tauxtva": ("", {}),
    "transverses/v1/recuperer/devises": ("", {}),
    "transverses/v1/recuperer/pays": ("", {}),
    "transverses/v1/recuperer/motifs/exonerationtva": ("", {}),
    "transverses/v1/recuperer/motifs/rejet/recue": ("statutCible", {}),
    "transverses/v1/health-check": ("", {}),
    # Works invoices: Pastell's search keys are not a full list (the contract names more), so
    # the search is not checked; consult and process are the project's (assumed) shapes.
    "facturesTravaux/v1/rechercher": None,
    "facturesTravaux/v1/consulter": ("idFactureTravaux roleUtilisateur", {}),
    "facturesTravaux/v1/traiter": (
        "idFactureTravaux roleUtilisateur action commentaire montantValide",
        {},
    ),
    "transverses/v1/recuperer/structures/actives/facturetravaux": ("", {}),
}


def unknown_keys(route: str, body: Any) -> list[str]:
    """The keys of ``body`` no source knows for ``route`` (dotted for paging blocks)."""
    spec = KNOWN.get(route)
    if spec is None or not isinstance(body, dict):
        return []
    top, blocks = spec
    known = EVERYWHERE | set(top.split()) | set(blocks)
    found = [k for k in body if k not in known]
    for name, allowed in blocks.items():
        block = body.get(name)
        if isinstance(block, dict):
            found.extend(f"{name}.{k}" for k in block if k not in allowed and k not in EVERYWHERE)
    return found


def unknown_key_error(keys: Iterable[str]) -> ApiError:
    """HTTP 400, ``codeRetour`` 20011, the unknown key(s) named in French."""
    names = ", ".join(f"« {k} »" for k in keys)
    return ApiError(
        400,
        UNKNOWN_KEY_CODE,
        f"Paramètre inconnu pour ce service : {names}.",
        extra={"detail": "PARAMETRE_INCONNU"},
    )


def guarded(route: str, handler: Handler) -> Handler:
    """``handler`` behind the strict key check (a no-op when the sandbox is not strict)."""

    async def check(request: web.Request) -> web.StreamResponse:
        if request.app[SANDBOX_KEY].config.strict:
            extra = unknown_keys(route, request.get(JSON_KEY))
            if extra:
                return unknown_key_error(extra).response()
        return await handler(request)

    check.__doc__ = handler.__doc__
    return check
