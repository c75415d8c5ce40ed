"""Turn a connection profile (plus secrets, plus the embedded sandbox) into a platform client."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from desktop_app.models.database import APP_NAME
from desktop_app.sync.auth import TechnicalAccount
from desktop_app.sync.client import ClientSettings, PlatformClient
from desktop_app.sync.credentials import (
    ExpiryWarning,
    PasswordPrompt,
    SecretStore,
    expiry_warning,
    load_certificate,
    unlock_certificate,
)
from desktop_app.sync.errors import ProfileError, SyncError
from desktop_app.sync.http_signatures import ClientIdentity
from desktop_app.sync.profiles import ConnectionProfile, ProfileKind

log = logging.getLogger(__name__)


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


@dataclass
class Connection:
    """An open client and what the UI should know about it."""

    client: PlatformClient
    profile: ConnectionProfile
    warning: ExpiryWarning | None = None
    identity: ClientIdentity | None = field(default=None, repr=False)

    def close(self) -> None:
        self.client.close()


def settings_from_connect_info(
    info: dict[str, Any],
    *,
    user: str = "clerk",
    account: str | None = None,
    timeout_s: float = 30.0,
    identity: ClientIdentity | None = None,
) -> tuple[ClientSettings, ClientIdentity | None]:
    """Client settings for a sandbox described by its ``connect.json``."""
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


def read_connect_file(path: Path) -> dict[str, Any]:
    """A sandbox ``connect.json``."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def open_connection(
    profile: ConnectionProfile,
    secrets: SecretStore,
    *,
    sandbox: SandboxManager | None = None,
    prompt: PasswordPrompt | None = None,
) -> Connection:
    """Build the client of ``profile``; certificate problems raise typed errors."""
    profile.validate()
    if profile.kind is ProfileKind.SANDBOX:
        manager = sandbox or SandboxManager()
        info = manager.info(profile)
        identity = None
        if profile.certificate_path:
            identity = unlock_certificate(
                Path(profile.certificate_path),
                secrets,
                prompt=prompt,
                remember=profile.remember_password,
            )
        settings, identity = settings_from_connect_info(
            info,
            user=profile.sandbox_user,
            account=profile.sandbox_account,
            timeout_s=profile.timeout_s,
            identity=identity,
        )
    else:
        identity = None
        if profile.certificate_path:
            identity = unlock_certificate(
                Path(profile.certificate_path),
                secrets,
                prompt=prompt,
                remember=profile.remember_password,
            )
        account = None
        if profile.technical_login:
            password = secrets.get(profile.secret_name("account_password"))
            if password is None:
                raise ProfileError("technical account password missing", detail="cpro-account")
            account = TechnicalAccount(profile.technical_login, password)
        client_secret = secrets.get(profile.secret_name("client_secret"))
        if profile.auth_mode != "legacy-basic" and client_secret is None:
            raise ProfileError("PISTE client secret missing", detail="client secret")
        settings = ClientSettings(
            api_base=str(profile.api_base),
            auth_mode=profile.auth_mode,
            token_url=profile.token_url,
            client_id=profile.client_id,
            client_secret=client_secret,
            account=account,
            identity=identity,
            ca_file=Path(profile.ca_file) if profile.ca_file else None,
            legacy_paths=profile.legacy_paths,
            timeout_s=profile.timeout_s,
        )
    warning = expiry_warning(identity) if identity is not None else None
    return Connection(PlatformClient(settings), profile, warning, identity)
