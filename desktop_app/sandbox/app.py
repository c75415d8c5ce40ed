"""The aiohttp application: routes of the contract, auth and fault middlewares, TLS context."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import ssl
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from desktop_app.sandbox import (
    admin,
    api_consult,
    api_files,
    api_process,
    api_reference,
    api_search,
    api_structures,
    api_works,
    approvals,
    intake,
    strict,
    works,
)
from desktop_app.sandbox.auth import Authenticator, CertificateChecker, TokenStore
from desktop_app.sandbox.certs import Pki, ensure_pki
from desktop_app.sandbox.codec import PARIS, loads
from desktop_app.sandbox.config import SandboxConfig
from desktop_app.sandbox.context import JSON_KEY, PRINCIPAL_KEY, SANDBOX_KEY, Sandbox
from desktop_app.sandbox.dataset import (
    PISTE_CLIENTS,
    TECHNICAL_ACCOUNTS,
    InvoiceFactory,
    InvoiceSource,
    default_recipients,
    ensure_demo_accounts,
    populate,
    seed_reference_data,
)
from desktop_app.sandbox.faults import FaultInjector, parse_faults
from desktop_app.sandbox.responses import ApiError, bad_param, json_response
from desktop_app.sandbox.signature_verify import NONCE_WINDOW_S
from desktop_app.sandbox.store import Store

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
TOKEN_PATH = "/api/oauth/token"  # noqa: S105 - a path, not a secret
TOKEN_FORM_LIMIT = 64 * 1024
NO_CHECK_TIME = 0x200000  # X509_V_FLAG_NO_CHECK_TIME: expiry is checked by the middleware

ROUTES: dict[str, Handler] = {
    "factures/v1/rechercher/recipiendaire": api_search.search,
    "factures/v1/rechercher/atraiter/recipiendaire": api_search.search_to_process,
    "factures/v1/consulter/recipiendaire": api_consult.consult,
    "factures/v1/consulter/historique": api_consult.history,
    "factures/v1/traiter/recue": api_process.process,
    "factures/v1/telecharger/groupe": api_files.download_group,
    "transverses/v1/telecharger/pieceJointe": api_files.download_attachment,
    "transverses/v1/ajouter/fichier": api_files.add_file,
    "transverses/v1/rechercher/pj/moncompte": api_files.search_account_files,
    "transverses/v1/rechercher/pj/structure": api_files.search_structure_files,
    "transverses/v1/recuperer/typespj": api_files.attachment_types,
    "structures/v1/rechercher/services": api_structures.search_services,
    "structures/v1/consulter/service": api_structures.consult_service,
    "structures/v1/rechercher": api_structures.search_structures,
    "structures/v1/consulter": api_structures.consult_structure,
    "transverses/v1/recuperer/structures/actives/destinataire": api_structures.active_structures,
    "utilisateurs/v1/monCompte/recuperer/rattachements": api_structures.account_attachments,
    "transverses/v1/recuperer/etats/traitement": api_reference.possible_states,
    "transverses/v1/recuperer/etat/typedp": api_reference.states_by_type,
    "transverses/v1/recuperer/typedp": api_reference.payment_types,
    "transverses/v1/recuperer/cadrefacturation": api_reference.frames,
    "transverses/v1/recuperer/typefacturetravaux": api_reference.works_types,
    "transverses/v1/recuperer/formatflux": api_reference.flow_formats,
    "transverses/v1/recuperer/modereglements": api_reference.payment_modes,
    "transverses/v1/recuperer/motifs/refus/Facture/AValider": (
        api_reference.validator_refusal_motives
    ),
    "transverses/v1/recuperer/tauxtva": api_reference.vat_rates,
    "transverses/v1/recuperer/devises": api_reference.currencies,
    "transverses/v1/recuperer/pays": api_reference.countries,
    "transverses/v1/recuperer/motifs/exonerationtva": api_reference.vat_exemptions,
    "transverses/v1/recuperer/motifs/rejet/recue": api_reference.recipient_motives,
    "facturesTravaux/v1/rechercher": api_works.search,
    "facturesTravaux/v1/consulter": api_works.consult,
    "facturesTravaux/v1/traiter": api_works.process,
    "transverses/v1/recuperer/structures/actives/facturetravaux": api_works.works_structures,
    "transverses/v1/recuperer/typeidentifiant/structure": api_reference.identifier_types,
    "transverses/v1/recuperer/modedepot": api_reference.deposit_modes,
    "factures/v1/rechercher/demandePaiement": api_search.search_payment_requests,
    "structures/v1/lister/rattachementsutilisateur": api_structures.user_service_attachments,
}
GET_ROUTES: dict[str, Handler] = {"transverses/v1/health-check": api_reference.health_check}

FAULTS_KEY: web.AppKey[FaultInjector] = web.AppKey("faults", FaultInjector)
PKI_KEY: web.AppKey[Pki] = web.AppKey("pki", Pki)


def legacy_path(route: str) -> str:
    """Certificate-era path: no ``/cpro`` prefix and no ``v1`` segment, under ``/service``."""
    return "/service/" + route.replace("/v1/", "/", 1)


def open_sandbox(
    config: SandboxConfig, factory: InvoiceFactory | None = None
) -> tuple[Sandbox, Pki]:
    """Open (or create) the store and the PKI; generate the invoices not yet there."""
    store = Store(config.store_path)
    stored_seed = store.meta("seed")
    if stored_seed is not None and int(stored_seed) != config.seed:
        raise ValueError(
            f"{config.data_dir} holds data of seed {stored_seed}, not {config.seed}; "
            "use another --data-dir"
        )
    pki = ensure_pki(config.pki_dir, store.operator_password())
    recipients = default_recipients()
    if stored_seed is None:
        seed_reference_data(store, recipients)
        store.set_meta("seed", str(config.seed))
    ensure_demo_accounts(store)
    approvals.ensure_schema(store)
    approvals.seed_demo(store, config.today or dt.datetime.now(PARIS).date())
    works.ensure_schema(store)
    works.seed_demo(store, config.today or dt.datetime.now(PARIS).date())
    source = InvoiceSource(config.seed, recipients, factory)
    populate(store, source, config.invoices)
    revoked = pki.revoked_serials() | store.revoked_serials()
    tokens = TokenStore(config.token_ttl_s)
    checker = CertificateChecker(pki.ca_certificate(), revoked)
    auth = Authenticator(config.mode, store, tokens, checker)
    auth.nonces.load(store.load_nonces(time.time() - NONCE_WINDOW_S))
    sandbox = Sandbox(config=config, store=store, source=source, tokens=tokens, auth=auth)
    sandbox.reload_reference()
    if config.admin_token is None:
        config.admin_token = store.meta("admin_token") or secrets.token_urlsafe(24)
        store.set_meta("admin_token", config.admin_token)
    return sandbox, pki


def server_ssl_context(pki: Pki, operator_password: str) -> ssl.SSLContext:
    """TLS 1.3 only; asks for a client certificate and verifies its chain against the CA."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    pki.load_server_identity(context, operator_password)
    context.load_verify_locations(cafile=str(pki.ca_cert_path))
    # The "other authority" of the test PKI is accepted by the handshake so that the server can
    # answer 90009 CERT_AUTORITE_INCONNUE itself; any CA never seen is refused by the handshake.
    context.load_verify_locations(cafile=str(pki.foreign_ca_cert_path))
    context.verify_mode = ssl.CERT_OPTIONAL
    context.verify_flags = context.verify_flags | NO_CHECK_TIME
    return context


