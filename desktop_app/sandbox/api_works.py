"""Works invoices, recipient side: ``facturesTravaux`` search, consult and process, and the
structures of the works space.

- ``POST /cpro/facturesTravaux/v1/rechercher`` — Pastell ``CPPWrapper::rechercheFactureTravaux``
  (``roleUtilisateur``, ``idDestinataire``, ``idServiceExecutant``,
  ``periodeDateHeureEtatCourantDu/Au``, ``rechercheFactureTravaux`` paging; answer
  ``listeFacturesTravaux`` + ``parametresRetour`` {``pageCourante``, ``pages``}; 20007 when
  nothing is found). Only ``MOE`` / ``MOA`` roles see works documents here.
- ``POST /cpro/transverses/v1/recuperer/structures/actives/facturetravaux`` — go-choruspro
  ``RecupererStructuresActivesFactureTravaux`` (``listeStructures``).
- ``POST /cpro/facturesTravaux/v1/consulter`` and ``/traiter`` — (assumed): no public client
  shows them; the shapes are the project's, documented in docs/contract-decisions.md.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from aiohttp import web

from desktop_app.domain.errors import DomainError
from desktop_app.domain.works_circuit import WorksAction, check_action
from desktop_app.sandbox import works
from desktop_app.sandbox.api_process import IDEMPOTENCY_HEADER, body_hash, caller_of
from desktop_app.sandbox.approvals import sandbox_today
from desktop_app.sandbox.auth import Principal
from desktop_app.sandbox.codec import dumps, iso_ms, minute_stamp, parse_bound
from desktop_app.sandbox.context import (
    Sandbox,
    body_of,
    opt_decimal,
    opt_int,
    opt_str,
    pages_of,
    paging,
    principal_of,
    req_int,
    sandbox_of,
    str_list,
)
from desktop_app.sandbox.responses import OK_TRA, ApiError, bad_param, json_response

NO_RESULT = {"codeRetour": 20007, "libelle": "GFT_MSG_01.075"}
WIRE_ACTIONS = {
    ("MOE", "VALIDER"): WorksAction.MOE_VALIDATE,
    ("MOE", "REFUSER"): WorksAction.MOE_REFUSE,
    ("MOA", "VALIDER"): WorksAction.MOA_VALIDATE,
    ("MOA", "REFUSER"): WorksAction.MOA_REFUSE,
}


def play_deadlines(sandbox: Sandbox) -> None:
    """The platform's tacit steps due by the sandbox's day, before any works answer."""
    works.play_deadlines(sandbox.store, sandbox_today(sandbox))


def roles_of(principal: Principal) -> frozenset[str]:
    """The works roles of the caller (certificate user, else the technical account)."""
    return works.WORKS_ROLES.get(principal.user, frozenset())


def _role(body: dict[str, Any], principal: Principal) -> str | None:
    """The requested role when the caller holds it (None: nothing to see in that role)."""
    role = (opt_str(body, "roleUtilisateur") or "").upper()
    return role if role in roles_of(principal) else None


def _visible_doc(sandbox: Sandbox, principal: Principal, doc_id: int) -> sqlite3.Row:
    row = sandbox.store.db.execute("SELECT * FROM works_docs WHERE id = ?", (doc_id,)).fetchone()
    if row is None or row["service_id"] not in principal.services:
        raise ApiError(400, 20001, "FACTURE_TRAVAUX_INCONNUE")
    found: sqlite3.Row = row
    return found


def _item(sandbox: Sandbox, row: sqlite3.Row) -> dict[str, Any]:
    structure = sandbox.structures.get(row["structure_id"])
    service = sandbox.services.get(row["service_id"])
    ht = row["montant_ht"]
    ttc = f"{float(ht) * (1 + float(row['taux_tva']) / 100):.2f}"
    return {
        "idFactureTravaux": row["id"],
        "numeroFactureTravaux": row["numero"],
        "statutFactureTravaux": row["statut"],
        "typeFactureTravaux": row["type"],
        "cadreFacturation": row["cadre"],
        "dateFactureTravaux": row["date_depot"],
        "dateDepot": row["date_depot"],
        "dateHeureEtatCourant": iso_ms(row["etat_ms"]),
        "identifiantFournisseur": row["fournisseur_code"],
        "typeIdentifiantFournisseur": "SIRET",
        "designationFournisseur": row["fournisseur_nom"],
        "idDestinataire": row["structure_id"],
        "identifiantDestinataire": structure["siret"] if structure else None,
        "idServiceExecutant": row["service_id"],
        "identifiantServiceExecutant": service["code"] if service else None,
        "montantHT": ht,
        "montantTTC": ttc,
        # (assumed) the works fields a recipient needs to follow a contract's statements
        "numeroDossierFacturation": row["dossier"],
        "libelleDossierFacturation": row["objet"],
        "rangDansDossier": row["rang"],
        "montantValideMOE": row["montant_moe"],
        "montantValideMOA": row["montant_moa"],
    }


async def works_structures(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/structures/actives/facturetravaux"""
    sandbox, principal = sandbox_of(request), principal_of(request)
    if not roles_of(principal):
        return json_response({"codeRetour": 0, "libelle": OK_TRA, "listeStructures": []})
    ids = sorted(
        {sandbox.services[s]["structure_id"] for s in principal.services if s in sandbox.services}
    )
    rows = [
        {
            "idStructureCPP": i,
            "identifiant": sandbox.structures[i]["siret"],
            "designationStructure": sandbox.structures[i]["name"],
        }
        for i in ids
        if i in sandbox.structures
    ]
    return json_response({"codeRetour": 0, "libelle": OK_TRA, "listeStructures": rows})


