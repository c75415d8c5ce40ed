"""The managers' approval circuit enforced by the sandbox (issue 8): thresholds by service,
approvers, delegations within their dates only, the admin API. Real server, mTLS, signatures.

The sandbox's "today" is fixed at 2026-03-10, so the demo delegation manager -> delegate runs
from 2026-03-10 to 2026-03-23 (14 days from the store's creation day).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.sandbox.server import ThreadedSandbox
from tests.sandbox.client import HISTORY, PROCESS, SEARCH, ApiClient, identity_of
from tests.sandbox.conftest import start

TODAY = dt.date(2026, 3, 10)
APPROVALS = "/sandbox/admin/approvals"
TOWN_HALL, HOSPITAL = 25_010_001, 25_010_002
FINANCES, TECHNIQUE, ECOLES = 1_001, 1_002, 1_003
HOSPITAL_ACHATS = 2_003


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedSandbox]:
    running = start(tmp_path_factory.mktemp("approvals"), today=TODAY)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def users(server: ThreadedSandbox) -> Iterator[dict[str, ApiClient]]:
    clients = {
        login: ApiClient(server.info, login)
        for login in ("clerk", "manager", "manager2", "delegate", "admin")
    }
    yield clients
    for client in clients.values():
        client.close()


def _candidates(
    client: ApiClient,
    service_id: int,
    *,
    min_ht: Decimal | None = None,
    max_ht: Decimal | None = None,
    count: int = 1,
) -> list[dict[str, Any]]:
    """Invoices of a service awaiting processing (amounts as Decimal)."""
    body: dict[str, Any] = {
        "statutCourant": ["MISE_A_DISPOSITION"],
        "idServiceExecutant": service_id,
        "paramRecherche": {"nbResultatsParPage": count},
    }
    if min_ht is not None:
        body["montantHTMin"] = str(min_ht)
    if max_ht is not None:
        body["montantHTMax"] = str(max_ht)
    data = client.post(SEARCH, body).json(parse_float=Decimal)
    assert data["codeRetour"] == 0, f"seed 1 should hold such invoices: {body}"
    found: list[dict[str, Any]] = data["listeFactures"]
    return found


def _process(client: ApiClient, invoice: int, target: str) -> tuple[int, dict[str, Any]]:
    body: dict[str, Any] = {"idFacture": invoice, "nouveauStatut": target}
    if target == "MANDATEE":
        body["numeroDPMandat"] = f"M-{invoice}"
    response = client.post(PROCESS, body)
    data: dict[str, Any] = response.json(parse_float=Decimal)
    return response.status_code, data


def _refused(client: ApiClient, invoice: int, target: str) -> dict[str, Any]:
    status, data = _process(client, invoice, target)
    assert (status, data["codeRetour"], data["libelle"]) == (403, 20020, "APPROBATION_REQUISE")
    assert data["detail"] == "permission.not_approver"
    return data


def _accepted(client: ApiClient, invoice: int, target: str) -> dict[str, Any]:
    status, data = _process(client, invoice, target)
    assert (status, data["codeRetour"]) == (200, 0), data
    assert data["nouveauStatut"] == target
    return data


def _set_today(client: ApiClient, day: dt.date | None) -> None:
    answer = client.admin(
        "POST", "/sandbox/admin/settings", {"today": day.isoformat() if day else None}
    )
    assert answer["todayOverride"] is (day is not None)


@contextmanager
def _thresholds(client: ApiClient, structure: int, **body: Any) -> Iterator[dict[str, Any]]:
    """Temporarily replace a structure's thresholds."""
    before = client.admin("GET", f"{APPROVALS}/{structure}")
    changed = client.admin("PUT", f"{APPROVALS}/{structure}", body)
    try:
        yield changed
    finally:
        client.admin(
            "PUT",
            f"{APPROVALS}/{structure}",
            {"defaultThreshold": before["defaultThreshold"], "thresholds": before["thresholds"]},
        )


