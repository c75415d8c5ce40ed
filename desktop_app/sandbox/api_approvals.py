"""Admin endpoints of the approval circuit, under ``/sandbox/admin/approvals`` (guarded by
:mod:`desktop_app.sandbox.admin` like every admin endpoint):

- ``GET /sandbox/admin/approvals`` -> ``{today, todayOverride, structures: [...]}``;
- ``GET /sandbox/admin/approvals/{idStructure}`` -> one structure's configuration
  ``{idStructure, designationStructure, services, defaultThreshold, thresholds, approvers,
  delegations}``;
- ``PUT /sandbox/admin/approvals/{idStructure}`` with any of ``defaultThreshold``,
  ``thresholds`` ``{code: amount}``, ``approvers`` ``[{login, services}]`` (each part given is
  replaced; ``services: []`` = every service) -> the configuration;
- ``POST /sandbox/admin/approvals/{idStructure}/delegations``
  ``{delegator, delegate, start, end}`` (ISO dates, inclusive) -> ``{id, structure}``;
- ``DELETE /sandbox/admin/approvals/{idStructure}/delegations/{id}`` -> the configuration
  (404 ``DELEGATION_INCONNUE``).

Invalid input answers 400 ``PARAMETRE_INVALIDE`` with a ``detail``. The day used for
delegations is set with ``POST /sandbox/admin/settings {"today": "YYYY-MM-DD"}`` (``null`` =
today in Paris) or ``--today``.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from desktop_app.sandbox import approvals
from desktop_app.sandbox.codec import loads
from desktop_app.sandbox.context import Sandbox
from desktop_app.sandbox.responses import json_response


async def _body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    if not raw:
        return {}
    try:
        data = loads(raw)
    except ValueError:
        raise ValueError("body must be JSON") from None
    if not isinstance(data, dict):
        raise ValueError("body must be a JSON object")
    return data


def _structure(request: web.Request) -> int:
    return int(request.match_info["structure_id"])


def overview(sandbox: Sandbox) -> dict[str, Any]:
    """Every structure's configuration and the day the rules use."""
    return {
        "today": approvals.sandbox_today(sandbox).isoformat(),
        "todayOverride": sandbox.config.today is not None,
        "structures": [
            approvals.structure_config(sandbox, sid) for sid in sorted(sandbox.structures)
        ],
    }


async def list_all(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    return json_response(overview(sandbox))


async def one(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    structure_id = _structure(request)
    if request.method == "PUT":
        approvals.update(sandbox, structure_id, await _body(request))
    return json_response(approvals.structure_config(sandbox, structure_id))


async def add_delegation(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    structure_id = _structure(request)
    delegation_id = approvals.add_delegation(sandbox, structure_id, await _body(request))
    return json_response(
        {"id": delegation_id, "structure": approvals.structure_config(sandbox, structure_id)}
    )


async def delete_delegation(request: web.Request, sandbox: Sandbox) -> web.StreamResponse:
    structure_id = _structure(request)
    if not approvals.delete_delegation(sandbox, structure_id, int(request.match_info["id"])):
        return json_response({"codeRetour": 404, "libelle": "DELEGATION_INCONNUE"}, 404)
    return json_response(approvals.structure_config(sandbox, structure_id))
