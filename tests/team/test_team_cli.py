"""``invoice-desk team init`` / ``add-person`` / ``status`` / ``sync`` as IT and a person run
them, on the session's real PostgreSQL cluster; failures are sentences, not tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from bench.pg_cluster import Cluster
from desktop_app.models.team_schema import team_head_revision

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[2]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "team", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


def test_init_creates_the_store_and_a_person_can_use_it(pg_cluster: Cluster, tmp_path: Path):
    name = f"idesk_{uuid.uuid4().hex[:6]}"
    secret = {"ADMIN_PW": "adm-pw-1", "CLERK_PW": "clerk-pw-1"}
    done = _cli(
        "init",
        "--dsn",
        pg_cluster.superuser_dsn(),
        "--database",
        name,
        "--admin",
        "it_admin",
        "--password-env",
        "ADMIN_PW",
        env=secret,
    )
    assert done.returncode == 0, done.stderr
    assert f"-> {team_head_revision()}" in done.stdout
    again = _cli("init", "--dsn", pg_cluster.superuser_dsn(), "--database", name)
    assert again.returncode == 0 and "existante" in again.stdout  # idempotent
    added = _cli(
        "add-person",
        "--dsn",
        pg_cluster.superuser_dsn(name),
        "--login",
        "lea",
        "--role",
        "clerk",
        "--password-env",
        "CLERK_PW",
        env=secret,
    )
    assert added.returncode == 0, added.stderr
    person = {"TEAM_DSN": pg_cluster.tcp_dsn("lea", "clerk-pw-1", name)}
    status = _cli(
        "status", "--database", str(tmp_path / "c.sqlite"), "--conninfo-env", "TEAM_DSN", env=person
    )
    assert status.returncode == 0, status.stderr
    assert "0 opération(s) en attente" in status.stdout
    sync = _cli(
        "sync",
        "--once",
        "--database",
        str(tmp_path / "c.sqlite"),
        "--conninfo-env",
        "TEAM_DSN",
        env=person,
    )
    assert sync.returncode == 0 and "team ok" in sync.stdout
    with psycopg.connect(pg_cluster.tcp_dsn("it_admin", "adm-pw-1", name)) as conn:
        assert conn.execute("SELECT count(*) FROM team.structures").fetchone() == (0,)


def test_a_wrong_password_or_an_unreachable_store_is_a_sentence(pg_cluster: Cluster, tmp_path):
    wrong = {"TEAM_DSN": pg_cluster.tcp_dsn("lea", "not-the-password", "postgres")}
    failed = _cli(
        "status", "--database", str(tmp_path / "c.sqlite"), "--conninfo-env", "TEAM_DSN", env=wrong
    )
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert "dépôt d'équipe" in failed.stderr and "not-the-password" not in failed.stderr
    offline = _cli(
        "sync",
        "--once",
        "--database",
        str(tmp_path / "c.sqlite"),
        "--address",
        "postgresql://127.0.0.1:1/nowhere",
        "--login",
        "lea",
    )
    assert offline.returncode == 1 and "hors ligne" in offline.stdout
    assert "Traceback" not in offline.stderr


def test_remember_password_asks_on_a_terminal_only() -> None:
    done = _cli("remember-password", "--login", "lea")
    assert done.returncode == 2 and "terminal" in done.stderr and "Traceback" not in done.stderr
