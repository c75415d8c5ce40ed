"""The team store's address (machine configuration ``team_store``) and how a person connects.

The address is a libpq URI, ``postgresql://host[:port]/dbname[?sslmode=…&sslrootcert=…]``.
TLS is required except on loopback or a unix socket: a remote address without ``sslmode``
gets ``verify-full``; one that names a weaker mode (``disable``, ``allow``, ``prefer``,
``require``: the last encrypts but does not check the server) is refused. The person's role is
their own (``user``); the secret is a password (kept in the keyring), a client certificate
(``sslcert``/``sslkey`` in the address or the person's settings) or a Kerberos ticket (GSSAPI:
no password at all; the server's ``pg_hba.conf`` decides).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.errors import ProgrammingError

VERIFYING_MODES = ("verify-ca", "verify-full")
MAX_ADDRESS_LENGTH = 2048


class TeamAddressError(ValueError):
    """The configured team store address is malformed or not secure enough."""


def _is_local_host(host: str) -> bool:
    if not host or host.startswith(("/", "@")) or host == "localhost":
        return True  # empty = libpq's default unix socket; /path or @abstract = unix socket
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class TeamAddress:
    """A validated address; ``params`` are the libpq keywords it sets."""

    url: str
    params: tuple[tuple[str, str], ...]

    @property
    def host(self) -> str:
        return dict(self.params).get("host", "")

    @property
    def is_local(self) -> bool:
        """Loopback or unix socket: plain connections allowed."""
        return all(_is_local_host(h.strip()) for h in self.host.split(","))

    def conninfo(self, user: str, password: str | None = None, **extra: str) -> str:
        """The connection string for ``user`` (the person's own database role)."""
        params = dict(self.params)
        params.update({k: v for k, v in extra.items() if v})
        params["user"] = user
        if password:
            params["password"] = password
        params.setdefault("application_name", "invoice-desk")
        params.setdefault("connect_timeout", "5")
        return make_conninfo(**params)


def parse_team_address(url: str, source: str | None = None) -> TeamAddress:
    """Validate ``url`` (raises :class:`TeamAddressError` with a readable reason)."""
    where = f" in {source}" if source else ""
    url = url.strip()
    if len(url) > MAX_ADDRESS_LENGTH:
        raise TeamAddressError(f"team_store{where} is longer than {MAX_ADDRESS_LENGTH}")
    if not url.startswith(("postgresql://", "postgres://")):
        raise TeamAddressError(f"team_store{where} is not a postgresql:// address: {url!r}")
    try:
        params = conninfo_to_dict(url)
    except ProgrammingError as exc:
        raise TeamAddressError(f"team_store{where} cannot be read: {exc}") from exc
    if "password" in params:
        raise TeamAddressError(f"team_store{where} must not hold a password")
    if "user" in params:
        raise TeamAddressError(f"team_store{where} must not name a user (each person has a role)")
    if not params.get("dbname"):
        raise TeamAddressError(f"team_store{where} names no database: {url!r}")
    clean = {k: str(v) for k, v in params.items() if v is not None}
    address = TeamAddress(url, tuple(sorted(clean.items())))
    if not address.is_local:
        mode = clean.get("sslmode")
        if mode is None:
            clean["sslmode"] = "verify-full"
        elif mode not in VERIFYING_MODES:
            raise TeamAddressError(
                f"team_store{where} must use TLS with a checked server certificate "
                f"(sslmode=verify-full or verify-ca, not {mode}) except on 127.0.0.1: {url!r}"
            )
        address = TeamAddress(url, tuple(sorted(clean.items())))
    return address
