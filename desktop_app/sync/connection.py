"""Turn a connection profile (plus secrets) into a platform client.

The embedded sandbox profile goes through :mod:`desktop_app.sync.sandbox_door`, which starts
the sandbox and hands back ordinary client settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.sync.auth import TechnicalAccount
from desktop_app.sync.client import ClientSettings, PlatformClient
from desktop_app.sync.credentials import (
    ExpiryWarning,
    PasswordPrompt,
    SecretStore,
    expiry_warning,
    unlock_certificate,
)
from desktop_app.sync.errors import ProfileError
from desktop_app.sync.http_signatures import ClientIdentity
from desktop_app.sync.profiles import ConnectionProfile, ProfileKind
from desktop_app.sync.sandbox_door import SandboxManager, sandbox_settings

log = logging.getLogger(__name__)


@dataclass
class Connection:
    """An open client and what the UI should know about it."""

    client: PlatformClient
    profile: ConnectionProfile
    warning: ExpiryWarning | None = None
    identity: ClientIdentity | None = field(default=None, repr=False)

    def close(self) -> None:
        self.client.close()


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
        identity = None
        if profile.certificate_path:
            identity = unlock_certificate(
                Path(profile.certificate_path),
                secrets,
                prompt=prompt,
                remember=profile.remember_password,
            )
        settings, identity = sandbox_settings(profile, sandbox or SandboxManager(), identity)
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
