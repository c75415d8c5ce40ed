"""A person logs in to the team store with a client certificate over TLS, the server's
certificate checked (sslmode=verify-full): a real cluster with ssl=on and a ``cert`` line in
pg_hba.conf; certificates generated here (never stored)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from bench.pg_cluster import Cluster, start_cluster
from desktop_app.sync import team_store
from desktop_app.sync.team_address import parse_team_address
from desktop_app.sync.team_admin import add_person, apply_schema, create_database

pytestmark = pytest.mark.postgres


def _cert(
    name: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: tuple | None,
    *,
    ca: bool = False,
    server: bool = False,
) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    issuer_name, issuer_key = (issuer[0].subject, issuer[1]) if issuer else (subject, key)
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _write(path: Path, data: bytes, owner: str | None = None) -> Path:
    path.write_bytes(data)
    path.chmod(0o600)
    if owner:
        account = pwd.getpwnam(owner)
        os.chown(path, account.pw_uid, account.pw_gid)
    return path


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cluster, Path]]:
    cluster = start_cluster()
    client_dir = tmp_path_factory.mktemp("client")
    try:
        ca_key, server_key, client_key = (ec.generate_private_key(ec.SECP256R1()) for _ in "abc")
        ca = _cert("Invoice Desk test CA", ca_key, None, ca=True)
        server = _cert("localhost", server_key, (ca, ca_key), server=True)
        person = _cert("anne_cert", client_key, (ca, ca_key))
        pem = serialization.Encoding.PEM
        data = cluster.data_dir
        owner = cluster.run_as
        _write(data / "server.crt", server.public_bytes(pem), owner)
        _write(data / "server.key", _key_pem(server_key), owner)
        _write(data / "ca.crt", ca.public_bytes(pem), owner)
        with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                "ssl_ca_file = 'ca.crt'\n"
            )
        hba = data / "pg_hba.conf"
        hba.write_text("hostssl all anne_cert 127.0.0.1/32 cert\n" + hba.read_text())
        cluster.stop()
        cluster.start()
        _write(client_dir / "ca.pem", ca.public_bytes(pem))
        _write(client_dir / "anne.crt", person.public_bytes(pem))
        _write(client_dir / "anne.key", _key_pem(client_key))
        yield cluster, client_dir
    finally:
        cluster.remove()


def test_a_certificate_login_over_verified_tls(tls_cluster: tuple[Cluster, Path]) -> None:
    cluster, client = tls_cluster
    name = f"tls_{uuid.uuid4().hex[:6]}"
    create_database(cluster.superuser_dsn(), name)
    apply_schema(cluster.superuser_dsn(name))
    with psycopg.connect(cluster.superuser_dsn(name)) as conn:
        add_person(conn, "anne_cert", "clerk")  # no password: the certificate is the proof
    address = parse_team_address(
        f"postgresql://localhost:{cluster.port}/{name}?sslmode=verify-full"
        f"&sslrootcert={client / 'ca.pem'}&sslcert={client / 'anne.crt'}"
        f"&sslkey={client / 'anne.key'}"
    )
    with team_store.connect(address.conninfo("anne_cert")) as conn:
        assert conn.pgconn.ssl_in_use
        assert conn.execute("SELECT current_user").fetchone() == ("anne_cert",)
        result = team_store.apply_op(conn, str(uuid.uuid4()), "claim", {"invoice_id": 1})
        assert result["outcome"] == "ok" and result["by"] == "anne_cert"
    with pytest.raises(psycopg.OperationalError):  # the server's CA unknown: refused
        psycopg.connect(address.conninfo("anne_cert", sslrootcert=str(client / "anne.crt")))
