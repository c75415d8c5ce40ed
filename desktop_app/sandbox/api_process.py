"""3.5 traiterFactureRecue: transition, motive, role and idempotency rules."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from decimal import Decimal
from typing import Any

from aiohttp import web

from desktop_app.domain.approval_rules import (
    DecisionBasis,
    approvers_on,
    check_committing_action,
)
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.motif_catalog import COMMENT_MAX_LENGTH, MOTIF_REQUIRED_FOR, MOTIFS
from desktop_app.domain.permissions import TARGET_STATUS
from desktop_app.domain.status_types import Actor, Role
from desktop_app.domain.transitions import (
    RECIPIENT_ACTION_TARGETS,
    is_known_status,
    is_transition_allowed,
    recipient_targets,
)
from desktop_app.sandbox import approvals, recycling
from desktop_app.sandbox.api_consult import visible_invoice
from desktop_app.sandbox.auth import Principal
from desktop_app.sandbox.codec import dumps, money, paris_date
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
IDEMPOTENCY_HEADER = "Idempotency-Key"
#: libelle of the 403 / 20020 refusal of an over-threshold action by someone who may not approve
APPROVAL_REQUIRED = "APPROBATION_REQUISE"
#: libelle of the 422 / 20030 refusal of an Idempotency-Key reused with another body
KEY_REUSED = "CLE_IDEMPOTENCE_REUTILISEE"


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
    """Validate the motive fields; returns (motif code, history comment).

    ``motif`` is the text the platform keeps (what every public client sends): it is stored as
    is when it already holds the comment, and refused (20004) only when ``motif`` or
    ``commentaire`` is itself over the limit. A head (``motif``, else the motive's label) is
    put before a separate ``commentaire`` only while the result stays within the limit: a
    text the client accepted is never refused because of what the sandbox adds.
    """
    kept = (motif or "").strip()
    free = (comment or "").strip() or kept
    if target in MOTIF_REQUIRED_FOR:
        if not kept and not code:
            raise _error(20003, "MOTIF_OBLIGATOIRE")
        if required and target in ("REJETEE", "SUSPENDUE") and not code:
            raise _error(20003, "MOTIF_OBLIGATOIRE", detail="codeMotif required")
    for text in (comment, motif):
        if text is not None and len(text.strip()) > COMMENT_MAX_LENGTH:
            raise _error(20004, "COMMENTAIRE_TROP_LONG")
    found = None
    if code is not None:
        found = MOTIFS_BY_CODE.get(code)
        if found is None or target not in found.applies_to:
            raise _error(20005, "MOTIF_INCONNU")
        if found.comment_required and not free:
            raise _error(20003, "COMMENTAIRE_OBLIGATOIRE")
    elif target in MOTIF_REQUIRED_FOR:
        code = "AUTRE"
    extra = (comment or "").strip()
    head = kept or (found.label_fr if found is not None else "")
    if not extra or extra in head:  # the confirmed shape: motif already holds the comment
        return code, head or None
    if not head:
        return code, extra
    labelled = f"{head} — {extra}"  # older IPM5 shape: label in motif, words in commentaire
    return code, labelled if len(labelled) <= COMMENT_MAX_LENGTH else extra


def check_role(
    sandbox: Sandbox, principal: Principal, target: str, row: sqlite3.Row
) -> DecisionBasis | None:
    """Invoice Desk roles and the entity's approval circuit, as the app applies them.

    403 / 20020 ``HABILITATION_INSUFFISANTE`` when the caller's role may not set ``target`` at
    all; 403 / 20020 ``APPROBATION_REQUISE`` when ``target`` commits an amount above the
    service's threshold and the caller is neither an approver of the service, nor an active
    delegate of one, nor an admin. Returns the basis of the approval (None when none needed).
    """
    kind = KIND_OF_TARGET.get(target)
    if kind is None:
        return None
    try:
        role = Role(principal.role)
    except ValueError:
        raise _error(20020, "HABILITATION_INSUFFISANTE", 403, detail="permission.role") from None
    service_code = str(sandbox.services[row["service_id"]]["code"])
    circuit = approvals.circuit(sandbox, int(row["structure_id"]))
    day = approvals.sandbox_today(sandbox)
    try:
        return check_committing_action(
            circuit, principal.user, role, kind, Decimal(row["montant_ht"]), service_code, day
        )
    except PermissionDenied as exc:
        if exc.key != "permission.not_approver":
            raise _error(20020, "HABILITATION_INSUFFISANTE", 403, detail=exc.key) from None
        raise _error(
            20020,
            APPROVAL_REQUIRED,
            403,
            detail=exc.key,
            codeServiceExecutant=service_code,
            seuilHT=money(circuit.policy.threshold_for(service_code)),
            montantHT=money(row["montant_ht"]),
            approbateurs=approvers_on(circuit, service_code, day),
            dateReference=day.isoformat(),
        ) from None


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
    basis = check_role(sandbox, principal, target, row)
    if row["statut"] == target and sandbox.config.idempotency:
        # replay of an applied change: same answer, original date (project rule; in the
        # chorus-like mode a replay is a real call, refused 20002 since X -> X is no transition)
        return {**answer, "dateTraitement": _previous_treatment(sandbox, invoice_id, target)}
    lax = sandbox.config.lax_transitions  # server-side setting only, never from the request
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
    if target == "A_RECYCLER":
        recycling.reroute(sandbox, row, opt_str(body, "motif"))
    if basis is None:
        return {**answer, "dateTraitement": treated_on}
    service_code = str(sandbox.services[row["service_id"]]["code"])
    approvals.record(sandbox, invoice_id, at_ms, target, basis, service_code)
    sandbox.store.add_event(
        invoice_id,
        f"Approbation {target} : {basis.mention} ({basis.capacity.value.lower()}, "
        f"seuil {basis.threshold:.2f} EUR HT, service {service_code})",
        basis.mention,
        at_ms,
    )
    approval = approvals.approval_json(
        basis.user, basis.on_behalf_of, basis.capacity.value, f"{basis.threshold:.2f}", service_code
    )
    return {**answer, "dateTraitement": treated_on, "approbation": approval}


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


def body_hash(body: dict[str, Any]) -> str:
    """What an Idempotency-Key is bound to besides the caller: the request's JSON, canonical."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def caller_of(principal: Principal) -> str:
    """The identity a key belongs to: technical account and person (certificate user)."""
    return f"{principal.account}\x1f{principal.user}"


def _replay(
    sandbox: Sandbox, principal: Principal, row: sqlite3.Row, body: dict[str, Any], key: str
) -> web.Response | None:
    """The recorded answer of ``key`` for this caller and body; None when not seen.

    The caller's role is checked first (a clerk replaying a manager's key gets no manager
    answer: keys are per caller anyway); a key seen with another body is refused (422 / 20030).
    """
    target = opt_str(body, "nouveauStatut")
    if target is not None and is_known_status(target):
        check_role(sandbox, principal, target, row)
    previous = sandbox.store.processed(caller_of(principal), key)
    if previous is None:
        return None
    status, payload, digest = previous
    if digest != body_hash(body):
        raise _error(
            20030,
            KEY_REUSED,
            422,
            detail="Idempotency-Key already used with another request body",
        )
    return web.Response(
        body=payload,
        status=status,
        headers={
            "Content-Type": "application/json;charset=utf-8",
            "Idempotent-Replayed": "true",
        },
    )


async def process(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/traiter/recue"""
    sandbox = sandbox_of(request)
    principal = principal_of(request)
    body = body_of(request)
    key = request.headers.get(IDEMPOTENCY_HEADER)
    if key is not None and not (1 <= len(key) <= 200):
        raise bad_param("Idempotency-Key length must be 1..200")
    if not sandbox.config.idempotency:
        key = None  # chorus-like: the header is ignored, a resend is a second call
    store = sandbox.store
    with store.transaction():
        row = visible_invoice(request, req_int(body, "idFacture"))
        if key is not None:
            replayed = _replay(sandbox, principal, row, body, key)
            if replayed is not None:
                return replayed
        try:
            answer = apply_treatment(sandbox, principal, row, body)
            status, payload = 200, dumps(answer)
        except ApiError as exc:
            status = exc.status
            payload = dumps({"codeRetour": exc.code, "libelle": exc.libelle, **exc.extra})
        if key is not None:
            store.remember(
                caller_of(principal), key, status, payload, store.tick(), body_hash(body)
            )
    sandbox.stats["treatments"] = sandbox.stats.get("treatments", 0) + (status == 200)
    return web.Response(
        body=payload, status=status, headers={"Content-Type": "application/json;charset=utf-8"}
    )


def treatments_json(answer: dict[str, Any]) -> web.Response:
    return json_response(answer)
