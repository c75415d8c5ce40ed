"""Fault injection: each kind at its configured rate, reproducible, never corrupting the store."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from desktop_app.sandbox.faults import FAULT_HEADER, parse_faults
from desktop_app.sandbox.server import ThreadedSandbox
from tests.sandbox.client import PROCESS, SEARCH, ApiClient
from tests.sandbox.conftest import start

PROBE = "/cpro/transverses/v1/recuperer/tauxtva"
SLOW_S = 0.25


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedSandbox]:
    running = start(tmp_path_factory.mktemp("faults"), invoices=120)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client(faulty: ThreadedSandbox) -> Iterator[ApiClient]:
    api = ApiClient(faulty.info, "manager")
    api.fetch_token()
    yield api
    api.close()


def _configure(client: ApiClient, spec: str | None) -> None:
    client.admin("POST", "/sandbox/admin/faults", {"spec": spec})


def _outcome(client: ApiClient, path: str = PROBE, body: object = None, **headers: str) -> str:
    started = time.perf_counter()
    try:
        response = client.post(path, body or {}, **headers)
    except httpx.RemoteProtocolError as exc:
        return "truncate" if "complete message body" in str(exc) else "reset"
    except httpx.ReadError:
        return "reset"
    if response.status_code == 503:
        assert response.json()["codeRetour"] == 503
        return "5xx"
    if response.status_code == 429:
        assert int(response.headers["Retry-After"]) >= 1
        return "429"
    assert response.status_code == 200, response.text
    if response.headers.get(FAULT_HEADER) == "slow":  # not timing: a loaded machine is slow too
        assert time.perf_counter() - started >= SLOW_S
        return "slow"
    return "ok"


def test_parse_faults() -> None:
    config = parse_faults("rate=0.3,kinds=5xx,429,reset,slow,truncate,seed=7")
    assert config.rate == 0.3
    assert config.kinds == ("5xx", "429", "reset", "slow", "truncate")
    assert config.seed == 7
    assert parse_faults(None).kinds == ()
    with pytest.raises(ValueError):
        parse_faults("rate=0.3,kinds=boom")


def test_each_kind_at_its_rate(client: ApiClient) -> None:
    _configure(client, f"rate=0.3,kinds=5xx,429,reset,slow,truncate,seed=7,slow_s={SLOW_S}")
    total = 400
    seen = Counter(_outcome(client) for _ in range(total))
    stats = client.admin("GET", "/sandbox/admin/faults")
    _configure(client, None)
    assert stats["requests"] == total
    assert {k: v for k, v in seen.items() if k != "ok"} == stats["counts"]
    faults = total - seen["ok"]
    assert abs(faults / total - 0.3) < 0.07, seen
    for kind in ("5xx", "429", "reset", "slow", "truncate"):
        assert abs(seen[kind] / total - 0.06) < 0.035, (kind, seen)


def test_same_seed_same_faults(client: ApiClient) -> None:
    runs = []
    for _ in range(2):
        _configure(client, "rate=0.5,kinds=5xx,429,reset,truncate,seed=11")
        runs.append([_outcome(client) for _ in range(60)])
    _configure(client, None)
    assert runs[0] == runs[1]
    assert len(set(runs[0])) == 5


def test_lost_answers_never_apply_twice_nor_corrupt(client: ApiClient) -> None:
    listing = client.ok(
        SEARCH,
        {"statutCourant": "MISE_A_DISPOSITION", "paramRecherche": {"nbResultatsParPage": 25}},
    )["listeFactures"]
    _configure(client, "rate=0.5,kinds=5xx,429,reset,truncate,seed=3")
    attempts = Counter()
    for item in listing:
        body = {"idFacture": item["idFacture"], "nouveauStatut": "SERVICE_FAIT"}
        key = f"sf-{item['idFacture']}"
        while _outcome(client, PROCESS, body, **{"Idempotency-Key": key}) != "ok":
            attempts[item["idFacture"]] += 1
            assert attempts[item["idFacture"]] < 30
    _configure(client, None)
    assert sum(attempts.values()) > 5, "the faults should have hit some requests"
    for item in listing:
        detail = client.admin("GET", f"/sandbox/admin/invoices/{item['idFacture']}")
        assert detail["statut"] == "SERVICE_FAIT"
        assert detail["appliedRecipientChanges"] == {"SERVICE_FAIT": 1}
    assert client.admin("GET", "/sandbox/admin/integrity") == {"ok": True, "problems": []}
