"""Certificate profile: every refusal comes with its own error (real TLS on 127.0.0.1)."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from desktop_app.sandbox.server import ThreadedSandbox
from desktop_app.sync.http_signatures import describe_tls_failure, sign_url_request
from tests.sandbox.client import SEARCH, ApiClient, account_header, identity_of

BODY = {"paramRecherche": {"nbResultatsParPage": 1}}


def _refusal(response: httpx.Response) -> tuple[int, int, str | None]:
    data = response.json()
    return response.status_code, data["codeRetour"], data.get("motif")


def test_clerk_certificate_with_signature_is_accepted(clerk: ApiClient) -> None:
    data = clerk.ok(SEARCH, BODY)
    assert data["codeRetour"] == 0
    assert data["total"] == 300


def test_refusals_are_distinct(server: ThreadedSandbox, clerk: ApiClient) -> None:
    info = server.info
    seen: dict[str, tuple[Any, ...]] = {}

    no_cert = ApiClient(info, None)
    no_cert.token = clerk.token or clerk.fetch_token()
    response = no_cert.post(SEARCH, BODY)
    seen["no certificate"] = _refusal(response)
    assert response.headers["WWW-Authenticate"].startswith("Signature")
    no_cert.close()

    for login in ("expired", "revoked", "noeku"):
        client = ApiClient(info, login)
        client.token = clerk.token
        seen[login] = _refusal(client.post(SEARCH, BODY))
        client.close()

    foreign = ApiClient(info, "foreign")
    foreign.token = clerk.token
    seen["foreign CA"] = _refusal(foreign.post(SEARCH, BODY))
    foreign.close()

    body = json.dumps(BODY).encode()
    headers = clerk.headers(body, SEARCH)
    seen["tampered body"] = _refusal(clerk.raw(SEARCH, body.replace(b"1", b"9"), headers))
    assert clerk.raw(SEARCH, body, headers).status_code == 200
    seen["replayed nonce"] = _refusal(clerk.raw(SEARCH, body, headers))

    plain = {
        k: v
        for k, v in headers.items()
        if k not in ("Signature", "Signature-Input", "Content-Digest")
    }
    seen["no signature"] = _refusal(clerk.raw(SEARCH, body, plain))
    assert clerk.identity is not None
    stale = sign_url_request(
        "POST", clerk.address + SEARCH, plain, body, clerk.identity, created=int(time.time()) - 1000
    )
    seen["stale date"] = _refusal(clerk.raw(SEARCH, body, {**plain, **stale}))
    manager_key = identity_of(info, "manager")
    foreign_sig = sign_url_request("POST", clerk.address + SEARCH, plain, body, manager_key)
    seen["key of another certificate"] = _refusal(clerk.raw(SEARCH, body, {**plain, **foreign_sig}))
    forged = dict(sign_url_request("POST", clerk.address + SEARCH, plain, body, clerk.identity))
    forged["Signature"] = (
        forged["Signature"][:10]
        + ("A" if forged["Signature"][10] != "A" else "B")
        + forged["Signature"][11:]
    )
    seen["forged signature"] = _refusal(clerk.raw(SEARCH, body, {**plain, **forged}))

    seen["bad token"] = _refusal(clerk.post(SEARCH, BODY, Authorization="Bearer not-a-token"))
    seen["bad technical account"] = _refusal(
        clerk.post(SEARCH, BODY, **{"cpro-account": account_header("TECH_IDESK", "wrong")})
    )
    clerk.admin("POST", "/sandbox/admin/tokens/expire")
    seen["expired token"] = _refusal(clerk.post(SEARCH, BODY))
    clerk.fetch_token()
    assert clerk.post(SEARCH, BODY).status_code == 200

    assert seen == {
        "no certificate": (401, 90008, None),
        "expired": (401, 90007, "CERT_EXPIRE"),
        "revoked": (401, 90007, "CERT_REVOQUE"),
        "noeku": (401, 90007, "CERT_USAGE_INVALIDE"),
        "foreign CA": (401, 90009, None),
        "tampered body": (401, 90002, None),
        "replayed nonce": (401, 90006, None),
        "no signature": (401, 90001, None),
        "stale date": (401, 90005, None),
        "key of another certificate": (401, 90003, None),
        "forged signature": (401, 90004, None),
        "bad token": (401, 90011, None),
        "bad technical account": (401, 90013, None),
        "expired token": (401, 90012, None),
    }
    assert len(set(seen.values())) == len(seen)


def test_unknown_authority_is_refused_by_the_handshake(server: ThreadedSandbox, tmp_path) -> None:
    """A CA the sandbox never saw: no HTTP answer at all."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from desktop_app.sync.http_signatures import ClientIdentity, certificate_thumbprint

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "clerk")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    client = ApiClient(server.info, None)
    client.identity = ClientIdentity(key, cert, der, certificate_thumbprint(der))
    from desktop_app.sync.http_signatures import client_ssl_context

    client.http = httpx.Client(
        verify=client_ssl_context(client.identity, server.info["caCert"]), base_url=client.address
    )
    client.token = "x"
    with pytest.raises(httpx.HTTPError) as caught:
        client.post(SEARCH, BODY)
    assert describe_tls_failure(caught.value) in (None, "CERT_AUTORITE_INCONNUE")
    client.close()


def test_revocation_by_admin_takes_effect(server: ThreadedSandbox, clerk: ApiClient) -> None:
    admin = ApiClient(server.info, "admin")
    assert admin.ok(SEARCH, BODY)["codeRetour"] == 0
    clerk.admin("POST", "/sandbox/admin/revoke", {"login": "admin"})
    assert _refusal(admin.post(SEARCH, BODY)) == (401, 90007, "CERT_REVOQUE")
    admin.close()


def test_token_endpoint_rejects_bad_client(clerk: ApiClient) -> None:
    response = clerk.http.post(
        "/api/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "invoice-desk-demo",
            "client_secret": "nope",
            "scope": "openid",
        },
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    response = clerk.http.post("/api/oauth/token", data={"grant_type": "password"})
    assert response.status_code == 400
