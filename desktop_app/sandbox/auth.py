"""Authentication of every API call: PISTE tokens, technical accounts, client certificates,
RFC 9421 signatures. Error answers (project codes beyond the contract's 90001-90007):

=====  ==========================  ====================================================
code   libelle                     condition
=====  ==========================  ====================================================
90001  SIG_ABSENTE                 no Signature / Signature-Input / Content-Digest
90002  SIG_DIGEST_INVALIDE         Content-Digest does not match the body
90003  SIG_CLE_INCONNUE            keyid is not the thumbprint of the TLS certificate
90004  SIG_INVALIDE                signature does not verify
90005  SIG_PERIMEE                 created/expires outside the window
90006  SIG_REJOUEE                 nonce replayed within 600 s
90007  CERT_INVALIDE               + ``motif``: CERT_EXPIRE, CERT_REVOQUE, CERT_USAGE_INVALIDE
90008  CERT_ABSENT                 no client certificate on the TLS connection
90010  JETON_ABSENT                no ``Authorization: Bearer``
90011  JETON_INVALIDE              unknown token
90012  JETON_EXPIRE                expired token
90013  COMPTE_TECHNIQUE_INVALIDE   ``cpro-account`` missing, malformed or wrong password
90014  AUTHENTIFICATION_BASIC      HTTP Basic missing or wrong (legacy-basic profile)
=====  ==========================  ====================================================

90009  CERT_AUTORITE_INCONNUE      certificate of another authority (the test PKI's
                                   "foreign" CA, which the handshake lets through)

Expired, revoked and wrong-usage certificates pass the TLS handshake (time checks are
disabled at the TLS layer, revocation is not checked there) and are refused here with 90007
and a ``motif``, so that the client can show why. A certificate of a CA the sandbox has never
seen is refused by the handshake itself (the connection closes before any HTTP answer; the
client reports "certificate not accepted by the platform").
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.x509.oid import ExtendedKeyUsageOID

from desktop_app.sandbox.certs import certificate_login, certificate_role
from desktop_app.sandbox.responses import ApiError
from desktop_app.sandbox.signature_verify import (
    HttpMessage,
    NonceCache,
    PublicKey,
    SignatureError,
    certificate_public_key,
    certificate_thumbprint,
    verify_request,
)
from desktop_app.sandbox.store import Store

SIG_CHALLENGE = {"WWW-Authenticate": 'Signature realm="invoice-desk-sandbox"'}


def _auth_error(code: int, libelle: str, challenge: str, **extra: str) -> ApiError:
    return ApiError(401, code, libelle, extra=dict(extra), headers={"WWW-Authenticate": challenge})


@dataclass(frozen=True, slots=True)
class CertInfo:
    """A client certificate checked once per DER (cached)."""

    der: bytes
    login: str | None
    role: str | None
    thumbprint: str
    public_key: PublicKey | None  # None: a key type the profile cannot verify
    serial: int
    problem: str | None  # CERT_EXPIRE | CERT_USAGE_INVALIDE | CERT_AUTORITE_INCONNUE | None


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the technical account, the person, the Invoice Desk role."""

    account: str  # technical account (visibility of structures/services)
    user: str  # person recorded as author (certificate user or the technical account)
    role: str  # clerk | manager | admin
    services: frozenset[int]
    first_name: str
    last_name: str
    email: str | None


