"""The sandbox's own RFC 9421 verifier (HTTP Message Signatures) and RFC 9530 digest check.

Written apart from the client's signer (``desktop_app.sync.http_signatures``) on purpose: the
sandbox imports nothing of the client, so a bug shared by signer and verifier cannot pass the
tests. Structured fields (``Signature-Input``, ``Signature``, ``Content-Digest``, ``;sf`` and
``;key`` components) are parsed and re-serialized with ``http_sf`` (RFC 8941 / RFC 9651).

:func:`verify_message` is generic RFC 9421 §3.2 (any label, algorithm and covered components of
§2.2 except ``;bs``/``;req``/``;tr``); :func:`verify_request` applies the contract's profile
(§1.3: label ``sig1``, fixed covered components, ``tag="invoice-desk-v1"``, keyid = x5t#S256 of
the TLS client certificate) and answers the 9000x codes in the contract's order.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote_plus

import http_sf
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

PROFILE_LABEL = "sig1"
PROFILE_TAG = "invoice-desk-v1"
PROFILE_COMPONENTS: tuple[str, ...] = (
    "@method",
    "@authority",
    "@path",
    "@query",
    "content-type",
    "content-digest",
    "cpro-account",
    "authorization",
)
PROFILE_ALGORITHMS = frozenset({"ecdsa-p256-sha256", "rsa-pss-sha512"})
MAX_AGE_S = 300
MAX_FUTURE_S = 60
NONCE_WINDOW_S = 600

PublicKey = ec.EllipticCurvePublicKey | rsa.RSAPublicKey | ed25519.Ed25519PublicKey
VerifyKey = PublicKey | bytes  # bytes: an HMAC shared secret
Component = tuple[str, dict[str, Any]]


class SignatureError(Exception):
    """A signature check failed; ``code``/``libelle`` are the contract's 9000x answer."""

    def __init__(self, code: int, libelle: str, detail: str) -> None:
        self.code = code
        self.libelle = libelle
        self.detail = detail
        super().__init__(f"{code} {libelle}: {detail}")


def _invalid(detail: str) -> SignatureError:
    return SignatureError(90004, "SIG_INVALIDE", detail)


def certificate_thumbprint(certificate_der: bytes) -> str:
    """x5t#S256 (RFC 8705 §3.1): base64url, unpadded, of the SHA-256 of the certificate DER."""
    digest = hashlib.sha256(certificate_der).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class HttpMessage:
    """What the verifier sees of a message: a request, or a response when ``status`` is set."""

    headers: Mapping[str, str]
    method: str = ""
    authority: str = ""
    path: str = "/"
    query: str = ""  # raw, without the leading "?"
    scheme: str = "https"
    status: int | None = None
    _fields: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lowered: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            # RFC 9421 §2.1: several lines of one field are joined with ", "
            lowered[key] = f"{lowered[key]}, {value.strip()}" if key in lowered else value.strip()
        object.__setattr__(self, "_fields", lowered)

    def header(self, name: str) -> str | None:
        """The combined, trimmed value of field ``name`` (case-insensitive), or ``None``."""
        return self._fields.get(name.lower())


def _query_param(message: HttpMessage, name: str) -> str:
    """RFC 9421 §2.2.8: the named parameter's value, decoded then percent-encoded again."""
    found: list[str] = []
    for pair in message.query.split("&"):
        key, _, value = pair.partition("=")
        if unquote_plus(key) == name:
            found.append(quote(unquote_plus(value), safe=""))
    if len(found) != 1:
        raise _invalid(f"query parameter {name!r} absent or repeated")
    return found[0]


def _derived_value(message: HttpMessage, name: str, params: dict[str, Any]) -> str:
    if name == "@status":
        if message.status is None:
            raise _invalid("@status covered in a request")
        return str(message.status)
    if message.status is not None:  # ;req (a request component in a response) is not supported
        raise _invalid(f"{name} in a response signature is not supported")
    values = {
        "@method": message.method.upper(),
        "@authority": message.authority.lower(),
        "@scheme": message.scheme.lower(),
        "@path": message.path or "/",
        "@query": "?" + message.query,
    }
    if name in values:
        return values[name]
    if name == "@target-uri":
        query = f"?{message.query}" if message.query else ""
        return f"{message.scheme.lower()}://{message.authority.lower()}{message.path}{query}"
    if name == "@request-target":
        return message.path + (f"?{message.query}" if message.query else "")
    if name == "@query-param":
        return _query_param(message, str(params.get("name", "")))
    raise _invalid(f"unknown derived component {name!r}")


