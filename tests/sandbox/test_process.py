"""traiterFactureRecue: transitions, motives, roles, replay, Idempotency-Key; change markers."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox.server import ThreadedSandbox
from tests.sandbox.client import HISTORY, PROCESS, SEARCH, ApiClient, first_invoice


def _available(client: ApiClient, count: int = 1, **filters: Any) -> list[dict[str, Any]]:
    data = client.ok(
        SEARCH,
        {
            "statutCourant": ["MISE_A_DISPOSITION"],
            "montantHTMax": 10000,  # below every service threshold of the demo circuit
            **filters,
            "paramRecherche": {"nbResultatsParPage": count, "triSens": "Descendant"},
        },
    )
    found: list[dict[str, Any]] = data["listeFactures"]
    return found


def _refusal(client: ApiClient, body: dict[str, Any], **headers: str) -> tuple[int, int, str]:
    response = client.post(PROCESS, body, **headers)
    data = response.json()
    return response.status_code, data["codeRetour"], data["libelle"]


def _detail(client: ApiClient, invoice_id: int) -> dict[str, Any]:
    return client.admin("GET", f"/sandbox/admin/invoices/{invoice_id}")


def test_motive_rules(clerk: ApiClient) -> None:
    invoice = _available(clerk)[0]["idFacture"]
    assert _refusal(clerk, {"idFacture": invoice, "nouveauStatut": "REJETEE"}) == (
        400,
        20003,
        "MOTIF_OBLIGATOIRE",
    )
    assert _refusal(
        clerk,
        {"idFacture": invoice, "nouveauStatut": "REJETEE", "motif": "x", "commentaire": "c" * 2001},
    ) == (400, 20004, "COMMENTAIRE_TROP_LONG")
    assert _refusal(
        clerk, {"idFacture": invoice, "nouveauStatut": "REJETEE", "codeMotif": "NOPE", "motif": "x"}
    ) == (400, 20005, "MOTIF_INCONNU")
    assert (
        _refusal(
            clerk,
            {
                "idFacture": invoice,
                "nouveauStatut": "SUSPENDUE",
                "codeMotif": "MONTANTTOTAL_ERR",
                "motif": "x",
            },
        )[1]
        == 20005
    )
    assert (
        _refusal(
            clerk, {"idFacture": invoice, "nouveauStatut": "SUSPENDUE", "codeMotif": "JUSTIF_ABS"}
        )[1]
        == 20003
    )  # comment required
    assert _refusal(clerk, {"idFacture": 1, "nouveauStatut": "REJETEE", "motif": "x"}) == (
        400,
        20001,
        "FACTURE_INCONNUE",
    )
    assert _refusal(clerk, {"idFacture": invoice, "nouveauStatut": "BIDON"})[1] == 20010
    answer = clerk.ok(
        PROCESS,
        {
            "idFacture": invoice,
            "nouveauStatut": "SUSPENDUE",
            "codeMotif": "JUSTIF_ABS",
            "commentaire": "Bon de livraison",
        },
    )
    assert answer["nouveauStatut"] == "SUSPENDUE"
    top = clerk.ok(HISTORY, {"idFacture": invoice})["historiquesDesStatuts"]["histoStatut"][0]
    assert top["histoStatutCommentaire"] == "Justificatif absent ou insuffisant — Bon de livraison"
    assert top["histoStatutCodeMotif"] == "JUSTIF_ABS"
    assert top["histoStatutUtilisateurNom"] == "MARTIN"  # the clerk's certificate, not the account


def test_only_motif_is_stored_as_comment_with_code_autre(clerk: ApiClient) -> None:
    invoice = _available(clerk)[0]["idFacture"]
    clerk.ok(
        PROCESS, {"idFacture": invoice, "nouveauStatut": "REJETEE", "motif": "Document manquant"}
    )
    history = _detail(clerk, invoice)["history"]
    assert history[-1]["motif_code"] == "AUTRE"
    assert history[-1]["comment"] == "Document manquant"


def test_transitions_strict_then_lax(clerk: ApiClient) -> None:
    invoice = _available(clerk)[0]["idFacture"]
    clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"})
    clerk.ok(
        PROCESS,
        {
            "idFacture": invoice,
            "nouveauStatut": "MANDATEE",
            "numeroDPMandat": "M-1",
            "montantDPMandat": 10,
        },
    )
    assert _refusal(clerk, {"idFacture": invoice, "nouveauStatut": "SUSPENDUE", "motif": "x"}) == (
        400,
        20002,
        "STATUT_CIBLE_NON_AUTORISE",
    )
    clerk.admin("POST", "/sandbox/admin/settings", {"laxTransitions": True})
    try:
        assert (
            clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "SUSPENDUE", "motif": "x"})[
                "nouveauStatut"
            ]
            == "SUSPENDUE"
        )
    finally:
        clerk.admin("POST", "/sandbox/admin/settings", {"laxTransitions": False})


def test_replay_returns_the_original_date(clerk: ApiClient) -> None:
    invoice = _available(clerk)[0]["idFacture"]
    first = clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"})
    again = clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"})
    assert again == first
    assert _detail(clerk, invoice)["appliedRecipientChanges"] == {"SERVICE_FAIT": 1}


def test_idempotency_key_applies_once(clerk: ApiClient) -> None:
    invoice = _available(clerk)[0]["idFacture"]
    body = {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"}
    key = {"Idempotency-Key": f"key-{invoice}"}
    first = clerk.post(PROCESS, body, **key)
    clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "MANDATEE", "numeroDPMandat": "M-9"})
    # a resend after a lost answer: without the key it would now be refused (MANDATEE ->
    # SERVICE_FAIT), with it the original answer comes back and nothing is applied again
    second = clerk.post(PROCESS, body, **key)
    assert second.status_code == first.status_code == 200
    assert second.content == first.content
    assert second.headers["Idempotent-Replayed"] == "true"
    assert clerk.post(PROCESS, body).json()["codeRetour"] == 20002
    assert _detail(clerk, invoice)["appliedRecipientChanges"] == {"SERVICE_FAIT": 1, "MANDATEE": 1}


@pytest.mark.parametrize(
    "target", ["MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE"]
)
def test_clerk_manager_only_actions_are_refused(
    clerk: ApiClient, manager: ApiClient, target: str
) -> None:
    invoice = _available(clerk)[0]["idFacture"]
    assert _refusal(clerk, {"idFacture": invoice, "nouveauStatut": target}) == (
        403,
        20020,
        "HABILITATION_INSUFFISANTE",
    )
    assert manager.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": target})["codeRetour"] == 0


def test_clerk_above_threshold_needs_manager(clerk: ApiClient, manager: ApiClient) -> None:
    big = clerk.ok(
        SEARCH,
        {
            "statutCourant": "MISE_A_DISPOSITION",
            "montantHTMin": 40000.01,
            "paramRecherche": {"nbResultatsParPage": 1},
        },
    )
    assert big["codeRetour"] == 0, "the seed should hold invoices above 40,000 EUR"
    invoice = big["listeFactures"][0]["idFacture"]
    for target, extra in (("SERVICE_FAIT", {}), ("MANDATEE", {"numeroDPMandat": "X"})):
        assert _refusal(clerk, {"idFacture": invoice, "nouveauStatut": target, **extra})[:2] == (
            403,
            20020,
        )
    assert clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "SUSPENDUE", "motif": "x"})
    manager.admin("POST", "/sandbox/admin/supplier", {"action": "complete", "count": 50})
    assert (
        manager.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"})["codeRetour"]
        == 0
    )


def test_change_marker_strictly_increases_and_feeds_incremental_pull(clerk: ApiClient) -> None:
    before = first_invoice(clerk)  # (triSens here was a top-level typo, ignored)
    latest = clerk.ok(
        SEARCH, {"paramRecherche": {"nbResultatsParPage": 1, "triSens": "Descendant"}}
    )
    watermark = latest["listeFactures"][0]["dateHeureEtatCourant"]
    targets = _available(clerk, 3)
    for item in targets:
        clerk.ok(PROCESS, {"idFacture": item["idFacture"], "nouveauStatut": "SERVICE_FAIT"})
    pulled = clerk.ok(
        SEARCH,
        {
            "periodeDateHeureEtatCourantDu": watermark.replace("Z", "+00:00"),
            "paramRecherche": {"nbResultatsParPage": 100},
        },
    )
    changed = [f for f in pulled["listeFactures"] if f["dateHeureEtatCourant"] > watermark]
    assert [f["idFacture"] for f in changed] == [t["idFacture"] for t in targets]
    stamps = [f["dateHeureEtatCourant"] for f in changed]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert before


def test_other_filters(clerk: ApiClient, server: ThreadedSandbox) -> None:
    some = first_invoice(clerk)
    by_number = clerk.ok(SEARCH, {"numeroFacture": some["numeroFacture"]})
    assert some["idFacture"] in [f["idFacture"] for f in by_number["listeFactures"]]
    empty = clerk.post(SEARCH, {"numeroFacture": "NOPE"}).json()
    assert empty == {"codeRetour": 20000, "libelle": "TRA_MSG_00.015"}
    dated = clerk.ok(
        SEARCH,
        {
            "periodeDateDepotDu": some["dateDepot"],
            "periodeDateDepotAu": some["dateDepot"],
            "recupererTaille": True,
            "paramRecherche": {"nbResultatsParPage": 1000},
        },
    )
    assert {f["dateDepot"] for f in dated["listeFactures"]} == {some["dateDepot"]}
    assert all(f["taille"] > 0 for f in dated["listeFactures"])
    paged = clerk.ok(
        SEARCH,
        {
            "paramRecherche": {
                "pageResultatDemandee": 2,
                "nbResultatsParPage": 7,
                "triColonne": "MontantTTC",
                "triSens": "Descendant",
            }
        },
    )
    amounts = [f["montantTTC"] for f in paged["listeFactures"]]
    assert amounts == sorted(amounts, reverse=True)
    assert paged["pageCourante"] == 2
    assert paged["pages"] == -(-paged["total"] // 7)
    assert (
        clerk.post(SEARCH, {"paramRecherche": {"triColonne": "Nope"}}).json()["codeRetour"] == 20010
    )
    assert clerk.post(SEARCH, {"periodeDateDepotDu": "01/02/2026"}).status_code == 400


def test_limited_account_sees_one_structure(server: ThreadedSandbox) -> None:
    limited = ApiClient(server.info, "clerk", account="TECH_LIMITE")
    visible = limited.ok(SEARCH, {"paramRecherche": {"nbResultatsParPage": 1000}})
    assert len({f["idDestinataire"] for f in visible["listeFactures"]}) == 1
    full = ApiClient(server.info, "clerk")
    everything = full.ok(SEARCH, {"paramRecherche": {"nbResultatsParPage": 1000}})["listeFactures"]
    mine = visible["listeFactures"][0]["idDestinataire"]
    other = next(f for f in everything if f["idDestinataire"] != mine)
    response = limited.post(SEARCH, {"idDestinataire": other["idDestinataire"]})
    assert (response.status_code, response.json()["codeRetour"]) == (403, 20020)
    response = limited.post(HISTORY, {"idFacture": other["idFacture"]})
    assert (response.status_code, response.json()["codeRetour"]) == (400, 20001)
    limited.close()
    full.close()


def test_request_body_cannot_relax_transitions(clerk: ApiClient) -> None:
    """``transitionsLaxistes`` in a body once let any client apply MANDATEE -> SUSPENDUE."""
    invoice = _available(clerk)[0]["idFacture"]
    clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"})
    clerk.ok(PROCESS, {"idFacture": invoice, "nouveauStatut": "MANDATEE", "numeroDPMandat": "M"})
    body = {
        "idFacture": invoice,
        "nouveauStatut": "SUSPENDUE",
        "motif": "x",
        "transitionsLaxistes": True,
    }
    assert _refusal(clerk, body) == (400, 20002, "STATUT_CIBLE_NON_AUTORISE")
    assert _detail(clerk, invoice)["statut"] == "MANDATEE"
    assert "SUSPENDUE" not in _detail(clerk, invoice)["appliedRecipientChanges"]


def test_idempotency_key_replay_checks_the_role_and_the_caller(
    clerk: ApiClient, manager: ApiClient
) -> None:
    """A clerk replaying a manager's key gets the clerk's refusal, not the manager's answer."""
    invoice = _available(clerk)[0]["idFacture"]
    body = {"idFacture": invoice, "nouveauStatut": "MISE_EN_PAIEMENT"}
    key = {"Idempotency-Key": f"manager-{invoice}"}
    first = manager.post(PROCESS, body, **key)
    assert first.json()["codeRetour"] == 0
    replay = clerk.post(PROCESS, body, **key)
    assert (replay.status_code, replay.json()["libelle"]) == (403, "HABILITATION_INSUFFISANTE")
    assert "Idempotent-Replayed" not in replay.headers
    # the manager's own replay still gets the recorded answer
    again = manager.post(PROCESS, body, **key)
    assert again.content == first.content and again.headers["Idempotent-Replayed"] == "true"


