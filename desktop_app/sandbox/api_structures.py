"""3.8 structures and services, 3.9 the account's attachments: in the shapes real answers have.

Sources (see docs/contract-decisions.md, "Reference services"):

- ``consulterStructure`` / ``consulterServiceStructure`` answers are NESTED:
  ``adressePostaleDuSiege`` (structure) or ``adressePostale`` (service),
  ``informationGenerales`` (structure) or ``informationsGenerales`` (service), ``parametres``
  (``gestionNumeroEJOuCodeService``, ``codeServiceDoitEtreRenseigne``,
  ``numeroEJDoitEtreRenseigne`` for a structure; ``numeroEngagement``, ``miseEnPaiement`` and
  ``dateDebutValidite``... for a service): antoine2116/go-choruspro@7246a6d
  ``structures_consultations.go`` and OCA/l10n-france@2fcbaff
  ``l10n_fr_chorus_account/models/res_partner.py`` (reads ``answer['parametres']``).
  The request names the structure ``idStructureCPP`` (OCA) or ``idStructure`` (go-choruspro):
  both are accepted.
- Service dates ``dateDbtService`` / ``dateFinService`` are ``YYYY-MM-DD HH:MM`` and present
  in ``rechercher/services`` rows too: the real answer OCA pasted in ``res_partner.py``
  (``'dateDbtService': '2016-10-25 17:42', 'dateFinService': '2050-12-31 00:00'``);
  go-choruspro decodes them with the layout ``2006-01-02 15:04`` (``date.go``).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from desktop_app.sandbox.context import (
    Sandbox,
    body_of,
    opt_int,
    opt_str,
    pages_of,
    paging,
    principal_of,
    req_int,
    sandbox_of,
)
from desktop_app.sandbox.responses import OK_GCU, OK_TRA, ApiError, bad_param, json_response

#: The sandbox's services all started on this day (the store keeps no service dates).
SERVICE_START = "2020-01-01 08:00"
#: The end date of an open service in OCA's real answer.
SERVICE_OPEN_END = "2050-12-31 00:00"
#: The end date the sandbox gives an inactive service (its own choice).
SERVICE_CLOSED_END = "2024-12-31 00:00"
#: The same moments for go-choruspro's RFC 3339 ``dateDebut`` / ``dateFin`` (rattachements).
ATTACHED_SINCE = "2020-01-01T08:00:00+01:00"


def _ok(**fields: Any) -> web.Response:
    return json_response({"codeRetour": 0, "libelle": OK_GCU, **fields})


def _paging_back(page: Any, total: int) -> dict[str, int]:
    return {
        "pageCourante": page.page,
        "pages": pages_of(total, page.size),
        "nbResultatsParPage": page.size,
        "total": total,
    }


def attached(sandbox: Sandbox, services: frozenset[int], structure_id: int) -> list[int]:
    """The caller's services of ``structure_id`` (403 20020 when none)."""
    mine = [
        s
        for s in services
        if s in sandbox.services and sandbox.services[s]["structure_id"] == structure_id
    ]
    if not mine:
        raise ApiError(403, 20020, "STRUCTURE_NON_RATTACHEE")
    return mine


def service_row(row: Any) -> dict[str, Any]:
    """A ``listeServices`` row of rechercher/services (with its dates, as OCA's answer)."""
    active = bool(row["active"])
    return {
        "idService": row["id"],
        "codeService": row["code"],
        "libelleService": row["name"],
        "estActif": active,
        "statutService": "ACTIF" if active else "INACTIF",
        "dateDbtService": SERVICE_START,
        "dateFinService": SERVICE_OPEN_END if active else SERVICE_CLOSED_END,
    }


def _address(row: Any) -> dict[str, Any]:
    """``adressePostale`` / ``adressePostaleDuSiege`` (go-choruspro ``AdressePostale``)."""
    return {
        "adresse": row["street"],
        "complementAdresse1": None,
        "complementAdresse2": None,
        "codePostal": row["postcode"],
        "ville": row["city"],
        "pays": row["country"],
        "telephone": None,
        "indicatifTelephone": None,
        "fax": None,
        "indicatifFax": None,
    }