async def _api(request: web.Request, handler: Handler) -> web.StreamResponse:
    sandbox = request.app[SANDBOX_KEY]
    try:
        limit = sandbox.config.request_limit_bytes
        intake.check_headers(sandbox.auth, request, limit)  # before any byte of the body
        body = await intake.read_body(request, limit)
        request[PRINCIPAL_KEY] = sandbox.auth.authenticate(request, body)
        try:
            request[JSON_KEY] = loads(body) if body.strip() else {}
        except (ValueError, UnicodeDecodeError):
            raise bad_param("body is not JSON") from None
        return await handler(request)
    except ApiError as exc:
        return exc.response()


async def _token(request: web.Request) -> web.Response:
    """POST /api/oauth/token: client credentials, form-encoded, scope openid."""
    sandbox = request.app[SANDBOX_KEY]
    if sandbox.config.mode != "piste":
        try:
            from desktop_app.sandbox.auth import peer_certificate

            sandbox.auth.certs.check(peer_certificate(request))
        except ApiError as exc:
            return exc.response()
    if (request.content_length or 0) > TOKEN_FORM_LIMIT:  # a form of three short fields
        return intake.too_large(TOKEN_FORM_LIMIT).response()
    form = await request.post()
    if form.get("grant_type") != "client_credentials":
        return json_response({"error": "unsupported_grant_type"}, 400)
    client_id, secret = str(form.get("client_id", "")), str(form.get("client_secret", ""))
    expected = PISTE_CLIENTS.get(client_id)
    if expected is None or not secrets.compare_digest(expected, secret):
        return json_response(
            {"error": "invalid_client", "error_description": "Bad client credentials"}, 401
        )
    scope = str(form.get("scope", "openid"))
    if "openid" not in scope.split():
        return json_response({"error": "invalid_scope"}, 400)
    token, ttl = sandbox.tokens.issue(client_id)
    return json_response(
        {"access_token": token, "token_type": "Bearer", "expires_in": ttl, "scope": "openid"}
    )


