"""Interoperability, both ways, with an independent RFC 9421 implementation: the
``http-message-signatures`` package (pyauth/http-message-signatures, PyPI; dev extra).

- a request signed by the client (sync/http_signatures.py) verifies with the library;
- a request signed by the library verifies with the sandbox's verifier
  (sandbox/signature_verify.py), in the contract's profile and on the RFC's own vector.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from http_message_signatures import (
    HTTPMessageSigner,
    HTTPMessageVerifier,
    InvalidSignature,
    MappingKeyResolver,
    algorithms,
)

from desktop_app.sandbox.signature_verify import (
    HttpMessage,
    SignatureError,
    verify_message,
    verify_request,
)
from desktop_app.sync.http_signatures import (
    COVERED_COMPONENTS,
    SIGNATURE_TAG,
    ClientIdentity,
    certificate_thumbprint,
    content_digest,
    new_nonce,
    sign_url_request,
)
from tests.sandbox.test_http_signatures import _cert
from tests.sync import rfc9421_vectors as rfc

URL = "https://127.0.0.1:8443/cpro/factures/v1/rechercher/recipiendaire"
BODY = b'{"paramRecherche": {"nbResultatsParPage": 1}}'
HEADERS = {
    "Authorization": "Bearer abc",
    "cpro-account": "VEVDSF9JREVTSzpzM2NyZXQ=",
    "Content-Type": "application/json;charset=utf-8",
}
ALGORITHMS: dict[str, Any] = {
    "ecdsa-p256-sha256": algorithms.ECDSA_P256_SHA256,
    "rsa-pss-sha512": algorithms.RSA_PSS_SHA512,
}


@dataclass
class LibraryRequest:
    """The message interface the library reads (method, url, mutable headers)."""

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)


def _identity(kind: str) -> ClientIdentity:
    key: Any = (
        ec.generate_private_key(ec.SECP256R1())
        if kind == "ecdsa-p256-sha256"
        else rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    der = _cert(key)
    cert = x509.load_der_x509_certificate(der)
    return ClientIdentity(key, cert, der, certificate_thumbprint(der))


def _sandbox_message(headers: dict[str, str]) -> HttpMessage:
    return HttpMessage(
        headers=headers,
        method="POST",
        authority="127.0.0.1:8443",
        path="/cpro/factures/v1/rechercher/recipiendaire",
        query="",
    )


@pytest.mark.parametrize("alg", sorted(ALGORITHMS))
def test_a_request_signed_by_the_client_verifies_with_the_library(alg: str) -> None:
    identity = _identity(alg)
    signed = {**HEADERS, **sign_url_request("POST", URL, HEADERS, BODY, identity)}
    verifier = HTTPMessageVerifier(
        signature_algorithm=ALGORITHMS[alg],
        key_resolver=MappingKeyResolver(
            public_keys={identity.thumbprint: identity.private_key.public_key()}, private_keys={}
        ),
    )
    results = verifier.verify(
        LibraryRequest("POST", URL, signed),
        expect_tag=SIGNATURE_TAG,
        require_components=COVERED_COMPONENTS,
        body=BODY,
    )
    assert [r.label for r in results] == ["sig1"]
    assert results[0].parameters["keyid"] == identity.thumbprint
    # the library is not a rubber stamp: another body fails its digest check
    with pytest.raises(InvalidSignature):
        verifier.verify(LibraryRequest("POST", URL, signed), expect_tag=SIGNATURE_TAG, body=b"{}")


@pytest.mark.parametrize("alg", sorted(ALGORITHMS))
def test_a_request_signed_by_the_library_verifies_with_the_sandbox(alg: str) -> None:
    identity = _identity(alg)
    request = LibraryRequest("POST", URL, {**HEADERS, "Content-Digest": content_digest(BODY)})
    now = int(time.time())
    signer = HTTPMessageSigner(
        signature_algorithm=ALGORITHMS[alg],
        key_resolver=MappingKeyResolver(
            public_keys={}, private_keys={identity.thumbprint: identity.private_key}
        ),
    )
    signer.sign(
        request,
        key_id=identity.thumbprint,
        created=dt.datetime.fromtimestamp(now, dt.UTC),
        expires=dt.datetime.fromtimestamp(now + 300, dt.UTC),
        nonce=new_nonce(),
        label="sig1",
        tag=SIGNATURE_TAG,
        covered_component_ids=COVERED_COMPONENTS,
        body=BODY,
        use_existing_digest=True,
    )
    verified = verify_request(
        message=_sandbox_message(request.headers),
        body=BODY,
        public_key=identity.private_key.public_key(),
        thumbprint=identity.thumbprint,
    )
    assert verified.alg == alg
    with pytest.raises(SignatureError) as caught:
        verify_request(
            message=_sandbox_message({**request.headers, "Authorization": "Bearer other"}),
            body=BODY,
            public_key=identity.private_key.public_key(),
            thumbprint=identity.thumbprint,
        )
    assert caught.value.code == 90004


def test_the_librarys_ed25519_signature_of_the_rfc_request_verifies_with_the_sandbox() -> None:
    key = load_pem_private_key(rfc.TEST_KEY_ED25519, None)
    assert isinstance(key, ed25519.Ed25519PrivateKey)
    request = LibraryRequest(
        "POST", "https://example.com/foo?param=Value&Pet=dog", dict(rfc.REQUEST_HEADERS)
    )
    HTTPMessageSigner(
        signature_algorithm=algorithms.ED25519,
        key_resolver=MappingKeyResolver(public_keys={}, private_keys={"test-key-ed25519": key}),
    ).sign(
        request,
        key_id="test-key-ed25519",
        created=dt.datetime.fromtimestamp(1618884473, dt.UTC),
        label="sig-b26",
        include_alg=False,
        use_existing_digest=True,
        covered_component_ids=(
            "date",
            "@method",
            "@path",
            "@authority",
            "content-type",
            "content-length",
            '"@query-param";name="Pet"',
        ),
    )
    message = HttpMessage(
        headers=request.headers,
        method="POST",
        authority="example.com",
        path="/foo",
        query="param=Value&Pet=dog",
    )
    verify_message(message, "sig-b26", key.public_key(), "ed25519")
