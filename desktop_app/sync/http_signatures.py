"""RFC 9421 HTTP Message Signatures + RFC 9530 Content-Digest, as profiled by the contract §1.3.

Pure functions over (method, authority, path, query, headers, body): the sync client signs its
requests with :func:`sign_request`, the sandbox verifies them with :func:`verify_request`.
Keys come from the user's PKCS#12 (:func:`load_pkcs12_identity`); the private key never leaves
memory (:func:`client_ssl_context` hands it to OpenSSL through an encrypted temporary file).

Profile: label ``sig1``; covered components :data:`COVERED_COMPONENTS` in that order; parameters
``created``, ``expires`` (= created + 300), ``nonce`` (128 random bits, base64url), ``keyid``
(base64url SHA-256 of the certificate DER, i.e. x5t#S256), ``alg`` (``ecdsa-p256-sha256`` with
the RFC 9421 raw ``r || s`` encoding, or ``rsa-pss-sha512``), ``tag="invoice-desk-v1"``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import secrets
import ssl
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.hazmat.primitives.serialization import pkcs12

SIGNATURE_LABEL = "sig1"
SIGNATURE_TAG = "invoice-desk-v1"
COVERED_COMPONENTS: tuple[str, ...] = (
    "@method",
    "@authority",
    "@path",
    "@query",
    "content-type",
    "content-digest",
    "cpro-account",
    "authorization",
)
ALG_ECDSA = "ecdsa-p256-sha256"
ALG_RSA_PSS = "rsa-pss-sha512"
SIGNATURE_VALIDITY_S = 300
MAX_AGE_S = 300
MAX_FUTURE_S = 60
NONCE_WINDOW_S = 600

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
PublicKey = ec.EllipticCurvePublicKey | rsa.RSAPublicKey


class SignatureError(Exception):
    """A signature check failed; ``code``/``libelle`` are the contract's 9000x answer."""

    def __init__(self, code: int, libelle: str, detail: str) -> None:
        self.code = code
        self.libelle = libelle
        self.detail = detail
        super().__init__(f"{code} {libelle}: {detail}")


def _absent(detail: str) -> SignatureError:
    return SignatureError(90001, "SIG_ABSENTE", detail)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def content_digest(body: bytes) -> str:
    """The ``Content-Digest`` value of ``body``: ``sha-256=:<base64>:``."""
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode("ascii") + ":"


def certificate_thumbprint(certificate_der: bytes) -> str:
    """x5t#S256: base64url (unpadded) SHA-256 of the certificate DER; used as ``keyid``."""
    return _b64url(hashlib.sha256(certificate_der).digest())


def new_nonce() -> str:
    """128 random bits, base64url."""
    return _b64url(secrets.token_bytes(16))


def algorithm_for(key: PrivateKey | PublicKey) -> str:
    """The ``alg`` parameter matching ``key``."""
    if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise ValueError(f"unsupported curve {key.curve.name}; use P-256")
        return ALG_ECDSA
    if isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        return ALG_RSA_PSS
    raise TypeError(f"unsupported key type {type(key).__name__}")


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def _component_value(
    name: str, method: str, authority: str, path: str, query: str, headers: dict[str, str]
) -> str:
    if name == "@method":
        return method.upper()
    if name == "@authority":
        return authority.lower()
    if name == "@path":
        return path or "/"
    if name == "@query":
        return "?" + query.lstrip("?")
    if name not in headers:
        raise _absent(f"covered header {name!r} missing")
    return headers[name].strip()


def _serialize_params(covered: tuple[str, ...], params: list[tuple[str, int | str]]) -> str:
    inner = "(" + " ".join(f'"{name}"' for name in covered) + ")"
    parts = [inner]
    for key, value in params:
        parts.append(f"{key}={value}" if isinstance(value, int) else f'{key}="{value}"')
    return ";".join(parts)


def signature_base(
    method: str,
    authority: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    covered: tuple[str, ...],
    signature_params: str,
) -> bytes:
    """The RFC 9421 signature base (§2.5) for ``covered`` and the serialized parameters."""
    lowered = _lower(headers)
    lines = [
        f'"{name}": {_component_value(name, method, authority, path, query, lowered)}'
        for name in covered
    ]
    lines.append(f'"@signature-params": {signature_params}')
    return "\n".join(lines).encode("utf-8")


def _sign_bytes(key: PrivateKey, data: bytes) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return key.sign(
        data,
        padding.PSS(mgf=padding.MGF1(hashes.SHA512()), salt_length=64),
        hashes.SHA512(),
    )


