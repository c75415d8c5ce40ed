"""3.1 rechercherFactureParRecipiendaire and 3.2 rechercherFactureATraiterParRecipiendaire."""

from __future__ import annotations

import sqlite3
from typing import Any

from aiohttp import web

from desktop_app.sandbox.codec import iso_ms, money, parse_bound, parse_date
from desktop_app.sandbox.context import (
    Paging,
    Sandbox,
    body_of,
    opt_bool,
    opt_decimal,
    opt_int,
    opt_str,
    pages_of,
    paging,
    principal_of,
    sandbox_of,
    str_list,
)
from desktop_app.sandbox.responses import OK_TRA, bad_param, json_response, not_attached

SORT_COLUMNS = {
    "DateHeureEtatCourant": "etat_ms",
    "IdFacture": "id",
    "NumeroFacture": "numero",
    "DateDepot": "date_depot",
    "DateFacture": "date_facture",
    "MontantHT": "ht_cents",
    "MontantTTC": "ttc_cents",
    "MontantAPayer": "apayer_cents",
    "Statut": "statut",
    "StatutCourant": "statut",
    "TypeFacture": "type_facture",
    "CodeFournisseur": "fournisseur_code",
    "DesignationFournisseur": "fournisseur_nom",
    "IdServiceExecutant": "service_id",
    "IdDestinataire": "structure_id",
    "FactureTelechargeeParDestinataire": "telechargee",
}
TO_PROCESS = ("MISE_A_DISPOSITION", "COMPLETEE")
#: rechercherDemandePaiement has no paging block in any source: the answer is capped.
DEMANDE_LIMIT = 1000
LIST_COLUMNS = (
    "id, numero, type_facture, type_dp, statut, etat_ms, commentaire_etat, date_depot, "
    "date_facture, devise, montant_ht, montant_ttc, montant_a_payer, bon_commande, marche, "
    "structure_id, service_id, fournisseur_code, fournisseur_nom, telechargee, taille, doublon"
)


def _cents(value: Any) -> int:
    return int((value * 100).to_integral_value())


class Query:
    """A WHERE clause under construction (parameters bound, never formatted in)."""

    def __init__(self, services: frozenset[int]) -> None:
        ids = ",".join(str(int(s)) for s in sorted(services)) or "-1"
        self.clauses = [f"service_id IN ({ids})"]
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def where(self) -> str:
        return " AND ".join(self.clauses)


def _check_structure(sandbox: Sandbox, services: frozenset[int], structure_id: int) -> None:
    if not any(
        sandbox.services[s]["structure_id"] == structure_id
        for s in services
        if s in sandbox.services
    ):
        raise not_attached()


def build_query(sandbox: Sandbox, services: frozenset[int], body: dict[str, Any]) -> Query:
    """Translate the 3.1 filters."""
    query = Query(services)
    type_dp = opt_str(body, "typeDemandePaiement")
    if type_dp is not None:
        if type_dp not in ("FACTURE", "FACTURE_TRAVAUX"):
            raise bad_param("typeDemandePaiement")
        query.add("type_dp = ?", type_dp)
    structure = opt_int(body, "idDestinataire")
    if structure is not None:
        _check_structure(sandbox, services, structure)
        query.add("structure_id = ?", structure)
    service = opt_int(body, "idServiceExecutant")
    if service is not None:
        if service not in services:
            raise not_attached()
        query.add("service_id = ?", service)
    suppliers = body.get("listeFournisseurs")
    if suppliers:
        if not isinstance(suppliers, list) or not all(isinstance(s, dict) for s in suppliers):
            raise bad_param("listeFournisseurs")
        ids = [i for i in (opt_int(s, "idFournisseur") for s in suppliers) if i is not None]
        if ids:
            query.add(f"fournisseur_id IN ({','.join('?' * len(ids))})", *ids)
    for name, column in (
        ("numeroFacture", "numero"),
        ("numeroBonCommande", "bon_commande"),
        ("numeroMarche", "marche"),
        ("cadreFacturation", "cadre"),
    ):
        value = opt_str(body, name)
        if value is not None:
            query.add(f"{column} = ?", value)
    for name, column in (("listeTypeFacture", "type_facture"), ("statutCourant", "statut")):
        values = str_list(body, name)
        if values:
            query.add(f"{column} IN ({','.join('?' * len(values))})", *values)
    downloaded = opt_bool(body, "factureTelechargeeParDestinataire")
    if downloaded is not None:
        query.add("telechargee = ?", int(downloaded))
    try:
        for prefix, column in (
            ("periodeDateDepot", "date_depot"),
            ("periodeDateFacture", "date_facture"),
        ):
            low, high = opt_str(body, prefix + "Du"), opt_str(body, prefix + "Au")
            if low:
                query.add(f"{column} >= ?", parse_date(low))
            if high:
                query.add(f"{column} <= ?", parse_date(high))
        low, high = (
            opt_str(body, "periodeDateHeureEtatCourantDu"),
            opt_str(body, "periodeDateHeureEtatCourantAu"),
        )
        if low:
            query.add("etat_ms >= ?", parse_bound(low, end=False))
        if high:
            query.add(
                "etat_ms <= ?",
                parse_bound(high, end=True) + (999 if len(high.strip()) == 19 else 0),
            )
    except ValueError as exc:
        raise bad_param(f"date: {exc}") from None
    for low_name, high_name, column in (
        ("montantHTMin", "montantHTMax", "ht_cents"),
        ("montantTTCMin", "montantTTCMax", "ttc_cents"),
        ("montantApayerMin", "montantApayerMax", "apayer_cents"),
    ):
        low_value, high_value = opt_decimal(body, low_name), opt_decimal(body, high_name)
        if low_value is not None:
            query.add(f"{column} >= ?", _cents(low_value))
        if high_value is not None:
            query.add(f"{column} <= ?", _cents(high_value))
    return query


