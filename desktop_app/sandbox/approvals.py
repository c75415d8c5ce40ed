"""The entities' approval circuit, kept in the sandbox store and enforced by traiterFactureRecue.

Per structure: a default threshold (excl. VAT) and thresholds by service code, approvers
(logins and the service codes they cover, none = every service of the structure) and
delegations (delegator -> delegate, inclusive dates). The rules are the domain's
(:mod:`desktop_app.domain.approvals`, :mod:`desktop_app.domain.approval_rules`), so the sandbox
refuses exactly what the app refuses. "Today" for delegations is the Paris date, or
``SandboxConfig.today`` when set (``--today``, admin ``settings``) so that tests are
deterministic.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.approval_rules import DecisionBasis
from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.permissions import DEFAULT_APPROVAL_THRESHOLD, ApprovalPolicy
from desktop_app.sandbox.codec import PARIS, money
from desktop_app.sandbox.context import Sandbox
from desktop_app.sandbox.store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS approval_thresholds (
  structure_id INTEGER NOT NULL, service_code TEXT NOT NULL, threshold TEXT NOT NULL,
  PRIMARY KEY (structure_id, service_code));
CREATE TABLE IF NOT EXISTS approval_approvers (
  structure_id INTEGER NOT NULL, login TEXT NOT NULL, services TEXT NOT NULL,
  PRIMARY KEY (structure_id, login));
CREATE TABLE IF NOT EXISTS approval_delegations (
  id INTEGER PRIMARY KEY, structure_id INTEGER NOT NULL, delegator TEXT NOT NULL,
  delegate TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS approval_records (
  invoice_id INTEGER NOT NULL, at_ms INTEGER NOT NULL, code TEXT NOT NULL,
  approver TEXT NOT NULL, on_behalf_of TEXT, capacity TEXT NOT NULL, threshold TEXT NOT NULL,
  service_code TEXT, PRIMARY KEY (invoice_id, at_ms));
"""

#: The whole structure's default threshold is stored under this (impossible) service code.
DEFAULT_KEY = "*"
TOWN_HALL = 25_010_001
HOSPITAL = 25_010_002
STATE_SERVICE = 25_010_003
#: Demo delegation length (days, inclusive of the first day) from the store's creation day.
DEMO_DELEGATION_DAYS = 14


def sandbox_today(sandbox: Sandbox) -> dt.date:
    """The day the approval rules use: the configured override, else today in Paris."""
    return sandbox.config.today or dt.datetime.now(PARIS).date()


def parse_amount(value: Any, name: str) -> Decimal:
    """A non-negative threshold from JSON (number or string); ``ValueError`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError(f"{name} must be an amount")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{name} must be an amount") from None
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"{name} must be a non-negative amount")
    return amount.quantize(Decimal("0.01"))


def parse_day(value: Any, name: str) -> dt.date:
    """An ISO date ``YYYY-MM-DD``; ``ValueError`` otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be a date YYYY-MM-DD") from None


# --- schema, demo configuration ---


def ensure_schema(store: Store) -> None:
    """Create the approval tables (idempotent)."""
    store.db.executescript(SCHEMA)


def seed_demo(store: Store, today: dt.date) -> bool:
    """The demo configuration, once per store (later admin changes are kept across restarts).

    - town hall: default 40,000 EUR, TECHNIQUE 25,000 EUR; ``manager`` approves every service,
      ``manager2`` approves ECOLES and CULTURE; ``manager`` delegates to ``delegate`` from the
      store's creation day for 14 days;
    - hospital: default 40,000 EUR, PHARMACIE 15,000 EUR, BIOMED 90,000 EUR; ``manager``
      approves every service;
    - State service: default 40,000 EUR; ``manager`` approves every service.

    ``TECH_IDESK`` (the PISTE-mode manager account, no personal certificate) approves every
    service of every structure. Returns True when it seeded.
    """
    if store.meta("approvals_seeded") is not None:
        return False
    structures = [int(r[0]) for r in store.db.execute("SELECT id FROM structures ORDER BY id")]
    thresholds = {
        TOWN_HALL: {"TECHNIQUE": Decimal("25000")},
        HOSPITAL: {"PHARMACIE": Decimal("15000"), "BIOMED": Decimal("90000")},
    }
    with store.transaction() as db:
        for structure_id in structures:
            db.execute(
                "INSERT OR REPLACE INTO approval_thresholds VALUES (?, ?, ?)",
                (structure_id, DEFAULT_KEY, f"{DEFAULT_APPROVAL_THRESHOLD:.2f}"),
            )
            for code, amount in thresholds.get(structure_id, {}).items():
                db.execute(
                    "INSERT OR REPLACE INTO approval_thresholds VALUES (?, ?, ?)",
                    (structure_id, code, f"{amount:.2f}"),
                )
            approvers = [("manager", ""), ("TECH_IDESK", "")]
            if structure_id == TOWN_HALL:
                approvers.append(("manager2", "ECOLES,CULTURE"))
            db.executemany(
                "INSERT OR REPLACE INTO approval_approvers VALUES (?, ?, ?)",
                [(structure_id, login, services) for login, services in approvers],
            )
        if TOWN_HALL in structures:
            end = today + dt.timedelta(days=DEMO_DELEGATION_DAYS - 1)
            db.execute(
                "INSERT INTO approval_delegations (structure_id, delegator, delegate, start, end) "
                "VALUES (?, ?, ?, ?, ?)",
                (TOWN_HALL, "manager", "delegate", today.isoformat(), end.isoformat()),
            )
        store.set_meta("approvals_seeded", today.isoformat())
    return True


