"""Profiles, settings file, machine presets, secrets, back-off and messages (no server)."""

from __future__ import annotations

import json
import random
import socket
import threading
from pathlib import Path

import pytest

from desktop_app.sync.backoff import Backoff, with_retries
from desktop_app.sync.client import ClientSettings, PlatformClient
from desktop_app.sync.credentials import SecretStore
from desktop_app.sync.engine import EngineOptions, SyncEngine
from desktop_app.sync.errors import (
    MESSAGES,
    NetworkError,
    ProfileError,
    TransientPlatformError,
    user_message,
)
from desktop_app.sync.events import ConnectionChanged, ConnectionState, EventBus, SyncFinished
from desktop_app.sync.profiles import (
    ConnectionProfile,
    ProfileKind,
    load_settings,
    save_settings,
)
from desktop_app.sync.pull import PullOptions


def test_settings_round_trip_without_secrets(tmp_path: Path) -> None:
    path = tmp_path / "connection.json"
    settings = load_settings(path, presets={})
    assert settings.active == "sandbox"
    assert {"sandbox", "qualification", "production"} <= set(settings.profiles)
    custom = ConnectionProfile(
        "mine",
        ProfileKind.CUSTOM,
        api_base="https://chorus.example.test",
        token_url="https://chorus.example.test/api/oauth/token",
        client_id="app",
        technical_login="TECH",
        certificate_path="/certs/me.p12",
    )
    custom.validate()
    settings.profiles["mine"] = custom
    settings.active = "mine"
    save_settings(settings, path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    keys = {key for profile in stored["profiles"] for key in profile}
    assert not keys & {"client_secret", "password", "account_password", "pkcs12_password"}
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = load_settings(path, presets={})
    assert again.active == "mine" and again.profile().api_base == "https://chorus.example.test"


def test_secret_in_settings_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "connection.json"
    path.write_text(
        json.dumps({"profiles": [{"name": "x", "kind": "custom", "client_secret": "oops"}]}),
        encoding="utf-8",
    )
    with pytest.raises(ProfileError):
        load_settings(path, presets={})


def test_machine_presets_then_user_choice(tmp_path: Path) -> None:
    presets = {
        "platform_url": "https://chorus.intranet.test",
        "cert_path": "/srv/c.p12",
        "profile": "custom",
    }
    settings = load_settings(tmp_path / "none.json", presets=presets)
    assert settings.active == "preset"
    preset = settings.profile()
    assert preset.api_base == "https://chorus.intranet.test" and preset.preset_by == "machine"
    assert settings.profile("production").certificate_path == "/srv/c.p12"
    settings.active = "qualification"
    save_settings(settings, tmp_path / "user.json")
    stored = json.loads((tmp_path / "user.json").read_text(encoding="utf-8"))
    assert all(p["name"] != "preset" for p in stored["profiles"])  # IT's profile not copied
    assert load_settings(tmp_path / "user.json", presets=presets).active == "qualification"


def test_invalid_profiles() -> None:
    with pytest.raises(ProfileError):
        ConnectionProfile("p", ProfileKind.CUSTOM, api_base="http://plain.test").validate()
    with pytest.raises(ProfileError):
        ConnectionProfile(
            "p",
            ProfileKind.CUSTOM,
            api_base="https://x.test",
            token_url="https://x.test/t",
            client_id="c",
            auth_mode="certificat",
        ).validate()


def test_session_secret_store_without_keyring() -> None:
    store = SecretStore(use_keyring=False)
    assert store.get("a") is None
    assert store.set("a", "s3cret", remember=True) is False
    assert store.get("a") == "s3cret"
    store.forget("a")
    assert store.get("a") is None


def test_backoff_truncated_with_jitter_and_retry_after() -> None:
    policy = Backoff(base_s=1.0, cap_s=60.0)
    rng = random.Random(1)
    delays = [policy.delay(n, rng=rng) for n in range(1, 10)]
    for attempt, delay in enumerate(delays, start=1):
        ceiling = min(60.0, 2.0 ** (attempt - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert policy.delay(3, retry_after=7.0) == 7.0


def test_with_retries_gives_up_on_functional_errors_and_retries_transient() -> None:
    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise TransientPlatformError(0, "HTTP 503", 503, retry_after=0.0)
        return "ok"

    policy = Backoff(base_s=0.001, cap_s=0.01, max_attempts=5)
    assert with_retries(flaky, policy=policy, is_transient=lambda e: True) == "ok"
    assert len(calls) == 3
    with pytest.raises(ValueError):
        with_retries(
            lambda: (_ for _ in ()).throw(ValueError("x")),
            policy=policy,
            is_transient=lambda e: isinstance(e, TransientPlatformError),
        )


def test_every_message_has_both_languages() -> None:
    for key, (french, english) in MESSAGES.items():
        assert french and english and french != english, key
    assert "plateforme" in user_message("sync.offline", "fr", detail="x").lower()
    assert "{" not in user_message("cert.expires_soon", "en")


def test_engine_offline_is_a_state_not_an_error(database) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = ClientSettings(
        api_base=f"https://127.0.0.1:{port}",
        auth_mode="piste",
        token_url=f"https://127.0.0.1:{port}/api/oauth/token",
        client_id="x",
        client_secret="y",
        timeout_s=1,
    )
    bus = EventBus()
    events: list[object] = []
    bus.subscribe(events.append)
    with PlatformClient(settings) as client:
        fast = Backoff(base_s=0.01, cap_s=0.05, max_attempts=3)
        options = EngineOptions(files="none", pull=PullOptions(backoff=fast))
        engine = SyncEngine(database, client, bus, options)
        result = engine.run_once()
        assert result.error_key == "sync.offline"
        assert engine.state is ConnectionState.OFFLINE
        done = threading.Event()
        bus.subscribe(lambda e: done.set() if isinstance(e, SyncFinished) else None)
        engine.start_background(interval_s=3600)
        assert done.wait(10)  # the first background run happens at once
        engine.stop()
    states = [e.state for e in events if isinstance(e, ConnectionChanged)]
    assert ConnectionState.SYNCING in states and states[-1] is ConnectionState.OFFLINE
    assert isinstance(NetworkError("x"), Exception)