def _verify_bytes(key: PublicKey, alg: str, signature: bytes, data: bytes) -> bool:
    try:
        if alg == ALG_ECDSA and isinstance(key, ec.EllipticCurvePublicKey):
            if len(signature) == 64:
                der = encode_dss_signature(
                    int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
                )
            else:  # tolerate a DER-encoded ECDSA signature (the contract's example shows one)
                der = signature
            key.verify(der, data, ec.ECDSA(hashes.SHA256()))
            return True
        if alg == ALG_RSA_PSS and isinstance(key, rsa.RSAPublicKey):
            key.verify(
                signature,
                data,
                padding.PSS(mgf=padding.MGF1(hashes.SHA512()), salt_length=64),
                hashes.SHA512(),
            )
            return True
    except (InvalidSignature, ValueError):
        return False
    return False


def sign_request(
    *,
    method: str,
    authority: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
    private_key: PrivateKey,
    certificate_der: bytes,
    created: int | None = None,
    nonce: str | None = None,
    keyid: str | None = None,
) -> dict[str, str]:
    """Headers to add to a request: ``Content-Digest``, ``Signature-Input``, ``Signature``.

    ``headers`` must already hold ``Content-Type``, ``cpro-account`` and ``Authorization``
    (a covered header that is absent raises :class:`SignatureError` 90001).
    """
    created = int(time.time()) if created is None else created
    digest = content_digest(body)
    all_headers = {**_lower(headers), "content-digest": digest}
    params: list[tuple[str, int | str]] = [
        ("created", created),
        ("expires", created + SIGNATURE_VALIDITY_S),
        ("nonce", nonce or new_nonce()),
        ("keyid", keyid or certificate_thumbprint(certificate_der)),
        ("alg", algorithm_for(private_key)),
        ("tag", SIGNATURE_TAG),
    ]
    serialized = _serialize_params(COVERED_COMPONENTS, params)
    base = signature_base(
        method, authority, path, query, all_headers, COVERED_COMPONENTS, serialized
    )
    signature = base64.b64encode(_sign_bytes(private_key, base)).decode("ascii")
    return {
        "Content-Digest": digest,
        "Signature-Input": f"{SIGNATURE_LABEL}={serialized}",
        "Signature": f"{SIGNATURE_LABEL}=:{signature}:",
    }