class TokenStore:
    """OAuth2 client-credentials tokens with expiry."""

    def __init__(self, ttl_s: int) -> None:
        self.ttl_s = ttl_s
        self._tokens: dict[str, tuple[str, float]] = {}

    def issue(self, client_id: str) -> tuple[str, int]:
        token = secrets.token_urlsafe(32)
        self._tokens[token] = (client_id, time.time() + self.ttl_s)
        if len(self._tokens) > 10_000:
            now = time.time()
            self._tokens = {k: v for k, v in self._tokens.items() if v[1] > now}
        return token, self.ttl_s

    def check(self, header: str | None) -> str:
        if not header or not header.startswith("Bearer "):
            raise _auth_error(90010, "JETON_ABSENT", 'Bearer error="invalid_request"')
        entry = self._tokens.get(header[7:].strip())
        if entry is None:
            raise _auth_error(
                90011, "JETON_INVALIDE", 'Bearer error="invalid_token"', error="invalid_token"
            )
        if entry[1] <= time.time():
            raise _auth_error(
                90012,
                "JETON_EXPIRE",
                'Bearer error="invalid_token", error_description="expired"',
                error="invalid_token",
            )
        return entry[0]

    def expire_all(self) -> int:
        """Make every issued token expired (tests of token renewal)."""
        for token, (client, _) in list(self._tokens.items()):
            self._tokens[token] = (client, 0.0)
        return len(self._tokens)


class CertificateChecker:
    """Chain, validity, usage and revocation checks of client certificates."""

    def __init__(self, ca_cert: x509.Certificate, revoked: set[int]) -> None:
        self.ca_cert = ca_cert
        self.revoked = set(revoked)
        self._cache: dict[bytes, CertInfo] = {}

    def info(self, der: bytes) -> CertInfo:
        cached = self._cache.get(der)
        if cached is not None:
            return cached
        cert = x509.load_der_x509_certificate(der)
        problem: str | None = None
        try:
            cert.verify_directly_issued_by(self.ca_cert)
        except (ValueError, TypeError, InvalidSignature):
            problem = "CERT_AUTORITE_INCONNUE"
        now = dt.datetime.now(dt.UTC)
        if problem is None and not (cert.not_valid_before_utc <= now <= cert.not_valid_after_utc):
            problem = "CERT_EXPIRE"
        if problem is None and not _client_usage_ok(cert):
            problem = "CERT_USAGE_INVALIDE"
        info = CertInfo(
            der=der,
            login=certificate_login(cert),
            role=certificate_role(cert),
            thumbprint=certificate_thumbprint(der),
            public_key=certificate_public_key(cert),
            serial=cert.serial_number,
            problem=problem,
        )
        if len(self._cache) > 1000:
            self._cache.clear()
        self._cache[der] = info
        return info

    def check(self, der: bytes | None) -> CertInfo:
        """The certificate's facts, or the 9000x refusal."""
        if not der:
            raise _auth_error(90008, "CERT_ABSENT", 'Signature realm="invoice-desk-sandbox"')
        info = self.info(der)
        problem = info.problem
        if problem is None and info.serial in self.revoked:
            problem = "CERT_REVOQUE"
        if problem == "CERT_AUTORITE_INCONNUE":
            raise _auth_error(
                90009, "CERT_AUTORITE_INCONNUE", 'Signature realm="invoice-desk-sandbox"'
            )
        if problem is not None:
            raise _auth_error(
                90007, "CERT_INVALIDE", 'Signature realm="invoice-desk-sandbox"', motif=problem
            )
        return info


def _client_usage_ok(cert: x509.Certificate) -> bool:
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return ExtendedKeyUsageOID.CLIENT_AUTH in eku and usage.digital_signature


def peer_certificate(request: web.Request) -> bytes | None:
    """DER of the TLS client certificate of this connection, if any."""
    transport = request.transport
    if transport is None:
        return None
    ssl_object = transport.get_extra_info("ssl_object")
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(binary_form=True)
    return bytes(der) if der else None


