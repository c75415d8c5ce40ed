"""Sandbox settings (command line, launcher and admin endpoint share them)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

MODES = ("certificat", "piste", "legacy-basic")
DOWNLOAD_LIMIT_BYTES = 120 * 1024 * 1024
ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024
#: Largest request body read (413 above): a 10 MB attachment in base64 inside JSON, with room.
REQUEST_LIMIT_BYTES = 32 * 1024 * 1024
STRICT_ENV = "INVOICE_DESK_SANDBOX_STRICT"


def strict_default() -> bool:
    return os.environ.get(STRICT_ENV, "") == "1"


@dataclass(slots=True)
class SandboxConfig:
    """Everything the server needs to start."""

    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 0
    seed: int = 1
    invoices: int = 500
    mode: str = "certificat"
    faults: str | None = None
    token_ttl_s: int = 3600
    lax_transitions: bool = False  # admin/server-side only; never switched by a request body
    # True: an Idempotency-Key replays the recorded answer and a replay of an applied change
    # answers the original result. False ("chorus-like"): both ignored, as on Chorus Pro, where
    # no public source shows an Idempotency-Key: a replay is a real second call.
    idempotency: bool = True
    motifs_required: bool = False
    download_limit_bytes: int = DOWNLOAD_LIMIT_BYTES
    supplier_interval_s: float | None = None
    supplier_batch: int = 5
    admin_token: str | None = None
    ready_file: Path | None = None
    today: dt.date | None = None  # the approval circuit's day (None = today in Paris)
    # strict: unknown request keys refused (strict module); the test suite sets STRICT_ENV=1
    strict: bool = field(default_factory=strict_default)
    request_limit_bytes: int = REQUEST_LIMIT_BYTES
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {self.mode!r}")
        if self.host != "127.0.0.1":
            raise ValueError("the sandbox binds 127.0.0.1 only")

    @property
    def store_path(self) -> Path:
        return self.data_dir / "sandbox.sqlite3"

    @property
    def pki_dir(self) -> Path:
        return self.data_dir / "pki"
