"""Shared state of one running sandbox, and request-body helpers."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from aiohttp import web

from desktop_app.sandbox.auth import Authenticator, Principal, TokenStore
from desktop_app.sandbox.config import SandboxConfig
from desktop_app.sandbox.dataset import InvoiceSource
from desktop_app.sandbox.responses import bad_param
from desktop_app.sandbox.store import Store

MAX_PAGE_SIZE = 10_000
DEFAULT_PAGE_SIZE = 100


@dataclass
class Sandbox:
    """What the handlers need."""

    config: SandboxConfig
    store: Store
    source: InvoiceSource
    tokens: TokenStore
    auth: Authenticator
    structures: dict[int, sqlite3.Row] = field(default_factory=dict)
    services: dict[int, sqlite3.Row] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    def reload_reference(self) -> None:
        self.structures = {r["id"]: r for r in self.store.db.execute("SELECT * FROM structures")}
        self.services = {r["id"]: r for r in self.store.db.execute("SELECT * FROM services")}


SANDBOX_KEY: web.AppKey[Sandbox] = web.AppKey("sandbox", Sandbox)


def sandbox_of(request: web.Request) -> Sandbox:
    return request.app[SANDBOX_KEY]


def principal_of(request: web.Request) -> Principal:
    principal: Principal = request["principal"]
    return principal


def body_of(request: web.Request) -> dict[str, Any]:
    body = request.get("json")
    if not isinstance(body, dict):
        raise bad_param("body must be a JSON object")
    return body


def opt_int(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise bad_param(f"{name} must be an integer")
    try:
        return int(value)
    except ValueError:
        raise bad_param(f"{name} must be an integer") from None


def req_int(body: dict[str, Any], name: str) -> int:
    value = opt_int(body, name)
    if value is None:
        raise bad_param(f"{name} is required")
    return value


def opt_str(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise bad_param(f"{name} must be a string")
    return value


def opt_bool(body: dict[str, Any], name: str) -> bool | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.upper() in ("TRUE", "OUI", "FALSE", "NON"):
        return value.upper() in ("TRUE", "OUI")
    raise bad_param(f"{name} must be a boolean")


def opt_decimal(body: dict[str, Any], name: str) -> Decimal | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool | float):
        raise bad_param(f"{name} must be a decimal number")
    try:
        return Decimal(str(value))
    except ArithmeticError:
        raise bad_param(f"{name} must be a decimal number") from None


def str_list(body: dict[str, Any], name: str) -> list[str] | None:
    """A list of strings, also accepting one string (``statutCourant`` of the 2016 example)."""
    value = body.get(name)
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise bad_param(f"{name} must be a string or a list of strings")


@dataclass(frozen=True, slots=True)
class Paging:
    """A 1-based page request."""

    page: int
    size: int
    column: str | None
    descending: bool

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def paging(
    block: Any,
    page_key: str,
    size_key: str,
    column_key: str | None,
    sense_key: str | None,
    default_size: int = DEFAULT_PAGE_SIZE,
    default_descending: bool = False,
) -> Paging:
    """Read one of the contract's paging blocks (names vary per service)."""
    if block is None:
        block = {}
    if not isinstance(block, dict):
        raise bad_param("paging block must be an object")
    page = opt_int(block, page_key) or 1
    size = opt_int(block, size_key) or opt_int(block, "nbResultatsMaximum") or default_size
    if page < 1 or size < 1 or size > MAX_PAGE_SIZE:
        raise bad_param(f"{page_key}/{size_key} out of range (1..{MAX_PAGE_SIZE})")
    column = opt_str(block, column_key) if column_key else None
    sense = opt_str(block, sense_key) if sense_key else None
    if sense not in (None, "Ascendant", "Descendant"):
        raise bad_param(f"{sense_key} must be Ascendant or Descendant")
    descending = default_descending if sense is None else sense == "Descendant"
    return Paging(page, size, column, descending)


def pages_of(total: int, size: int) -> int:
    return max(1, -(-total // size)) if total else 0