async def search_services(request: web.Request) -> web.Response:
    """POST /cpro/structures/v1/rechercher/services"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    structure = req_int(body, "idStructure")
    attached(sandbox, principal_of(request).services, structure)
    page = paging(
        body.get("parametresRechercherServicesStructure"),
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
    )
    columns = {"CodeService": "code", "LibelleService": "name", "IdService": "id"}
    columns |= {"EstActif": "active", "DateDbtService": "id", "DateFinService": "active"}
    key = columns.get(page.column or "CodeService")
    if key is None:
        raise bad_param("triColonne")
    rows = sorted(
        (r for r in sandbox.services.values() if r["structure_id"] == structure),
        key=lambda r: r[key],
        reverse=page.descending,
    )
    chosen = rows[page.offset : page.offset + page.size]
    return _ok(
        listeServices=[service_row(r) for r in chosen],
        parametresRetour=_paging_back(page, len(rows)),
    )


def structure_parameters(row: Any) -> dict[str, bool]:
    """``parametres`` of a structure (the sandbox's rules: a State structure asks an EJ)."""
    state = bool(row["state_entity"])
    return {
        "codeServiceDoitEtreRenseigne": True,
        "numeroEJDoitEtreRenseigne": state,
        "gestionNumeroEJOuCodeService": not state,
        "connexionEDI": False,
        "estMoaUniquement": False,
        "estValideurDelegue": False,
        "getaMoa": False,
        "nonDiffusibleInsee": False,
        "recevoirDonneesViaEDI": False,
        "statutMiseEnPaiementNestPasRemonte": False,
    }


async def consult_service(request: web.Request) -> web.Response:
    """POST /cpro/structures/v1/consulter/service"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    structure, service_id = req_int(body, "idStructure"), req_int(body, "idService")
    attached(sandbox, principal_of(request).services, structure)
    row = sandbox.services.get(service_id)
    if row is None or row["structure_id"] != structure:
        raise bad_param("idService unknown for this structure")
    active = bool(row["active"])
    return _ok(
        adressePostale=_address(sandbox.structures[structure]),
        informationsGenerales={
            "codeService": row["code"],
            "nomService": row["name"],
            "descriptionService": row["name"],
        },
        parametres={
            "numeroEngagement": row["code"] == "FINANCES",
            "miseEnPaiement": True,
            "dateCreation": SERVICE_START,
            "dateModification": SERVICE_START,
            "dateDebutValidite": SERVICE_START,
            "dateFinValidite": SERVICE_OPEN_END if active else SERVICE_CLOSED_END,
        },
    )


def _structure(row: Any) -> dict[str, Any]:
    """A ``listeStructures`` row of rechercher (go-choruspro ``StructureRecherche``)."""
    return {
        "idStructureCPP": row["id"],
        "identifiantStructure": row["siret"],
        "typeIdentifiantStructure": "SIRET",
        "designationStructure": row["name"],
        "statut": "ACTIF",
    }


async def search_structures(request: web.Request) -> web.Response:
    """POST /cpro/structures/v1/rechercher"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    wanted = body.get("structure") or {}
    if not isinstance(wanted, dict):
        raise bad_param("structure must be an object")
    identifier = opt_str(wanted, "identifiantStructure")
    rows = [
        r for r in sandbox.structures.values() if identifier is None or r["siret"] == identifier
    ]
    page = paging(body.get("parametres"), "pageResultatDemandee", "nbResultatsParPage", None, None)
    return _ok(
        listeStructures=[_structure(r) for r in rows[page.offset : page.offset + page.size]],
        parametresRetour=_paging_back(page, len(rows)),
    )


async def consult_structure(request: web.Request) -> web.Response:
    """POST /cpro/structures/v1/consulter (``idStructureCPP`` or ``idStructure``)"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    wanted = opt_int(body, "idStructureCPP") or opt_int(body, "idStructure")
    if wanted is None:
        raise bad_param("idStructureCPP is required")
    row = sandbox.structures.get(wanted)
    if row is None:
        raise bad_param("idStructureCPP unknown")
    return _ok(
        adressePostaleDuSiege=_address(row),
        informationGenerales={
            "idStructureCPP": row["id"],
            "idStructureOrigine": None,
            "identifiantStructure": row["siret"],
            "typeIdentifiantStructure": "SIRET",
            "libelleStructure": row["name"],
            "raisonSocialeStructure": row["name"],
            "nomStructure": None,
            "prenomStructure": None,
            "emailStructure": None,
            "numeroTVA": None,
            "numeroRcsStructure": None,
            "structurePriveePublique": "PUBLIQUE",
            "estValideurDeleguee": False,
            "listeStructureDupliquees": [],
            "dateExpirationMotPasseCompteTech": None,
        },
        parametres=structure_parameters(row),
    )


def _structures_of(sandbox: Sandbox, services: frozenset[int]) -> list[int]:
    return sorted({sandbox.services[s]["structure_id"] for s in services if s in sandbox.services})


async def active_structures(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/structures/actives/destinataire"""
    sandbox = sandbox_of(request)
    return _ok(
        listeStructures=[
            {
                "idStructureCPP": i,
                "identifiant": sandbox.structures[i]["siret"],
                "designationStructure": sandbox.structures[i]["name"],
            }
            for i in _structures_of(sandbox, principal_of(request).services)
        ]
    )


async def account_attachments(request: web.Request) -> web.Response:
    """POST /cpro/utilisateurs/v1/monCompte/recuperer/rattachements"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    services = principal_of(request).services
    page = paging(
        body.get("parametresRecherche"),
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
    )
    ids = _structures_of(sandbox, services)
    items = []
    for structure_id in ids[page.offset : page.offset + page.size]:
        row = sandbox.structures[structure_id]
        mine = [
            s
            for s in sandbox.services.values()
            if s["structure_id"] == structure_id and s["id"] in services
        ]
        items.append(
            {
                "idStructure": structure_id,
                "idRattachementStructure": structure_id,
                "identifiantStructure": row["siret"],
                "typeIdentifiantStructure": "SIRET",
                "designationStructure": row["name"],
                "roleUtilisateur": "DESTINATAIRE",
                "statutRattachementStructure": "ACTIF",
                "statutUtilisateur": "ACTIF",
                "listeServicesRattache": [
                    {
                        **service_row(s),
                        "idRattachementService": s["id"],
                        "statutRattachementService": "ACTIF",
                    }
                    for s in mine
                ],
            }
        )
    return _ok(listeStructureRattachement=items, parametresRetour=_paging_back(page, len(ids)))


async def user_service_attachments(request: web.Request) -> web.Response:
    """POST /cpro/structures/v1/lister/rattachementsutilisateur (go-choruspro
    ``RecupererRattachementsServicesUtilisateur``): the caller's services of one structure."""
    sandbox = sandbox_of(request)
    body = body_of(request)
    services = principal_of(request).services
    structure_id = opt_int(body, "idStructure")
    identifier = opt_str(body, "identifiantStructure")
    if structure_id is None and identifier is not None:
        structure_id = next(
            (i for i, r in sandbox.structures.items() if r["siret"] == identifier), None
        )
    if structure_id is None:
        raise bad_param("idStructure or identifiantStructure is required")
    mine = sorted(attached(sandbox, services, structure_id))
    page = paging(
        body.get("parametresListerRattachementsStructureUtilisateur"),
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
    )
    row = sandbox.structures[structure_id]
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_TRA,
            "idStructure": structure_id,
            "identifiantStructure": row["siret"],
            "designationStructure": row["name"],
            "premierService": False,
            "listeServices": [
                {
                    "idRattachement": s,
                    "idService": s,
                    "codeService": sandbox.services[s]["code"],
                    "nomService": sandbox.services[s]["name"],
                    "statutRattachement": "ACTIF",
                    "commentaire": None,
                    "dateDebut": ATTACHED_SINCE,
                    "dateFin": None,
                }
                for s in mine[page.offset : page.offset + page.size]
            ],
            "parametresRetour": _paging_back(page, len(mine)),
        }
    )
