"""Strict mode, JSON refusals of unknown paths, and the request intake (auth before the body,
413 early), on a real TLS sandbox in PISTE mode (plus the module's certificate-mode one)."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.sandbox.server import ThreadedSandbox
from desktop_app.sandbox.strict import KNOWN, unknown_keys
from tests.sandbox.client import SEARCH, ApiClient
from tests.sandbox.conftest import start

LIMIT = 2 * 1024 * 1024
UPLOAD = "/cpro/transverses/v1/ajouter/fichier"


@pytest.fixture(scope="module")
def piste(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedSandbox]:
    """A small strict PISTE sandbox whose request limit is 2 MiB."""
    running = start(
        tmp_path_factory.mktemp("piste"),
        invoices=20,
        mode="piste",
        strict=True,
        request_limit_bytes=LIMIT,
    )
    yield running
    running.stop()


@pytest.fixture(scope="module")
def lax(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedSandbox]:
    """The same without strict mode (what a user gets by default)."""
    running = start(tmp_path_factory.mktemp("lax"), invoices=20, mode="piste", strict=False)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def tech(piste: ThreadedSandbox) -> Iterator[ApiClient]:
    client = ApiClient(piste.info, None, account="TECH_IDESK")
    yield client
    client.close()


def test_the_test_suite_runs_strict(server: ThreadedSandbox) -> None:
    assert server.sandbox.config.strict  # tests/conftest.py sets INVOICE_DESK_SANDBOX_STRICT=1


def test_unknown_top_level_key_is_refused_in_french(tech: ApiClient) -> None:
    response = tech.post(SEARCH, {"typeDemandePaiement": "FACTURE", "idDestinatair": 1})
    assert response.status_code == 400
    data = response.json()
    assert data["codeRetour"] == 20011
    assert data["libelle"] == "Paramètre inconnu pour ce service : « idDestinatair »."


def test_misspelt_paging_key_is_refused(tech: ApiClient) -> None:
    response = tech.post(SEARCH, {"paramRecherche": {"nbResultatParPage": 5}})
    assert (response.status_code, response.json()["codeRetour"]) == (400, 20011)
    assert "paramRecherche.nbResultatParPage" in response.json()["libelle"]


def test_lax_sandbox_ignores_the_same_typo(lax: ThreadedSandbox) -> None:
    client = ApiClient(lax.info, None, account="TECH_IDESK")
    try:
        response = client.post(SEARCH, {"idDestinatair": 1})
    finally:
        client.close()
    assert response.status_code == 200


def test_legacy_and_extension_keys_are_known(tech: ApiClient) -> None:
    data = tech.ok(
        SEARCH,
        {"idUtilisateurCourant": 0, "idEspace": 0, "paramRecherche": {"nbResultatsParPage": 1}},
    )
    assert data["codeRetour"] == 0
    ipm5 = {
        "idFacture": 1,
        "nouveauStatut": "REJETEE",
        "motif": "m",
        "codeMotif": "AUTRE",
        "commentaire": "c",
        "numeroDPMandat": "1",
        "montantDPMandat": "1.00",
        "idUtilisateurCourant": 0,
    }
    assert unknown_keys("factures/v1/traiter/recue", ipm5) == []


def test_go_choruspro_request_keys_are_known() -> None:
    """Every key go-choruspro@7246a6d sends to a service the sandbox serves (its Options
    structs, zero values included) is known (a sample per service, copied from its source)."""
    sent: dict[str, dict[str, Any]] = {
        "structures/v1/consulter": {"codeLangue": "", "idStructure": 1},
        "structures/v1/consulter/service": {"codeLangue": "", "idService": 1, "idStructure": 1},
        "structures/v1/rechercher": {
            "parametres": None,
            "restreindreStructuresPrivees": False,
            "structure": {},
        },
        "structures/v1/rechercher/services": {
            "idUtilisateurCourant": 0,
            "idStructure": 1,
            "parametresRechercherServicesStructure": None,
        },
        "factures/v1/consulter/historique": {
            "idEspace": 0,
            "idFacture": 1,
            "idUtilisateurCourant": 0,
            "paramRechercheHistoActionsUtilisateurs": {
                "nbResultatsParPageListeHistoAction": 0,
                "pageResultatDemandeeListeHistoAction": 0,
                "triColonneListeHistoAction": "",
                "triSensListeHistoAction": "",
            },
            "paramRechercheHistoEvenementsComplementaires": None,
            "paramRechercheHistoStatuts": None,
        },
        "factures/v1/traiter/recue": {
            "idFacture": 1,
            "idUtilisateurCourant": 0,
            "motif": "",
            "nouveauStatut": "",
            "numeroDPMandat": "",
        },
        "structures/v1/lister/rattachementsutilisateur": {
            "adresseEmailConnexionUtilisateur": "",
            "idStructure": 1,
            "idUtilisateur": 0,
            "identifiantStructure": "",
            "parametresListerRattachementsStructureUtilisateur": None,
            "typeIdentifiantStructure": "",
        },
        "transverses/v1/rechercher/pj/structure": {"idStructureCPP": 1},
        "transverses/v1/rechercher/pj/moncompte": {"pieceJointeTypeId": 0},
    }
    for route, body in sent.items():
        assert route in KNOWN
        assert unknown_keys(route, body) == [], route


def test_unknown_path_answers_json_404(tech: ApiClient) -> None:
    response = tech.post("/cpro/factures/v1/rechercher/inexistant", {})
    assert response.status_code == 404
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json() == {
        "codeRetour": 20030,
        "libelle": "Service inconnu : POST /cpro/factures/v1/rechercher/inexistant.",
    }


def test_wrong_method_answers_json_405(tech: ApiClient) -> None:
    response = tech.http.get(SEARCH)
    assert response.status_code == 405
    assert response.json()["codeRetour"] == 20031
    assert "POST" in response.json()["libelle"]


def test_announced_body_over_the_limit_is_413_json(tech: ApiClient) -> None:
    body = b"x" * (LIMIT + 1)
    response = tech.raw(UPLOAD, body, tech.headers(body, UPLOAD))
    assert response.status_code == 413
    assert response.json()["codeRetour"] == 20032
    assert "2 Mo" in response.json()["libelle"]


def test_chunked_body_over_the_limit_is_413(tech: ApiClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(3):
            yield b" " * (1024 * 1024)

    headers = tech.headers(b"", UPLOAD)
    response = tech.http.post(UPLOAD, content=chunks(), headers=headers)
    assert response.status_code == 413
    assert response.json()["codeRetour"] == 20032


def _tls_socket(info: dict[str, Any]) -> ssl.SSLSocket:
    context = ssl.create_default_context(cafile=info["caCert"])
    raw = socket.create_connection(("127.0.0.1", int(info["port"])), timeout=10)
    return context.wrap_socket(raw, server_hostname="127.0.0.1")


def test_unauthenticated_upload_is_refused_before_its_body_is_sent(piste: ThreadedSandbox) -> None:
    """Headers announcing 1.5 MiB, no token, and NOT ONE byte of body: the 401 must come
    anyway. Before the fix the sandbox waited for (and held) the whole body first."""
    with _tls_socket(piste.info) as conn:
        conn.sendall(
            (
                f"POST {UPLOAD} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\n"
                f"Content-Length: {LIMIT * 3 // 4}\r\n\r\n"
            ).encode("ascii")
        )
        started = time.monotonic()
        head = conn.recv(4096).decode("latin-1")
    assert head.startswith("HTTP/1.1 401"), head
    assert '"codeRetour":90010' in head.replace(" ", "")
    assert time.monotonic() - started < 5


def test_without_client_certificate_the_upload_is_refused_unread(server: ThreadedSandbox) -> None:
    """Certificate mode: no client certificate -> 90008 before the body."""
    with _tls_socket(server.info) as conn:
        conn.sendall(
            (
                f"POST {UPLOAD} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
            ).encode("ascii")
        )
        head = conn.recv(4096).decode("latin-1")
    assert head.startswith("HTTP/1.1 401"), head
    assert "CERT_ABSENT" in head


def test_structure_files_are_the_callers_own(piste: ThreadedSandbox, tmp_path: Path) -> None:
    """rechercher/pj/structure never lists a file another technical account uploaded."""
    owner = ApiClient(piste.info, None, account="TECH_IDESK")
    other = ApiClient(piste.info, None, account="TECH_CLERK")
    try:
        upload = {
            "pieceJointeNom": "secret-idesk",
            "pieceJointeExtension": "TXT",
            "pieceJointeTypeMime": "text/plain",
            "pieceJointeFichier": "aGVsbG8=",
        }
        assert owner.ok(UPLOAD, upload)["codeRetour"] == 0
        structure = owner.ok("/cpro/transverses/v1/recuperer/structures/actives/destinataire")[
            "listeStructures"
        ][0]["idStructureCPP"]
        path = "/cpro/transverses/v1/rechercher/pj/structure"
        seen_by_owner = owner.ok(path, {"idStructureCPP": structure})["listePiecesJointes"]
        seen_by_other = other.ok(path, {"idStructureCPP": structure})["listePiecesJointes"]
    finally:
        owner.close()
        other.close()
    assert "secret-idesk" in {f["pieceJointeDesignation"] for f in seen_by_owner}
    assert "secret-idesk" not in {f["pieceJointeDesignation"] for f in seen_by_other}


def test_health_check_is_a_get_answering_json(tech: ApiClient) -> None:
    """go-choruspro ``HealthCheck``: GET, JSON with ``statusCode`` (a Spring ResponseEntity)."""
    headers = tech.headers(b"", "/cpro/transverses/v1/health-check")
    response = tech.http.get("/cpro/transverses/v1/health-check", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["statusCodeValue"] == 200
    assert tech.http.get("/cpro/transverses/v1/health-check").status_code == 401


def test_token_endpoint_refuses_a_huge_form_unread(piste: ThreadedSandbox) -> None:
    with _tls_socket(piste.info) as conn:
        conn.sendall(
            (
                "POST /api/oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                "Content-Length: 100000000\r\n\r\n"
            ).encode("ascii")
        )
        head = conn.recv(4096).decode("latin-1")
    assert head.startswith("HTTP/1.1 413"), head
    assert "64 Ko" in head


def test_search_criteria_and_download_block_are_checked_one_level_down() -> None:
    assert unknown_keys("structures/v1/rechercher", {"structure": {"siret": "1"}}) == [
        "structure.siret"
    ]
    download = {"objetPieceJointe": "DEMANDE_PAIEMENT", "demandePaiement": {"formats": "PDF"}}
    assert unknown_keys("transverses/v1/telecharger/pieceJointe", download) == [
        "demandePaiement.formats"
    ]