def invoice_summary(sandbox: Sandbox, row: sqlite3.Row, with_size: bool) -> dict[str, Any]:
    """One entry of ``listeFactures``."""
    structure = sandbox.structures[row["structure_id"]]
    service = sandbox.services[row["service_id"]]
    entry: dict[str, Any] = {
        "idFacture": row["id"],
        "numeroFacture": row["numero"],
        "typeFacture": row["type_facture"],
        "typeDemandePaiement": row["type_dp"],
        "typeFactureTravaux": None,
        "statut": row["statut"],
        "dateHeureEtatCourant": iso_ms(row["etat_ms"]),
        "commentaireEtatCourant": row["commentaire_etat"],
        "dateDepot": row["date_depot"],
        "dateFacture": row["date_facture"],
        "devise": row["devise"],
        "montantHT": money(row["montant_ht"]),
        "montantTTC": money(row["montant_ttc"]),
        "montantAPayer": money(row["montant_a_payer"]),
        "numeroBonCommande": row["bon_commande"],
        "numeroMarche": row["marche"],
        "idDestinataire": row["structure_id"],
        "codeDestinataire": structure["siret"],
        "designationDestinataire": structure["name"],
        "idServiceExecutant": row["service_id"],
        "codeServiceExecutant": service["code"],
        "nomServiceExecutant": service["name"],
        "codeFournisseur": row["fournisseur_code"],
        "typeIdentifiantFournisseur": "SIRET",
        "designationFournisseur": row["fournisseur_nom"],
        "codeServiceFournisseur": None,
        "nomServiceFournisseur": None,
        "codeMOA": None,
        "designationMOA": None,
        "typeIdentifiantMOA": None,
        "codeMOE": None,
        "designationMOE": None,
        "typeIdentifiantMOE": None,
        "factureTelechargeeParDestinataire": bool(row["telechargee"]),
        "doublonPotentiel": bool(row["doublon"]),
    }
    if with_size:
        entry["taille"] = row["taille"]
    return entry


def run_search(sandbox: Sandbox, query: Query, page: Paging, with_size: bool) -> dict[str, Any]:
    """Execute a search and shape the flat-paged answer."""
    db = sandbox.store.db
    where = query.where()
    total = db.execute(f"SELECT COUNT(*) FROM invoices WHERE {where}", query.params).fetchone()[0]
    if total == 0:
        return {"codeRetour": 20000, "libelle": "TRA_MSG_00.015"}
    column = SORT_COLUMNS.get(page.column or "DateHeureEtatCourant")
    if column is None:
        raise bad_param(f"triColonne {page.column!r} unknown")
    sense = "DESC" if page.descending else "ASC"
    rows = db.execute(
        f"SELECT {LIST_COLUMNS} FROM invoices WHERE {where} "
        f"ORDER BY {column} {sense}, id {sense} LIMIT ? OFFSET ?",
        [*query.params, page.size, page.offset],
    ).fetchall()
    return {
        "codeRetour": 0,
        "libelle": OK_TRA,
        "pageCourante": page.page,
        "pages": pages_of(total, page.size),
        "nbResultatsParPage": page.size,
        "total": total,
        "listeFactures": [invoice_summary(sandbox, row, with_size) for row in rows],
    }


