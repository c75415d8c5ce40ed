"""The one door between the client and the embedded sandbox.

Only this module of the client knows the sandbox: how to start its process
(``desktop_app.sandbox.launcher``, imported lazily: the app never imports the sandbox's
server code), the format of its ``connect.json`` / ready information, and its admin API
(``/sandbox/admin/approvals``). Everything else receives an ordinary
:class:`~desktop_app.sync.client.ClientSettings` (address, CA, credentials), exactly as for
Chorus Pro qualification or production. import-linter holds this (pyproject.toml).
"""

from __future__ import annotations

import json
import ssl
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from desktop_app.models.database import APP_NAME, Database
from desktop_app.sync.approvals import store_sandbox_configuration
from desktop_app.sync.credentials import load_certificate
from desktop_app.sync.errors import SyncError
from desktop_app.sync.profiles import ConnectionProfile

if TYPE_CHECKING:  # httpx and the client load at the first connection, not with the window
    from desktop_app.sync.client import ClientSettings
    from desktop_app.sync.http_signatures import ClientIdentity


def default_sandbox_dir() -> Path:
    """The embedded sandbox's data folder (user data dir)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "sandbox"


class SandboxManager:
    """Starts the embedded sandbox once (a background process) and stops it with the app."""

    def __init__(self) -> None:
        self._process: Any = None
        self._lock = threading.Lock()

    def info(self, profile: ConnectionProfile) -> dict[str, Any]:
        """The running sandbox's connection info, starting it when needed."""
        from desktop_app.sandbox.launcher import SandboxStartError, start_sandbox_process

        with self._lock:
            if self._process is None or not self._process.alive():
                data_dir = Path(profile.sandbox_data_dir or default_sandbox_dir())
                try:
                    self._process = start_sandbox_process(
                        data_dir, invoices=profile.sandbox_invoices, mode=profile.auth_mode
                    )
                except SandboxStartError as exc:
                    raise SyncError(
                        str(exc), key="sandbox.start_failed", detail=str(exc)[:200]
                    ) from exc
            return dict(self._process.info)

    def stop(self) -> None:
        """Stop the sandbox if this manager started it."""
        with self._lock:
            if self._process is not None:
                self._process.stop()
                self._process = None


def read_connect_file(path: Path) -> dict[str, Any]:
    """A sandbox ``connect.json``; a missing or garbled file is a :class:`SyncError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SyncError(
            str(exc), key="sandbox.connect_file", path=str(path), detail=detail
        ) from exc
    if not isinstance(data, dict):
        raise SyncError(
            "not an object", key="sandbox.connect_file", path=str(path), detail="not an object"
        )
    return data


def settings_from_connect_info(
    info: dict[str, Any],
    *,
    user: str = "clerk",
    account: str | None = None,
    timeout_s: float = 30.0,
    identity: ClientIdentity | None = None,
) -> tuple[ClientSettings, ClientIdentity | None]:
    """Ordinary client settings for a sandbox described by its ``connect.json``.

    ``identity`` (the user's own certificate) wins over the demo user ``user``'s PKCS#12.
    """
    from desktop_app.sync.auth import TechnicalAccount
    from desktop_app.sync.client import ClientSettings

    mode = str(info.get("mode", "certificat"))
    accounts = {a["login"]: a for a in info.get("technicalAccounts", [])}
    chosen = accounts.get(account or "TECH_IDESK") or next(iter(accounts.values()))
    piste = info["piste"][0]
    if identity is None and mode != "piste":
        entry = next(u for u in info["users"] if u["login"] == user)
        identity = load_certificate(Path(entry["pkcs12"]), entry["password"])
    settings = ClientSettings(
        api_base=str(info["apiBase"]),
        auth_mode=mode,
        token_url=str(info["tokenUrl"]),
        client_id=str(piste["clientId"]),
        client_secret=str(piste["clientSecret"]),
        account=TechnicalAccount(chosen["login"], chosen["password"]),
        identity=identity,
        ca_file=Path(info["caCert"]),
        timeout_s=timeout_s,
    )
    return settings, identity


def sandbox_settings(
    profile: ConnectionProfile, manager: SandboxManager, identity: ClientIdentity | None
) -> tuple[ClientSettings, ClientIdentity | None]:
    """Start (or reuse) the sandbox of ``profile`` and return its ordinary client settings."""
    return settings_from_connect_info(
        manager.info(profile),
        user=profile.sandbox_user,
        account=profile.sandbox_account,
        timeout_s=profile.timeout_s,
        identity=identity,
    )


def import_sandbox_configuration(database: Database, info: dict[str, Any]) -> int:
    """Fetch ``/sandbox/admin/approvals`` (the sandbox's approval circuits and the hospital's
    category) and store it in the cache; returns how many structures."""
    import httpx

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