def _status_of(client: ApiClient, invoice: int) -> str:
    return str(client.admin("GET", f"/sandbox/admin/invoices/{invoice}")["statut"])


def test_demo_configuration_users_and_admin_guard(
    server: ThreadedSandbox, users: dict[str, ApiClient]
) -> None:
    overview = users["manager"].admin("GET", APPROVALS)
    assert (overview["today"], overview["todayOverride"]) == ("2026-03-10", True)
    by_id = {s["idStructure"]: s for s in overview["structures"]}
    assert set(by_id) == {25_010_001, 25_010_002, 25_010_003}
    town = by_id[TOWN_HALL]
    assert town["defaultThreshold"] == "40000.00"
    assert town["thresholds"] == {"TECHNIQUE": "25000.00"}
    assert {a["login"]: a["services"] for a in town["approvers"]} == {
        "TECH_IDESK": [],
        "manager": [],
        "manager2": ["CULTURE", "ECOLES"],
    }
    [delegation] = town["delegations"]
    assert {k: delegation[k] for k in ("delegator", "delegate", "start", "end", "activeToday")} == {
        "delegator": "manager",
        "delegate": "delegate",
        "start": "2026-03-10",
        "end": "2026-03-23",
        "activeToday": True,
    }
    assert by_id[HOSPITAL]["thresholds"] == {"BIOMED": "90000.00", "PHARMACIE": "15000.00"}
    assert by_id[HOSPITAL]["delegations"] == []
    # the users the configuration needs have certificates listed in connect.json
    listed = {u["login"]: u for u in server.info["users"]}
    assert (listed["manager2"]["role"], listed["delegate"]["role"]) == ("manager", "clerk")
    for login in ("manager2", "delegate"):
        assert Path(listed[login]["pkcs12"]).is_file()
        assert identity_of(server.info, login).thumbprint == listed[login]["thumbprint"]
    # protected like every admin endpoint
    http = users["clerk"].http
    for method, path in (
        ("GET", APPROVALS),
        ("PUT", f"{APPROVALS}/{TOWN_HALL}"),
        ("POST", f"{APPROVALS}/{TOWN_HALL}/delegations"),
        ("DELETE", f"{APPROVALS}/{TOWN_HALL}/delegations/1"),
    ):
        refused = http.request(method, path, json={}, headers={"X-Sandbox-Admin-Token": "nope"})
        assert (refused.status_code, refused.json()["libelle"]) == (403, "ADMIN_REQUIS")


def test_clerk_over_threshold_is_refused_even_sent_directly(users: dict[str, ApiClient]) -> None:
    clerk, manager = users["clerk"], users["manager"]
    big = _candidates(clerk, FINANCES, min_ht=Decimal("40000.01"))[0]
    invoice = big["idFacture"]
    for target in ("SERVICE_FAIT", "MANDATEE"):
        refusal = _refused(clerk, invoice, target)
        assert refusal["seuilHT"] == Decimal("40000.00")
        assert refusal["montantHT"] == big["montantHT"]
        assert refusal["codeServiceExecutant"] == "FINANCES"
        assert refusal["dateReference"] == "2026-03-10"
        # who may decide today: the service's approvers and the active delegate, not manager2
        assert refusal["approbateurs"] == ["TECH_IDESK", "delegate", "manager"]
    # an Idempotency-Key does not turn the refusal into a success on resend
    body = {"idFacture": invoice, "nouveauStatut": "SERVICE_FAIT"}
    for _ in range(2):
        again = clerk.post(PROCESS, body, **{"Idempotency-Key": f"approval-{invoice}"})
        assert (again.status_code, again.json()["libelle"]) == (403, "APPROBATION_REQUISE")
    assert _status_of(manager, invoice) == "MISE_A_DISPOSITION"

    answer = _accepted(manager, invoice, "SERVICE_FAIT")
    assert answer["approbation"] == {
        "approbateur": "manager",
        "pourLeCompteDe": None,
        "qualite": "APPROBATEUR",
        "mention": "manager",
        "seuilHT": Decimal("40000.00"),
        "codeServiceExecutant": "FINANCES",
    }
    _refused(clerk, invoice, "MANDATEE")  # the next committing step needs approval too
    # a resend of the approved change by the clerk is refused, not answered as a replay
    _refused(clerk, invoice, "SERVICE_FAIT")
    _accepted(manager, invoice, "MANDATEE")
    history = manager.ok(HISTORY, {"idFacture": invoice})["historiquesDesStatuts"]["histoStatut"]
    top = history[0]
    assert top["histoStatutCode"] == "MANDATEE"
    assert top["histoStatutUtilisateurNom"] == "DURAND"
    assert top["histoStatutApprobation"]["qualite"] == "APPROBATEUR"
    detail = manager.admin("GET", f"/sandbox/admin/invoices/{invoice}")
    assert [a["approbateur"] for a in detail["approvals"]] == ["manager", "manager"]