def test_idempotency_key_is_bound_to_the_caller(clerk: ApiClient, server: ThreadedSandbox) -> None:
    """Another person (same technical account) sending the same key gets no one else's answer."""
    invoice = _available(clerk)[0]["idFacture"]
    body = {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"}
    key = {"Idempotency-Key": f"person-{invoice}"}
    assert clerk.post(PROCESS, body, **key).json()["codeRetour"] == 0
    other = ApiClient(server.info, "manager")
    try:
        response = other.post(PROCESS, body, **key)
        assert "Idempotent-Replayed" not in response.headers
    finally:
        other.close()


def test_idempotency_key_reused_with_another_body_is_refused(clerk: ApiClient) -> None:
    """A key reused for another invoice once returned the other invoice's answer."""
    first, second = (f["idFacture"] for f in _available(clerk, 2))
    key = {"Idempotency-Key": f"reused-{first}"}
    assert (
        clerk.post(PROCESS, {"idFacture": first, "nouveauStatut": "SERVICE_FAIT"}, **key).json()[
            "idFacture"
        ]
        == first
    )
    response = clerk.post(PROCESS, {"idFacture": second, "nouveauStatut": "SERVICE_FAIT"}, **key)
    data = response.json()
    assert (response.status_code, data["codeRetour"], data["libelle"]) == (
        422,
        20030,
        "CLE_IDEMPOTENCE_REUTILISEE",
    )
    assert "idFacture" not in data
    assert _detail(clerk, second)["statut"] == "MISE_A_DISPOSITION"


def test_chorus_like_mode_ignores_the_key_and_replays_for_real(clerk: ApiClient) -> None:
    """``idempotency: false``: like Chorus Pro, a resend is a second traiterFactureRecue."""
    invoice = _available(clerk)[0]["idFacture"]
    body = {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"}
    key = {"Idempotency-Key": f"chorus-{invoice}"}
    settings = clerk.admin("POST", "/sandbox/admin/settings", {"idempotency": False})
    assert settings["idempotency"] is False
    try:
        assert clerk.post(PROCESS, body, **key).json()["codeRetour"] == 0
        again = clerk.post(PROCESS, body, **key)
        assert (again.status_code, again.json()["codeRetour"]) == (400, 20002)
        assert "Idempotent-Replayed" not in again.headers
        # no recorded answer either: a later resend with the key is refused the same way
        assert clerk.post(PROCESS, body, **key).json()["codeRetour"] == 20002
    finally:
        clerk.admin("POST", "/sandbox/admin/settings", {"idempotency": True})
    assert _detail(clerk, invoice)["appliedRecipientChanges"] == {"SERVICE_FAIT": 1}
