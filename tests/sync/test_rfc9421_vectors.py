"""The client's signer and the sandbox's verifier, each against the RFC 9421 test vectors.

The two share no code: a bug common to both would pass their round trip, not these vectors.
Signature bases must be byte-identical to the RFC's; deterministic algorithms (hmac-sha256,
ed25519, rsa-v1_5-sha256) must give the RFC's signature bytes; randomized ones (rsa-pss,
ecdsa) must verify the RFC's signature. Vectors: tests/sync/rfc9421_vectors.py (source cited
there).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from desktop_app.sandbox.signature_verify import (
    HttpMessage,
    SignatureError,
    digest_matches,
    parse_signature,
    signature_base,
    verify_bytes,
    verify_message,
)
from desktop_app.sync.http_signatures import Message, sign_message
from desktop_app.sync.http_signatures import signature_base as client_signature_base
from tests.sync import rfc9421_vectors as rfc
from tests.sync.rfc9421_vectors import VECTORS, Vector

IDS = [f"{v.section} {v.alg}" for v in VECTORS]


def _private(vector: Vector) -> Any:
    data = getattr(rfc, vector.key)
    return data if vector.key == "TEST_SHARED_SECRET" else load_pem_private_key(data, None)


def _public(vector: Vector) -> Any:
    key = _private(vector)
    return key if isinstance(key, bytes) else key.public_key()


def _headers(vector: Vector) -> dict[str, str]:
    if vector.response:
        return dict(rfc.RESPONSE_HEADERS)
    headers = dict(rfc.REQUEST_HEADERS)
    if vector.section == "4.3":
        headers["Forwarded"] = rfc.PROXY_FORWARDED
    return headers


def _authority(vector: Vector) -> str:
    return rfc.PROXY_AUTHORITY if vector.section == "4.3" else rfc.REQUEST_AUTHORITY


def _client_message(vector: Vector) -> Message:
    if vector.response:
        return Message(_headers(vector), status=rfc.RESPONSE_STATUS)
    return Message(
        _headers(vector),
        rfc.REQUEST_METHOD,
        _authority(vector),
        rfc.REQUEST_PATH,
        rfc.REQUEST_QUERY,
    )


def _sandbox_message(vector: Vector, **extra: str) -> HttpMessage:
    headers = {
        **_headers(vector),
        "Signature-Input": vector.signature_input,
        "Signature": f"{vector.label}=:{vector.signature}:",
        **extra,
    }
    if vector.response:
        return HttpMessage(headers=headers, status=rfc.RESPONSE_STATUS)
    return HttpMessage(
        headers=headers,
        method=rfc.REQUEST_METHOD,
        authority=_authority(vector),
        path=rfc.REQUEST_PATH,
        query=rfc.REQUEST_QUERY,
    )


def _covered(vector: Vector) -> list[Any]:
    return [(name, params) if params else name for name, params in vector.covered]


# --- the client's signer -----------------------------------------------------------------


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_client_signature_base_is_the_rfcs(vector: Vector) -> None:
    signed = sign_message(
        _client_message(vector),
        _covered(vector),
        vector.params,
        _private(vector),
        vector.alg,
        label=vector.label,
    )
    assert signed["Signature-Input"] == vector.signature_input
    serialized = vector.signature_input.split("=", 1)[1]
    base = client_signature_base(_client_message(vector), _covered(vector), serialized)
    assert base == vector.base.encode("ascii")
    produced = base64.b64decode(signed["Signature"].split("=", 1)[1].strip(":"))
    if vector.deterministic:
        assert base64.b64encode(produced).decode() == vector.signature
    # randomized or not, what the client produced verifies under the RFC's public key
    assert verify_bytes(vector.alg, _public(vector), produced, base)


# --- the sandbox's verifier --------------------------------------------------------------


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_sandbox_rebuilds_the_rfcs_base_and_verifies_its_signature(vector: Vector) -> None:
    message = _sandbox_message(vector)
    parsed = parse_signature(message, vector.label)
    assert signature_base(message, parsed.covered, parsed.params) == vector.base.encode("ascii")
    assert base64.b64encode(parsed.signature).decode() == vector.signature
    verify_message(message, vector.label, _public(vector), vector.alg)


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_sandbox_refuses_the_rfcs_signature_on_a_changed_message(vector: Vector) -> None:
    header = "Content-Length" if "content-length" in vector.base else "Content-Type"
    if vector.section == "B.2.1":  # covers nothing: change a parameter instead
        changed = vector.signature_input.replace("1618884473", "1618884474")
        message = _sandbox_message(vector, **{"Signature-Input": changed})
    elif vector.section == "B.2.2":
        message = HttpMessage(
            headers=dict(_sandbox_message(vector).headers),
            authority="example.com",
            path="/foo",
            query="param=Value&Pet=cat",
        )
    else:
        message = _sandbox_message(vector, **{header: "999"})
    with pytest.raises(SignatureError) as caught:
        verify_message(message, vector.label, _public(vector), vector.alg)
    assert caught.value.code == 90004


def test_sandbox_refuses_another_algorithm_than_the_key_s() -> None:
    vector = next(v for v in VECTORS if v.alg == "ed25519")
    with pytest.raises(SignatureError):
        verify_message(_sandbox_message(vector), vector.label, _public(vector), "hmac-sha256")


def test_rfc_content_digests_match_the_rfc_bodies() -> None:
    request = HttpMessage(headers=rfc.REQUEST_HEADERS)
    response = HttpMessage(headers=rfc.RESPONSE_HEADERS)
    assert digest_matches(request, rfc.REQUEST_BODY)
    assert digest_matches(response, rfc.RESPONSE_BODY)
    assert not digest_matches(request, rfc.RESPONSE_BODY)
    digest = base64.b64encode(hashlib.sha512(rfc.REQUEST_BODY).digest()).decode()
    assert rfc.REQUEST_HEADERS["Content-Digest"] == f"sha-512=:{digest}:"


def test_a_malformed_structured_field_is_refused_not_guessed() -> None:
    vector = VECTORS[-1]
    broken = vector.signature_input.replace(")", "", 1)  # an inner list never closed
    with pytest.raises(SignatureError) as caught:
        parse_signature(_sandbox_message(vector, **{"Signature-Input": broken}), vector.label)
    assert caught.value.code == 90004
