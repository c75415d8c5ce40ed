"""Real keys and self-signed certificates for audit-anchor tests (generated, never stored)."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID

from desktop_app.models.anchor_signatures import SigningKey


def make_key(kind: str = "ec") -> SigningKey:
    """A fresh private key: ``ec`` (P-256), ``rsa`` (2048) or ``ed25519``."""
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ed25519.Ed25519PrivateKey.generate()


def self_signed(key: SigningKey, name: str = "Agent Comptable Demo") -> x509.Certificate:
    """A one-year self-signed certificate for ``key``."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Mairie de Démo"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    algorithm = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, algorithm)
    )
