"""The sandbox profile's local configuration, read from the sandbox itself (admin API):
the approval circuit of each structure and the hospital's category."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from desktop_app.models.database import Database
from desktop_app.sync.approvals import store_sandbox_configuration
from desktop_app.sync.errors import SyncError


def import_sandbox_configuration(database: Database, info: dict[str, Any]) -> int:
    """Fetch ``/sandbox/admin/approvals`` and store it; returns how many structures."""
    try:
        with httpx.Client(
            base_url=str(info["apiBase"]),
            verify=ssl.create_default_context(cafile=str(info["caCert"])),
            headers={str(info["adminHeader"]): str(info["adminToken"])},
            timeout=15,
        ) as http:
            response = http.get("/sandbox/admin/approvals")
            response.raise_for_status()
            overview = response.json()
    except (httpx.HTTPError, KeyError) as exc:
        raise SyncError(
            f"sandbox configuration not read: {exc}", key="sandbox.config", detail=str(exc)[:200]
        ) from exc
    return store_sandbox_configuration(database, overview)
