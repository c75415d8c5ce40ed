"""Supplier simulator (deposits, completions, re-deposits, duplicates, payments) and downloads."""

from __future__ import annotations

import base64
import io
import zipfile
from typing import Any

from lxml import etree

from tests.sandbox.client import CONSULT, DOWNLOAD, HISTORY, PROCESS, SEARCH, ApiClient


def _supplier(client: ApiClient, action: str, count: int) -> list[int]:
    ids: list[int] = client.admin(
        "POST", "/sandbox/admin/supplier", {"action": action, "count": count}
    )["ids"]
    return ids


def _zip(data: dict[str, Any]) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(base64.b64decode(data["fichierResultat"])))


def test_deposit_appears_in_incremental_pull(manager: ApiClient) -> None:
    newest = manager.ok(
        SEARCH, {"paramRecherche": {"nbResultatsParPage": 1, "triSens": "Descendant"}}
    )
    mark = newest["listeFactures"][0]["dateHeureEtatCourant"]
    created = _supplier(manager, "deposit", 4)
    pulled = manager.ok(
        SEARCH,
        {
            "periodeDateHeureEtatCourantDu": mark.replace("Z", "+00:00"),
            "paramRecherche": {"nbResultatsParPage": 100},
        },
    )
    assert set(created) <= {f["idFacture"] for f in pulled["listeFactures"]}
    statuses = {f["idFacture"]: f["statut"] for f in pulled["listeFactures"]}
    assert {statuses[i] for i in created} == {"MISE_A_DISPOSITION"}


def test_suspension_is_completed_with_the_requested_document(manager: ApiClient) -> None:
    target = manager.ok(
        SEARCH, {"statutCourant": "MISE_A_DISPOSITION", "paramRecherche": {"nbResultatsParPage": 1}}
    )["listeFactures"][0]
    manager.ok(
        PROCESS,
        {
            "idFacture": target["idFacture"],
            "nouveauStatut": "SUSPENDUE",
            "codeMotif": "JUSTIF_ABS",
            "commentaire": "bon de livraison manquant",
        },
    )
    before = manager.ok(CONSULT, {"identifiantFactureCPP": target["idFacture"]})["facture"]
    completed = _supplier(manager, "complete", 100)
    assert target["idFacture"] in completed
    after = manager.ok(CONSULT, {"identifiantFactureCPP": target["idFacture"]})["facture"]
    assert after["statutFacture"] == "COMPLETEE"
    added = (
        after["listeDesPiecesJointes"]["totalListePiecesJointe"]
        - before["listeDesPiecesJointes"]["totalListePiecesJointe"]
    )
    assert added == 1
    designations = [
        p["pieceJointeDesignation"] for p in after["listeDesPiecesJointes"]["pieceJointe"]
    ]
    assert any(d.startswith("BL") for d in designations), designations
    top = manager.ok(HISTORY, {"idFacture": target["idFacture"]})["historiquesDesStatuts"][
        "histoStatut"
    ][0]
    assert top["histoStatutCode"] == "COMPLETEE"


def test_rejection_is_followed_by_a_linked_redeposit(manager: ApiClient) -> None:
    target = manager.ok(
        SEARCH, {"statutCourant": "MISE_A_DISPOSITION", "paramRecherche": {"nbResultatsParPage": 1}}
    )["listeFactures"][0]
    manager.ok(
        PROCESS,
        {
            "idFacture": target["idFacture"],
            "nouveauStatut": "REJETEE",
            "codeMotif": "CMD_ERR",
            "commentaire": "EJ absent",
        },
    )
    created = _supplier(manager, "redeposit", 1000)
    successors = []
    for invoice_id in created:
        refs = manager.ok(CONSULT, {"identifiantFactureCPP": invoice_id})["facture"]["references"]
        if refs["idFactureRejeteeInitiale"] == target["idFacture"]:
            successors.append(refs)
    assert len(successors) == 1
    assert successors[0]["numeroFactureRejeteeInitiale"] == target["numeroFacture"]
    original = manager.ok(CONSULT, {"identifiantFactureCPP": target["idFacture"]})["facture"]
    assert original["pieceSuivante"]["idPieceSuivante"] in created
    assert _supplier(manager, "redeposit", 1000) == []  # each rejection is re-deposited once


def test_duplicates_are_flagged(manager: ApiClient) -> None:
    created = _supplier(manager, "duplicate", 2)
    assert len(created) == 2
    for invoice_id in created:
        facture = manager.ok(CONSULT, {"identifiantFactureCPP": invoice_id})["facture"]
        assert facture["doublonPotentiel"] is True
        same = manager.ok(SEARCH, {"numeroFacture": facture["numeroFacture"]})["listeFactures"]
        assert len(same) == 2
        assert sorted(f["doublonPotentiel"] for f in same) == [False, True]


