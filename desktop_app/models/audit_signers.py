"""Certificates trusted to sign audit anchors on this machine, kept outside the cache.

An anchor is checked against the certificate stored with it, so someone able to rewrite the
cache could delete events and anchors and sign a fresh anchor with a certificate of their own.
The fingerprint of every certificate that signed an anchor here is therefore also recorded in
the user's configuration folder (trust on first use), and verification only accepts anchors
signed by those certificates. An auditor on another machine names them explicitly instead
(``invoice-desk audit verify --trusted-fingerprint``).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import platformdirs

from desktop_app.models.database import APP_NAME

SIGNERS_FILE = "audit-signers.json"


def default_signers_path() -> Path:
    """``audit-signers.json`` in the user's configuration folder, not beside the cache: the
    roaming one on Windows (``%APPDATA%``, which follows the user's profile), whereas the
    cache lives in ``%LOCALAPPDATA%``; ``~/.config`` against ``~/.local/share`` on Linux."""
    folder = platformdirs.user_config_path(APP_NAME, appauthor=False, roaming=True)
    return folder / SIGNERS_FILE


def signers_path_beside(settings_path: Path | None) -> Path:
    """The signers file next to the connection settings (default: the configuration folder)."""
    return settings_path.parent / SIGNERS_FILE if settings_path else default_signers_path()


def normalise_fingerprint(text: str) -> str:
    """Lower-case hex without colons."""
    return text.strip().lower().replace(":", "")


def load_trusted_signers(path: Path) -> dict[str, str]:
    """Fingerprint -> certificate subject; empty when no anchor was ever signed here."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    signers = data.get("signers") if isinstance(data, dict) else None
    if not isinstance(signers, dict):
        raise ValueError(f"{path}: not an audit signers file")
    return {normalise_fingerprint(str(k)): str(v) for k, v in signers.items()}


def trusted_fingerprints(path: Path) -> frozenset[str] | None:
    """The fingerprints to enforce, or None when this machine never signed an anchor."""
    signers = load_trusted_signers(path)
    return frozenset(signers) if signers else None


def remember_signer(path: Path, fingerprint: str, subject: str) -> bool:
    """Record ``fingerprint`` (atomic replace); True when it was not known yet."""
    signers = load_trusted_signers(path)
    key = normalise_fingerprint(fingerprint)
    if key in signers:
        return False
    signers[key] = subject
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"format": "invoice-desk-audit-signers/1", "signers": signers}, indent=2)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=".signers-", delete=False
    ) as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(handle.name, path)
    return True