def _field_value(message: HttpMessage, name: str, params: dict[str, Any]) -> str:
    value = message.header(name)
    if value is None:
        raise SignatureError(90001, "SIG_ABSENTE", f"covered field {name!r} missing")
    if set(params) - {"sf", "key"}:
        raise _invalid(f"unsupported parameters on {name!r}: {sorted(params)}")
    if "key" in params:  # §2.1.2: one member of a Dictionary field, re-serialized
        try:
            parsed = http_sf.parse(value.encode("ascii"), tltype="dictionary")
        except (ValueError, UnicodeEncodeError) as exc:
            raise _invalid(f"{name!r} is not a Dictionary") from exc
        member = parsed.get(str(params["key"]))  # type: ignore[union-attr]
        if member is None:
            raise SignatureError(90001, "SIG_ABSENTE", f"{name!r} has no {params['key']!r}")
        return _serialize_member(member)
    if params.get("sf"):  # §2.1.1: strict re-serialization of a known structured field
        for kind in ("dictionary", "list", "item"):
            try:
                return http_sf.ser(http_sf.parse(value.encode("ascii"), tltype=kind))
            except (ValueError, UnicodeEncodeError):
                continue
        raise _invalid(f"{name!r} is not a structured field")
    return value


def _serialize_member(member: Any) -> str:
    """A Dictionary member (item or inner list) as it appears after ``name=``."""
    return http_sf.ser({"m": member})[2:]


def component_identifier(name: str, params: dict[str, Any]) -> str:
    """The serialized component identifier (``"@query-param";name="Pet"``)."""
    return http_sf.ser((name, params))


def signature_base(
    message: HttpMessage, covered: Sequence[Component], params: dict[str, Any]
) -> bytes:
    """RFC 9421 §2.5: one line per covered component, then ``"@signature-params"``."""
    lines: list[str] = []
    seen: set[str] = set()
    for name, component_params in covered:
        identifier = component_identifier(name, component_params)
        if identifier in seen:
            raise _invalid(f"component {identifier} covered twice")
        seen.add(identifier)
        if name.startswith("@"):
            value = _derived_value(message, name, component_params)
        else:
            value = _field_value(message, name, component_params)
        lines.append(f"{identifier}: {value}")
    signature_params = _serialize_member((list(covered), params))
    lines.append(f'"@signature-params": {signature_params}')
    return "\n".join(lines).encode("utf-8")


def _dictionary(message: HttpMessage, name: str) -> dict[str, Any]:
    value = message.header(name)
    if value is None:
        raise SignatureError(90001, "SIG_ABSENTE", f"{name} missing")
    try:
        parsed = http_sf.parse(value.encode("ascii"), tltype="dictionary")
    except (ValueError, UnicodeEncodeError) as exc:
        raise _invalid(f"{name} is not a structured Dictionary: {exc}") from exc
    return dict(parsed)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ParsedSignature:
    """One label of ``Signature-Input`` with its ``Signature`` bytes."""

    label: str
    covered: tuple[Component, ...]
    params: dict[str, Any]
    signature: bytes


def parse_signature(message: HttpMessage, label: str) -> ParsedSignature:
    """The member ``label`` of ``Signature-Input`` and of ``Signature`` (RFC 9421 §4)."""
    inputs = _dictionary(message, "signature-input")
    signatures = _dictionary(message, "signature")
    member = inputs.get(label)
    if member is None or not isinstance(member[0], list):
        raise _invalid(f"no inner list {label!r} in Signature-Input")
    covered: list[Component] = []
    for item, item_params in member[0]:
        if not isinstance(item, str) or isinstance(item, http_sf.Token) or item != item.lower():
            raise _invalid("a component identifier is not a lowercase String")
        covered.append((item, dict(item_params)))
    value = signatures.get(label)
    if value is None or not isinstance(value[0], bytes):
        raise _invalid(f"no byte sequence {label!r} in Signature")
    return ParsedSignature(label, tuple(covered), dict(member[1]), value[0])


def verify_bytes(alg: str, key: VerifyKey, signature: bytes, base: bytes) -> bool:
    """RFC 9421 §3.3: check ``signature`` over ``base`` with ``alg``."""
    try:
        if alg == "hmac-sha256" and isinstance(key, bytes):
            return hmac.compare_digest(hmac.new(key, base, hashlib.sha256).digest(), signature)
        if alg == "ecdsa-p256-sha256" and isinstance(key, ec.EllipticCurvePublicKey):
            if len(signature) != 64 or not isinstance(key.curve, ec.SECP256R1):
                return False
            r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
            key.verify(encode_dss_signature(r, s), base, ec.ECDSA(hashes.SHA256()))
            return True
        if alg == "rsa-pss-sha512" and isinstance(key, rsa.RSAPublicKey):
            pss = padding.PSS(mgf=padding.MGF1(hashes.SHA512()), salt_length=64)
            key.verify(signature, base, pss, hashes.SHA512())
            return True
        if alg == "rsa-v1_5-sha256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, base, padding.PKCS1v15(), hashes.SHA256())
            return True
        if alg == "ed25519" and isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, base)
            return True
    except (InvalidSignature, ValueError):
        return False
    return False


