"""Sandbox PKI: CA "Invoice Desk Sandbox CA", server certificate, demo user PKCS#12 files, CRL.

Created on first start in ``<data-dir>/pki``. Every private key on disk is inside an encrypted
PKCS#12: user files use the demo passwords (printed and written to ``connect.json``); the CA and
server files use the sandbox's operator password, kept in the sandbox store, never printed.

The Invoice Desk role of a user certificate is its subject ``OU`` (``clerk``, ``manager``,
``admin``); its ``CN`` is the user login. Users ``expired`` and ``revoked`` are clerks whose
certificates are expired / listed in ``crl.pem``; ``foreign`` is issued by another CA;
``noeku`` has neither the ``clientAuth`` extended key usage nor ``digitalSignature`` (it
passes the TLS handshake, which accepts a certificate without EKU, and is refused by the
server with 90007 / CERT_USAGE_INVALIDE).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import secrets
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop_app.sandbox.signature_verify import certificate_thumbprint

CA_NAME = "Invoice Desk Sandbox CA"
FOREIGN_CA_NAME = "Autorite Etrangere de Test"
ORGANISATION = "Invoice Desk demo"

Key = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True, slots=True)
class DemoUser:
    """A demo user and its certificate situation."""

    login: str
    role: str
    first_name: str
    last_name: str
    email: str
    kind: str = "valid"  # valid | expired | revoked | foreign | noeku
    rsa: bool = False


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("clerk", "clerk", "Claire", "MARTIN", "claire.martin@demo.invalid"),
    DemoUser("manager", "manager", "Marc", "DURAND", "marc.durand@demo.invalid", rsa=True),
    DemoUser("admin", "admin", "Alice", "BERNARD", "alice.bernard@demo.invalid"),
    # approval circuit (demo configuration in approvals.py): a second manager approving some
    # services only, and the clerk to whom ``manager`` delegates during an absence
    DemoUser("manager2", "manager", "Sophie", "LAMBERT", "sophie.lambert@demo.invalid"),
    DemoUser("delegate", "clerk", "Denis", "ROUX", "denis.roux@demo.invalid"),
    # works circuit (sandbox/works.py WORKS_ROLES): the project manager and the contracting
    # authority of the works contracts
    DemoUser("moe", "clerk", "Mathieu", "OEUVRE", "mathieu.oeuvre@demo.invalid"),
    DemoUser("moa", "manager", "Agnes", "OUVRAGE", "agnes.ouvrage@demo.invalid"),
    DemoUser("expired", "clerk", "Eric", "PETIT", "eric.petit@demo.invalid", kind="expired"),
    DemoUser("revoked", "clerk", "Rose", "LEROY", "rose.leroy@demo.invalid", kind="revoked"),
    DemoUser("foreign", "clerk", "Fanny", "MOREAU", "fanny.moreau@demo.invalid", kind="foreign"),
    DemoUser("noeku", "clerk", "Noel", "GIRARD", "noel.girard@demo.invalid", kind="noeku"),
)


@dataclass(frozen=True, slots=True)
class UserCertificate:
    """Where a demo user's PKCS#12 is and how to open it."""

    login: str
    role: str
    kind: str
    pkcs12_path: Path
    certificate_path: Path
    password: str
    thumbprint: str
    serial: int