async def search(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/rechercher/recipiendaire"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    query = build_query(sandbox, principal_of(request).services, body)
    page = paging(
        body.get("paramRecherche"),
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
    )
    with_size = bool(opt_bool(body, "recupererTaille"))
    return json_response(run_search(sandbox, query, page, with_size))


async def search_to_process(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/rechercher/atraiter/recipiendaire"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    services = principal_of(request).services
    query = Query(services)
    structure = opt_int(body, "idStructure")
    if structure is not None:
        _check_structure(sandbox, services, structure)
        query.add("structure_id = ?", structure)
    query.add(f"statut IN ({','.join('?' * len(TO_PROCESS))})", *TO_PROCESS)
    page = paging(
        body.get("parametreRechercheFactureATraiterParRecipiendaire"),
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
    )
    return json_response(run_search(sandbox, query, page, False))


def payment_request(sandbox: Sandbox, row: sqlite3.Row) -> dict[str, Any]:
    """One ``listeDemandePaiement`` entry (go-choruspro ``DemandePaiement``)."""
    structure = sandbox.structures[row["structure_id"]]
    service = sandbox.services[row["service_id"]]
    return {
        "idDemandePaiement": row["id"],
        "numeroDemandePaiement": row["numero"],
        "typeDemandePaiement": row["type_dp"],
        "typeFacture": row["type_facture"],
        "typeFactureTravaux": None,
        "cadreFacturation": row["cadre"],
        "etatCourant": row["statut"],
        "dateHeureEtatCourant": iso_ms(row["etat_ms"]),
        "commentaireEtatCourant": row["commentaire_etat"],
        "dateDepot": row["date_depot"],
        "dateFournisseur": row["date_facture"],
        "montantHT": money(row["montant_ht"]),
        "montantTTC": money(row["montant_ttc"]),
        "montantAPayer": money(row["montant_a_payer"]),
        "numeroBonCommande": row["bon_commande"],
        "numeroMarche": row["marche"],
        "idStructureDestinataire": row["structure_id"],
        "identifiantStructureDestinataire": structure["siret"],
        "idServiceDestinataire": row["service_id"],
        "codeServiceDestinataire": service["code"],
        "nomServiceDestinataire": service["name"],
        "idStructureFournisseur": row["fournisseur_id"],
        "identifiantStructureFournisseur": row["fournisseur_code"],
        "dpOuDpArchive": "DP",
    }


async def search_payment_requests(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/rechercher/demandePaiement (go-choruspro
    ``RechercherDemandePaiement``): the visible payment requests, ``listeDemandePaiement``."""
    sandbox = sandbox_of(request)
    body = body_of(request)
    services = principal_of(request).services
    query = Query(services)
    recipient = body.get("structureDestinataire")
    if recipient is not None and not isinstance(recipient, dict):
        raise bad_param("structureDestinataire must be an object")
    structure = opt_int(recipient or {}, "idStructureDestinataire")
    if structure is not None:
        _check_structure(sandbox, services, structure)
        query.add("structure_id = ?", structure)
    service = opt_int(body, "idServiceDestinataire")
    if service is not None:
        if service not in services:
            raise not_attached()
        query.add("service_id = ?", service)
    for name, column in (
        ("typeDemandePaiement", "type_dp"),
        ("typeFacture", "type_facture"),
        ("numeroFacture", "numero"),
        ("numeroBonCommande", "bon_commande"),
        ("numeroMarche", "marche"),
        ("cadreFacturation", "cadre"),
        ("statutCourant", "statut"),
    ):
        value = opt_str(body, name)
        if value is not None:
            query.add(f"{column} = ?", value)
    try:
        for prefix, column in (
            ("periodeDateDepot", "date_depot"),
            ("periodeDateFournisseur", "date_facture"),
        ):
            low, high = opt_str(body, prefix + "Du"), opt_str(body, prefix + "Au")
            if low:
                query.add(f"{column} >= ?", parse_date(low))
            if high:
                query.add(f"{column} <= ?", parse_date(high))
    except ValueError as exc:
        raise bad_param(f"date: {exc}") from None
    columns = LIST_COLUMNS + ", cadre, fournisseur_id"
    rows = sandbox.store.db.execute(
        f"SELECT {columns} FROM invoices WHERE {query.where()} ORDER BY id LIMIT ?",
        [*query.params, DEMANDE_LIMIT],
    ).fetchall()
    if not rows:
        return json_response({"codeRetour": 20000, "libelle": "TRA_MSG_00.015"})
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_TRA,
            "listeDemandePaiement": [payment_request(sandbox, r) for r in rows],
        }
    )
