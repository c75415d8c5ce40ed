"""The conformance suite: public answers of the real API replayed through the client.

The real Chorus Pro cannot run here, so the HTTP exchange is the one fake: an
``httpx.MockTransport`` answers each contract path with a recorded body (see
``fixtures/SOURCES.json`` for the repository, commit and path of each). Everything from the
HTTP answer on is the client's real code: ``PlatformClient`` (interpretation, paging), the
puller, the document fetcher, the mapping and the cache.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.models.database import Database, open_database
from desktop_app.sync.auth import TechnicalAccount
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.client import ClientSettings, PlatformClient

FIXTURES = Path(__file__).parent / "fixtures"
FAST = Backoff(base_s=0.001, cap_s=0.002, max_attempts=2)

Answer = bytes | dict[str, Any] | Callable[[dict[str, Any]], bytes | dict[str, Any]]


def fixture_bytes(name: str) -> bytes:
    """A fixture file's bytes."""
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> dict[str, Any]:
    """A fixture file as JSON."""
    data: dict[str, Any] = json.loads(fixture_bytes(name))
    return data


def download_answer(raw: bytes) -> dict[str, Any]:
    """A telechargerGroupeFacture answer carrying ``raw`` in ``fichierResultat``."""
    return {"codeRetour": 0, "libelle": "OK", "fichierResultat": base64.b64encode(raw).decode()}


class Recorded:
    """Answers by path; records every request body it served."""

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}
        self.requests: list[tuple[str, dict[str, Any]]] = []

    def on(self, path: str, answer: Answer) -> None:
        self.answers[path] = answer

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        self.requests.append((request.url.path, body))
        answer = self.answers.get(request.url.path)
        if answer is None:
            return httpx.Response(404, json={"codeRetour": 404, "libelle": "no fixture"})
        if callable(answer):
            answer = answer(body)
        content = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})


@pytest.fixture
def recorded() -> Recorded:
    return Recorded()


@pytest.fixture
def client(recorded: Recorded) -> Iterator[PlatformClient]:
    """The real client over the recorded answers (legacy Basic auth: no token round trip)."""
    settings = ClientSettings(
        api_base="https://chorus.example",
        auth_mode="legacy-basic",
        account=TechnicalAccount("TECH", "secret"),
        transport="httpx",
    )
    platform = PlatformClient(settings)
    platform._http.close()
    platform._http = httpx.Client(transport=httpx.MockTransport(recorded.handle))
    try:
        yield platform
    finally:
        platform.close()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "cache.sqlite") as db:
        yield db
