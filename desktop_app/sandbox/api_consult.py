"""3.3 consulterFactureParRecipiendaire and 3.4 consulterHistoriqueFacture."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from aiohttp import web

from desktop_app.sandbox import approvals
from desktop_app.sandbox.codec import minute_stamp, money, num
from desktop_app.sandbox.context import (
    Paging,
    Sandbox,
    body_of,
    pages_of,
    paging,
    principal_of,
    req_int,
    sandbox_of,
)
from desktop_app.sandbox.generator.model import GeneratedInvoice, InvoiceLine, VatBreakdown
from desktop_app.sandbox.responses import OK_GCU, bad_param, json_response, unknown_invoice

MAIN_FILE_ID_BASE = 900_000_000
_UNITS = {
    "C62": "Unité",
    "HUR": "Heure",
    "KGM": "Kilogramme",
    "LTR": "Litre",
    "DAY": "Jour",
    "MTR": "Mètre",
    "MTK": "Mètre carré",
    "MTQ": "Mètre cube",
    "SET": "Lot",
    "E48": "Service",
}
_UNIT_IDS = {code: position for position, code in enumerate(_UNITS, start=1)}
_COUNTRIES = {"FR": "FRANCE", "BE": "BELGIQUE", "DE": "ALLEMAGNE", "ES": "ESPAGNE", "IT": "ITALIE"}


def visible_invoice(request: web.Request, invoice_id: int) -> sqlite3.Row:
    """The invoice row if it exists and the caller sees its service, else 20001."""
    row = sandbox_of(request).store.invoice(invoice_id)
    if row is None or row["service_id"] not in principal_of(request).services:
        raise unknown_invoice()
    return row


def _page(items: list[Any], page: Paging, key: Any = None) -> list[Any]:
    ordered = (
        sorted(items, key=key, reverse=page.descending)
        if key
        else (list(reversed(items)) if page.descending else items)
    )
    return ordered[page.offset : page.offset + page.size]


def _line(line: InvoiceLine) -> dict[str, Any]:
    vat = (line.net_amount * line.vat_rate / 100).quantize(Decimal("0.01"))
    return {
        "lignePosteNumero": line.number,
        "lignePosteReference": line.item_reference,
        "lignePosteDenomination": line.description,
        "lignePosteQuantite": num(line.quantity),
        # An integer (an id of the platform's unit list) in go-choruspro's LignePoste and a C#
        # client's model generated from an answer; the UN/ECE code stays in the libelle lookup.
        "lignePosteUniteCode": _UNIT_IDS.get(line.unit_code, 0),
        "lignePosteUniteLibelle": _UNITS.get(line.unit_code, line.unit_code),
        "lignePosteMontantUnitaireHT": num(line.unit_price),
        "lignePosteMontantRemiseHT": num("0.00"),
        "lignePosteMontantHtApresRemise": money(line.net_amount),
        "lignePosteTauxTva": f"TVA{line.vat_rate.normalize():f}",
        "lignePosteTauxTvaManuel": num(line.vat_rate),
        "lignePosteMontantTva": money(vat),
        "lignePosteMontantTtcApresRemise": money(line.net_amount + vat),
    }


def _vat(entry: VatBreakdown, position: int) -> dict[str, Any]:
    return {
        "ligneTvaTauxRefId": position,
        "ligneTvaTauxRefCode": f"TVA{entry.rate.normalize():f}",
        "ligneTvaTauxRefLibelle": f"{entry.rate.normalize():f} %",
        "ligneTvaTauxRefValeur": num(entry.rate),
        "ligneTvaTauxManuel": num(entry.rate),
        "ligneTvaMontantBaseHtParTaux": money(entry.taxable_amount),
        "ligneTvaMontantTvaParTaux": money(entry.tax_amount),
    }


def _bank(iban: str | None, bic: str | None, supplier_id: int) -> dict[str, Any]:
    bank = iban or ""
    french = bank.startswith("FR") and len(bank) == 27
    return {
        "coordBancairesFournisseurId": supplier_id + 1 if iban else None,
        "coordBancairesFournisseurType": "IBAN" if iban else None,
        "coordBancairesFournisseurCodePays": bank[:2] or None,
        "coordBancairesFournisseurCompteBancaire": iban,
        "coordBancairesFournisseurCleIban": bank[2:4] or None,
        "coordBancairesBicSwift": bic,
        "coordBancairesFournisseurCodeBanque": bank[4:9] if french else None,
        "coordBancairesCodeGuichet": bank[9:14] if french else None,
        "coordBancairesFournisseurCleRib": bank[25:27] if french else None,
        "coordBancairesFournisseurLibelle": "Compte principal" if iban else None,
    }


def _frame(invoice: GeneratedInvoice) -> dict[str, Any]:
    frame: dict[str, Any] = {"codeCadreFacturation": invoice.frame}
    for key in (
        "codeServiceMoa",
        "codeServiceMoe",
        "idMoa",
        "idMoe",
        "idServiceMoa",
        "idServiceMoe",
        "identifiantMoa",
        "identifiantMoe",
        "designationMoa",
        "designationMoe",
        "raisonSocialeMoa",
        "raisonSocialeMoe",
    ):
        frame[key] = None
    contractor = invoice.main_contractor
    for n in (1, 2):
        validator = contractor if n == 1 else None
        frame[f"idValideur{n}"] = None
        frame[f"codeValideur{n}"] = validator.siret if validator else None
        frame[f"nomValideur{n}"] = None
        frame[f"prenomValideur{n}"] = None
        frame[f"raisonSocialeValideur{n}"] = validator.name if validator else None
        frame[f"dateValidation{n}"] = invoice.deposit_date.isoformat() if validator else None
        frame[f"typeIdentifiantValideur{n}"] = "SIRET" if validator else None
    return frame


def consult_payload(
    sandbox: Sandbox, row: sqlite3.Row, invoice: GeneratedInvoice, body: dict[str, Any]
) -> dict[str, Any]:
    """The ``facture`` block of 3.3."""
    structure = sandbox.structures[row["structure_id"]]
    service = sandbox.services[row["service_id"]]
    supplier = invoice.supplier
    lines_page = paging(
        body.get("rechercheLignePoste"),
        "pageResultatDemandeeLignesPoste",
        "nbResultatsParPageLignesPoste",
        "triColonneListeLignesPoste",
        "triSensListeLignesPoste",
    )
    pj_page = paging(
        body.get("recherchePj"),
        "pageResultatDemandeeListePieceJointe",
        "nbResultatsParPageListePieceJointe",
        "triColonneListePiecesJointes",
        "triSensListePiecesJointes",
    )
    vat_page = paging(
        body.get("rechercheligneTvaRecap"),
        "pageResultatDemandeeListeRecapitulatifTVA",
        "nbResultatsParPageListeListeRecapitulatifTVA",
        "triColonneListeRecapitulatifTVA",
        "triSensListeRecapitulatifTVA",
    )
    attachments = [
        {
            "pieceJointeId": a.attachment_id,
            "pieceJointeIdLiaison": position + 2,
            "pieceJointeDesignation": a.designation,
            "pieceJointeExtension": a.extension,
            "pieceJointeTypeCode": a.type_code,
            "pieceJointeTypeLibelle": a.type_code.replace("_", " ").capitalize(),
            "pieceJointeNumeroLigneFacture": None,
        }
        for position, a in enumerate(invoice.attachments)
    ]
    first = sandbox.store.db.execute(
        "SELECT MIN(at_ms) FROM status_history WHERE invoice_id = ?", (row["id"],)
    ).fetchone()[0]
    return {
        "identifiantFactureCPP": row["id"],
        "numeroFacture": row["numero"],
        "statutFacture": row["statut"],
        "modeDepot": row["mode_depot"],
        "commentaire": row["commentaire_etat"],
        "doublonPotentiel": bool(row["doublon"]),
        "cadreDeFacturation": _frame(invoice),
        "destinataire": {
            "idDestinataire": structure["id"],
            "codeDestinataire": structure["siret"],
            "libelleDestinataire": structure["name"],
            "idServiceExecutant": service["id"],
            "codeServiceExecutant": service["code"],
            "libelleServiceExecutant": service["name"],
            "destinataireEtat": "OUI" if structure["state_entity"] else "NON",
            "adresseDestinataireId": structure["id"] + 1,
            "adresseDestinataireDetail": structure["street"],
            "adresseDestinataireComplement1": None,
            "adresseDestinataireComplement2": None,
            "adresseDestinataireCodePostal": structure["postcode"],
            "adresseDestinataireVille": structure["city"],
            "adresseDestinataireCodePays": structure["country"],
            "adresseDestinataireLibellePays": _COUNTRIES.get(
                structure["country"], structure["country"]
            ),
        },
        "fournisseur": {
            "idFournisseur": row["fournisseur_id"],
            "codeFournisseur": supplier.siret,
            "typeIdentifiantFournisseur": "SIRET",
            "designationFournisseur": supplier.name,
            "idServiceFournisseur": None,
            "codeServiceFournisseur": None,
            "libelleServiceFournisseur": None,
            "numeroRcsFournisseur": f"RCS {supplier.city} {supplier.siret[:9]}"
            if supplier.city
            else None,
            "adresseFournisseurId": row["fournisseur_id"] + 2,
            "adresseFournisseurDetail": supplier.street,
            "adresseFournisseurComplement1": None,
            "adresseFournisseurComplement2": None,
            "adresseFournisseurCodePostal": supplier.postcode,
            "adresseFournisseurVille": supplier.city,
            "adresseFournisseurCodePays": supplier.country,
            "adresseFournisseurLibellePays": _COUNTRIES.get(supplier.country, supplier.country),
            **_bank(supplier.iban, supplier.bic, row["fournisseur_id"]),
            "affactureur": {
                "affactureurId": None,
                "affactureurCode": None,
                "affactureurCodePays": None,
                "affactureurRaisonSociale": None,
                "affactureurTypeIdentifiant": None,
            },
        },
        "references": {
            "typeFacture": invoice.invoice_type,
            "typeFactureTravaux": None,
            "typeTva": invoice.vat_regime,
            "codeDeviseFacture": invoice.currency,
            "libelleDeviseFacture": "Euro" if invoice.currency == "EUR" else invoice.currency,
            "dateFacture": invoice.issue_date.isoformat(),
            "dateDepot": invoice.deposit_date.isoformat(),
            "dateCreationFacture": minute_stamp(first) if first else None,
            "dateEcheancePaiement": invoice.due_date.isoformat() if invoice.due_date else None,
            "modePaiement": invoice.payment_means,
            "numeroBonCommande": invoice.engagement_number,
            "numeroMarche": invoice.contract_number,
            "numeroDpMandat": _mandate_number(sandbox, row["id"]),
            "numeroFactureOrigine": invoice.preceding_invoice_number,
            "motifExonerationTva": next(
                (v.exemption_reason for v in invoice.vat_breakdown if v.exemption_reason), None
            ),
            "libelleMotifExonerationTva": None,
            "tailleTotalePiecesJointes": sum(len(a.content) for a in invoice.attachments),
            "idFactureRejeteeInitiale": invoice.replaces_rejected_id,
            "numeroFactureRejeteeInitiale": invoice.replaces_rejected_number,
        },
        "montantTotal": {
            "montantHtTotal": money(invoice.total_excl_vat),
            "montantTVA": money(invoice.total_vat),
            "montantTtcAvantRemiseGlobalTTC": money(invoice.total_incl_vat),
            "montantRemiseGlobaleTTC": money(Decimal(0)),
            "motifRemiseGlobaleTTC": None,
            "montantTtcTotal": money(invoice.total_incl_vat),
            "montantAPayer": money(invoice.amount_due),
        },
        "lignesDePoste": {
            "lignePoste": [_line(line) for line in _page(list(invoice.lines), lines_page)],
            "pageCouranteLignesPoste": lines_page.page,
            "pagesLignesPoste": pages_of(len(invoice.lines), lines_page.size),
            "nbResultatsParPageLignesPoste": lines_page.size,
            "totalLignesPoste": len(invoice.lines),
        },
        "recapitulatifDeTva": {
            "ligneTva": [_vat(v, i + 1) for i, v in enumerate(invoice.vat_breakdown)][
                vat_page.offset : vat_page.offset + vat_page.size
            ],
            "pageCouranteLignesRecapitulativesTVA": vat_page.page,
            "pagesLignesRecapitulativesTVA": pages_of(len(invoice.vat_breakdown), vat_page.size),
            "nbResultatsParPageLignesRecapitulativesTVA": vat_page.size,
            "totalLignesRecapitulativesTVA": len(invoice.vat_breakdown),
        },
        "pieceJointePrincipale": {
            "idPieceJointePrincipale": MAIN_FILE_ID_BASE + row["id"] % 100_000_000,
            "idLiaisonPieceJointePrincipale": 1,
        },
        "listeDesPiecesJointes": {
            "pieceJointe": _page(attachments, pj_page),
            "pageCouranteListePiecesJointe": pj_page.page,
            "pagesListePiecesJointe": pages_of(len(attachments), pj_page.size),
            "nbResultatsParPageListePiecesJointe": pj_page.size,
            "totalListePiecesJointe": len(attachments),
        },
        "piecePrecedente": {
            "idPiecePrecedente": invoice.replaces_rejected_id,
            "numeroPiecePrecedente": invoice.replaces_rejected_number
            or invoice.preceding_invoice_number,
            "cadreFacturationPiecePrecedente": invoice.frame
            if invoice.replaces_rejected_id
            else None,
            "idDestinatairePiecePrecedente": structure["id"]
            if invoice.replaces_rejected_id
            else None,
        },
        "pieceSuivante": _next_piece(sandbox, row["id"]),
    }


def _mandate_number(sandbox: Sandbox, invoice_id: int) -> str | None:
    row = sandbox.store.db.execute(
        "SELECT mandate_number FROM status_history WHERE invoice_id = ? AND mandate_number "
        "IS NOT NULL ORDER BY at_ms DESC LIMIT 1",
        (invoice_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def _next_piece(sandbox: Sandbox, invoice_id: int) -> dict[str, Any]:
    row = sandbox.store.db.execute(
        "SELECT id, numero, cadre FROM invoices WHERE rejetee_id = ? ORDER BY id LIMIT 1",
        (invoice_id,),
    ).fetchone()
    return {
        "idPieceSuivante": row["id"] if row else None,
        "numeroPieceSuivante": row["numero"] if row else None,
        "cadreFacturationPieceSuivante": row["cadre"] if row else None,
    }


async def consult(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/consulter/recipiendaire"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    invoice_id = req_int(body, "identifiantFactureCPP")
    language = body.get("codeLangue")
    if language not in (None, "FR", "EN", "fr", "en"):
        raise bad_param("codeLangue")
    row = visible_invoice(request, invoice_id)
    invoice = sandbox.source.load(sandbox.store, invoice_id)
    facture = consult_payload(sandbox, row, invoice, body)
    return json_response({"codeRetour": 0, "libelle": OK_GCU, "facture": facture})


# --- 3.4 history ---

_HISTO_SORT = {"HistoStatutDatePassage": "at_ms", "HistoStatutCode": "code"}
_ACTION_SORT = {"HistoActionDateHeure": "at_ms", "HistoActionCode": "code"}
_EVENT_SORT = {"EvenementDateHeure": "at_ms", "EvenementLibelle": "libelle"}


def _people(sandbox: Sandbox) -> dict[str, sqlite3.Row]:
    return sandbox.people


def _block(
    sandbox: Sandbox, table: str, invoice_id: int, page: Paging, sort: dict[str, str]
) -> tuple[list[sqlite3.Row], int]:
    column = (
        sort.get(page.column or "", "at_ms") if page.column is None or page.column in sort else None
    )
    if column is None:
        raise bad_param(f"triColonne {page.column!r} unknown")
    sense = "DESC" if page.descending else "ASC"
    db = sandbox.store.db
    rows = db.execute(
        f"SELECT * FROM {table} WHERE invoice_id = ? ORDER BY {column} {sense}, id {sense} "
        "LIMIT ? OFFSET ?",
        (invoice_id, page.size, page.offset),
    ).fetchall()
    if page.offset == 0 and len(rows) < page.size:
        return rows, len(rows)  # the whole list fits in the first page: no COUNT needed
    total = db.execute(
        f"SELECT COUNT(*) FROM {table} WHERE invoice_id = ?", (invoice_id,)
    ).fetchone()[0]
    return rows, total


def _person(people: dict[str, sqlite3.Row], login: str, prefix: str) -> dict[str, Any]:
    person = people.get(login)
    return {
        f"{prefix}Nom": person["last_name"] if person else login,
        f"{prefix}Prenom": person["first_name"] if person else None,
        f"{prefix}Email": person["email"] if person else None,
        f"{prefix}Telephone": person["phone"] if person else None,
    }


def history_payload(sandbox: Sandbox, row: sqlite3.Row, body: dict[str, Any]) -> dict[str, Any]:
    """The 3.4 answer for one invoice row."""
    invoice_id = row["id"]
    people = _people(sandbox)
    p_status = paging(
        body.get("paramRechercheHistoStatuts"),
        "pageResultatDemandeeListeHistoStatut",
        "nbResultatsParPageListeHistoStatut",
        "triColonneListeHistoStatut",
        "triSensListeHistoStatut",
        default_size=50,
        default_descending=True,
    )
    p_action = paging(
        body.get("paramRechercheHistoActionsUtilisateurs"),
        "pageResultatDemandeeListeHistoAction",
        "nbResultatsParPageListeHistoAction",
        "triColonneListeHistoAction",
        "triSensListeHistoAction",
        default_size=50,
        default_descending=True,
    )
    p_event = paging(
        body.get("paramRechercheHistoEvenementsComplementaires"),
        "pageResultatDemandeeListeHistoEvenement",
        "nbResultatsParPageListeHistoEvenement",
        "triColonneListeHistoEvenement",
        "triSensListeHistoEvenement",
        default_size=50,
        default_descending=True,
    )
    statuses, n_status = _block(sandbox, "status_history", invoice_id, p_status, _HISTO_SORT)
    actions, n_action = _block(sandbox, "action_history", invoice_id, p_action, _ACTION_SORT)
    events, n_event = _block(sandbox, "events", invoice_id, p_event, _EVENT_SORT)
    last_action: sqlite3.Row | None = None
    if n_action and p_action.page == 1 and p_action.descending and p_action.column is None:
        last_action = actions[0]
    elif n_action:
        last_action = sandbox.store.db.execute(
            "SELECT id, code FROM action_history WHERE invoice_id = ? "
            "ORDER BY at_ms DESC, id DESC LIMIT 1",
            (invoice_id,),
        ).fetchone()
    histo = []
    approved = approvals.records_of(sandbox, invoice_id)
    for entry in statuses:
        item: dict[str, Any] = {
            "histoStatutId": entry["id"],
            "histoStatutCode": entry["code"],
            "histoStatutDatePassage": minute_stamp(entry["at_ms"]),
            "histoStatutCommentaire": entry["comment"],
            **_person(people, entry["author"], "histoStatutUtilisateur"),
            "histoStatutCodeMotif": entry["motif_code"],
        }
        if entry["mandate_number"] is not None or entry["code"] == "MANDATEE":
            item["histoStatutNumeroDPMandat"] = entry["mandate_number"]
            item["histoStatutMontantDPMandat"] = money(entry["mandate_amount"])
        if entry["at_ms"] in approved:  # project extension: who approved, for whom
            item["histoStatutApprobation"] = approved[entry["at_ms"]]
        histo.append(item)
    return {
        "codeRetour": 0,
        "libelle": OK_GCU,
        "idFacture": invoice_id,
        "numeroFacture": row["numero"],
        "modeDepot": row["mode_depot"],
        "statutCourantCode": row["statut"],
        "derniereAction": {
            "derniereActionId": last_action["id"] if last_action else None,
            "derniereActionCode": last_action["code"] if last_action else None,
        },
        "historiquesDesStatuts": {
            "histoStatut": histo,
            "pageCouranteHistoStatut": p_status.page,
            "pagesHistoStatut": pages_of(n_status, p_status.size),
            "nbResultatsParPageHistoStatut": p_status.size,
            "totalHistoStatut": n_status,
        },
        "historiquesDesActionsUtilisateurs": {
            "histoAction": [
                {
                    "histoActionId": a["id"],
                    "histoActionCode": a["code"],
                    "histoActionDateHeure": minute_stamp(a["at_ms"]),
                    **_person(people, a["author"], "histoActionUtilisateur"),
                }
                for a in actions
            ],
            "pageCouranteHistoAction": p_action.page,
            "pagesHistoAction": pages_of(n_action, p_action.size),
            "nbResultatsParPageHistoAction": p_action.size,
            "totalHistoAction": n_action,
        },
        "historiquesDesEvenementsComplementaires": {
            "evenement": [
                {
                    "evenementId": e["id"],
                    "evenementLibelle": e["libelle"],
                    "evenementQui": e["qui"],
                    "evenementDateHeure": minute_stamp(e["at_ms"]),
                }
                for e in events
            ],
            "pageCouranteEvenement": p_event.page,
            "pagesEvenement": pages_of(n_event, p_event.size),
            "nbResultatsParPageEvenement": p_event.size,
            "totalEvenement": n_event,
        },
    }


async def history(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/consulter/historique"""
    body = body_of(request)
    sandbox = sandbox_of(request)
    row = sandbox.store.invoice_head(req_int(body, "idFacture"))  # no need of every column
    if row is None or row["service_id"] not in principal_of(request).services:
        raise unknown_invoice()
    return json_response(history_payload(sandbox, row, body))
