"""Issue 8 supplier scenarios end to end over HTTPS: the ``invoice-desk-sandbox supplier``
command deposits an exact duplicate and a re-deposit after a rejection; the recipient API shows
what a client needs to flag the first (IPM5-034) and link the second (IPM5-019)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.duplicates import duplicate_key, is_possible_duplicate
from desktop_app.sandbox.__main__ import main as sandbox_cli
from desktop_app.sandbox.server import ThreadedSandbox
from tests.sandbox.client import CONSULT, HISTORY, PROCESS, SEARCH, ApiClient


def _cli(server: ThreadedSandbox, capsys: pytest.CaptureFixture[str], *args: str) -> list[int]:
    """Run the supplier command against the running sandbox (its admin endpoint, HTTPS)."""
    code = sandbox_cli(["supplier", *args, "--data-dir", server.info["dataDir"]])
    assert code == 0
    answer = json.loads(capsys.readouterr().out)
    ids: list[int] = answer["ids"]
    assert answer["count"] == len(ids)
    return ids


def _watermark(client: ApiClient) -> str:
    newest = client.ok(
        SEARCH, {"paramRecherche": {"nbResultatsParPage": 1, "triSens": "Descendant"}}
    )
    return str(newest["listeFactures"][0]["dateHeureEtatCourant"]).replace("Z", "+00:00")


def _pull(client: ApiClient, since: str) -> dict[int, dict[str, Any]]:
    """The incremental pull a client's sync does: every invoice changed since ``since``."""
    body = {"periodeDateHeureEtatCourantDu": since, "paramRecherche": {"nbResultatsParPage": 500}}
    data = client.post(SEARCH, body).json(parse_float=Decimal)
    return {f["idFacture"]: f for f in data["listeFactures"]}


def _key(entry: dict[str, Any]) -> Any:
    return duplicate_key(
        entry["codeFournisseur"],
        entry["designationFournisseur"],
        entry["numeroFacture"],
        dt.date.fromisoformat(entry["dateFacture"]),
    )


def _consult(client: ApiClient, invoice: int) -> dict[str, Any]:
    data = client.post(CONSULT, {"identifiantFactureCPP": invoice}).json(parse_float=Decimal)
    assert data["codeRetour"] == 0, data
    facture: dict[str, Any] = data["facture"]
    return facture


def test_duplicate_deposit_is_flagged_and_matches_its_original(
    server: ThreadedSandbox, manager: ApiClient, capsys: pytest.CaptureFixture[str]
) -> None:
    since = _watermark(manager)
    [copy] = _cli(server, capsys, "duplicate", "--count", "1")
    pulled = _pull(manager, since)
    assert pulled[copy]["doublonPotentiel"] is True
    assert pulled[copy]["statut"] == "MISE_A_DISPOSITION"  # kept available, as the contract says

    facture = _consult(manager, copy)
    assert facture["doublonPotentiel"] is True
    number = facture["numeroFacture"]
    same = manager.post(SEARCH, {"numeroFacture": number}).json(parse_float=Decimal)
    by_id = {f["idFacture"]: f for f in same["listeFactures"]}
    assert len(by_id) == 2 and copy in by_id
    [original] = [by_id[i] for i in by_id if i != copy]
    assert original["doublonPotentiel"] is False  # only the later deposit is flagged
    duplicate = by_id[copy]
    # what a client compares (IPM5-034): same supplier, number, invoice year and amounts
    for field in ("codeFournisseur", "numeroFacture", "dateFacture", "montantHT", "montantTTC"):
        assert duplicate[field] == original[field], field
    assert is_possible_duplicate(
        _key(duplicate), duplicate["montantTTC"], _key(original), original["montantTTC"]
    )
    assert facture["montantTotal"]["montantTtcTotal"] == original["montantTTC"]
    # the platform event names the original, for a side-by-side view
    events = manager.ok(HISTORY, {"idFacture": copy})["historiquesDesEvenementsComplementaires"]
    assert [e["evenementLibelle"] for e in events["evenement"]] == [
        f"Doublon potentiel détecté (IPM5-034) : facture {original['idFacture']} n° {number}"
    ]
    # the recipient rejects it as a duplicate
    answer = manager.ok(
        PROCESS, {"idFacture": copy, "nouveauStatut": "REJETEE", "codeMotif": "DOUBLON"}
    )
    assert answer["codeRetour"] == 0
    # each original is duplicated once by the simulator
    [second] = _cli(server, capsys, "duplicate", "--count", "1")
    assert second != copy and _consult(manager, second)["numeroFacture"] != number


def test_redeposit_after_rejection_is_linked_to_the_rejected_invoice(
    server: ThreadedSandbox, manager: ApiClient, capsys: pytest.CaptureFixture[str]
) -> None:
    target = manager.ok(
        SEARCH,
        {
            "statutCourant": ["MISE_A_DISPOSITION"],
            "paramRecherche": {"nbResultatsParPage": 1, "triSens": "Descendant"},
        },
    )["listeFactures"][0]
    rejected = target["idFacture"]
    manager.ok(
        PROCESS,
        {
            "idFacture": rejected,
            "nouveauStatut": "REJETEE",
            "codeMotif": "MONTANTTOTAL_ERR",
            "commentaire": "Total faux",
        },
    )
    since = _watermark(manager)
    created = _cli(server, capsys, "redeposit", "--count", "1000")
    pulled = _pull(manager, since)
    assert set(created) <= set(pulled)
    successors = [
        i
        for i in created
        if _consult(manager, i)["references"]["idFactureRejeteeInitiale"] == rejected
    ]
    assert len(successors) == 1
    new = _consult(manager, successors[0])
    assert new["references"]["numeroFactureRejeteeInitiale"] == target["numeroFacture"]
    assert new["piecePrecedente"]["idPiecePrecedente"] == rejected
    assert new["numeroFacture"] != target["numeroFacture"]  # a corrected invoice, new number
    assert new["doublonPotentiel"] is False
    assert new["fournisseur"]["codeFournisseur"] == target["codeFournisseur"]
    assert pulled[successors[0]]["doublonPotentiel"] is False
    back = _consult(manager, rejected)
    assert back["statutFacture"] == "REJETEE"
    assert back["pieceSuivante"]["idPieceSuivante"] == successors[0]
    assert back["pieceSuivante"]["numeroPieceSuivante"] == new["numeroFacture"]
    assert _cli(server, capsys, "redeposit", "--count", "1000") == []  # once per rejection