def test_accounting_moves_mandated_invoices_to_payment(manager: ApiClient) -> None:
    paid = _supplier(manager, "pay", 3)
    assert len(paid) == 3
    for invoice_id in paid:
        detail = manager.admin("GET", f"/sandbox/admin/invoices/{invoice_id}")
        assert detail["statut"] == "MISE_EN_PAIEMENT"
        assert detail["history"][-1]["author"] == "HELIOS"


def test_download_formats_and_side_effects(manager: ApiClient) -> None:
    listing = manager.ok(
        SEARCH,
        {"factureTelechargeeParDestinataire": False, "paramRecherche": {"nbResultatsParPage": 20}},
    )["listeFactures"]
    ids = [f["idFacture"] for f in listing]
    pivot = _zip(
        manager.ok(
            DOWNLOAD,
            {
                "listeFacture": [{"idFacture": i} for i in ids],
                "format": "PIVOT",
                "avecPiecesJointesComplementaires": "OUI",
            },
        )
    )
    names = pivot.namelist()
    for invoice_id in ids:
        root = etree.fromstring(pivot.read(f"{invoice_id}/facture.xml"))
        assert "CPPFacturePivot" in root.tag
        facture = manager.ok(CONSULT, {"identifiantFactureCPP": invoice_id})["facture"]
        expected = facture["listeDesPiecesJointes"]["totalListePiecesJointe"]
        assert sum(n.startswith(f"{invoice_id}/pj/") for n in names) == expected
    assert any("/pj/" in n for n in names)
    pdf = _zip(manager.ok(DOWNLOAD, {"listeFacture": [{"idFacture": ids[0]}], "format": "PDF"}))
    assert pdf.namelist() == [f"{ids[0]}/facture.pdf"]
    assert pdf.read(f"{ids[0]}/facture.pdf").startswith(b"%PDF")
    original = _zip(
        manager.ok(DOWNLOAD, {"listeFacture": [{"idFacture": ids[0]}], "format": "XML"})
    )
    assert original.namelist()[0].startswith(f"{ids[0]}/facture.")
    marked = manager.ok(
        SEARCH,
        {"factureTelechargeeParDestinataire": True, "paramRecherche": {"nbResultatsParPage": 1000}},
    )["listeFactures"]
    assert set(ids) <= {f["idFacture"] for f in marked}
    history = manager.ok(HISTORY, {"idFacture": ids[0]})
    assert history["derniereAction"]["derniereActionCode"] == "TELECHARGEMENT_FACTURE"
    actions = history["historiquesDesActionsUtilisateurs"]
    assert actions["totalHistoAction"] == 3
    assert re_minutes(actions["histoAction"][0]["histoActionDateHeure"])


def re_minutes(text: str) -> bool:
    import re

    return re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", text) is not None


def test_download_errors(manager: ApiClient) -> None:
    some = manager.ok(SEARCH, {"paramRecherche": {"nbResultatsParPage": 1}})["listeFactures"][0]
    body = {"listeFacture": [{"idFacture": some["idFacture"]}], "format": "PIVOT"}
    response = manager.post(DOWNLOAD, {**body, "format": "DOCX"})
    assert (response.status_code, response.json()["codeRetour"]) == (400, 20006)
    manager.admin("POST", "/sandbox/admin/settings", {"downloadLimitBytes": 100})
    try:
        response = manager.post(DOWNLOAD, body)
        assert response.status_code == 413
    finally:
        manager.admin("POST", "/sandbox/admin/settings", {"downloadLimitBytes": 120 * 1024 * 1024})


def test_consult_paging_of_lines(manager: ApiClient) -> None:
    rows = manager.ok(SEARCH, {"paramRecherche": {"nbResultatsParPage": 300}})["listeFactures"]
    for row in rows:
        facture = manager.ok(
            CONSULT,
            {
                "identifiantFactureCPP": row["idFacture"],
                "rechercheLignePoste": {
                    "pageResultatDemandeeLignesPoste": 2,
                    "nbResultatsParPageLignesPoste": 2,
                },
            },
        )["facture"]
        lines = facture["lignesDePoste"]
        if lines["totalLignesPoste"] >= 4:
            assert [line["lignePosteNumero"] for line in lines["lignePoste"]] == [3, 4]
            assert lines["pagesLignesPoste"] == -(-lines["totalLignesPoste"] // 2)
            return
    raise AssertionError("no invoice with 4 lines or more")


def test_integrity_after_activity(manager: ApiClient) -> None:
    assert manager.admin("GET", "/sandbox/admin/integrity") == {"ok": True, "problems": []}