@dataclass(frozen=True, slots=True)
class Pki:
    """Paths and facts of the sandbox PKI."""

    directory: Path
    ca_cert_path: Path
    server_pkcs12_path: Path
    crl_path: Path
    foreign_ca_cert_path: Path
    users: dict[str, UserCertificate]

    def server_identity(self, operator_password: str) -> tuple[Key, x509.Certificate]:
        """The server key and certificate, decrypted in memory."""
        return _load_p12(self.server_pkcs12_path, operator_password)

    def load_server_identity(self, context: ssl.SSLContext, operator_password: str) -> None:
        """Load the server key and certificate into ``context`` without writing the key in
        clear: OpenSSL reads a temporary PEM encrypted with a one-time password."""
        key, cert = self.server_identity(operator_password)
        password = secrets.token_urlsafe(24).encode("ascii")
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(password),
        )
        handle, name = tempfile.mkstemp(suffix=".pem")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(_pem(cert) + pem)
            context.load_cert_chain(name, password=password)
        finally:
            os.unlink(name)

    def ca_certificate(self) -> x509.Certificate:
        """The sandbox CA certificate."""
        return x509.load_pem_x509_certificate(self.ca_cert_path.read_bytes())

    def revoked_serials(self) -> set[int]:
        """Serials listed in ``crl.pem`` (its signature checked against the CA)."""
        crl = x509.load_pem_x509_crl(self.crl_path.read_bytes())
        if not crl.is_signature_valid(self.ca_certificate().public_key()):  # type: ignore[arg-type]
            raise ValueError(f"CRL signature invalid: {self.crl_path}")
        return {entry.serial_number for entry in crl}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _new_key(use_rsa: bool = False) -> Key:
    if use_rsa:
        return rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str, unit: str | None = None) -> x509.Name:
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
    ]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attributes)


def _ca(name: str, days: int = 3650) -> tuple[Key, x509.Certificate]:
    key = _new_key()
    subject = _name(name)
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _issue(
    ca_key: Key,
    ca_cert: x509.Certificate,
    subject: x509.Name,
    key: Key,
    *,
    not_before: dt.datetime,
    not_after: dt.datetime,
    server: bool = False,
    eku: bool = True,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            # digital_signature, ..., key_agreement: a "noeku" certificate only agrees keys
            x509.KeyUsage(eku, False, server, False, not eku, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
    elif eku:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), False
        )
    return builder.sign(ca_key, hashes.SHA256())


def _write_p12(
    path: Path,
    name: str,
    key: Key,
    cert: x509.Certificate,
    password: str,
    chain: list[x509.Certificate],
) -> None:
    data = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        key,
        cert,
        chain or None,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )
    path.write_bytes(data)
    path.chmod(0o600)


def _load_p12(path: Path, password: str) -> tuple[Key, x509.Certificate]:
    key, cert, _ = pkcs12.load_key_and_certificates(path.read_bytes(), password.encode("utf-8"))
    if (
        key is None
        or cert is None
        or not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey)
    ):
        raise ValueError(f"{path} holds no usable key and certificate")
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def ensure_pki(directory: Path, operator_password: str) -> Pki:
    """Load the PKI in ``directory``, creating it on first start (and renewing the server
    certificate when it is near expiry)."""
    directory.mkdir(parents=True, exist_ok=True)
    index_path = directory / "users.json"
    if not index_path.exists():
        _create(directory, operator_password)
    else:
        _add_missing_users(directory, operator_password)
    pki = _load(directory)
    _, server_cert = pki.server_identity(operator_password)
    if server_cert.not_valid_after_utc < _now() + dt.timedelta(days=7):
        ca_key, ca_cert = _load_p12(directory / "ca.p12", operator_password)
        _write_server(directory, ca_key, ca_cert, operator_password)
    return pki


def _write_server(directory: Path, ca_key: Key, ca_cert: x509.Certificate, password: str) -> None:
    key = _new_key()
    now = _now()
    cert = _issue(
        ca_key,
        ca_cert,
        _name("127.0.0.1", "sandbox-server"),
        key,
        not_before=now - dt.timedelta(minutes=5),
        not_after=now + dt.timedelta(days=397),
        server=True,
    )
    _write_p12(directory / "server.p12", "sandbox-server", key, cert, password, [ca_cert])
    (directory / "server.pem").write_bytes(_pem(cert))