# --- reading ---


def circuit(sandbox: Sandbox, structure_id: int) -> ApprovalCircuit:
    """The structure's circuit (cached until an admin change)."""
    cached = sandbox.approval_circuits.get(structure_id)
    if cached is not None:
        return cached
    db = sandbox.store.db
    default = DEFAULT_APPROVAL_THRESHOLD
    by_service: dict[str, Decimal] = {}
    for row in db.execute(
        "SELECT service_code, threshold FROM approval_thresholds WHERE structure_id = ?",
        (structure_id,),
    ):
        if row[0] == DEFAULT_KEY:
            default = Decimal(row[1])
        else:
            by_service[str(row[0])] = Decimal(row[1])
    approvers = tuple(
        Approver(str(r[0]), frozenset(c for c in str(r[1]).split(",") if c))
        for r in db.execute(
            "SELECT login, services FROM approval_approvers WHERE structure_id = ? ORDER BY login",
            (structure_id,),
        )
    )
    delegations = tuple(
        Delegation(str(r[0]), str(r[1]), dt.date.fromisoformat(r[2]), dt.date.fromisoformat(r[3]))
        for r in db.execute(
            "SELECT delegator, delegate, start, end FROM approval_delegations "
            "WHERE structure_id = ? ORDER BY id",
            (structure_id,),
        )
    )
    found = ApprovalCircuit(
        policy=ApprovalPolicy(default_threshold=default, thresholds_by_service=by_service),
        approvers=approvers,
        delegations=delegations,
    )
    sandbox.approval_circuits[structure_id] = found
    return found


def structure_config(sandbox: Sandbox, structure_id: int) -> dict[str, Any]:
    """The admin view of one structure's configuration."""
    structure = sandbox.structures.get(structure_id)
    if structure is None:
        raise ValueError(f"unknown structure {structure_id}")
    found = circuit(sandbox, structure_id)
    today = sandbox_today(sandbox)
    rows = sandbox.store.db.execute(
        "SELECT id, delegator, delegate, start, end FROM approval_delegations "
        "WHERE structure_id = ? ORDER BY id",
        (structure_id,),
    ).fetchall()
    return {
        "idStructure": structure_id,
        "designationStructure": structure["name"],
        "services": service_codes(sandbox, structure_id),
        "defaultThreshold": f"{found.policy.default_threshold:.2f}",
        "thresholds": {
            k: f"{v:.2f}" for k, v in sorted(found.policy.thresholds_by_service.items())
        },
        "approvers": [{"login": a.user, "services": sorted(a.services)} for a in found.approvers],
        "delegations": [
            {
                "id": r["id"],
                "delegator": r["delegator"],
                "delegate": r["delegate"],
                "start": r["start"],
                "end": r["end"],
                "activeToday": r["start"] <= today.isoformat() <= r["end"],
            }
            for r in rows
        ],
    }


def service_codes(sandbox: Sandbox, structure_id: int) -> list[str]:
    """Service codes of a structure, sorted."""
    return sorted(
        str(s["code"]) for s in sandbox.services.values() if s["structure_id"] == structure_id
    )


# --- admin changes ---


def _check_login(sandbox: Sandbox, login: Any, name: str) -> str:
    if not isinstance(login, str) or sandbox.store.account(login) is None:
        raise ValueError(f"{name}: unknown login {login!r}")
    return login