async def search(request: web.Request) -> web.Response:
    """POST /cpro/facturesTravaux/v1/rechercher"""
    sandbox, principal, body = sandbox_of(request), principal_of(request), body_of(request)
    page = paging(
        body.get("rechercheFactureTravaux"),
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
    )
    if _role(body, principal) is None:
        return json_response(NO_RESULT)
    play_deadlines(sandbox)
    services = ",".join(str(int(s)) for s in sorted(principal.services)) or "-1"
    clauses, params = [f"service_id IN ({services})"], list[Any]()
    structure = opt_int(body, "idDestinataire")
    if structure is not None:
        clauses.append("structure_id = ?")
        params.append(structure)
    service = opt_int(body, "idServiceExecutant")
    if service is not None:
        clauses.append("service_id = ?")
        params.append(service)
    since = opt_str(body, "periodeDateHeureEtatCourantDu")
    if since:
        clauses.append("etat_ms >= ?")
        params.append(parse_bound(since, end=False))
    until = opt_str(body, "periodeDateHeureEtatCourantAu")
    if until:
        clauses.append("etat_ms <= ?")
        params.append(parse_bound(until, end=True))
    statuses = str_list(body, "listeStatutCourant")
    if statuses:
        clauses.append(f"statut IN ({','.join('?' * len(statuses))})")
        params.extend(statuses)
    where = " AND ".join(clauses)
    db = sandbox.store.db
    total = int(db.execute(f"SELECT COUNT(*) FROM works_docs WHERE {where}", params).fetchone()[0])
    if total == 0:
        return json_response(NO_RESULT)
    order = "DESC" if page.descending else "ASC"
    rows = db.execute(
        f"SELECT * FROM works_docs WHERE {where} ORDER BY etat_ms {order}, id LIMIT ? OFFSET ?",
        [*params, page.size, page.offset],
    ).fetchall()
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_TRA,
            "listeFacturesTravaux": [_item(sandbox, r) for r in rows],
            "parametresRetour": {
                "pageCourante": page.page,
                "pages": pages_of(total, page.size),
                "nbResultatsParPage": page.size,
                "total": total,
            },
        }
    )


