"""The sandbox's works circuit over real TLS: MOE and MOA demo users, both auth modes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.sandbox.server import ThreadedSandbox
from tests.sandbox.client import ApiClient
from tests.sandbox.conftest import start

pytestmark = pytest.mark.sandbox
SEARCH = "/cpro/facturesTravaux/v1/rechercher"
CONSULT = "/cpro/facturesTravaux/v1/consulter"
PROCESS = "/cpro/facturesTravaux/v1/traiter"


@pytest.fixture(scope="module")
def users(server: ThreadedSandbox) -> Iterator[dict[str, ApiClient]]:
    clients = {login: ApiClient(server.info, login) for login in ("moe", "moa", "clerk")}
    yield clients
    for client in clients.values():
        client.close()


def _search(client: ApiClient, role: str) -> list[dict]:
    data = client.ok(SEARCH, {"roleUtilisateur": role, "rechercheFactureTravaux": {}})
    return data.get("listeFacturesTravaux", [])


def test_works_roles_decide_what_is_seen(users: dict[str, ApiClient]) -> None:
    assert _search(users["clerk"], "MOE") == []  # no works role: "no result" (20007)
    assert _search(users["moe"], "MOA") == []
    seen = _search(users["moe"], "MOE")
    contracts = {row["numeroDossierFacturation"] for row in seen}
    assert {"2026-TRX-014", "2026-TRX-021"} <= contracts
    spaces = users["clerk"].ok("/cpro/transverses/v1/recuperer/structures/actives/facturetravaux")
    assert spaces["listeStructures"] == []
    spaces = users["moa"].ok("/cpro/transverses/v1/recuperer/structures/actives/facturetravaux")
    assert spaces["listeStructures"]


def test_two_interim_statements_and_a_dgd_go_through_moe_then_moa(
    users: dict[str, ApiClient],
) -> None:
    school = sorted(
        (
            r
            for r in _search(users["moe"], "MOE")
            if r["numeroDossierFacturation"] == "2026-TRX-014"
        ),
        key=lambda r: r["rangDansDossier"],
    )
    assert [r["statutFactureTravaux"] for r in school] == ["MISE_A_DISPOSITION_MOE"] * 3
    # the MOA may not act before the MOE
    refused = users["moa"].post(
        PROCESS,
        {
            "idFactureTravaux": school[0]["idFactureTravaux"],
            "roleUtilisateur": "MOA",
            "action": "VALIDER",
        },
    )
    assert refused.status_code == 400 and refused.json()["detail"] == "works.step"
    for row in school:
        moe = users["moe"].ok(
            PROCESS,
            {
                "idFactureTravaux": row["idFactureTravaux"],
                "roleUtilisateur": "MOE",
                "action": "VALIDER",
                "montantValide": "1000.00",
                "commentaire": "Vu MOE",
            },
        )
        assert moe["statutFactureTravaux"] == "TRANSMISE_MOA"
        moa = users["moa"].ok(
            PROCESS,
            {
                "idFactureTravaux": row["idFactureTravaux"],
                "roleUtilisateur": "MOA",
                "action": "VALIDER",
            },
        )
        assert moa["statutFactureTravaux"] == "PRISE_EN_COMPTE_MOA"
    assert moe["cadreDocumentEmis"].startswith("A17")  # the final statement
    assert moa["cadreDocumentEmis"].startswith("A20")  # the general statement
    detail = users["moa"].ok(
        CONSULT, {"idFactureTravaux": school[2]["idFactureTravaux"], "roleUtilisateur": "MOA"}
    )
    assert detail["montantValideMOA"] == "1000.00"  # the MOE's amount kept by the MOA
    assert [h["statut"] for h in detail["historiqueStatuts"]] == [
        "MISE_A_DISPOSITION_MOE",
        "TRANSMISE_MOA",
        "PRISE_EN_COMPTE_MOA",
    ]
    assert detail["historiqueStatuts"][1]["auteur"] == "moe"


def test_a_refusal_needs_a_comment(users: dict[str, ApiClient]) -> None:
    road = next(
        r for r in _search(users["moa"], "MOA") if r["statutFactureTravaux"] == "TRANSMISE_MOA"
    )
    body = {
        "idFactureTravaux": road["idFactureTravaux"],
        "roleUtilisateur": "MOA",
        "action": "REFUSER",
    }
    answer = users["moa"].post(PROCESS, body)
    assert answer.status_code == 400 and answer.json()["detail"] == "works.comment_required"
    done = users["moa"].ok(PROCESS, {**body, "commentaire": "Quantités non justifiées"})
    assert done["statutFactureTravaux"] == "REFUSEE_MOA"


def test_piste_mode_technical_account_holds_both_roles(tmp_path: Path) -> None:
    running = start(tmp_path, invoices=20, mode="piste")
    try:
        client = ApiClient(running.info, None)
        try:
            assert _search(client, "MOE") and _search(client, "MOA")
            tacit = next(
                r for r in _search(client, "MOA") if r["cadreFacturation"].startswith("A22")
            )
            assert tacit["statutFactureTravaux"] == "MISE_A_DISPOSITION_MOA"
        finally:
            client.close()
    finally:
        running.stop()
