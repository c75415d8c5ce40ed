"""Fixtures: a real sandbox on 127.0.0.1 (real TLS, certificates, signatures) and helpers."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from bench.sync_kill_stress import snapshot as snapshot  # shared with the stress bench
from desktop_app.models.database import Database, open_database
from desktop_app.sandbox.launcher import SandboxProcess, start_sandbox_process
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.pull import Puller, PullOptions
from desktop_app.sync.sandbox_door import settings_from_connect_info

FAST_BACKOFF = Backoff(base_s=0.02, cap_s=0.3, max_attempts=30)


class Admin:
    """The sandbox admin endpoints (faults, supplier simulator, invoice inspection)."""

    def __init__(self, sandbox: SandboxProcess) -> None:
        info = sandbox.info
        self.http = httpx.Client(
            base_url=info["apiBase"],
            verify=ssl.create_default_context(cafile=str(info["caCert"])),
            timeout=30,
            headers={info["adminHeader"]: info["adminToken"]},
        )

    def get(self, path: str) -> Any:
        response = self.http.get("/sandbox/admin/" + path)
        response.raise_for_status()
        return response.json()

    def post(self, path: str, body: dict[str, Any]) -> Any:
        response = self.http.post("/sandbox/admin/" + path, json=body)
        response.raise_for_status()
        return response.json()

    def faults(self, spec: str | None) -> Any:
        return self.post("faults", {"spec": spec})

    def supplier(self, action: str, count: int = 1) -> list[int]:
        return list(self.post("supplier", {"action": action, "count": count})["ids"])

    def invoice(self, invoice_id: int) -> dict[str, Any]:
        return dict(self.get(f"invoices/{invoice_id}"))


def start(tmp: Path, invoices: int = 300, mode: str = "certificat") -> SandboxProcess:
    return start_sandbox_process(tmp, invoices=invoices, mode=mode, seed=3)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """A sandbox of 300 invoices in certificate mode, for one test module."""
    process = start(tmp_path_factory.mktemp("sandbox"))
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def admin(sandbox: SandboxProcess) -> Iterator[Admin]:
    helper = Admin(sandbox)
    yield helper
    helper.http.close()


def make_client(sandbox: SandboxProcess, user: str = "clerk", **overrides: Any) -> PlatformClient:
    settings, _ = settings_from_connect_info(
        sandbox.info, user=user, timeout_s=overrides.pop("timeout_s", 10.0)
    )
    if overrides:
        from dataclasses import replace

        settings = replace(settings, **overrides)
    return PlatformClient(settings)


@pytest.fixture
def client(sandbox: SandboxProcess) -> Iterator[PlatformClient]:
    with make_client(sandbox) as platform:
        yield platform


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "cache.sqlite") as db:
        yield db


def pull(client: PlatformClient, database: Database, page_size: int = 100) -> Any:
    options = PullOptions(page_size=page_size, backoff=FAST_BACKOFF)
    return Puller(client, database, options=options).run()


def integrity_ok(database: Database) -> bool:
    with database.read() as session:
        return session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
