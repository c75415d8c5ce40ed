"""One sandbox per test module, served in a thread on 127.0.0.1 with real TLS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.sandbox.config import SandboxConfig
from desktop_app.sandbox.server import ThreadedSandbox, run_in_thread
from tests.sandbox.client import ApiClient

pytestmark = pytest.mark.sandbox


def start(tmp: Path, **options: object) -> ThreadedSandbox:
    config = SandboxConfig(data_dir=tmp, invoices=int(options.pop("invoices", 300)), **options)  # type: ignore[arg-type]
    return run_in_thread(config)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedSandbox]:
    """A certificate-mode sandbox with 300 invoices (seed 1)."""
    running = start(tmp_path_factory.mktemp("sandbox"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def clerk(server: ThreadedSandbox) -> Iterator[ApiClient]:
    client = ApiClient(server.info, "clerk")
    yield client
    client.close()


@pytest.fixture(scope="module")
def manager(server: ThreadedSandbox) -> Iterator[ApiClient]:
    client = ApiClient(server.info, "manager")
    yield client
    client.close()
