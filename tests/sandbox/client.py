"""A plain httpx client for the sandbox tests: mTLS, PISTE token, cpro-account, signatures."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx

from desktop_app.sync.http_signatures import (
    ClientIdentity,
    client_ssl_context,
    load_pkcs12_identity,
    sign_url_request,
)

CLIENT_ID = "invoice-desk-demo"
CLIENT_SECRET = "piste-secret-demo-2026"
ACCOUNTS = {
    "TECH_IDESK": "Demo-Tech-2026!",
    "TECH_CLERK": "Demo-Clerk-2026!",
    "TECH_LIMITE": "Demo-Limite-2026!",
}


def identity_of(info: dict[str, Any], login: str) -> ClientIdentity:
    user = next(u for u in info["users"] if u["login"] == login)
    return load_pkcs12_identity(Path(user["pkcs12"]), user["password"])


def account_header(login: str, password: str | None = None) -> str:
    secret = ACCOUNTS.get(login, "") if password is None else password
    return base64.b64encode(f"{login}:{secret}".encode()).decode()


class ApiClient:
    """Signs every call when it has an identity and ``sign`` is on."""

    def __init__(
        self,
        info: dict[str, Any],
        login: str | None = "clerk",
        *,
        account: str = "TECH_IDESK",
        sign: bool = True,
        ca_file: str | None = None,
    ) -> None:
        self.info = info
        self.address = info["address"]
        self.identity = identity_of(info, login) if login else None
        self.account = account
        self.sign = sign and self.identity is not None
        context = client_ssl_context(self.identity, ca_file or info["caCert"])
        self.http = httpx.Client(verify=context, base_url=self.address, timeout=60)
        self.token: str | None = None

    def close(self) -> None:
        self.http.close()

    def fetch_token(self) -> str:
        response = self.http.post(
            "/api/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "scope": "openid",
            },
        )
        response.raise_for_status()
        self.token = str(response.json()["access_token"])
        return self.token

    def headers(self, body: bytes, path: str, **overrides: str) -> dict[str, str]:
        if self.token is None:
            self.fetch_token()
        headers = {
            "Authorization": f"Bearer {self.token}",
            "cpro-account": account_header(self.account),
            "Content-Type": "application/json;charset=utf-8",
        }
        headers.update(overrides)
        if self.sign and self.identity is not None:
            headers.update(
                sign_url_request("POST", self.address + path, headers, body, self.identity)
            )
        return headers

    def raw(self, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        return self.http.post(path, content=body, headers=headers)

    def post(self, path: str, payload: Any = None, **extra_headers: str) -> httpx.Response:
        body = json.dumps({} if payload is None else payload).encode("utf-8")
        return self.raw(path, body, self.headers(body, path, **extra_headers))

    def ok(self, path: str, payload: Any = None, **extra_headers: str) -> dict[str, Any]:
        response = self.post(path, payload, **extra_headers)
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()
        return data

    def admin(self, method: str, path: str, payload: Any = None) -> dict[str, Any]:
        response = self.http.request(
            method,
            path,
            json=payload,
            headers={self.info["adminHeader"]: self.info["adminToken"]},
        )
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()
        return data


SEARCH = "/cpro/factures/v1/rechercher/recipiendaire"
TO_PROCESS = "/cpro/factures/v1/rechercher/atraiter/recipiendaire"
CONSULT = "/cpro/factures/v1/consulter/recipiendaire"
HISTORY = "/cpro/factures/v1/consulter/historique"
PROCESS = "/cpro/factures/v1/traiter/recue"
DOWNLOAD = "/cpro/factures/v1/telecharger/groupe"


def first_invoice(client: ApiClient, **filters: Any) -> dict[str, Any]:
    """The first invoice (oldest change first) matching ``filters``."""
    data = client.ok(SEARCH, {**filters, "paramRecherche": {"nbResultatsParPage": 1}})
    assert data["codeRetour"] == 0, data
    entry: dict[str, Any] = data["listeFactures"][0]
    return entry
