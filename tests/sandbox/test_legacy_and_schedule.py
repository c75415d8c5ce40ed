"""legacy-basic profile (mTLS + HTTP Basic, certificate-era paths) and the supplier schedule."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator

import pytest

from desktop_app.sandbox.server import ThreadedSandbox
from tests.sandbox.client import ApiClient
from tests.sandbox.conftest import start


@pytest.fixture(scope="module")
def legacy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedSandbox]:
    running = start(
        tmp_path_factory.mktemp("legacy"),
        invoices=40,
        mode="legacy-basic",
        supplier_interval_s=0.5,
        supplier_batch=2,
    )
    yield running
    running.stop()


def _basic(login: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()


def test_basic_auth_over_mutual_tls(legacy: ThreadedSandbox) -> None:
    client = ApiClient(legacy.info, "clerk", sign=False)
    client.token = "unused"
    path = "/service/factures/rechercher/recipiendaire"
    ok = client.post(path, {}, Authorization=_basic("TECH_IDESK", "Demo-Tech-2026!"))
    assert ok.status_code == 200
    assert ok.json()["codeRetour"] == 0
    refused = client.post(path, {}, Authorization=_basic("TECH_IDESK", "wrong"))
    assert (refused.status_code, refused.json()["codeRetour"]) == (401, 90014)
    assert refused.headers["WWW-Authenticate"].startswith("Basic")
    client.close()
    anonymous = ApiClient(legacy.info, None)
    anonymous.token = "unused"
    response = anonymous.post(path, {}, Authorization=_basic("TECH_IDESK", "Demo-Tech-2026!"))
    assert (response.status_code, response.json()["codeRetour"]) == (401, 90008)
    anonymous.close()


def test_scheduled_supplier_rounds_deposit_invoices(legacy: ThreadedSandbox) -> None:
    client = ApiClient(legacy.info, "clerk", sign=False)
    before = client.admin("GET", "/sandbox/admin/status")["invoices"]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if client.admin("GET", "/sandbox/admin/status")["invoices"] >= before + 2:
            break
        time.sleep(0.2)
    else:
        raise AssertionError("no scheduled deposit within 10 s")
    assert client.admin("GET", "/sandbox/admin/integrity")["ok"] is True
    client.close()
