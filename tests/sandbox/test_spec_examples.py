"""Every JSON example of the contract is replayed against the sandbox; answers have its keys."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.sandbox.app import ROUTES, legacy_path
from tests.sandbox.client import (
    CONSULT,
    DOWNLOAD,
    HISTORY,
    PROCESS,
    SEARCH,
    TO_PROCESS,
    ApiClient,
    first_invoice,
)


@pytest.fixture(scope="module")
def examples(spec_dir: Path) -> list[Any]:
    text = (spec_dir / "chorus-pro-recipient-api.md").read_text(encoding="utf-8")
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.S)]


def example(examples: list[Any], *keys: str) -> Any:
    """The first example whose top level has all ``keys``."""
    for block in examples:
        if isinstance(block, dict) and all(k in block for k in keys):
            return block
    raise LookupError(keys)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def assert_same_shape(expected: Any, actual: Any, where: str = "$") -> None:
    """``actual`` has every key of ``expected`` (recursively), with the same JSON kinds."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: object expected, got {actual!r}"
        missing = sorted(set(expected) - set(actual))
        assert not missing, f"{where}: missing keys {missing}"
        for key, value in expected.items():
            assert_same_shape(value, actual[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: list expected"
        assert actual, f"{where}: non-empty list expected"
        merged_expected = {
            k: v for item in expected if isinstance(item, dict) for k, v in item.items()
        }
        merged_actual = {k: v for item in actual if isinstance(item, dict) for k, v in item.items()}
        if merged_expected:
            assert_same_shape(merged_expected, merged_actual, f"{where}[]")
    elif expected is not None and actual is not None:
        assert _kind(expected) == _kind(actual), f"{where}: {actual!r} is not like {expected!r}"


def test_search_example(examples: list[Any], manager: ApiClient) -> None:
    request = dict(example(examples, "typeDemandePaiement", "paramRecherche"))
    response = example(examples, "listeFactures")
    some = first_invoice(manager)
    request["idDestinataire"] = some["idDestinataire"]
    request["periodeDateHeureEtatCourantDu"] = "2020-01-01"
    request["periodeDateHeureEtatCourantAu"] = "2030-12-31T23:59:59"
    data = manager.ok(SEARCH, request)
    assert_same_shape(response, data)
    assert data["nbResultatsParPage"] == 500
    stamps = [f["dateHeureEtatCourant"] for f in data["listeFactures"]]
    assert stamps == sorted(stamps)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s) for s in stamps)


def test_search_to_process_example(examples: list[Any], manager: ApiClient) -> None:
    request = dict(example(examples, "parametreRechercheFactureATraiterParRecipiendaire"))
    request["idStructure"] = first_invoice(manager)["idDestinataire"]
    data = manager.ok(TO_PROCESS, request)
    assert_same_shape(example(examples, "listeFactures"), data)
    assert {f["statut"] for f in data["listeFactures"]} <= {"MISE_A_DISPOSITION", "COMPLETEE"}
    assert data["nbResultatsParPage"] == 50


def test_consult_example(examples: list[Any], manager: ApiClient) -> None:
    request = dict(example(examples, "identifiantFactureCPP", "recherchePj"))
    some = first_invoice(manager)
    request["identifiantFactureCPP"] = some["idFacture"]
    data = manager.ok(CONSULT, request)
    assert_same_shape(example(examples, "facture"), data)
    facture = data["facture"]
    assert facture["identifiantFactureCPP"] == some["idFacture"]
    assert facture["listeDesPiecesJointes"]["nbResultatsParPageListePiecesJointe"] == 50
    for block in ("idFactureRejeteeInitiale", "numeroFactureRejeteeInitiale", "numeroDpMandat"):
        assert block in facture["references"]