def verify_message(message: HttpMessage, label: str, key: VerifyKey, alg: str) -> ParsedSignature:
    """Generic RFC 9421 §3.2 check of signature ``label`` (no time or replay policy)."""
    parsed = parse_signature(message, label)
    declared = parsed.params.get("alg")
    if declared is not None and declared != alg:
        raise _invalid(f"alg {declared!r} is not the expected {alg!r}")
    base = signature_base(message, parsed.covered, parsed.params)
    if not verify_bytes(alg, key, parsed.signature, base):
        raise _invalid("signature does not verify")
    return parsed


def digest_matches(message: HttpMessage, body: bytes) -> bool:
    """RFC 9530: every ``sha-256``/``sha-512`` entry of ``Content-Digest`` matches ``body``."""
    try:
        entries = _dictionary(message, "content-digest")
    except SignatureError:
        return False
    found = False
    for algorithm, function in (("sha-256", hashlib.sha256), ("sha-512", hashlib.sha512)):
        entry = entries.get(algorithm)
        if entry is None:
            continue
        found = True
        if not isinstance(entry[0], bytes):
            return False
        if not hmac.compare_digest(entry[0], function(body).digest()):
            return False
    return found


@dataclass(frozen=True, slots=True)
class VerifiedSignature:
    """What a valid profile signature proved."""

    keyid: str
    nonce: str
    created: int
    expires: int
    alg: str


def verify_request(
    *,
    message: HttpMessage,
    body: bytes,
    public_key: PublicKey,
    thumbprint: str,
    now: float | None = None,
) -> VerifiedSignature:
    """The contract's checks, in its order (90001 → 90005); replay (90006) is the caller's.

    ``public_key``/``thumbprint`` are those of the TLS client certificate of the connection.
    """
    if not all(message.header(n) for n in ("signature", "signature-input", "content-digest")):
        raise SignatureError(
            90001, "SIG_ABSENTE", "Signature, Signature-Input and Content-Digest are required"
        )
    if not digest_matches(message, body):
        raise SignatureError(90002, "SIG_DIGEST_INVALIDE", "Content-Digest does not match body")
    parsed = parse_signature(message, PROFILE_LABEL)
    params = parsed.params
    keyid = params.get("keyid")
    if not isinstance(keyid, str) or not hmac.compare_digest(keyid.encode(), thumbprint.encode()):
        raise SignatureError(90003, "SIG_CLE_INCONNUE", "keyid is not the TLS certificate")
    if tuple(name for name, _ in parsed.covered) != PROFILE_COMPONENTS or any(
        p for _, p in parsed.covered
    ):
        raise _invalid("covered components differ from the profile")
    if params.get("tag") != PROFILE_TAG:
        raise _invalid(f"tag is not {PROFILE_TAG}")
    created, expires = params.get("created"), params.get("expires")
    nonce, alg = params.get("nonce"), params.get("alg")
    if not isinstance(created, int) or not isinstance(expires, int):
        raise _invalid("created/expires missing")
    if not isinstance(nonce, str) or len(nonce) < 22:
        raise _invalid("nonce (>= 128 bits) required")
    if not isinstance(alg, str) or alg not in PROFILE_ALGORITHMS:
        raise _invalid("alg must be ecdsa-p256-sha256 or rsa-pss-sha512")
    base = signature_base(message, parsed.covered, params)
    if not verify_bytes(alg, public_key, parsed.signature, base):
        raise _invalid("signature does not verify")
    current = time.time() if now is None else now
    if created < current - MAX_AGE_S or created > current + MAX_FUTURE_S or expires < current:
        raise SignatureError(90005, "SIG_PERIMEE", "created/expires outside the window")
    return VerifiedSignature(keyid, nonce, created, expires, alg)


def certificate_public_key(certificate: x509.Certificate) -> PublicKey | None:
    """The certificate's public key when a supported type (EC, RSA, Ed25519), else ``None``."""
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey | ed25519.Ed25519PublicKey):
        return key
    return None


class NonceCache:
    """Nonces seen per keyid within :data:`NONCE_WINDOW_S`; answers 90006 on replay."""

    def __init__(self, window_s: int = NONCE_WINDOW_S) -> None:
        self.window_s = window_s
        self._seen: dict[tuple[str, str], float] = {}
        self._new: list[tuple[str, str, float]] = []
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
        self._new.append((keyid, nonce, current))

    def items(self) -> list[tuple[str, str, float]]:
        """Snapshot ``(keyid, nonce, seen_at)`` (for persistence)."""
        return [(k, n, t) for (k, n), t in self._seen.items()]

    def drain_new(self) -> list[tuple[str, str, float]]:
        """Entries added since the previous call (incremental persistence)."""
        new, self._new = self._new, []
        return new

    def load(self, rows: list[tuple[str, str, float]]) -> None:
        """Restore persisted entries."""
        for keyid, nonce, seen_at in rows:
            self._seen[(keyid, nonce)] = seen_at