def test_clerk_below_threshold_acts_alone(users: dict[str, ApiClient]) -> None:
    clerk = users["clerk"]
    small = _candidates(clerk, FINANCES, max_ht=Decimal("20000"))[0]["idFacture"]
    assert "approbation" not in _accepted(clerk, small, "SERVICE_FAIT")
    assert "approbation" not in _accepted(clerk, small, "MANDATEE")
    history = clerk.ok(HISTORY, {"idFacture": small})["historiquesDesStatuts"]["histoStatut"]
    assert all("histoStatutApprobation" not in h for h in history)


def test_delegate_may_approve_within_the_delegation_dates_only(
    users: dict[str, ApiClient],
) -> None:
    delegate, admin = users["delegate"], users["admin"]
    with _thresholds(admin, TOWN_HALL, defaultThreshold="100", thresholds={}):
        invoice = _candidates(delegate, ECOLES, min_ht=Decimal("100.01"))[0]["idFacture"]
        try:
            for outside in (dt.date(2026, 3, 9), dt.date(2026, 3, 24)):
                _set_today(admin, outside)
                refusal = _refused(delegate, invoice, "SERVICE_FAIT")
                assert "delegate" not in refusal["approbateurs"]
                assert refusal["dateReference"] == outside.isoformat()
            _set_today(admin, dt.date(2026, 3, 23))  # last day, inclusive
            answer = _accepted(delegate, invoice, "SERVICE_FAIT")
            assert answer["approbation"]["qualite"] == "DELEGATAIRE"
            assert answer["approbation"]["pourLeCompteDe"] == "manager"
            assert answer["approbation"]["mention"] == "delegate pour manager"
            _set_today(admin, TODAY)  # first day, inclusive
            _accepted(delegate, invoice, "MANDATEE")
        finally:
            _set_today(admin, TODAY)
        # the delegation covers the town hall only
        hospital = _candidates(delegate, HOSPITAL_ACHATS, min_ht=Decimal("40000.01"))[0]
        _refused(delegate, hospital["idFacture"], "SERVICE_FAIT")
    history = delegate.ok(HISTORY, {"idFacture": invoice})
    entries = history["historiquesDesStatuts"]["histoStatut"]
    done = next(h for h in entries if h["histoStatutCode"] == "SERVICE_FAIT")
    assert (done["histoStatutUtilisateurNom"], done["histoStatutUtilisateurPrenom"]) == (
        "ROUX",
        "Denis",
    )
    assert done["histoStatutApprobation"]["mention"] == "delegate pour manager"
    events = history["historiquesDesEvenementsComplementaires"]["evenement"]
    assert sum(e["evenementQui"] == "delegate pour manager" for e in events) == 2