def test_process_history_and_refusal_examples(examples: list[Any], manager: ApiClient) -> None:
    reject = dict(example(examples, "nouveauStatut", "codeMotif"))
    candidates = manager.ok(
        SEARCH,
        {"statutCourant": ["MISE_A_DISPOSITION"], "paramRecherche": {"nbResultatsParPage": 2}},
    )["listeFactures"]
    reject["idFacture"] = candidates[0]["idFacture"]
    answer = manager.ok(PROCESS, reject)
    assert_same_shape(example(examples, "dateTraitement"), answer)
    assert answer["nouveauStatut"] == "REJETEE"

    mandate = dict(example(examples, "numeroDPMandat", "montantDPMandat"))
    mandate["idFacture"] = candidates[1]["idFacture"]
    assert manager.ok(PROCESS, mandate)["codeRetour"] == 0

    history_request = dict(example(examples, "idFacture", "paramRechercheHistoStatuts"))
    history_request["idFacture"] = mandate["idFacture"]
    history = manager.ok(HISTORY, history_request)
    assert_same_shape(example(examples, "historiquesDesStatuts"), history)
    top = history["historiquesDesStatuts"]["histoStatut"][0]
    assert top["histoStatutCode"] == "MANDATEE"
    assert top["histoStatutNumeroDPMandat"] == "2026-001873"
    assert top["histoStatutMontantDPMandat"] == 1500.00
    assert "Mandat n° 2026-001873 — 1500.00 EUR" in top["histoStatutCommentaire"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", top["histoStatutDatePassage"])

    refused = example(examples, "codeRetour", "libelle")
    refused = next(b for b in examples if isinstance(b, dict) and b.get("codeRetour") == 20002)
    response = manager.post(
        PROCESS, {"idFacture": reject["idFacture"], "nouveauStatut": "SERVICE_FAIT"}
    )
    assert response.status_code == 400
    assert response.json() == refused


def test_download_examples(examples: list[Any], manager: ApiClient) -> None:
    some = first_invoice(manager)
    request = dict(example(examples, "listeFacture", "format"))
    request["listeFacture"] = [{"idFacture": some["idFacture"]}]
    data = manager.ok(DOWNLOAD, request)
    assert_same_shape(example(examples, "fichierResultat"), data)
    names = zipfile.ZipFile(io.BytesIO(base64.b64decode(data["fichierResultat"]))).namelist()
    assert f"{some['idFacture']}/facture.xml" in names

    request = json.loads(json.dumps(example(examples, "objetPieceJointe")))
    request["demandePaiement"]["listeFacture"] = [{"idFacture": some["idFacture"]}]
    data = manager.ok("/cpro/transverses/v1/telecharger/pieceJointe", request)
    assert_same_shape(example(examples, "pieceJointe"), data)


def test_reference_examples(examples: list[Any], manager: ApiClient) -> None:
    structure = first_invoice(manager)["idDestinataire"]
    request = dict(example(examples, "parametresRechercherServicesStructure"))
    request["idStructure"] = structure
    data = manager.ok("/cpro/structures/v1/rechercher/services", request)
    assert_same_shape(example(examples, "listeServices"), data)

    data = manager.ok("/cpro/transverses/v1/recuperer/structures/actives/destinataire", {})
    assert_same_shape(example(examples, "listeStructures"), data)

    data = manager.ok(
        "/cpro/transverses/v1/recuperer/etats/traitement", example(examples, "statutCourant")
    )
    expected = example(examples, "listeStatutsPossiblesPourTraitement")
    assert_same_shape(expected, data)
    listed = [
        s["statutPossiblePourTraitement"] for s in data["listeStatutsPossiblesPourTraitement"]
    ]
    from_spec = [
        s["statutPossiblePourTraitement"] for s in expected["listeStatutsPossiblesPourTraitement"]
    ]
    assert set(from_spec) <= set(listed)
    assert set(listed) - set(from_spec) == {"SERVICE_FAIT"}

    data = manager.ok(
        "/cpro/transverses/v1/recuperer/motifs/rejet/recue", example(examples, "statutCible")
    )
    assert_same_shape(example(examples, "listeMotifs"), data)
    assert "JUSTIF_ABS" in {m["codeMotif"] for m in data["listeMotifs"]}


MINIMAL_BODIES: dict[str, dict[str, Any]] = {
    "transverses/v1/recuperer/etats/traitement": {"statutCourant": "COMPLETEE"},
    "transverses/v1/recuperer/etat/typedp": {"typeDemandePaiement": "FACTURE"},
    "transverses/v1/ajouter/fichier": {
        "pieceJointeFichier": base64.b64encode(b"hello").decode(),
        "pieceJointeNom": "note",
        "pieceJointeTypeMime": "text/plain",
        "pieceJointeExtension": "TXT",
    },
    "transverses/v1/telecharger/pieceJointe": {"objetPieceJointe": "DEMANDE_PAIEMENT"},
}


WORKS_ROLE_ONLY = {"facturesTravaux/v1/consulter", "facturesTravaux/v1/traiter"}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_every_route_answers_on_both_path_shapes(route: str, manager: ApiClient) -> None:
    some = first_invoice(manager)
    body: dict[str, Any] = json.loads(json.dumps(MINIMAL_BODIES.get(route, {})))
    ids = {
        "idFacture": some["idFacture"],
        "identifiantFactureCPP": some["idFacture"],
        "idStructure": some["idDestinataire"],
        "idStructureCPP": some["idDestinataire"],
        "idService": some["idServiceExecutant"],
        "listeFacture": [{"idFacture": some["idFacture"]}],
    }
    wanted = {
        "factures/v1/consulter/recipiendaire": ["identifiantFactureCPP"],
        "factures/v1/consulter/historique": ["idFacture"],
        "factures/v1/traiter/recue": ["idFacture"],
        "factures/v1/telecharger/groupe": ["listeFacture"],
        "structures/v1/rechercher/services": ["idStructure"],
        "structures/v1/consulter/service": ["idStructure", "idService"],
        "structures/v1/consulter": ["idStructureCPP"],
        "structures/v1/lister/rattachementsutilisateur": ["idStructure"],
    }.get(route, [])
    for key in wanted:
        body[key] = ids[key]
    if route == "factures/v1/traiter/recue":
        body["nouveauStatut"] = some["statut"]  # idempotent replay: no change
    if route == "transverses/v1/telecharger/pieceJointe":
        body["demandePaiement"] = {"listeFacture": ids["listeFacture"], "format": "PIVOT"}
    for path in ("/cpro/" + route, legacy_path(route)):
        response = manager.post(path, body)
        if route in WORKS_ROLE_ONLY:  # the manager has no works role (MOE / MOA)
            assert response.status_code == 403, (path, response.text)
            assert response.json()["codeRetour"] == 20040
            continue
        assert response.status_code == 200, (path, response.text)
        data = response.json()
        assert data["codeRetour"] in (0, 20000, 20007), (path, data)
        assert "libelle" in data


def test_works_search_answers_no_result(manager: ApiClient) -> None:
    data = manager.ok("/cpro/facturesTravaux/v1/rechercher", {"roleUtilisateur": "DESTINATAIRE"})
    assert data == {"codeRetour": 20007, "libelle": "GFT_MSG_01.075"}