def sign_url_request(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    identity: ClientIdentity,
    *,
    created: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """:func:`sign_request` for a full URL (``https://host:port/path?query``)."""
    parts = urlsplit(url)
    authority = parts.netloc.rsplit("@", 1)[-1]
    if authority.endswith(":443") and parts.scheme == "https":
        authority = authority[: -len(":443")]
    return sign_request(
        method=method,
        authority=authority,
        path=parts.path or "/",
        query=parts.query,
        headers=headers,
        body=body,
        private_key=identity.private_key,
        certificate_der=identity.certificate_der,
        created=created,
        nonce=nonce,
    )


# --- parsing of Signature-Input / Signature (the subset of RFC 8941 this profile uses) ---

_MEMBER = re.compile(r'\s*([a-z*][a-z0-9_.*-]*)=((?:"(?:[^"\\]|\\.)*"|[^,"])*)\s*(?:,|$)')
_PARAM = re.compile(r'\s*;\s*([a-z*][a-z0-9_.*-]*)=("(?:[^"\\]|\\.)*"|-?\d+|[A-Za-z*][^;\s]*)')


def _dictionary_member(header: str, label: str) -> str | None:
    position = 0
    while position < len(header):
        match = _MEMBER.match(header, position)
        if match is None:
            return None
        if match.group(1) == label:
            return match.group(2).strip()
        position = match.end()
    return None


@dataclass(frozen=True, slots=True)
class SignatureInput:
    """The parsed ``sig1`` member of ``Signature-Input``."""

    covered: tuple[str, ...]
    params: dict[str, int | str]
    serialized: str


def parse_signature_input(header: str, label: str = SIGNATURE_LABEL) -> SignatureInput:
    """Parse the member ``label``; raises :class:`SignatureError` 90004 when malformed."""
    member = _dictionary_member(header, label)
    if member is None:
        raise SignatureError(90004, "SIG_INVALIDE", f"no {label!r} in Signature-Input")
    if not member.startswith("(") or ")" not in member:
        raise SignatureError(90004, "SIG_INVALIDE", "Signature-Input is not an inner list")
    inner, rest = member[1:].split(")", 1)
    covered = tuple(re.findall(r'"([^"]+)"', inner))
    params: dict[str, int | str] = {}
    position = 0
    while position < len(rest):
        match = _PARAM.match(rest, position)
        if match is None:
            raise SignatureError(90004, "SIG_INVALIDE", "malformed signature parameter")
        key, raw = match.group(1), match.group(2)
        params[key] = raw[1:-1] if raw.startswith('"') else int(raw) if raw[-1].isdigit() else raw
        position = match.end()
    return SignatureInput(covered, params, member)


def parse_signature(header: str, label: str = SIGNATURE_LABEL) -> bytes:
    """The bytes of member ``label`` of the ``Signature`` header."""
    member = _dictionary_member(header, label)
    if member is None or not (member.startswith(":") and member.endswith(":")):
        raise SignatureError(90004, "SIG_INVALIDE", f"no byte sequence {label!r} in Signature")
    try:
        return base64.b64decode(member[1:-1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(90004, "SIG_INVALIDE", "Signature is not base64") from exc


def digest_matches(header: str, body: bytes) -> bool:
    """True when a ``sha-256`` or ``sha-512`` entry of ``Content-Digest`` matches ``body``."""
    found = False
    for algorithm, function in (("sha-256", hashlib.sha256), ("sha-512", hashlib.sha512)):
        member = _dictionary_member(header, algorithm)
        if member is None:
            continue
        found = True
        if not (member.startswith(":") and member.endswith(":")):
            return False
        try:
            claimed = base64.b64decode(member[1:-1], validate=True)
        except (binascii.Error, ValueError):
            return False
        if not hmac.compare_digest(claimed, function(body).digest()):
            return False
    return found


@dataclass(frozen=True, slots=True)
class VerifiedSignature:
    """What a valid signature proved."""

    keyid: str
    nonce: str
    created: int
    expires: int
    alg: str


def verify_request(
    *,
    method: str,
    authority: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
    certificate_der: bytes,
    public_key: PublicKey | None = None,
    thumbprint: str | None = None,
    now: float | None = None,
) -> VerifiedSignature:
    """Check a request in the contract's order (90001 → 90005); replay (90006) is the caller's.

    ``certificate_der`` is the TLS client certificate of the connection; pass its
    ``public_key`` and ``thumbprint`` when already known (cached per connection).
    """
    lowered = _lower(headers)
    sig_input = lowered.get("signature-input")
    sig_value = lowered.get("signature")
    digest_header = lowered.get("content-digest")
    if not sig_input or not sig_value or not digest_header:
        raise _absent("Signature, Signature-Input and Content-Digest are required")
    if not digest_matches(digest_header, body):
        raise SignatureError(90002, "SIG_DIGEST_INVALIDE", "Content-Digest does not match body")
    parsed = parse_signature_input(sig_input)
    keyid = str(parsed.params.get("keyid", ""))
    expected = thumbprint or certificate_thumbprint(certificate_der)
    if not hmac.compare_digest(keyid.encode(), expected.encode()):
        raise SignatureError(90003, "SIG_CLE_INCONNUE", "keyid is not the TLS certificate")
    if parsed.covered != COVERED_COMPONENTS:
        raise SignatureError(90004, "SIG_INVALIDE", "covered components differ from profile")
    if parsed.params.get("tag") != SIGNATURE_TAG:
        raise SignatureError(90004, "SIG_INVALIDE", "tag is not invoice-desk-v1")
    created, expires = parsed.params.get("created"), parsed.params.get("expires")
    nonce, alg = parsed.params.get("nonce"), parsed.params.get("alg")
    if not isinstance(created, int) or not isinstance(expires, int):
        raise SignatureError(90004, "SIG_INVALIDE", "created/expires missing")
    if not isinstance(nonce, str) or len(nonce) < 22 or not isinstance(alg, str):
        raise SignatureError(90004, "SIG_INVALIDE", "nonce (>= 128 bits) and alg required")
    key = public_key or _public_key_of(certificate_der)
    base = signature_base(
        method, authority, path, query, lowered, parsed.covered, parsed.serialized
    )
    if not _verify_bytes(key, alg, parse_signature(sig_value), base):
        raise SignatureError(90004, "SIG_INVALIDE", "signature does not verify")
    current = time.time() if now is None else now
    if created < current - MAX_AGE_S or created > current + MAX_FUTURE_S or expires < current:
        raise SignatureError(90005, "SIG_PERIMEE", "created/expires outside the window")
    return VerifiedSignature(keyid, nonce, created, expires, alg)


def _public_key_of(certificate_der: bytes) -> PublicKey:
    key = x509.load_der_x509_certificate(certificate_der).public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        raise SignatureError(90004, "SIG_INVALIDE", "unsupported certificate key type")
    return key


class NonceCache:
    """Nonces seen per keyid within :data:`NONCE_WINDOW_S`; answers 90006 on replay."""

    def __init__(self, window_s: int = NONCE_WINDOW_S) -> None:
        self.window_s = window_s
        self._seen: dict[tuple[str, str], float] = {}
        self._next_purge = 0.0

    def check_and_add(self, keyid: str, nonce: str, now: float | None = None) -> None:
        """Record the nonce or raise :class:`SignatureError` 90006 when already seen."""
        current = time.time() if now is None else now
        if current >= self._next_purge:
            limit = current - self.window_s
            self._seen = {k: t for k, t in self._seen.items() if t >= limit}
            self._next_purge = current + 30
        seen_at = self._seen.get((keyid, nonce))
        if seen_at is not None and seen_at >= current - self.window_s:
            raise SignatureError(90006, "SIG_REJOUEE", "nonce already used")
        self._seen[(keyid, nonce)] = current

    def items(self) -> list[tuple[str, str, float]]:
        """Snapshot ``(keyid, nonce, seen_at)`` (for persistence)."""
        return [(k, n, t) for (k, n), t in self._seen.items()]

    def load(self, rows: list[tuple[str, str, float]]) -> None:
        """Restore persisted entries."""
        for keyid, nonce, seen_at in rows:
            self._seen[(keyid, nonce)] = seen_at


# --- client identity (PKCS#12) and TLS context ---


@dataclass(frozen=True, slots=True)
class ClientIdentity:
    """A user's certificate and private key, loaded from an encrypted PKCS#12."""

    private_key: PrivateKey
    certificate: x509.Certificate
    certificate_der: bytes
    thumbprint: str
    chain: tuple[x509.Certificate, ...] = ()

    def subject_attribute(self, oid: x509.ObjectIdentifier) -> str | None:
        """First value of ``oid`` in the subject (e.g. ``NameOID.ORGANIZATIONAL_UNIT_NAME``)."""
        values = self.certificate.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else None


def load_pkcs12_identity(data: bytes | Path, password: str) -> ClientIdentity:
    """Load a PKCS#12 (bytes or path) protected by ``password``."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    key, cert, extra = pkcs12.load_key_and_certificates(raw, password.encode("utf-8"))
    if cert is None or key is None:
        raise ValueError("PKCS#12 holds no certificate and key")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise ValueError(f"unsupported key type {type(key).__name__}")
    der = cert.public_bytes(serialization.Encoding.DER)
    return ClientIdentity(key, cert, der, certificate_thumbprint(der), tuple(extra or ()))


def client_ssl_context(
    identity: ClientIdentity | None, ca_file: Path | str | None
) -> ssl.SSLContext:
    """TLS 1.3 client context trusting ``ca_file`` and presenting ``identity`` (if any).

    The key reaches OpenSSL through a temporary PEM encrypted with a one-time password,
    deleted right after loading: it is never written in clear.
    """
    context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    if identity is not None:
        load_identity_into(context, identity)
    return context


def load_identity_into(context: ssl.SSLContext, identity: ClientIdentity) -> None:
    """Load ``identity`` into ``context`` without writing the key in clear."""
    password = secrets.token_urlsafe(24).encode("ascii")
    pem = identity.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )
    chain = b"".join(
        c.public_bytes(serialization.Encoding.PEM) for c in (identity.certificate, *identity.chain)
    )
    handle, name = tempfile.mkstemp(suffix=".pem")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(chain + pem)
        context.load_cert_chain(name, password=password)
    finally:
        os.unlink(name)


def describe_tls_failure(exc: BaseException) -> str | None:
    """Map a TLS alert raised by the server to a contract-like reason, else ``None``.

    The sandbox refuses a certificate of an unknown CA during the handshake (alert
    ``unknown_ca``); every other certificate problem is answered by HTTP 401 / 9000x.
    """
    text = repr(exc).upper() + " " + repr(getattr(exc, "__cause__", None)).upper()
    if "UNKNOWN_CA" in text or "UNKNOWN CA" in text:
        return "CERT_AUTORITE_INCONNUE"
    if "CERTIFICATE_REQUIRED" in text:
        return "CERT_ABSENT"
    if "CERTIFICATE_EXPIRED" in text:
        return "CERT_EXPIRE"
    if "CERTIFICATE_REVOKED" in text:
        return "CERT_REVOQUE"
    if "BAD_CERTIFICATE" in text or "HANDSHAKE_FAILURE" in text:
        return "CERT_INVALIDE"
    return None


__all__: list[Any] = [
    "ALG_ECDSA",
    "ALG_RSA_PSS",
    "COVERED_COMPONENTS",
    "SIGNATURE_LABEL",
    "SIGNATURE_TAG",
    "ClientIdentity",
    "NonceCache",
    "SignatureError",
    "SignatureInput",
    "VerifiedSignature",
    "algorithm_for",
    "certificate_thumbprint",
    "client_ssl_context",
    "content_digest",
    "describe_tls_failure",
    "digest_matches",
    "load_identity_into",
    "load_pkcs12_identity",
    "new_nonce",
    "parse_signature",
    "parse_signature_input",
    "sign_request",
    "sign_url_request",
    "signature_base",
    "verify_request",
]
