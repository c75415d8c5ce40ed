"""The platform client: JSON POSTs over httpx with PISTE tokens, mTLS and RFC 9421 signatures.

Every answer is parsed with exact decimals; every failure becomes a typed error of
:mod:`desktop_app.sync.errors` (``codeRetour``/``libelle`` kept). Thread-safe: one
``httpx.Client`` with up to ``max_connections`` keep-alive connections (the contract's
client rule allows 4 concurrent calls).
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop_app.models.outbox_store import canonical_json
from desktop_app.sync.auth import TechnicalAccount, TokenProvider
from desktop_app.sync.errors import (
    AuthError,
    BadResponseError,
    NetworkError,
    NotAttachedError,
    PlatformError,
    TokenError,
    TooLargeError,
    TransientPlatformError,
    ValidationRefused,
    auth_error,
    legacy_refusal,
)
from desktop_app.sync.http_signatures import ClientIdentity, client_ssl_context, sign_request
from desktop_app.sync.transport import KeepAliveTransport, diagnose_tls, transport_error

JSON_TYPE = "application/json;charset=utf-8"
#: what httpx adds to each request (its User-Agent kept), for the direct keep-alive path
_FIXED_HEAD = f"Connection: keep-alive\r\nUser-Agent: python-httpx/{httpx.__version__}\r\n"
NO_RESULT_CODES = frozenset({20000, 20007})  # "no result" answers of the two searches

# contract paths (PISTE form); legacy certificate URLs drop "/cpro" and "/v1"
SEARCH = "/cpro/factures/v1/rechercher/recipiendaire"
CONSULT = "/cpro/factures/v1/consulter/recipiendaire"
HISTORY = "/cpro/factures/v1/consulter/historique"
PROCESS = "/cpro/factures/v1/traiter/recue"
DOWNLOAD = "/cpro/factures/v1/telecharger/groupe"
STRUCTURES = "/cpro/transverses/v1/recuperer/structures/actives/destinataire"
ATTACHMENTS = "/cpro/utilisateurs/v1/monCompte/recuperer/rattachements"
SERVICES = "/cpro/structures/v1/rechercher/services"
PROBE = "/cpro/transverses/v1/recuperer/tauxtva"


@dataclass(frozen=True)
class ClientSettings:
    """Where and how to connect (built from a connection profile and its secrets)."""

    api_base: str
    auth_mode: str = "certificat"  # certificat | piste | legacy-basic
    token_url: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    account: TechnicalAccount | None = None
    identity: ClientIdentity | None = None
    ca_file: Path | None = None
    legacy_paths: bool = False
    timeout_s: float = 30.0
    max_connections: int = 4
    sign_requests: bool | None = None  # default: sign when a certificate is present
    # "keepalive": httpx over KeepAliveTransport (one send per request; httpx's own transport
    # when a proxy is configured in the environment); "httpx": httpx's own (httpcore)
    transport: str = "keepalive"

    def __repr__(self) -> str:
        return f"ClientSettings(api_base={self.api_base!r}, auth_mode={self.auth_mode!r})"


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _behind_proxy(url: str) -> bool:
    """True when the environment routes ``url`` through a proxy (HTTPS_PROXY...): then httpx's
    own transport is used, since :class:`KeepAliveTransport` connects directly."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")


