"""A throwaway PostgreSQL cluster (tests and benchmarks): initdb in a temporary folder,
``pg_ctl start`` on a free loopback port and a private unix socket, stopped and removed at the
end. Uses the server binaries of the Debian ``postgresql`` package (``./dev.sh`` installs it).

When run as root (CI runs as root), the cluster belongs to the ``postgres`` system account the
Debian package creates: PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUPERUSER = "team_super"
CANDIDATE_ROOTS = (Path("/usr/lib/postgresql"), Path("/usr/local/pgsql"))


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def server_bindir() -> Path:
    """The folder of ``initdb`` / ``pg_ctl`` / ``postgres`` (newest version >= 15)."""
    override = os.environ.get("INVOICE_DESK_PG_BINDIR")
    if override:
        return Path(override)
    found: list[tuple[int, Path]] = []
    for root in CANDIDATE_ROOTS:
        if not root.is_dir():
            continue
        for child in root.iterdir():
            if (child / "bin" / "initdb").exists() and child.name.split(".")[0].isdigit():
                found.append((int(child.name.split(".")[0]), child / "bin"))
    initdb = shutil.which("initdb")
    if initdb:
        found.append((0, Path(initdb).parent))
    usable = [item for item in found if item[0] == 0 or item[0] >= 15]
    if not usable:
        raise ClusterUnavailable("PostgreSQL 15+ server binaries missing (apt install postgresql)")
    return max(usable)[1]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running cluster; ``superuser_dsn`` connects over the unix socket (trust)."""

    root: Path
    port: int
    bindir: Path
    run_as: str | None = None
    running: bool = field(default=False, init=False)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def superuser_dsn(self, dbname: str = "postgres") -> str:
        """Unix-socket connection string of the bootstrap superuser."""
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={dbname}"

    def tcp_dsn(self, user: str, password: str, dbname: str) -> str:
        """A loopback TCP connection string for a person's role (scram-sha-256)."""
        return (
            f"host=127.0.0.1 port={self.port} user={user} password={password} "
            f"dbname={dbname} sslmode=disable"
        )

    def url(self, dbname: str) -> str:
        """The address a desktop's machine configuration holds (loopback, no TLS)."""
        return f"postgresql://127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        options: dict[str, Any] = {}
        if self.run_as:
            options["user"] = self.run_as
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
            **options,
        )

    def init(self) -> None:
        """initdb with a trusted unix socket and scram-sha-256 on loopback TCP."""
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if self.run_as:
            account = pwd.getpwnam(self.run_as)
            for path in (self.root, self.socket_dir):
                os.chown(path, account.pw_uid, account.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 200\nshared_buffers = 64MB\n"
            )

    def start(self) -> None:
        """``pg_ctl start`` and wait until it accepts connections."""
        self._run(
            "pg_ctl", "-D", str(self.data_dir), "-l", str(self.root / "server.log"), "-w", "start"
        )
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """``pg_ctl stop`` (``immediate`` for a crash-like stop)."""
        if self.running:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "stop", check=False)
            self.running = False

    def remove(self) -> None:
        """Stop and delete the whole folder."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(parent: Path | None = None) -> Cluster:
    """A new initialised and started cluster in a temporary folder."""
    root = Path(tempfile.mkdtemp(prefix="invoice-desk-pg-", dir=parent))
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres"
        try:
            pwd.getpwnam(run_as)
        except KeyError as exc:
            raise ClusterUnavailable("running as root needs the 'postgres' account") from exc
        os.chmod(root, 0o755)  # the server account must reach its folder
    cluster = Cluster(root=root, port=free_port(), bindir=server_bindir(), run_as=run_as)
    try:
        cluster.init()
        cluster.start()
    except subprocess.CalledProcessError as exc:
        cluster.remove()
        raise ClusterUnavailable(f"cannot start PostgreSQL: {exc.stderr or exc.stdout}") from exc
    return cluster
