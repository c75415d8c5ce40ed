"""Admin endpoints under ``/sandbox/admin/`` (trainers, testers): supplier activity, faults,
inspection of the store. Require the local admin token (header ``X-Sandbox-Admin-Token``,
found in ``connect.json``) or a valid admin certificate on the TLS connection."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from desktop_app.sandbox import api_approvals
from desktop_app.sandbox.approvals import parse_day, records_of, sandbox_today
from desktop_app.sandbox.auth import peer_certificate
from desktop_app.sandbox.context import SANDBOX_KEY, Sandbox
from desktop_app.sandbox.responses import ApiError, json_response

ADMIN_HEADER = "X-Sandbox-Admin-Token"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _authorised(request: web.Request, sandbox: Sandbox) -> bool:
    token = request.headers.get(ADMIN_HEADER, "")
    expected = sandbox.config.admin_token or ""
    if token and expected and hmac.compare_digest(token.encode(), expected.encode()):
        return True
    der = peer_certificate(request)
    if der:
        try:
            return sandbox.auth.certs.check(der).role == "admin"
        except ApiError:
            return False
    return False


def _guard(handler: Callable[[web.Request, Sandbox], Awaitable[web.StreamResponse]]) -> Handler:
    async def wrapped(request: web.Request) -> web.StreamResponse:
        sandbox = request.app[SANDBOX_KEY]
        if not _authorised(request, sandbox):
            return json_response({"codeRetour": 403, "libelle": "ADMIN_REQUIS"}, 403)
        try:
            return await handler(request, sandbox)
        except ValueError as exc:
            return json_response(
                {"codeRetour": 400, "libelle": "PARAMETRE_INVALIDE", "detail": str(exc)}, 400
            )

    return wrapped


async def _json(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return {}
    data = await request.json()
    if not isinstance(data, dict):
        raise ValueError("body must be a JSON object")
    return data


async def status(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    from desktop_app.sandbox.app import FAULTS_KEY

    db = sandbox.store.db
    by_status = {
        r[0]: r[1] for r in db.execute("SELECT statut, COUNT(*) FROM invoices GROUP BY statut")
    }
    return json_response(
        {
            "invoices": sandbox.store.count_invoices(),
            "byStatus": by_status,
            "mode": sandbox.config.mode,
            "seed": sandbox.config.seed,
            "laxTransitions": sandbox.config.lax_transitions,
            "idempotency": sandbox.config.idempotency,
            "motifsRequired": sandbox.config.motifs_required,
            "downloadLimitBytes": sandbox.config.download_limit_bytes,
            "faults": request.app[FAULTS_KEY].stats(),
            "stats": sandbox.stats,
        }
    )


async def supplier_action(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    from desktop_app.sandbox.supplier import run_action

    body = await _json(request)
    result = run_action(sandbox, str(body.get("action", "")), int(body.get("count", 1)))
    return json_response(result)


async def faults(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    from desktop_app.sandbox.app import FAULTS_KEY
    from desktop_app.sandbox.faults import parse_faults

    injector = request.app[FAULTS_KEY]
    if request.method == "POST":
        body = await _json(request)
        injector.reconfigure(parse_faults(body.get("spec") or None))
    return json_response(injector.stats())


async def settings(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    body = await _json(request)
    config = sandbox.config
    if "laxTransitions" in body:
        config.lax_transitions = bool(body["laxTransitions"])
    if "idempotency" in body:  # false: "chorus-like", Idempotency-Key and replays ignored
        config.idempotency = bool(body["idempotency"])
    if "motifsRequired" in body:
        config.motifs_required = bool(body["motifsRequired"])
    if "downloadLimitBytes" in body:
        config.download_limit_bytes = int(body["downloadLimitBytes"])
    if "tokenTtl" in body:
        sandbox.tokens.ttl_s = int(body["tokenTtl"])
    if "today" in body:
        config.today = None if body["today"] is None else parse_day(body["today"], "today")
    return json_response(
        {
            "laxTransitions": config.lax_transitions,
            "idempotency": config.idempotency,
            "motifsRequired": config.motifs_required,
            "downloadLimitBytes": config.download_limit_bytes,
            "tokenTtl": sandbox.tokens.ttl_s,
            "today": sandbox_today(sandbox).isoformat(),
            "todayOverride": config.today is not None,
        }
    )


async def expire_tokens(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    return json_response({"expired": sandbox.tokens.expire_all()})


async def revoke(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    from desktop_app.sandbox.app import PKI_KEY

    body = await _json(request)
    user = request.app[PKI_KEY].users.get(str(body.get("login", "")))
    if user is None:
        raise ValueError("unknown login")
    with sandbox.store.transaction():
        sandbox.store.revoke(user.serial)
    sandbox.auth.certs.revoked.add(user.serial)
    return json_response({"revoked": user.login, "serial": str(user.serial)})


async def invoice_detail(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    invoice_id = int(request.match_info["invoice_id"])
    db = sandbox.store.db
    row = sandbox.store.invoice(invoice_id)
    if row is None:
        return json_response({"codeRetour": 404, "libelle": "FACTURE_INCONNUE"}, 404)
    history = [
        dict(r)
        for r in db.execute(
            "SELECT code, at_ms, author, actor, comment, motif_code, mandate_number, "
            "mandate_amount "
            "FROM status_history WHERE invoice_id = ? ORDER BY at_ms",
            (invoice_id,),
        )
    ]
    actions = [
        dict(r)
        for r in db.execute(
            "SELECT code, at_ms, author FROM action_history WHERE invoice_id = ? ORDER BY at_ms",
            (invoice_id,),
        )
    ]
    applied: dict[str, int] = {}
    for entry in history:
        if entry["actor"] == "recipient":
            applied[entry["code"]] = applied.get(entry["code"], 0) + 1
    return json_response(
        {
            "idFacture": invoice_id,
            "statut": row["statut"],
            "etatMs": row["etat_ms"],
            "telechargee": bool(row["telechargee"]),
            "doublon": bool(row["doublon"]),
            "origin": row["origin"],
            "rejeteeId": row["rejetee_id"],
            "approvals": [
                {"atMs": at_ms, **block}
                for at_ms, block in sorted(records_of(sandbox, invoice_id).items())
            ],
            "history": history,
            "actions": actions,
            "appliedRecipientChanges": applied,
        }
    )


async def integrity(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    """PRAGMA integrity_check plus the store invariants."""
    db = sandbox.store.db
    problems = []
    if not sandbox.store.integrity_ok():
        problems.append("integrity_check failed")
    mismatched = db.execute(
        "SELECT COUNT(*) FROM invoices i WHERE i.statut != (SELECT code FROM status_history h "
        "WHERE h.invoice_id = i.id ORDER BY at_ms DESC, id DESC LIMIT 1)"
    ).fetchone()[0]
    if mismatched:
        problems.append(f"{mismatched} invoices whose status is not their last history entry")
    orphans = db.execute(
        "SELECT COUNT(*) FROM status_history h WHERE NOT EXISTS "
        "(SELECT 1 FROM invoices i WHERE i.id = h.invoice_id)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} history rows without invoice")
    stale = db.execute(
        "SELECT COUNT(*) FROM invoices i WHERE i.etat_ms < "
        "(SELECT MAX(at_ms) FROM status_history h WHERE h.invoice_id = i.id)"
    ).fetchone()[0]
    if stale:
        problems.append(f"{stale} invoices whose change marker is older than their history")
    return json_response({"ok": not problems, "problems": problems})


def register(app: web.Application) -> None:
    """Add the admin routes."""
    app.router.add_get("/sandbox/admin/status", _guard(status))
    app.router.add_post("/sandbox/admin/supplier", _guard(supplier_action))
    app.router.add_get("/sandbox/admin/faults", _guard(faults))
    app.router.add_post("/sandbox/admin/faults", _guard(faults))
    app.router.add_post("/sandbox/admin/settings", _guard(settings))
    app.router.add_post("/sandbox/admin/tokens/expire", _guard(expire_tokens))
    app.router.add_post("/sandbox/admin/revoke", _guard(revoke))
    app.router.add_get("/sandbox/admin/invoices/{invoice_id:\\d+}", _guard(invoice_detail))
    app.router.add_get("/sandbox/admin/integrity", _guard(integrity))
    base = "/sandbox/admin/approvals"
    one = base + "/{structure_id:\\d+}"
    app.router.add_get(base, _guard(api_approvals.list_all))
    app.router.add_get(one, _guard(api_approvals.one))
    app.router.add_put(one, _guard(api_approvals.one))
    app.router.add_post(one + "/delegations", _guard(api_approvals.add_delegation))
    app.router.add_delete(one + "/delegations/{id:\\d+}", _guard(api_approvals.delete_delegation))
