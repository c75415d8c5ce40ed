"""Sign an audit anchor's canonical bytes with a certificate key, and check such a signature.

Algorithms: ``ecdsa-sha256`` (DER signature, any NIST curve), ``rsa-pss-sha512`` (salt 64,
as the platform requests use), ``ed25519``. The key object only lives in memory; what is
stored is the certificate (PEM), the algorithm and the base64 signature.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Collection
from functools import lru_cache

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

ALG_ECDSA = "ecdsa-sha256"
ALG_RSA_PSS = "rsa-pss-sha512"
ALG_ED25519 = "ed25519"

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey

_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA512()), salt_length=64)


class AnchorSigningError(ValueError):
    """The key cannot sign anchors (unsupported type, or not the certificate's key)."""


def certificate_fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate DER, lowercase hex."""
    der = certificate.public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def certificate_pem(certificate: x509.Certificate) -> str:
    """The certificate as PEM text."""
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def subject_text(certificate: x509.Certificate) -> str:
    """The certificate subject as an RFC 4514 string."""
    return certificate.subject.rfc4514_string()


def sign_anchor(key: SigningKey, certificate: x509.Certificate, payload: bytes) -> tuple[str, str]:
    """(algorithm, base64 signature) of ``payload`` by ``key``, which must match ``certificate``."""
    public = certificate.public_key()
    mine = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    theirs = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if mine != theirs:
        raise AnchorSigningError("the private key does not belong to the certificate")
    if isinstance(key, ec.EllipticCurvePrivateKey):
        algorithm, raw = ALG_ECDSA, key.sign(payload, ec.ECDSA(hashes.SHA256()))
    elif isinstance(key, rsa.RSAPrivateKey):
        algorithm, raw = ALG_RSA_PSS, key.sign(payload, _PSS, hashes.SHA512())
    elif isinstance(key, ed25519.Ed25519PrivateKey):
        algorithm, raw = ALG_ED25519, key.sign(payload)
    else:
        raise AnchorSigningError(f"unsupported key type {type(key).__name__}")
    return algorithm, base64.b64encode(raw).decode("ascii")


def _verify(public: object, algorithm: str, signature: bytes, payload: bytes) -> bool:
    try:
        if algorithm == ALG_ECDSA and isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, payload, ec.ECDSA(hashes.SHA256()))
        elif algorithm == ALG_RSA_PSS and isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, payload, _PSS, hashes.SHA512())
        elif algorithm == ALG_ED25519 and isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(signature, payload)
        else:
            return False
    except InvalidSignature:
        return False
    return True


@lru_cache(maxsize=32)
def _parsed(pem_text: str) -> tuple[x509.Certificate, str] | None:
    """The certificate and its fingerprint (anchors mostly share one certificate)."""
    try:
        certificate = x509.load_pem_x509_certificate(pem_text.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None
    return certificate, certificate_fingerprint(certificate)


def signature_problem(
    *,
    certificate_pem_text: str,
    stored_fingerprint: str,
    algorithm: str,
    signature_b64: str,
    payload: bytes,
    trusted_fingerprints: Collection[str] | None = None,
) -> str | None:
    """Why the stored anchor signature does not hold, or None when it does.

    Checks that the certificate parses, that its fingerprint is the stored one (and one of
    ``trusted_fingerprints`` when given), that the algorithm fits its key, and the signature.
    """
    parsed = _parsed(certificate_pem_text)
    if parsed is None:
        return "certificate unreadable"
    certificate, fingerprint = parsed
    if fingerprint != stored_fingerprint.lower():
        return "certificate does not match the stored fingerprint"
    if trusted_fingerprints is not None and fingerprint not in trusted_fingerprints:
        return "signed by a certificate that is not trusted"
    try:
        signature = base64.b64decode(signature_b64.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return "signature is not valid base64"
    if not _verify(certificate.public_key(), algorithm, signature, payload):
        return f"signature ({algorithm}) does not match the anchored values"
    return None
