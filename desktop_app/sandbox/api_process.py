"""3.5 traiterFactureRecue: transition, motive, role and idempotency rules."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from aiohttp import web

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.motif_catalog import COMMENT_MAX_LENGTH, MOTIF_REQUIRED_FOR, MOTIFS
from desktop_app.domain.permissions import TARGET_STATUS, ApprovalPolicy
from desktop_app.domain.status_types import Actor, Role
from desktop_app.domain.transitions import (
    RECIPIENT_ACTION_TARGETS,
    is_known_status,
    is_transition_allowed,
    recipient_targets,
)
from desktop_app.sandbox.api_consult import visible_invoice
from desktop_app.sandbox.auth import Principal
from desktop_app.sandbox.codec import dumps, paris_date
from desktop_app.sandbox.context import (
    Sandbox,
    body_of,
    opt_decimal,
    opt_str,
    principal_of,
    req_int,
    sandbox_of,
)
from desktop_app.sandbox.responses import OK_GCU, ApiError, bad_param, json_response
from desktop_app.sandbox.store import HistoryEntry

KIND_OF_TARGET = {status: kind for kind, status in TARGET_STATUS.items()}
MOTIFS_BY_CODE = {m.code: m for m in MOTIFS}
POLICY = ApprovalPolicy()
IDEMPOTENCY_HEADER = "Idempotency-Key"


def possible_targets(status: str) -> tuple[str, ...]:
    """``recupererEtatsPossiblesPourTraitement``: the current status then the recipient targets.

    For ``MISE_A_DISPOSITION`` this is the 2016 example's list plus ``SERVICE_FAIT``.
    """
    return (status, *recipient_targets(status))


def _error(code: int, libelle: str, status: int = 400, **extra: Any) -> ApiError:
    return ApiError(status, code, libelle, extra=extra or None)


def check_motive(
    target: str, motif: str | None, code: str | None, comment: str | None, required: bool
) -> tuple[str | None, str | None]:
    """Validate the motive fields; returns (motif code, history comment)."""
    free = (comment or "").strip() or (motif or "").strip()
    history: str | None
    if target in MOTIF_REQUIRED_FOR:
        if not (motif or "").strip() and not code:
            raise _error(20003, "MOTIF_OBLIGATOIRE")
        if required and target in ("REJETEE", "SUSPENDUE") and not code:
            raise _error(20003, "MOTIF_OBLIGATOIRE", detail="codeMotif required")
    for text in (comment, motif):
        if text is not None and len(text) > COMMENT_MAX_LENGTH:
            raise _error(20004, "COMMENTAIRE_TROP_LONG")
    if code is not None:
        found = MOTIFS_BY_CODE.get(code)
        if found is None or target not in found.applies_to:
            raise _error(20005, "MOTIF_INCONNU")
        if found.comment_required and not free:
            raise _error(20003, "COMMENTAIRE_OBLIGATOIRE")
        history = f"{found.label_fr} — {free}" if free else found.label_fr
    elif target in MOTIF_REQUIRED_FOR:
        code, history = "AUTRE", free
    else:
        history = free or None
    if history is not None and len(history) > COMMENT_MAX_LENGTH:
        raise _error(20004, "COMMENTAIRE_TROP_LONG")
    return code, history


def check_role(
    principal: Principal, target: str, amount_excl_vat: Decimal, service_code: str
) -> None:
    """Invoice Desk roles: 403 / 20020 when the caller's role may not set ``target``."""
    kind = KIND_OF_TARGET.get(target)
    if kind is None:
        return
    try:
        POLICY.check(Role(principal.role), kind, amount_excl_vat, service_code)
    except (PermissionDenied, ValueError) as exc:
        key = getattr(exc, "key", "permission.role")
        raise _error(20020, "HABILITATION_INSUFFISANTE", 403, detail=key) from None


def _previous_treatment(sandbox: Sandbox, invoice_id: int, target: str) -> str:
    row = sandbox.store.db.execute(
        "SELECT treated_on, at_ms FROM status_history WHERE invoice_id = ? AND code = ? "
        "ORDER BY at_ms DESC LIMIT 1",
        (invoice_id, target),
    ).fetchone()
    if row is None:
        return paris_date(sandbox.store.tick())
    return str(row["treated_on"] or paris_date(row["at_ms"]))