def update(sandbox: Sandbox, structure_id: int, body: dict[str, Any]) -> None:
    """Replace the thresholds and/or the approvers given in ``body``."""
    codes = set(service_codes(sandbox, structure_id))
    if not codes:
        raise ValueError(f"unknown structure {structure_id}")
    thresholds: dict[str, Decimal] | None = None
    if "defaultThreshold" in body or "thresholds" in body:
        thresholds = {}
        if "defaultThreshold" in body:
            thresholds[DEFAULT_KEY] = parse_amount(body["defaultThreshold"], "defaultThreshold")
        else:
            current = circuit(sandbox, structure_id).policy.default_threshold
            thresholds[DEFAULT_KEY] = current
        given = body.get("thresholds") or {}
        if not isinstance(given, dict):
            raise ValueError("thresholds must map service codes to amounts")
        for code, value in given.items():
            if code not in codes:
                raise ValueError(f"thresholds: unknown service code {code!r}")
            thresholds[code] = parse_amount(value, f"thresholds.{code}")
        if "thresholds" not in body:
            for code, amount in circuit(sandbox, structure_id).policy.thresholds_by_service.items():
                thresholds[code] = amount
    approvers: list[tuple[str, str]] | None = None
    if "approvers" in body:
        given_approvers = body["approvers"]
        if not isinstance(given_approvers, list):
            raise ValueError("approvers must be a list of {login, services}")
        approvers = []
        for item in given_approvers:
            if not isinstance(item, dict):
                raise ValueError("approvers must be a list of {login, services}")
            login = _check_login(sandbox, item.get("login"), "approvers")
            services = item.get("services") or []
            if not isinstance(services, list) or any(s not in codes for s in services):
                raise ValueError(f"approvers: unknown service codes {services!r}")
            approvers.append((login, ",".join(sorted(set(services)))))
    with sandbox.store.transaction() as db:
        if thresholds is not None:
            db.execute("DELETE FROM approval_thresholds WHERE structure_id = ?", (structure_id,))
            db.executemany(
                "INSERT INTO approval_thresholds VALUES (?, ?, ?)",
                [(structure_id, k, f"{v:.2f}") for k, v in thresholds.items()],
            )
        if approvers is not None:
            db.execute("DELETE FROM approval_approvers WHERE structure_id = ?", (structure_id,))
            db.executemany(
                "INSERT INTO approval_approvers VALUES (?, ?, ?)",
                [(structure_id, login, services) for login, services in approvers],
            )
    sandbox.approval_circuits.pop(structure_id, None)


def add_delegation(sandbox: Sandbox, structure_id: int, body: dict[str, Any]) -> int:
    """Record a delegation; returns its id."""
    if structure_id not in sandbox.structures:
        raise ValueError(f"unknown structure {structure_id}")
    delegator = _check_login(sandbox, body.get("delegator"), "delegator")
    delegate = _check_login(sandbox, body.get("delegate"), "delegate")
    try:
        delegation = Delegation(
            delegator,
            delegate,
            parse_day(body.get("start"), "start"),
            parse_day(body.get("end"), "end"),
        )
    except ValidationError as exc:
        raise ValueError(exc.key) from None
    with sandbox.store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO approval_delegations (structure_id, delegator, delegate, start, end) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                structure_id,
                delegation.delegator,
                delegation.delegate,
                delegation.start.isoformat(),
                delegation.end.isoformat(),
            ),
        )
    sandbox.approval_circuits.pop(structure_id, None)
    return int(cursor.lastrowid or 0)


def delete_delegation(sandbox: Sandbox, structure_id: int, delegation_id: int) -> bool:
    """Remove a delegation; False when there was none with that id."""
    with sandbox.store.transaction() as db:
        cursor = db.execute(
            "DELETE FROM approval_delegations WHERE id = ? AND structure_id = ?",
            (delegation_id, structure_id),
        )
    sandbox.approval_circuits.pop(structure_id, None)
    return cursor.rowcount == 1


# --- decisions ---


def record(
    sandbox: Sandbox,
    invoice_id: int,
    at_ms: int,
    code: str,
    basis: DecisionBasis,
    service_code: str,
) -> None:
    """Keep who approved a committing action (inside the caller's transaction)."""
    sandbox.store.db.execute(
        "INSERT OR REPLACE INTO approval_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            invoice_id,
            at_ms,
            code,
            basis.user,
            basis.on_behalf_of,
            basis.capacity.value,
            f"{basis.threshold:.2f}",
            service_code,
        ),
    )


def records_of(sandbox: Sandbox, invoice_id: int) -> dict[int, dict[str, Any]]:
    """The invoice's approval records by history timestamp, as the API shows them."""
    return {
        int(r["at_ms"]): approval_json(
            r["approver"], r["on_behalf_of"], r["capacity"], r["threshold"], r["service_code"]
        )
        for r in sandbox.store.db.execute(
            "SELECT * FROM approval_records WHERE invoice_id = ?", (invoice_id,)
        )
    }


def approval_json(
    approver: str, on_behalf_of: str | None, capacity: str, threshold: str, service_code: str | None
) -> dict[str, Any]:
    """The ``approbation`` block (project extension) of answers and history entries."""
    return {
        "approbateur": approver,
        "pourLeCompteDe": on_behalf_of,
        "qualite": capacity,
        "mention": f"{approver} pour {on_behalf_of}" if on_behalf_of else approver,
        "seuilHT": money(threshold),
        "codeServiceExecutant": service_code,
    }
