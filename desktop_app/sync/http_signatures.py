"""RFC 9421 HTTP Message Signatures + RFC 9530 Content-Digest: the client's signer, as
profiled by the contract §1.3.

Pure functions: the sync client signs its requests with :func:`sign_request`; the generic
:func:`sign_message` serves the RFC 9421 Appendix B test vectors. Verification is not here:
the sandbox has its own verifier (``desktop_app.sandbox.signature_verify``), written apart, so
that a bug of this signer cannot be hidden by the same bug in the verifier.
Keys come from the user's PKCS#12 (:func:`load_pkcs12_identity`); the private key never leaves
memory (:func:`client_ssl_context` hands it to OpenSSL through an encrypted temporary file).

Profile: label ``sig1``; covered components :data:`COVERED_COMPONENTS` in that order; parameters
``created``, ``expires`` (= created + 300), ``nonce`` (128 random bits, base64url), ``keyid``
(base64url SHA-256 of the certificate DER, i.e. x5t#S256), ``alg`` (``ecdsa-p256-sha256`` with
the RFC 9421 raw ``r || s`` encoding, or ``rsa-pss-sha512``), ``tag="invoice-desk-v1"``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import ssl
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
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
ALG_RSA_V15 = "rsa-v1_5-sha256"
ALG_ED25519 = "ed25519"
ALG_HMAC = "hmac-sha256"
SIGNATURE_VALIDITY_S = 300

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
SigningKey = PrivateKey | ed25519.Ed25519PrivateKey | bytes  # bytes: an HMAC shared secret
#: A covered component: a name, or a name and its parameters ("@query-param", {"name": "Pet"}).
Component = str | tuple[str, Mapping[str, str | int | bool]]
Param = tuple[str, int | str]


class SignatureError(Exception):
    """The request cannot be signed (e.g. a covered header is missing: ``code`` 90001)."""

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


def algorithm_for(key: SigningKey) -> str:
    """The ``alg`` parameter matching ``key`` (RSA keys sign with RSA-PSS)."""
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise ValueError(f"unsupported curve {key.curve.name}; use P-256")
        return ALG_ECDSA
    if isinstance(key, rsa.RSAPrivateKey):
        return ALG_RSA_PSS
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return ALG_ED25519
    if isinstance(key, bytes):
        return ALG_HMAC
    raise TypeError(f"unsupported key type {type(key).__name__}")


@dataclass(frozen=True, slots=True)
class Message:
    """What the signer covers of a message: a request, or a response when ``status`` is set."""

    headers: Mapping[str, str]
    method: str = ""
    authority: str = ""
    path: str = "/"
    query: str = ""  # without the leading "?"
    scheme: str = "https"
    status: int | None = None


def _sf_string(text: str) -> str:
    """An RFC 8941 sf-string: quoted, with ``\\`` and ``\"`` escaped."""
    if any(ord(c) < 0x20 or ord(c) > 0x7E for c in text):
        raise ValueError(f"not an sf-string: {text!r}")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _sf_params(params: Sequence[tuple[str, str | int | bool]]) -> str:
    out = []
    for key, value in params:
        if value is True:
            out.append(f";{key}")
        elif isinstance(value, int) and not isinstance(value, bool):
            out.append(f";{key}={value}")
        else:
            out.append(f";{key}={_sf_string(str(value))}")
    return "".join(out)


def _split(component: Component) -> tuple[str, Mapping[str, str | int | bool]]:
    return (component, {}) if isinstance(component, str) else component


def component_identifier(component: Component) -> str:
    """The serialized identifier: ``"@method"``, ``"@query-param";name="Pet"``."""
    name, params = _split(component)
    return _sf_string(name) + _sf_params(list(params.items()))


def serialize_signature_params(covered: Sequence[Component], params: Sequence[Param]) -> str:
    """The ``@signature-params`` value: inner list of identifiers, then the parameters."""
    return "(" + " ".join(component_identifier(c) for c in covered) + ")" + _sf_params(params)


def _query_param(query: str, name: str) -> str:
    values = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == name]
    if len(values) != 1:
        raise _absent(f"query parameter {name!r} missing or repeated")
    return quote(values[0], safe="")