def decode_account(header: str | None) -> tuple[str, str]:
    """``cpro-account`` -> (login, password); raises 90013 when malformed."""
    if not header:
        raise _auth_error(90013, "COMPTE_TECHNIQUE_INVALIDE", 'Bearer realm="cpro-account"')
    try:
        text = base64.b64decode(header.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _auth_error(
            90013, "COMPTE_TECHNIQUE_INVALIDE", 'Bearer realm="cpro-account"'
        ) from None
    login, sep, password = text.partition(":")
    if not sep:
        raise _auth_error(90013, "COMPTE_TECHNIQUE_INVALIDE", 'Bearer realm="cpro-account"')
    return login, password


class Authenticator:
    """Applies the profile (certificat | piste | legacy-basic) to one request."""

    def __init__(
        self, mode: str, store: Store, tokens: TokenStore, certs: CertificateChecker
    ) -> None:
        self.mode = mode
        self.store = store
        self.tokens = tokens
        self.certs = certs
        self.nonces = NonceCache()
        self._services: dict[str, frozenset[int]] = {}
        self._accounts: dict[str, Any] = {}

    def services_of(self, login: str) -> frozenset[int]:
        """Services ``login`` may see (cached; accounts do not change while serving)."""
        found = self._services.get(login)
        if found is None:
            found = self._services[login] = self.store.visible_services(login)
        return found

    def account_row(self, login: str) -> Any:
        """The ``accounts`` row of ``login`` (cached)."""
        if login not in self._accounts:
            self._accounts[login] = self.store.account(login)
        return self._accounts[login]

    def technical_account(self, login: str, password: str, code: int, libelle: str, challenge: str):  # type: ignore[no-untyped-def]
        row = self.account_row(login)
        if (
            row is None
            or row["kind"] != "technical"
            or not hmac.compare_digest(str(row["password"]).encode(), password.encode())
        ):
            raise _auth_error(code, libelle, challenge)
        return row

    def verify_signature(self, request: web.Request, body: bytes, cert: CertInfo | None) -> None:
        if cert is None:
            raise ApiError(401, 90003, "SIG_CLE_INCONNUE", headers=SIG_CHALLENGE)
        if cert.public_key is None:
            raise ApiError(401, 90004, "SIG_INVALIDE", headers=SIG_CHALLENGE)
        try:
            message = HttpMessage(
                headers=request.headers,
                method=request.method,
                authority=request.host,
                path=request.raw_path.split("?", 1)[0],
                query=request.raw_path.partition("?")[2],
            )
            verified = verify_request(
                message=message, body=body, public_key=cert.public_key, thumbprint=cert.thumbprint
            )
            self.nonces.check_and_add(verified.keyid, verified.nonce)
        except SignatureError as exc:
            raise ApiError(
                401, exc.code, exc.libelle, extra={"detail": exc.detail}, headers=SIG_CHALLENGE
            ) from None

    def authenticate(self, request: web.Request, body: bytes) -> Principal:
        """The caller, or an :class:`ApiError` 401."""
        cert: CertInfo | None = None
        der = peer_certificate(request)
        if self.mode in ("certificat", "legacy-basic") or der:
            cert = self.certs.check(der)
        headers = request.headers
        if self.mode == "certificat" or (self.mode == "piste" and "Signature" in headers):
            self.verify_signature(request, body, cert)
        if self.mode == "legacy-basic":
            auth = headers.get("Authorization", "")
            if not auth.startswith("Basic "):
                raise _auth_error(90014, "AUTHENTIFICATION_BASIC", 'Basic realm="chorus-pro"')
            login, password = decode_account(auth[6:])
            account = self.technical_account(
                login, password, 90014, "AUTHENTIFICATION_BASIC", 'Basic realm="chorus-pro"'
            )
        else:
            self.tokens.check(headers.get("Authorization"))
            login, password = decode_account(headers.get("cpro-account"))
            account = self.technical_account(
                login, password, 90013, "COMPTE_TECHNIQUE_INVALIDE", 'Bearer realm="cpro-account"'
            )
        services = self.services_of(account["login"])
        if cert is not None and cert.login and self.mode != "piste":
            person = self.account_row(cert.login)
            if person is not None:
                return Principal(
                    account=account["login"],
                    user=cert.login,
                    role=cert.role or person["role"],
                    services=services & self.services_of(cert.login),
                    first_name=person["first_name"],
                    last_name=person["last_name"],
                    email=person["email"],
                )
        return Principal(
            account=account["login"],
            user=account["login"],
            role=account["role"],
            services=services,
            first_name=account["first_name"],
            last_name=account["last_name"],
            email=account["email"],
        )
