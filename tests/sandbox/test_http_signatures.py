"""RFC 9421 / RFC 9530: the client's signer against the sandbox's own verifier (pure
functions, no server). The two share no code (see tests/sync/test_rfc9421_vectors.py for both
against the RFC's test vectors)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from desktop_app.sandbox.signature_verify import (
    PROFILE_COMPONENTS,
    HttpMessage,
    NonceCache,
    SignatureError,
    certificate_public_key,
    certificate_thumbprint,
    parse_signature,
    verify_request,
)
from desktop_app.sync.http_signatures import COVERED_COMPONENTS, content_digest, sign_request


def _cert(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "t")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


EC_KEY = ec.generate_private_key(ec.SECP256R1())
EC_DER = _cert(EC_KEY)
HEADERS = {
    "Authorization": "Bearer abc",
    "cpro-account": "VEVDSDpzM2NyZXQ=",
    "Content-Type": "application/json;charset=utf-8",
}
BODY = b'{"idFacture": 1}'
REQ = {
    "method": "POST",
    "authority": "127.0.0.1:8443",
    "path": "/cpro/factures/v1/traiter/recue",
    "query": "",
}


def _signed(key=EC_KEY, der=EC_DER, **kw):  # type: ignore[no-untyped-def]
    added = sign_request(
        **REQ, headers=HEADERS, body=BODY, private_key=key, certificate_der=der, **kw
    )
    return {**HEADERS, **added}


def _verify(headers, body=BODY, der=EC_DER, **kw):  # type: ignore[no-untyped-def]
    message = HttpMessage(headers=headers, **{**REQ, **kw})
    key = certificate_public_key(x509.load_der_x509_certificate(der))
    assert key is not None
    return verify_request(
        message=message, body=body, public_key=key, thumbprint=certificate_thumbprint(der)
    )


def test_client_and_sandbox_agree_on_the_profile() -> None:
    assert COVERED_COMPONENTS == PROFILE_COMPONENTS


def test_content_digest_is_rfc9530_sha256() -> None:
    expected = base64.b64encode(hashlib.sha256(b"{}").digest()).decode()
    assert content_digest(b"{}") == f"sha-256=:{expected}:"


def test_signature_input_follows_the_profile() -> None:
    headers = _signed(created=1764000000, nonce="q1Zb3kP0mV8yQm1x3g2w7A")
    parsed = parse_signature(HttpMessage(headers=headers), "sig1")
    assert tuple(name for name, _ in parsed.covered) == COVERED_COMPONENTS
    assert parsed.params["created"] == 1764000000
    assert parsed.params["expires"] == 1764000300
    assert parsed.params["alg"] == "ecdsa-p256-sha256"
    assert parsed.params["tag"] == "invoice-desk-v1"
    assert headers["Signature-Input"].startswith(
        'sig1=("@method" "@authority" "@path" "@query" "content-type" "content-digest" '
        '"cpro-account" "authorization");created=1764000000;expires=1764000300;'
        'nonce="q1Zb3kP0mV8yQm1x3g2w7A";keyid="'
    )
    signature = headers["Signature"]
    assert signature.startswith("sig1=:")
    assert signature.endswith(":")
    assert len(base64.b64decode(signature[6:-1])) == 64  # raw r || s (RFC 9421 §3.3.4)


@pytest.mark.parametrize("use_rsa", [False, True])
def test_round_trip(use_rsa: bool) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if use_rsa else EC_KEY
    der = _cert(key) if use_rsa else EC_DER
    verified = _verify(_signed(key, der), der=der)
    assert verified.alg == ("rsa-pss-sha512" if use_rsa else "ecdsa-p256-sha256")
    assert len(verified.nonce) >= 22


def _code(**kw) -> int:  # type: ignore[no-untyped-def]
    with pytest.raises(SignatureError) as caught:
        _verify(**kw)
    return caught.value.code


def test_each_failure_has_its_code() -> None:
    good = _signed()
    assert _code(headers={k: v for k, v in good.items() if k != "Signature"}) == 90001
    assert _code(headers=good, body=b'{"idFacture": 2}') == 90002
    other = _cert(ec.generate_private_key(ec.SECP256R1()))
    assert _code(headers=good, der=other) == 90003
    assert _code(headers={**good, "Authorization": "Bearer other"}) == 90004
    assert _code(headers=good, path="/cpro/factures/v1/consulter/historique") == 90004
    stale = _signed(created=int(time.time()) - 400)
    assert _code(headers=stale) == 90005
    future = _signed(created=int(time.time()) + 120)
    assert _code(headers=future) == 90005


def test_nonce_cache_refuses_replay() -> None:
    cache = NonceCache()
    cache.check_and_add("k", "n1", now=1000.0)
    cache.check_and_add("k", "n2", now=1000.0)
    with pytest.raises(SignatureError) as caught:
        cache.check_and_add("k", "n1", now=1100.0)
    assert caught.value.code == 90006
    cache.check_and_add("k", "n1", now=1000.0 + 601)  # outside the 600 s window


def test_der_encoded_ecdsa_is_refused() -> None:
    """RFC 9421 §3.3.4: ECDSA signatures are raw ``r || s``; a DER (X9.62) one is refused."""
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    good = _signed()
    raw = base64.b64decode(good["Signature"][6:-1])
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    assert _code(headers={**good, "Signature": f"sig1=:{base64.b64encode(der).decode()}:"}) == 90004


def test_a_signature_header_that_is_not_a_structured_dictionary_is_refused() -> None:
    good = _signed()
    assert _code(headers={**good, "Signature": "sig1=" + good["Signature"][6:-1]}) == 90004
    assert _code(headers={**good, "Signature-Input": good["Signature-Input"][:-1]}) == 90004