def test_approver_of_another_service_is_refused(users: dict[str, ApiClient]) -> None:
    manager2, admin = users["manager2"], users["admin"]
    with _thresholds(admin, TOWN_HALL, defaultThreshold="100", thresholds={}):
        finances = _candidates(manager2, FINANCES, min_ht=Decimal("100.01"))[0]["idFacture"]
        refusal = _refused(manager2, finances, "SERVICE_FAIT")
        assert "manager2" not in refusal["approbateurs"]
        ecoles = _candidates(manager2, ECOLES, min_ht=Decimal("100.01"))[0]["idFacture"]
        answer = _accepted(manager2, ecoles, "SERVICE_FAIT")
        assert answer["approbation"]["approbateur"] == "manager2"
    # an approver in one structure only: refused in the hospital
    hospital = _candidates(manager2, HOSPITAL_ACHATS, min_ht=Decimal("40000.01"))[0]
    _refused(manager2, hospital["idFacture"], "SERVICE_FAIT")
    # below the threshold a manager acts as any clerk
    small = _candidates(manager2, FINANCES, max_ht=Decimal("20000"))[0]["idFacture"]
    assert "approbation" not in _accepted(manager2, small, "SERVICE_FAIT")


def test_thresholds_by_service_are_honoured(users: dict[str, ApiClient]) -> None:
    clerk, admin = users["clerk"], users["admin"]
    finances = _candidates(clerk, FINANCES, min_ht=Decimal("1"), max_ht=Decimal("40000"))[0]
    technique = _candidates(clerk, TECHNIQUE, min_ht=Decimal("1"), max_ht=Decimal("40000"))[0]
    below_t = technique["montantHT"] - Decimal("0.01")
    # FINANCES exactly at its threshold (not above: the clerk acts), TECHNIQUE 1 cent below
    with _thresholds(
        admin,
        TOWN_HALL,
        defaultThreshold=str(finances["montantHT"]),
        thresholds={"TECHNIQUE": str(below_t)},
    ) as config:
        assert config["thresholds"] == {"TECHNIQUE": f"{below_t:.2f}"}
        refusal = _refused(clerk, technique["idFacture"], "SERVICE_FAIT")
        assert refusal["seuilHT"] == below_t
        assert refusal["codeServiceExecutant"] == "TECHNIQUE"
        assert "approbation" not in _accepted(clerk, finances["idFacture"], "SERVICE_FAIT")
    with _thresholds(admin, TOWN_HALL, thresholds={"TECHNIQUE": str(technique["montantHT"])}):
        _accepted(clerk, technique["idFacture"], "SERVICE_FAIT")
    restored = admin.admin("GET", f"{APPROVALS}/{TOWN_HALL}")
    assert (restored["defaultThreshold"], restored["thresholds"]) == (
        "40000.00",
        {"TECHNIQUE": "25000.00"},
    )


def test_delegation_admin_api_scope_and_validation(users: dict[str, ApiClient]) -> None:
    clerk, admin = users["clerk"], users["admin"]
    path = f"{APPROVALS}/{TOWN_HALL}/delegations"
    created = admin.admin(
        "POST",
        path,
        {"delegator": "manager2", "delegate": "clerk", "start": "2026-03-01", "end": "2026-03-31"},
    )
    assert any(
        d["id"] == created["id"] and d["activeToday"] for d in created["structure"]["delegations"]
    )
    with _thresholds(admin, TOWN_HALL, defaultThreshold="100", thresholds={}):
        ecoles = _candidates(clerk, ECOLES, min_ht=Decimal("100.01"), count=2)
        answer = _accepted(clerk, ecoles[0]["idFacture"], "SERVICE_FAIT")
        assert answer["approbation"]["mention"] == "clerk pour manager2"
        # the delegate gets the delegator's services only
        finances = _candidates(clerk, FINANCES, min_ht=Decimal("100.01"))[0]["idFacture"]
        _refused(clerk, finances, "SERVICE_FAIT")
        after = admin.admin("DELETE", f"{path}/{created['id']}")
        assert all(d["id"] != created["id"] for d in after["delegations"])
        _refused(clerk, ecoles[1]["idFacture"], "SERVICE_FAIT")

    headers = {admin.info["adminHeader"]: admin.info["adminToken"]}

    def bad(method: str, url: str, payload: Any) -> httpx.Response:
        return admin.http.request(method, url, json=payload, headers=headers)

    delegation = {"delegator": "manager", "delegate": "clerk", "start": "2026-03-01"}
    for payload in (
        {**delegation, "end": "2026-02-28"},  # ends before it starts
        {**delegation, "delegate": "manager", "end": "2026-03-31"},  # to oneself
        {**delegation, "delegate": "nobody", "end": "2026-03-31"},
        {**delegation, "end": "31/03/2026"},
    ):
        response = bad("POST", path, payload)
        assert (response.status_code, response.json()["libelle"]) == (400, "PARAMETRE_INVALIDE")
    one = f"{APPROVALS}/{TOWN_HALL}"
    invalid: list[dict[str, Any]] = [
        {"thresholds": {"NOPE": 10}},
        {"defaultThreshold": -1},
        {"defaultThreshold": "abc"},
        {"approvers": [{"login": "nobody", "services": []}]},
        {"approvers": [{"login": "manager", "services": ["PHARMACIE"]}]},  # hospital service
    ]
    for change in invalid:
        assert bad("PUT", one, change).status_code == 400
    assert bad("DELETE", f"{path}/999999", None).status_code == 404
    assert bad("GET", f"{APPROVALS}/12345", None).status_code == 400