def _history(sandbox: Sandbox, doc_id: int) -> list[dict[str, Any]]:
    return [
        {
            "statut": h["statut"],
            "dateHeure": iso_ms(h["at_ms"]),
            "dateHeureLocale": minute_stamp(h["at_ms"]),
            "role": h["role"],
            "auteur": h["auteur"],
            "commentaire": h["commentaire"],
            "montant": h["montant"],
            # (assumed) a tacit step says which document the statement became and why
            "cadre": h["cadre"],
            "fondement": h["fondement"],
        }
        for h in works.history(sandbox.store, doc_id)
    ]


async def consult(request: web.Request) -> web.Response:
    """POST /cpro/facturesTravaux/v1/consulter (assumed shape)"""
    sandbox, principal, body = sandbox_of(request), principal_of(request), body_of(request)
    if _role(body, principal) is None:
        raise ApiError(403, 20040, "ROLE_TRAVAUX_NON_HABILITE")
    play_deadlines(sandbox)
    doc_id = req_int(body, "idFactureTravaux")
    row = _visible_doc(sandbox, principal, doc_id)
    answer = {"codeRetour": 0, "libelle": OK_TRA, **_item(sandbox, row)}
    answer["historiqueStatuts"] = _history(sandbox, doc_id)
    return json_response(answer)


def _treat(sandbox: Sandbox, principal: Principal, body: dict[str, Any]) -> dict[str, Any]:
    role = _role(body, principal)
    if role is None:
        raise ApiError(403, 20040, "ROLE_TRAVAUX_NON_HABILITE")
    row = _visible_doc(sandbox, principal, req_int(body, "idFactureTravaux"))
    wire = (opt_str(body, "action") or "").upper()
    action = WIRE_ACTIONS.get((role, wire))
    if action is None:
        raise bad_param("action must be VALIDER or REFUSER")
    comment = opt_str(body, "commentaire") or ""
    amount = opt_decimal(body, "montantValide")
    try:
        rule = check_action(row["statut"], {role}, action, comment, amount)
    except DomainError as exc:
        raise ApiError(
            400,
            20041,
            "ACTION_TRAVAUX_IMPOSSIBLE",
            extra={"detail": exc.key, "statut": row["statut"]},
        ) from None
    status, at, issued = works.apply_action(
        sandbox.store, row, rule, principal.user, comment, amount
    )
    return {
        "codeRetour": 0,
        "libelle": OK_TRA,
        "idFactureTravaux": row["id"],
        "statutFactureTravaux": status,
        "dateHeureEtatCourant": iso_ms(at),
        "cadreDocumentEmis": issued or None,
    }


async def process(request: web.Request) -> web.Response:
    """POST /cpro/facturesTravaux/v1/traiter (assumed shape); honours Idempotency-Key like
    traiterFactureRecue when the sandbox does."""
    sandbox, principal, body = sandbox_of(request), principal_of(request), body_of(request)
    key = request.headers.get(IDEMPOTENCY_HEADER) if sandbox.config.idempotency else None
    store = sandbox.store
    play_deadlines(sandbox)
    with store.transaction():
        if key is not None:
            seen = store.processed(caller_of(principal), "works:" + key)
            if seen is not None and seen[2] == body_hash(body):
                return web.Response(
                    body=seen[1],
                    status=seen[0],
                    headers={
                        "Content-Type": "application/json;charset=utf-8",
                        "Idempotent-Replayed": "true",
                    },
                )
        try:
            status, payload = 200, dumps(_treat(sandbox, principal, body))
        except ApiError as exc:
            status = exc.status
            payload = dumps({"codeRetour": exc.code, "libelle": exc.libelle, **exc.extra})
        if key is not None:
            store.remember(
                caller_of(principal), "works:" + key, status, payload, store.tick(), body_hash(body)
            )
    sandbox.stats["works_treatments"] = sandbox.stats.get("works_treatments", 0) + (status == 200)
    return web.Response(
        body=payload, status=status, headers={"Content-Type": "application/json;charset=utf-8"}
    )