def parse_json(content: bytes, status: int) -> dict[str, Any]:
    """The JSON object of an answer, decimals exact; :class:`BadResponseError` otherwise."""
    try:
        data = json.loads(content, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadResponseError(
            f"HTTP {status}: body is not JSON ({len(content)} bytes)", detail=f"HTTP {status}"
        ) from exc
    if not isinstance(data, dict):
        raise BadResponseError(f"HTTP {status}: body is not a JSON object", detail=f"HTTP {status}")
    return data


class PlatformClient:
    """Calls platform services; see the module docstring."""

    def __init__(self, settings: ClientSettings) -> None:
        self.settings = settings
        if settings.auth_mode not in ("certificat", "piste", "legacy-basic"):
            raise ValueError(f"unknown auth mode {settings.auth_mode!r}")
        self._identity = settings.identity
        self._sign = (
            settings.sign_requests
            if settings.sign_requests is not None
            else settings.identity is not None and settings.auth_mode != "legacy-basic"
        )
        self._tokens: TokenProvider | None = None
        if settings.auth_mode != "legacy-basic":
            if not (settings.token_url and settings.client_id and settings.client_secret):
                raise ValueError("PISTE mode needs token_url, client_id and client_secret")
            self._tokens = TokenProvider(
                settings.token_url, settings.client_id, settings.client_secret
            )
        context = client_ssl_context(settings.identity, settings.ca_file)
        self._context = context
        self._wire: KeepAliveTransport | None = None
        self._urls: dict[str, httpx.URL] = {}
        self._bare_context = client_ssl_context(None, settings.ca_file)
        if settings.transport == "keepalive" and not _behind_proxy(settings.api_base):
            wire = KeepAliveTransport(context, settings.timeout_s, settings.max_connections)
            self._wire = wire
            self._http = httpx.Client(transport=wire, timeout=settings.timeout_s)
        elif settings.transport == "httpx":
            limits = httpx.Limits(
                max_connections=settings.max_connections,
                max_keepalive_connections=settings.max_connections,
                keepalive_expiry=60.0,
            )
            self._http = httpx.Client(
                verify=context, timeout=settings.timeout_s, limits=limits, http2=False
            )
        else:
            raise ValueError(f"unknown transport {settings.transport!r}")
        self._base = settings.api_base.rstrip("/")
        self._signed_parts: dict[str, tuple[str, str, str]] = {}
        self.calls = 0

    # --- plumbing ---

    def close(self) -> None:
        """Close every connection."""
        self._http.close()

    def __enter__(self) -> PlatformClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def token_provider(self) -> TokenProvider | None:
        """The OAuth2 token cache (None in legacy-basic mode)."""
        return self._tokens

    def url_for(self, path: str) -> str:
        """The full URL of a contract path (legacy profiles drop ``/cpro`` and ``/v1``)."""
        if self.settings.legacy_paths and path.startswith("/cpro/"):
            parts = path[len("/cpro/") :].split("/")
            if len(parts) > 1 and parts[1] == "v1":
                del parts[1]
            path = "/" + "/".join(parts)
        return self._base + path

    def _headers(
        self, url: str, body: bytes, idempotency_key: str | None
    ) -> tuple[dict[str, str], str | None]:
        headers = {"Content-Type": JSON_TYPE, "Accept": "application/json"}
        token: str | None = None
        account = self.settings.account
        if self.settings.auth_mode == "legacy-basic":
            if account is None:
                raise ValueError("legacy-basic mode needs the technical account")
            headers["Authorization"] = "Basic " + account.header()
        else:
            assert self._tokens is not None
            token = self._tokens.token(self._http, on_transport_error=self._transport_error)
            headers["Authorization"] = "Bearer " + token
            if account is not None:
                headers["cpro-account"] = account.header()
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        if self._sign and self._identity is not None:
            authority, path, query = self._url_parts(url)
            headers.update(
                sign_request(
                    method="POST",
                    authority=authority,
                    path=path,
                    query=query,
                    headers=headers,
                    body=body,
                    private_key=self._identity.private_key,
                    certificate_der=self._identity.certificate_der,
                    keyid=self._identity.thumbprint,
                )
            )
        return headers, token

    def _url_parts(self, url: str) -> tuple[str, str, str]:
        """(authority, path, query) of ``url`` as signed (cached: a handful of URLs)."""
        parts = self._signed_parts.get(url)
        if parts is None:
            split = urlsplit(url)
            authority = split.netloc.rsplit("@", 1)[-1]
            if authority.endswith(":443") and split.scheme == "https":
                authority = authority[: -len(":443")]
            parts = self._signed_parts[url] = (authority, split.path or "/", split.query)
        return parts

    def call_raw(
        self,
        path: str,
        body: dict[str, Any] | bytes,
        *,
        idempotency_key: str | None = None,
        ok_codes: Iterable[int] = (0,),
    ) -> dict[str, Any]:
        """POST ``body`` to ``path``; the answer's JSON, or a typed error.

        A 401 renews the token once and retries; a second 401 raises :class:`AuthError`.
        """
        url = self.url_for(path)
        payload = body if isinstance(body, bytes) else canonical_json(body).encode("utf-8")
        for attempt in (1, 2):
            try:
                headers, token = self._headers(url, payload, idempotency_key)
                status, content, retry_after = self._post(url, payload, headers)
            except httpx.TransportError as exc:
                raise self._transport_error(exc, url) from exc
            self.calls += 1
            if status == 401:
                error = auth_error(
                    *self._error_fields(content, status), status, self._safe_json(content)
                )
                renewable = isinstance(error, TokenError) or type(error) is AuthError
                if attempt == 1 and self._tokens is not None and renewable:
                    self._tokens.invalidate(token)
                    continue
                raise error
            return self._interpret(status, content, retry_after, frozenset(ok_codes))
        raise AssertionError("unreachable")

    def _post(
        self, url: str, payload: bytes, headers: dict[str, str]
    ) -> tuple[int, bytes, str | None]:
        """(status, body, Retry-After) of one POST: straight on the keep-alive wire when there
        is one (same bytes on the wire as ``httpx`` sends but ``Accept-Encoding``), else
        through ``httpx``."""
        if self._wire is None:
            response = self._http.post(url, content=payload, headers=headers)
            return response.status_code, response.content, response.headers.get("Retry-After")
        target = self._urls.get(url)
        if target is None:
            target = self._urls[url] = httpx.URL(url)
        head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        answer = self._wire.exchange(target, (head + _FIXED_HEAD).encode("utf-8"), payload)
        return answer.status, answer.content, answer.headers.get("retry-after")

    def _transport_error(self, exc: httpx.TransportError, url: str) -> Exception:
        error = transport_error(exc)
        if (
            type(error) is NetworkError
            and self._identity is not None
            and isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.ConnectError)
        ):
            return diagnose_tls(self._context, self._bare_context, url) or error
        return error

    def call(self, path: str, body: dict[str, Any] | bytes, **kwargs: Any) -> dict[str, Any]:
        """Alias of :meth:`call_raw`."""
        return self.call_raw(path, body, **kwargs)

    @staticmethod
    def _safe_json(content: bytes) -> dict[str, Any]:
        try:
            data = json.loads(content, parse_float=Decimal)
        except (ValueError, UnicodeDecodeError):
            return {}
        return data if isinstance(data, dict) else {}

    def _error_fields(self, content: bytes, status: int) -> tuple[int, str]:
        data = self._safe_json(content)
        legacy = legacy_refusal(data, status)
        if legacy is not None:
            return legacy.code_retour, legacy.libelle
        try:
            code = int(data.get("codeRetour", 0) or 0)
        except (TypeError, ValueError):
            code = 0
        return code, str(data.get("libelle") or f"HTTP {status}")

    def _interpret(
        self, status: int, content: bytes, retry_after: str | None, ok_codes: frozenset[int]
    ) -> dict[str, Any]:
        if status == 429 or status >= 500:
            code, libelle = self._error_fields(content, status)
            raise TransientPlatformError(code, libelle, status, _retry_after(retry_after))
        if status == 403:
            code, libelle = self._error_fields(content, status)
            raise NotAttachedError(code, libelle, status, body=self._safe_json(content))
        if status == 413:
            code, libelle = self._error_fields(content, status)
            raise TooLargeError(code, libelle, status)
        data = parse_json(content, status)
        if status == 400:
            code, libelle = self._error_fields(content, status)
            raise ValidationRefused(code, libelle, status, body=data)
        if status != 200:
            code, libelle = self._error_fields(content, status)
            raise PlatformError(code, libelle, status, body=data)
        legacy = legacy_refusal(data, status)
        if legacy is not None:
            raise legacy
        code_value = data.get("codeRetour", 0)
        try:
            code = int(code_value)
        except (TypeError, ValueError) as exc:
            raise BadResponseError("codeRetour is not a number", detail="codeRetour") from exc
        if code != 0 and code not in ok_codes:
            raise ValidationRefused(code, str(data.get("libelle", "")), status, body=data)
        return data

    # --- services of the contract ---

    def structures(self) -> list[dict[str, Any]]:
        """3.9 recupererStructuresActivesPourDestinataire: structures the account receives for."""
        data = self.call_raw(STRUCTURES, {})
        return list(data.get("listeStructures") or [])

    def attachments(self, page_size: int = 100) -> list[dict[str, Any]]:
        """3.9 recupererRattachementsMonCompteUtilisateur, every page: the structures the
        account is attached to (``listeStructureRattachement``, go-choruspro
        ``utilisateurs_rattachements.go``), with its role and services in each."""
        return self._every_page(
            ATTACHMENTS,
            lambda page: {"parametresRecherche": _page_params(page, page_size, "IdStructure")},
            "listeStructureRattachement",
            page_size,
        )

    def services(self, structure_id: int, page_size: int = 1000) -> list[dict[str, Any]]:
        """3.8 rechercherServicesStructure, every page."""
        return self._every_page(
            SERVICES,
            lambda page: {
                "idStructure": structure_id,
                "parametresRechercherServicesStructure": _page_params(
                    page, page_size, "CodeService"
                ),
            },
            "listeServices",
            page_size,
        )

    def _every_page(
        self,
        path: str,
        body_of: Callable[[int], dict[str, Any]],
        list_key: str,
        page_size: int,
    ) -> list[dict[str, Any]]:
        """The entries under ``list_key`` of every page of a paged list service."""
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            data = self.call_raw(path, body_of(page), ok_codes=(0, 20000))
            entries = list(data.get(list_key) or [])
            found.extend(entries)
            if is_last_page(data.get("parametresRetour") or data, page, len(entries), page_size):
                return found
            page += 1

    def search_invoices(
        self,
        *,
        structure_id: int | None,
        since: str | None,
        page: int = 1,
        page_size: int = 1000,
        payment_request_type: str = "FACTURE",
        until: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """3.1 rechercherFactureParRecipiendaire, one page, ascending on the last change."""
        body: dict[str, Any] = {
            "typeDemandePaiement": payment_request_type,
            "paramRecherche": {
                "pageResultatDemandee": page,
                "nbResultatsParPage": page_size,
                "triColonne": "DateHeureEtatCourant",
                "triSens": "Ascendant",
            },
        }
        if structure_id is not None:
            body["idDestinataire"] = structure_id
        if since:
            body["periodeDateHeureEtatCourantDu"] = since
        if until:
            body["periodeDateHeureEtatCourantAu"] = until
        if extra:
            body.update(extra)
        return self.call_raw(SEARCH, body, ok_codes=(0, 20000, 20007))

    def consult(self, invoice_id: int, attachments_page_size: int = 100) -> dict[str, Any]:
        """3.3 consulterFactureParRecipiendaire: the ``facture`` object."""
        body = {
            "identifiantFactureCPP": invoice_id,
            "codeLangue": "FR",
            "recherchePj": {
                "pageResultatDemandeeListePieceJointe": 1,
                "nbResultatsParPageListePieceJointe": attachments_page_size,
            },
        }
        data = self.call_raw(CONSULT, body)
        facture = data.get("facture")
        if not isinstance(facture, dict):
            raise BadResponseError("consult answer without facture", detail="facture")
        return facture

    def history(self, invoice_id: int, page_size: int = 200) -> dict[str, Any]:
        """3.4 consulterHistoriqueFacture (status passages, ascending on date)."""
        body = {
            "idFacture": invoice_id,
            "paramRechercheHistoStatuts": {
                "pageResultatDemandeeListeHistoStatut": 1,
                "nbResultatsParPageListeHistoStatut": page_size,
                "triColonneListeHistoStatut": "HistoStatutDatePassage",
                "triSensListeHistoStatut": "Ascendant",
            },
        }
        return self.call_raw(HISTORY, body)

    def recent_history(self, invoice_id: int, page_size: int = 50) -> dict[str, Any]:
        """3.4 consulterHistoriqueFacture, one page of the newest status passages first."""
        body = {
            "idFacture": invoice_id,
            "paramRechercheHistoStatuts": {
                "pageResultatDemandeeListeHistoStatut": 1,
                "nbResultatsParPageListeHistoStatut": page_size,
                "triColonneListeHistoStatut": "HistoStatutDatePassage",
                "triSensListeHistoStatut": "Descendant",
            },
        }
        return self.call_raw(HISTORY, body)

    def process(self, payload: bytes, idempotency_key: str) -> dict[str, Any]:
        """3.5 traiterFactureRecue with the outbox row's exact body and idempotency key."""
        return self.call_raw(PROCESS, payload, idempotency_key=idempotency_key)

    def download(
        self, invoice_ids: Sequence[int], fmt: str = "PIVOT", with_attachments: bool = True
    ) -> dict[str, Any]:
        """3.6 telechargerGroupeFacture (``fichierResultat`` is a base64 ZIP)."""
        body = {
            "listeFacture": [{"idFacture": i} for i in invoice_ids],
            "format": fmt,
            "avecPiecesJointesComplementaires": "OUI" if with_attachments else "NON",
        }
        return self.call_raw(DOWNLOAD, body)

    def probe(self) -> None:
        """A cheap call that proves the connection and the credentials work."""
        self.call_raw(PROBE, {})


def _page_params(page: int, page_size: int, sort_column: str) -> dict[str, Any]:
    """The paging block of a list service's body, sorted ascending on ``sort_column``."""
    return {
        "pageResultatDemandee": page,
        "nbResultatsParPage": page_size,
        "triColonne": sort_column,
        "triSens": "Ascendant",
    }


def _whole(value: Any) -> int | None:
    """``value`` as a whole number, None when missing, null or not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def is_last_page(paging: dict[str, Any], requested: int, count: int, page_size: int) -> bool:
    """Whether a list answer is its last page, read tolerantly.

    ``pageCourante`` / ``pages`` may be null or missing (Pastell's recorded
    ``CPPListeFactures.json`` has both null): then the requested page stands for the current
    one, and without ``pages`` a page shorter than ``page_size`` is the last. An empty page is
    always the last.
    """
    if count == 0:
        return True
    current = _whole(paging.get("pageCourante")) or requested
    pages = _whole(paging.get("pages"))
    if pages is None or pages <= 0:
        return count < page_size
    return current >= pages


def is_transient(exc: BaseException) -> bool:
    """True for failures worth retrying later (network, 5xx/429, unreadable answers)."""
    return isinstance(exc, NetworkError | TransientPlatformError | BadResponseError)


__all__ = [
    "AuthError",
    "ClientSettings",
    "PlatformClient",
    "is_last_page",
    "is_transient",
    "transport_error",
]