@web.middleware
async def api_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    path = request.path
    if path.startswith(("/cpro/", "/service/")):
        refused = intake.routing_error(request)
        if refused is not None:
            return refused.response()
        return await request.app[FAULTS_KEY].apply(request, lambda r: _api(r, handler))
    if path == TOKEN_PATH:
        return await request.app[FAULTS_KEY].apply(request, handler)
    return await handler(request)


def build_app(sandbox: Sandbox, pki: Pki) -> web.Application:
    """The aiohttp application of one sandbox."""
    app = web.Application(
        middlewares=[api_middleware], client_max_size=sandbox.config.request_limit_bytes
    )
    app[SANDBOX_KEY] = sandbox
    app[PKI_KEY] = pki
    app[FAULTS_KEY] = FaultInjector(parse_faults(sandbox.config.faults))
    app[api_files.FILE_CACHE_KEY] = api_files.FileCache()
    app.router.add_post(TOKEN_PATH, _token)
    for route, handler in ROUTES.items():
        checked = strict.guarded(route, handler)
        app.router.add_post("/cpro/" + route, checked)
        app.router.add_post(legacy_path(route), checked)
    for route, handler in GET_ROUTES.items():
        app.router.add_get("/cpro/" + route, handler, allow_head=False)
        app.router.add_get(legacy_path(route), handler, allow_head=False)
    admin.register(app)
    return app


def connect_info(sandbox: Sandbox, pki: Pki, port: int) -> dict[str, Any]:
    """What a client needs (written to ``connect.json``; no private key material)."""
    config = sandbox.config
    return {
        "address": f"https://127.0.0.1:{port}",
        "port": port,
        "mode": config.mode,
        "seed": config.seed,
        "invoices": sandbox.store.count_invoices(),
        "dataDir": str(config.data_dir),
        "caCert": str(pki.ca_cert_path),
        "tokenUrl": f"https://127.0.0.1:{port}{TOKEN_PATH}",
        "apiBase": f"https://127.0.0.1:{port}",
        "piste": [{"clientId": k, "clientSecret": v} for k, v in PISTE_CLIENTS.items()],
        "technicalAccounts": [
            {"login": login, "password": pw, "role": role, "allServices": everything}
            for login, (pw, role, _, _, everything) in TECHNICAL_ACCOUNTS.items()
        ],
        "users": [
            {
                "login": u.login,
                "role": u.role,
                "kind": u.kind,
                "pkcs12": str(u.pkcs12_path),
                "password": u.password,
                "thumbprint": u.thumbprint,
            }
            for u in pki.users.values()
        ],
        "foreignCaCert": str(pki.foreign_ca_cert_path),
        "crl": str(pki.crl_path),
        "adminToken": config.admin_token,
        "adminHeader": admin.ADMIN_HEADER,
        "idempotencyHeader": api_process.IDEMPOTENCY_HEADER,
    }


def write_connect(info: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
    path.chmod(0o600)