def _issue_user(
    users_dir: Path,
    user: DemoUser,
    issuer_key: Key,
    issuer_cert: x509.Certificate,
    now: dt.datetime,
) -> tuple[x509.Certificate, dict[str, object]]:
    """Issue ``user``'s certificate and encrypted PKCS#12; returns it and its index entry."""
    key = _new_key(user.rsa)
    if user.kind == "expired":
        not_before, not_after = now - dt.timedelta(days=400), now - dt.timedelta(days=30)
    else:
        not_before, not_after = now - dt.timedelta(minutes=5), now + dt.timedelta(days=365)
    cert = _issue(
        issuer_key,
        issuer_cert,
        _name(user.login, user.role),
        key,
        not_before=not_before,
        not_after=not_after,
        eku=user.kind != "noeku",
    )
    password = f"{user.login}-{secrets.token_urlsafe(6)}"
    _write_p12(users_dir / f"{user.login}.p12", user.login, key, cert, password, [issuer_cert])
    (users_dir / f"{user.login}.pem").write_bytes(_pem(cert))
    der = cert.public_bytes(serialization.Encoding.DER)
    return cert, {
        "role": user.role,
        "kind": user.kind,
        "password": password,
        "thumbprint": certificate_thumbprint(der),
        "serial": str(cert.serial_number),
    }


def _add_missing_users(directory: Path, operator_password: str) -> list[str]:
    """Issue the valid demo users a PKI created by an older sandbox lacks (e.g. the approval
    circuit's ``manager2`` and ``delegate``); returns their logins."""
    index_path = directory / "users.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    missing = [u for u in DEMO_USERS if u.login not in index and u.kind == "valid"]
    if not missing:
        return []
    ca_key, ca_cert = _load_p12(directory / "ca.p12", operator_password)
    now = _now()
    for user in missing:
        _, index[user.login] = _issue_user(directory / "users", user, ca_key, ca_cert, now)
    index_path.write_text(json.dumps(index, indent=2), encoding="utf-8")
    index_path.chmod(0o600)
    return [u.login for u in missing]


def _create(directory: Path, operator_password: str) -> None:
    ca_key, ca_cert = _ca(CA_NAME)
    foreign_key, foreign_cert = _ca(FOREIGN_CA_NAME)
    (directory / "ca.pem").write_bytes(_pem(ca_cert))
    (directory / "foreign-ca.pem").write_bytes(_pem(foreign_cert))
    _write_p12(directory / "ca.p12", CA_NAME, ca_key, ca_cert, operator_password, [])
    _write_server(directory, ca_key, ca_cert, operator_password)
    users_dir = directory / "users"
    users_dir.mkdir(exist_ok=True)
    now = _now()
    index: dict[str, dict[str, object]] = {}
    revoked: list[x509.Certificate] = []
    for user in DEMO_USERS:
        issuer = (foreign_key, foreign_cert) if user.kind == "foreign" else (ca_key, ca_cert)
        cert, index[user.login] = _issue_user(users_dir, user, *issuer, now)
        if user.kind == "revoked":
            revoked.append(cert)
    crl = x509.CertificateRevocationListBuilder().issuer_name(ca_cert.subject)
    crl = crl.last_update(now).next_update(now + dt.timedelta(days=30))
    for cert in revoked:
        crl = crl.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(now)
            .build()
        )
    (directory / "crl.pem").write_bytes(
        crl.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)
    )
    (directory / "users.json").write_text(json.dumps(index, indent=2), encoding="utf-8")
    (directory / "users.json").chmod(0o600)


def _load(directory: Path) -> Pki:
    index = json.loads((directory / "users.json").read_text(encoding="utf-8"))
    users = {
        login: UserCertificate(
            login=login,
            role=str(entry["role"]),
            kind=str(entry["kind"]),
            pkcs12_path=directory / "users" / f"{login}.p12",
            certificate_path=directory / "users" / f"{login}.pem",
            password=str(entry["password"]),
            thumbprint=str(entry["thumbprint"]),
            serial=int(entry["serial"]),
        )
        for login, entry in index.items()
    }
    return Pki(
        directory=directory,
        ca_cert_path=directory / "ca.pem",
        server_pkcs12_path=directory / "server.p12",
        crl_path=directory / "crl.pem",
        foreign_ca_cert_path=directory / "foreign-ca.pem",
        users=users,
    )


def certificate_role(cert: x509.Certificate) -> str | None:
    """The Invoice Desk role carried by a user certificate (its subject ``OU``)."""
    values = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    return str(values[0].value) if values else None


def certificate_login(cert: x509.Certificate) -> str | None:
    """The user login carried by a user certificate (its subject ``CN``)."""
    values = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else None