def apply_treatment(
    sandbox: Sandbox, principal: Principal, row: sqlite3.Row, body: dict[str, Any]
) -> dict[str, Any]:
    """Validate and apply one ``traiterFactureRecue`` (inside the caller's transaction)."""
    target = opt_str(body, "nouveauStatut")
    if target is None or not is_known_status(target):
        raise bad_param("nouveauStatut")
    invoice_id = int(row["id"])
    answer = {
        "codeRetour": 0,
        "libelle": OK_GCU,
        "idFacture": invoice_id,
        "numeroFacture": row["numero"],
        "nouveauStatut": target,
    }
    if row["statut"] == target:  # replay of an applied change: same answer, original date
        return {**answer, "dateTraitement": _previous_treatment(sandbox, invoice_id, target)}
    service_code = sandbox.services[row["service_id"]]["code"]
    check_role(principal, target, Decimal(row["montant_ht"]), service_code)
    lax = sandbox.config.lax_transitions or bool(body.get("transitionsLaxistes"))
    allowed = (
        target in RECIPIENT_ACTION_TARGETS and row["statut"] in _PROCESSABLE
        if lax
        else is_transition_allowed(row["statut"], target, Actor.RECIPIENT)
    )
    if not allowed:
        raise _error(20002, "STATUT_CIBLE_NON_AUTORISE")
    motif_code, comment = check_motive(
        target,
        opt_str(body, "motif"),
        opt_str(body, "codeMotif"),
        opt_str(body, "commentaire"),
        sandbox.config.motifs_required,
    )
    mandate_number = opt_str(body, "numeroDPMandat") or opt_str(body, "NumeroDPMandat")
    mandate_amount = opt_decimal(body, "montantDPMandat")
    if mandate_number is not None and len(mandate_number) > 50:
        raise bad_param("numeroDPMandat longer than 50 characters")
    if mandate_amount is not None and mandate_amount < 0:
        raise bad_param("montantDPMandat negative")
    amount_text = f"{mandate_amount:.2f}" if mandate_amount is not None else None
    if target == "MANDATEE" and mandate_number:
        note = f"Mandat n° {mandate_number}" + (f" — {amount_text} EUR" if amount_text else "")
        comment = f"{comment} — {note}" if comment else note
    at_ms = sandbox.store.tick()
    treated_on = paris_date(at_ms)
    entry = HistoryEntry(
        code=target,
        at_ms=at_ms,
        author=principal.user,
        actor="recipient",
        comment=comment,
        motif=opt_str(body, "motif"),
        motif_code=motif_code,
        mandate_number=mandate_number if target == "MANDATEE" else None,
        mandate_amount=amount_text if target == "MANDATEE" else None,
        treated_on=treated_on,
    )
    sandbox.store.set_status(invoice_id, entry, comment)
    return {**answer, "dateTraitement": treated_on}


_PROCESSABLE = frozenset(
    {
        "MISE_A_DISPOSITION",
        "COMPLETEE",
        "SERVICE_FAIT",
        "MANDATEE",
        "MISE_A_DISPOSITION_COMPTABLE",
        "COMPTABILISEE",
        "SUSPENDUE",
    }
)


async def process(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/traiter/recue"""
    sandbox = sandbox_of(request)
    principal = principal_of(request)
    body = body_of(request)
    key = request.headers.get(IDEMPOTENCY_HEADER)
    if key is not None and not (1 <= len(key) <= 200):
        raise bad_param("Idempotency-Key length must be 1..200")
    store = sandbox.store
    with store.transaction():
        if key is not None:
            previous = store.processed(principal.account, key)
            if previous is not None:
                status, payload = previous
                return web.Response(
                    body=payload,
                    status=status,
                    headers={
                        "Content-Type": "application/json;charset=utf-8",
                        "Idempotent-Replayed": "true",
                    },
                )
        row = visible_invoice(request, req_int(body, "idFacture"))
        try:
            answer = apply_treatment(sandbox, principal, row, body)
            status, payload = 200, dumps(answer)
        except ApiError as exc:
            status = exc.status
            payload = dumps({"codeRetour": exc.code, "libelle": exc.libelle, **exc.extra})
        if key is not None:
            store.remember(principal.account, key, status, payload, store.tick())
    sandbox.stats["treatments"] = sandbox.stats.get("treatments", 0) + (status == 200)
    return web.Response(
        body=payload, status=status, headers={"Content-Type": "application/json;charset=utf-8"}
    )


def treatments_json(answer: dict[str, Any]) -> web.Response:
    return json_response(answer)
