"""Reading an API request: refuse what is unknown, unauthenticated or too large BEFORE the body.

Order, per request under ``/cpro/`` or ``/service/``:

1. unknown path -> HTTP 404, unknown method -> HTTP 405, both as JSON ``{codeRetour, libelle}``
   (never aiohttp's plain text: a client decoding JSON must get a decodable refusal);
2. ``Content-Length`` over ``SandboxConfig.request_limit_bytes`` -> HTTP 413 (JSON), body unread;
3. the credentials that are in the headers: the TLS client certificate (certificat and
   legacy-basic profiles, or whenever one is presented), the PISTE bearer token (piste
   profile). A refusal here (401, JSON) is answered without reading the body: an
   unauthenticated client cannot make the sandbox hold its upload in memory;
4. only then the body is read, bounded by the same limit (a chunked body over the limit is
   cut at the limit and refused with 413).

The full authentication (technical account, RFC 9421 signature over the body) runs after, in
:meth:`desktop_app.sandbox.auth.Authenticator.authenticate`, unchanged.
"""

from __future__ import annotations

from aiohttp import web

from desktop_app.sandbox.auth import Authenticator, peer_certificate
from desktop_app.sandbox.responses import ApiError

UNKNOWN_SERVICE = 20030
METHOD_NOT_ALLOWED = 20031
TOO_LARGE = 20032


def routing_error(request: web.Request) -> ApiError | None:
    """The JSON refusal of a path or method no route serves, else None."""
    problem = request.match_info.http_exception
    if problem is None:
        return None
    if isinstance(problem, web.HTTPMethodNotAllowed):
        allowed = ", ".join(sorted(problem.allowed_methods))
        return ApiError(
            405,
            METHOD_NOT_ALLOWED,
            f"Méthode {request.method} non autorisée pour ce service (attendu : {allowed}).",
            headers={"Allow": allowed},
        )
    return ApiError(
        404,
        UNKNOWN_SERVICE,
        f"Service inconnu : {request.method} {request.path}.",
    )


def too_large(limit: int) -> ApiError:
    """HTTP 413 with the limit in the French text."""
    size = f"{limit // (1024 * 1024)} Mo" if limit >= 1024 * 1024 else f"{limit // 1024} Ko"
    return ApiError(
        413,
        TOO_LARGE,
        f"Requête trop volumineuse : le corps dépasse {size}.",
        headers={"Connection": "close"},
    )


def check_headers(auth: Authenticator, request: web.Request, limit: int) -> None:
    """Steps 2 and 3: size announced, then the credentials carried by the headers."""
    length = request.content_length
    if length is not None and length > limit:
        raise too_large(limit)
    der = peer_certificate(request)
    if auth.mode in ("certificat", "legacy-basic") or der:
        auth.certs.check(der)
    if auth.mode == "piste":
        auth.tokens.check(request.headers.get("Authorization"))


async def read_body(request: web.Request, limit: int) -> bytes:
    """Step 4: the body, at most ``limit`` bytes (413 beyond, whatever the framing)."""
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise too_large(limit) from None
    if len(body) > limit:
        raise too_large(limit)
    return body