def _component_value(message: Message, component: Component, headers: dict[str, str]) -> str:
    name, params = _split(component)
    if name == "@status" and message.status is not None:
        return str(message.status)
    target = message.path + (f"?{message.query}" if message.query else "")
    derived = {
        "@method": message.method.upper(),
        "@authority": message.authority.lower(),
        "@scheme": message.scheme.lower(),
        "@path": message.path or "/",
        "@query": "?" + message.query.lstrip("?"),
        "@request-target": target,
        "@target-uri": f"{message.scheme.lower()}://{message.authority.lower()}{target}",
    }
    if name in derived and message.status is None:
        return derived[name]
    if name == "@query-param" and message.status is None:
        return _query_param(message.query, str(params.get("name")))
    if name.startswith("@") or params:
        raise ValueError(f"component {component_identifier(component)} not supported")
    if name not in headers:
        raise _absent(f"covered header {name!r} missing")
    return headers[name].strip()


def signature_base(message: Message, covered: Sequence[Component], signature_params: str) -> bytes:
    """The RFC 9421 signature base (§2.5) of ``covered`` plus the serialized parameters."""
    headers = {name.lower(): value for name, value in message.headers.items()}
    lines = [f"{component_identifier(c)}: {_component_value(message, c, headers)}" for c in covered]
    lines.append(f'"@signature-params": {signature_params}')
    return "\n".join(lines).encode("utf-8")


def sign_base(key: SigningKey, alg: str, data: bytes) -> bytes:
    """RFC 9421 §3.3: the signature of ``data`` with ``alg`` (ECDSA as raw ``r || s``)."""
    if alg == ALG_ECDSA and isinstance(key, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")
    if alg == ALG_RSA_PSS and isinstance(key, rsa.RSAPrivateKey):
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA512()), salt_length=64)
        return key.sign(data, pss, hashes.SHA512())
    if alg == ALG_RSA_V15 and isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if alg == ALG_ED25519 and isinstance(key, ed25519.Ed25519PrivateKey):
        return key.sign(data)
    if alg == ALG_HMAC and isinstance(key, bytes):
        return hmac.new(key, data, hashlib.sha256).digest()
    raise ValueError(f"key {type(key).__name__} cannot sign with {alg}")


def sign_message(
    message: Message,
    covered: Sequence[Component],
    params: Sequence[Param],
    key: SigningKey,
    alg: str,
    label: str = SIGNATURE_LABEL,
) -> dict[str, str]:
    """``Signature-Input`` and ``Signature`` for one signature ``label`` over ``covered``."""
    serialized = serialize_signature_params(covered, params)
    base = signature_base(message, covered, serialized)
    signature = base64.b64encode(sign_base(key, alg, base)).decode("ascii")
    return {"Signature-Input": f"{label}={serialized}", "Signature": f"{label}=:{signature}:"}


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
    all_headers = {**{k.lower(): v for k, v in headers.items()}, "content-digest": digest}
    alg = algorithm_for(private_key)
    params: list[Param] = [
        ("created", created),
        ("expires", created + SIGNATURE_VALIDITY_S),
        ("nonce", nonce or new_nonce()),
        ("keyid", keyid or certificate_thumbprint(certificate_der)),
        ("alg", alg),
        ("tag", SIGNATURE_TAG),
    ]
    message = Message(all_headers, method, authority, path, query)
    signed = sign_message(message, COVERED_COMPONENTS, params, private_key, alg)
    return {"Content-Digest": digest, **signed}


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
    "ALG_ED25519",
    "ALG_HMAC",
    "ALG_RSA_PSS",
    "ALG_RSA_V15",
    "COVERED_COMPONENTS",
    "SIGNATURE_LABEL",
    "SIGNATURE_TAG",
    "ClientIdentity",
    "Message",
    "SignatureError",
    "algorithm_for",
    "certificate_thumbprint",
    "client_ssl_context",
    "component_identifier",
    "content_digest",
    "describe_tls_failure",
    "load_identity_into",
    "load_pkcs12_identity",
    "new_nonce",
    "serialize_signature_params",
    "sign_base",
    "sign_message",
    "sign_request",
    "sign_url_request",
    "signature_base",
]
