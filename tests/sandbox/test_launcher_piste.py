"""The sandbox as a process (launcher, CLI) in PISTE mode: a plain httpx client with a token."""

from __future__ import annotations

import base64
import io
import json
import ssl
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop_app.sandbox.launcher import SandboxProcess, start_sandbox_process
from tests.sandbox.client import (
    CLIENT_ID,
    CLIENT_SECRET,
    CONSULT,
    DOWNLOAD,
    HISTORY,
    PROCESS,
    SEARCH,
    account_header,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def piste(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    with start_sandbox_process(
        tmp_path_factory.mktemp("piste"), invoices=150, mode="piste"
    ) as running:
        yield running
    assert not running.alive()


def _client(process: SandboxProcess) -> httpx.Client:
    context = ssl.create_default_context(cafile=str(process.ca_cert))
    return httpx.Client(verify=context, base_url=process.address, timeout=60)


def _token(http: httpx.Client) -> str:
    response = http.post(
        "/api/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scope": "openid",
        },
    )
    assert response.status_code == 200
    data = response.json()
    assert data["token_type"] == "Bearer"
    assert data["expires_in"] == 3600
    return str(data["access_token"])


def test_piste_token_search_consult_download_process(piste: SandboxProcess) -> None:
    with _client(piste) as http:
        headers = {
            "Authorization": f"Bearer {_token(http)}",
            "cpro-account": account_header("TECH_CLERK"),
            "Content-Type": "application/json;charset=utf-8",
        }
        found = http.post(
            SEARCH,
            json={
                "statutCourant": ["MISE_A_DISPOSITION"],
                "montantHTMax": 1000,
                "paramRecherche": {"nbResultatsParPage": 5},
            },
            headers=headers,
        ).json()
        assert found["codeRetour"] == 0
        invoice = found["listeFactures"][0]["idFacture"]
        facture = http.post(
            CONSULT, json={"identifiantFactureCPP": invoice}, headers=headers
        ).json()
        assert facture["facture"]["identifiantFactureCPP"] == invoice
        zipped = http.post(
            DOWNLOAD,
            json={"listeFacture": [{"idFacture": invoice}], "format": "PDF"},
            headers=headers,
        ).json()
        archive = zipfile.ZipFile(io.BytesIO(base64.b64decode(zipped["fichierResultat"])))
        assert archive.namelist() == [f"{invoice}/facture.pdf"]
        done = http.post(
            PROCESS, json={"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"}, headers=headers
        ).json()
        assert done["codeRetour"] == 0
        history = http.post(HISTORY, json={"idFacture": invoice}, headers=headers).json()
        top = history["historiquesDesStatuts"]["histoStatut"][0]
        assert top["histoStatutCode"] == "SERVICE_FAIT"
        assert top["histoStatutUtilisateurNom"] == "AGENT"  # the technical account TECH_CLERK

        refused = http.post(
            PROCESS,
            json={"idFacture": invoice, "nouveauStatut": "MISE_EN_PAIEMENT"},
            headers=headers,
        )
        assert (refused.status_code, refused.json()["codeRetour"]) == (403, 20020)
        manager = {**headers, "cpro-account": account_header("TECH_IDESK")}
        allowed = http.post(
            PROCESS,
            json={"idFacture": invoice, "nouveauStatut": "MISE_EN_PAIEMENT"},
            headers=manager,
        )
        assert allowed.json()["codeRetour"] == 0


def test_piste_refusals(piste: SandboxProcess) -> None:
    with _client(piste) as http:
        base = {"cpro-account": account_header("TECH_CLERK")}
        bad = http.post(SEARCH, json={}, headers={**base, "Authorization": "Bearer nope"})
        assert bad.status_code == 401
        assert bad.json()["codeRetour"] == 90011
        assert "invalid_token" in bad.headers["WWW-Authenticate"]
        missing = http.post(SEARCH, json={}, headers=base)
        assert (missing.status_code, missing.json()["codeRetour"]) == (401, 90010)
        token = _token(http)
        wrong = http.post(
            SEARCH,
            json={},
            headers={
                "Authorization": f"Bearer {token}",
                "cpro-account": account_header("TECH_CLERK", "x"),
            },
        )
        assert (wrong.status_code, wrong.json()["codeRetour"]) == (401, 90013)
        admin = {piste.info["adminHeader"]: piste.info["adminToken"]}
        assert http.post("/sandbox/admin/tokens/expire", headers=admin).status_code == 200
        expired = http.post(SEARCH, json={}, headers={**base, "Authorization": f"Bearer {token}"})
        assert (expired.status_code, expired.json()["codeRetour"]) == (401, 90012)
        assert http.get("/sandbox/admin/status").status_code == 403


def test_cli_supplier_subcommand(piste: SandboxProcess) -> None:
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app.sandbox",
            "supplier",
            "deposit",
            "--count",
            "3",
            "--data-dir",
            str(piste.data_dir),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    ).stdout
    assert json.loads(output)["count"] == 3


@pytest.mark.slow
def test_20000_invoices_start_and_print_how_to_connect(tmp_path: Path) -> None:
    with start_sandbox_process(tmp_path, invoices=20000, seed=1) as running:
        assert running.info["invoices"] == 20000
        banner = running.log_path.read_text(encoding="utf-8")
        assert f"listening on {running.address}" in banner
        for expected in (
            "CA certificate",
            "clerk.p12",
            "PISTE client",
            "cpro-account",
            "connect.json",
        ):
            assert expected in banner
        connect = json.loads((tmp_path / "connect.json").read_text(encoding="utf-8"))
        assert connect["address"] == running.address
        assert "PRIVATE KEY" not in (tmp_path / "connect.json").read_text(encoding="utf-8")