def test_approvers_can_be_replaced(users: dict[str, ApiClient]) -> None:
    manager, manager2, admin = users["manager"], users["manager2"], users["admin"]
    one = f"{APPROVALS}/{HOSPITAL}"
    before = admin.admin("GET", one)["approvers"]
    big = _candidates(manager, HOSPITAL_ACHATS, min_ht=Decimal("40000.01"), count=2)
    changed = admin.admin(
        "PUT", one, {"approvers": [{"login": "manager2", "services": ["ACHATS"]}]}
    )
    try:
        assert changed["approvers"] == [{"login": "manager2", "services": ["ACHATS"]}]
        refusal = _refused(manager, big[0]["idFacture"], "SERVICE_FAIT")
        assert refusal["approbateurs"] == ["manager2"]
        _accepted(manager2, big[0]["idFacture"], "SERVICE_FAIT")
        # an administrator decides anywhere, recorded as such
        answer = _accepted(admin, big[1]["idFacture"], "SERVICE_FAIT")
        assert answer["approbation"]["qualite"] == "ADMINISTRATEUR"
    finally:
        admin.admin("PUT", one, {"approvers": before})
    assert admin.admin("GET", one)["approvers"] == before


def test_configuration_persists_and_older_data_dirs_get_the_new_users(tmp_path: Path) -> None:
    from desktop_app.sandbox import approvals
    from desktop_app.sandbox.app import open_sandbox
    from desktop_app.sandbox.config import SandboxConfig
    from desktop_app.sync.http_signatures import load_pkcs12_identity

    config = SandboxConfig(data_dir=tmp_path, invoices=5, today=TODAY)
    sandbox, _ = open_sandbox(config)
    approvals.update(sandbox, TOWN_HALL, {"defaultThreshold": "1234.5"})
    # what a data dir of the previous sandbox looked like: no "delegate" user at all
    with sandbox.store.transaction() as db:
        db.execute("DELETE FROM accounts WHERE login = 'delegate'")
    sandbox.store.close()
    index_path = tmp_path / "pki" / "users.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    del index["delegate"]
    index_path.write_text(json.dumps(index), encoding="utf-8")

    again, pki = open_sandbox(SandboxConfig(data_dir=tmp_path, invoices=5, today=TODAY))
    try:
        assert approvals.structure_config(again, TOWN_HALL)["defaultThreshold"] == "1234.50"
        account = again.store.account("delegate")
        assert account is not None and account["role"] == "clerk"
        user = pki.users["delegate"]
        identity = load_pkcs12_identity(user.pkcs12_path, user.password)
        assert identity.thumbprint == user.thumbprint
        assert pki.users["manager"].password == index["manager"]["password"]  # others kept
    finally:
        again.store.close()
