"""Talking to the team store (PostgreSQL, psycopg 3): applying queued operations, reading.

Every write is one queued operation applied in one transaction together with its record in
``team.applied_ops`` (keyed by the operation's idempotency key): a replay — after an outage,
a lost answer or a desktop killed mid-write — returns the recorded answer and changes nothing.
Conflicts are the database's: two approvers race on ``UPDATE … WHERE state = 'pending'`` (the
row lock makes the second see the first's decision), two clerks on the assignment's primary
key. What a person may do is decided by the server (grants and row-level security); a refusal
comes back as ``{"outcome": "denied"}``, never as a silent success.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.rows import dict_row

from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.permissions import ApprovalPolicy
from desktop_app.models.team_local import OpKind
from desktop_app.models.team_schema import check_revision

Result = dict[str, Any]
OK: Result = {"outcome": "ok"}
DEFAULT_KEY = "*"
#: Errors that mean "this person may not", answered as ``denied``.
DENIALS = (pg_errors.InsufficientPrivilege, pg_errors.CheckViolation)


def _text(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def connect(conninfo: str, *, autocommit: bool = False) -> psycopg.Connection[Any]:
    """A connection checked against this build's schema revision (``team.*`` errors)."""
    conn = psycopg.connect(conninfo, autocommit=autocommit)
    try:
        row = conn.execute("SELECT version_num FROM team.alembic_version").fetchone()
    except (pg_errors.UndefinedTable, pg_errors.InvalidSchemaName):
        conn.close()
        check_revision(None)
        raise
    except Exception:
        conn.close()
        raise
    if not autocommit:
        conn.rollback()
    try:
        check_revision(str(row[0]) if row else None)
    except Exception:
        conn.close()
        raise
    return conn


# --- applying operations -------------------------------------------------------------------


def apply_op(conn: psycopg.Connection[Any], op_key: str, kind: str, body: dict[str, Any]) -> Result:
    """Apply one queued operation exactly once; returns its (recorded) answer."""
    with conn.transaction():
        row = conn.execute(
            "SELECT result FROM team.applied_ops WHERE op_key = %s", (op_key,)
        ).fetchone()
        if row is not None:
            recorded: Result = json.loads(row[0])
            return recorded
        try:
            with conn.transaction():
                result = HANDLERS[OpKind(kind)](conn, op_key, body)
        except DENIALS as exc:
            result = {"outcome": "denied", "detail": exc.diag.message_primary or str(exc)}
        conn.execute(
            "INSERT INTO team.applied_ops (op_key, kind, result) VALUES (%s, %s, %s)",
            (op_key, kind, json.dumps(result)),
        )
    return result


def _request(conn: psycopg.Connection[Any], op_key: str, body: dict[str, Any]) -> Result:
    inserted = conn.execute(
        """INSERT INTO team.approval_requests (request_key, structure_id, invoice_id,
             invoice_number, supplier_name, action, payload, service_code, amount_excl_vat,
             threshold, previous_status)
           VALUES (%(key)s, %(structure_id)s, %(invoice_id)s, %(invoice_number)s,
             %(supplier_name)s, %(action)s, %(payload)s, %(service_code)s, %(amount)s,
             %(threshold)s, %(previous_status)s)
           ON CONFLICT DO NOTHING RETURNING id""",
        {**body, "key": op_key, "amount": Decimal(body["amount"])},
    ).fetchone()
    if inserted is not None:
        return {"outcome": "ok", "id": inserted[0]}
    other = conn.execute(
        """SELECT request_key::text, requested_by, requested_at FROM team.approval_requests
           WHERE invoice_id = %s AND state = 'pending'""",
        (body["invoice_id"],),
    ).fetchone()
    if other is None:  # pragma: no cover - the conflict was on another unique key
        raise pg_errors.UniqueViolation("request key reused")
    return {"outcome": "conflict", "request_key": other[0], "by": other[1], "at": _text(other[2])}


def _decide(conn: psycopg.Connection[Any], op_key: str, body: dict[str, Any]) -> Result:
    won = conn.execute(
        """UPDATE team.approval_requests
           SET state = %(state)s, decision_mention = %(mention)s, comment = %(comment)s,
               decision_key = %(key)s
           WHERE request_key = %(request_key)s AND state = 'pending'
           RETURNING decided_by, decided_at""",
        {
            "state": "approved" if body["approve"] else "refused",
            "mention": body.get("mention"),
            "comment": body.get("comment"),
            "key": op_key,
            "request_key": body["request_key"],
        },
    ).fetchone()
    if won is not None:
        return {"outcome": "ok", "by": won[0], "at": _text(won[1])}
    row = conn.execute(
        """SELECT state, decided_by, decided_at, decision_mention, comment
           FROM team.approval_requests WHERE request_key = %s""",
        (body["request_key"],),
    ).fetchone()
    if row is None:
        return {"outcome": "denied", "detail": "unknown request"}
    state, by, at, mention, comment = row
    if state == "pending":  # still pending: row-level security filtered our update out
        return {"outcome": "denied", "detail": "not an approver for this request"}
    return {
        "outcome": "conflict",
        "state": state,
        "by": by,
        "at": _text(at),
        "mention": mention,
        "comment": comment,
    }


def _claim(conn: psycopg.Connection[Any], op_key: str, body: dict[str, Any]) -> Result:
    inserted = conn.execute(
        """INSERT INTO team.assignments (invoice_id, claim_key) VALUES (%s, %s)
           ON CONFLICT (invoice_id) DO NOTHING RETURNING claimed_by, claimed_at""",
        (body["invoice_id"], op_key),
    ).fetchone()
    if inserted is not None:
        return {"outcome": "ok", "by": inserted[0], "at": _text(inserted[1])}
    row = conn.execute(
        "SELECT claimed_by, claimed_at, claim_key::text FROM team.assignments WHERE invoice_id=%s",
        (body["invoice_id"],),
    ).fetchone()
    if row is None:  # released in between: try once more
        return _claim(conn, op_key, body)
    by, at, _key = row
    outcome = "ok" if by == conn.info.user else "conflict"
    return {"outcome": outcome, "by": by, "at": _text(at)}


def _release(conn: psycopg.Connection[Any], op_key: str, body: dict[str, Any]) -> Result:
    gone = conn.execute(
        "DELETE FROM team.assignments WHERE invoice_id = %s RETURNING claimed_by",
        (body["invoice_id"],),
    ).fetchone()
    if gone is None:
        still = conn.execute(
            "SELECT claimed_by FROM team.assignments WHERE invoice_id = %s", (body["invoice_id"],)
        ).fetchone()
        if still is not None:  # row-level security kept someone else's claim
            return {"outcome": "denied", "detail": f"claimed by {still[0]}", "by": still[0]}
    return dict(OK)


def _note(conn: psycopg.Connection[Any], op_key: str, body: dict[str, Any]) -> Result:
    row = conn.execute(
        """INSERT INTO team.notes (note_key, invoice_id, body) VALUES (%s, %s, %s)
           ON CONFLICT (note_key) DO NOTHING RETURNING id""",
        (body["note_key"], body["invoice_id"], body["body"]),
    ).fetchone()
    return {"outcome": "ok", "id": row[0] if row else None}


def _search(conn: psycopg.Connection[Any], op_key: str, body: dict[str, Any]) -> Result:
    """Save, rename (``rename_from``) or delete (``delete``) one of the person's searches.

    The ``owner = current_user`` conditions only spare a needless refusal: row-level security
    (``change_own``, ``delete_own``) is what keeps another person's search out of reach."""
    if body.get("delete"):
        conn.execute(
            "DELETE FROM team.saved_searches WHERE owner = current_user AND name = %s",
            (body["name"],),
        )
        return dict(OK)
    if body.get("rename_from"):
        try:
            with conn.transaction():
                cursor = conn.execute(
                    """UPDATE team.saved_searches SET name = %s, updated_at = now()
                       WHERE owner = current_user AND name = %s""",
                    (body["name"], body["rename_from"]),
                )
        except pg_errors.UniqueViolation:
            return {"outcome": "conflict", "detail": f"search {body['name']!r} exists"}
        return {"outcome": "ok", "renamed": cursor.rowcount}
    conn.execute(
        """INSERT INTO team.saved_searches (name, query, shared) VALUES (%s, %s, %s)
           ON CONFLICT (owner, name) DO UPDATE
           SET query = excluded.query, shared = excluded.shared, updated_at = now()""",
        (body["name"], json.dumps(body["query"], sort_keys=True), bool(body.get("shared", True))),
    )
    return dict(OK)


def _anchors(conn: psycopg.Connection[Any], op_key: str, body: dict[str, Any]) -> Result:
    count = 0
    for anchor in body["anchors"]:
        cursor = conn.execute(
            """INSERT INTO team.anchor_copies (desktop_id, anchor_id, last_event_id, last_hash,
                 event_count, signed_at, signer_fingerprint, signature)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
            (
                body["desktop_id"],
                anchor["id"],
                anchor["last_event_id"],
                anchor["last_hash"],
                anchor["event_count"],
                anchor["signed_at"],
                anchor["signer_fingerprint"],
                anchor["signature"],
            ),
        )
        count += cursor.rowcount
    return {"outcome": "ok", "copied": count}


HANDLERS: dict[OpKind, Callable[[psycopg.Connection[Any], str, dict[str, Any]], Result]] = {
    OpKind.REQUEST: _request,
    OpKind.DECIDE: _decide,
    OpKind.CLAIM: _claim,
    OpKind.RELEASE: _release,
    OpKind.NOTE: _note,
    OpKind.SEARCH: _search,
    OpKind.ANCHORS: _anchors,
}


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed since a given sequence number."""

    last_seq: int
    tables: frozenset[str]
    invoice_ids: frozenset[int]


def changes_since(conn: psycopg.Connection[Any], seq: int) -> Changes:
    """Rows of ``team.change_log`` after ``seq`` (read-only transaction)."""
    with conn.transaction():
        rows = conn.execute(
            "SELECT seq, table_name, invoice_id FROM team.change_log WHERE seq > %s ORDER BY seq",
            (seq,),
        ).fetchall()
    if not rows:
        return Changes(seq, frozenset(), frozenset())
    return Changes(
        int(rows[-1][0]),
        frozenset(r[1] for r in rows),
        frozenset(int(r[2]) for r in rows if r[2] is not None),
    )


def last_seq(conn: psycopg.Connection[Any]) -> int:
    """The newest change's sequence number (0 for an empty log)."""
    with conn.transaction():
        row = conn.execute("SELECT coalesce(max(seq), 0) FROM team.change_log").fetchone()
    return int(row[0]) if row else 0


def fetch_requests(
    conn: psycopg.Connection[Any], invoice_ids: Iterable[int] = ()
) -> list[dict[str, Any]]:
    """Every pending request, and every request of ``invoice_ids``."""
    with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            """SELECT id, request_key::text AS request_key, structure_id, invoice_id,
                 invoice_number, supplier_name, action, payload, service_code, amount_excl_vat,
                 threshold, previous_status, requested_by, requested_at, state, decided_by,
                 decided_at, decision_mention, comment, decision_key::text AS decision_key
               FROM team.approval_requests
               WHERE state = 'pending' OR invoice_id = ANY(%s) ORDER BY id""",
            (list(invoice_ids),),
        )
        return list(cur.fetchall())


def fetch_assignments(conn: psycopg.Connection[Any]) -> dict[int, tuple[str, str]]:
    """Every current claim: invoice id -> (claimed by, claimed at ISO)."""
    with conn.transaction():
        rows = conn.execute(
            "SELECT invoice_id, claimed_by, claimed_at FROM team.assignments"
        ).fetchall()
    return {int(r[0]): (str(r[1]), r[2].isoformat()) for r in rows}


def fetch_notes(conn: psycopg.Connection[Any], invoice_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The notes of ``invoice_ids``."""
    with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            """SELECT note_key::text AS note_key, invoice_id, author, created_at, body
               FROM team.notes WHERE invoice_id = ANY(%s) ORDER BY id""",
            (list(invoice_ids),),
        )
        return list(cur.fetchall())


def fetch_saved_searches(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    """The searches this person sees (shared ones and their own)."""
    with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        cur.execute("SELECT owner, name, query, shared FROM team.saved_searches ORDER BY name")
        return [{**r, "query": json.loads(r["query"])} for r in cur.fetchall()]


@dataclass(frozen=True, slots=True)
class TeamCircuit:
    """One structure's circuit as the team store holds it."""

    structure_id: int
    entity_kind: str | None
    circuit: ApprovalCircuit
    max_amounts: dict[str, Decimal]


def fetch_circuits(conn: psycopg.Connection[Any]) -> list[TeamCircuit]:
    """Every structure's circuit and payment category."""
    with conn.transaction():
        kinds = dict(conn.execute("SELECT structure_id, entity_kind FROM team.structures"))
        thresholds = conn.execute(
            "SELECT structure_id, service_code, threshold FROM team.thresholds"
        ).fetchall()
        approvers = conn.execute(
            "SELECT structure_id, login, services, max_amount FROM team.approvers ORDER BY login"
        ).fetchall()
        delegations = conn.execute(
            "SELECT structure_id, delegator, delegate, starts, ends FROM team.delegations"
        ).fetchall()
    ids = set(kinds) | {r[0] for r in thresholds} | {r[0] for r in approvers}
    found = []
    for sid in sorted(ids):
        by_service = {code: amount for s, code, amount in thresholds if s == sid}
        default = by_service.pop(DEFAULT_KEY, None)
        policy = ApprovalPolicy(
            **({"default_threshold": default} if default is not None else {}),
            thresholds_by_service=by_service,
        )
        circuit = ApprovalCircuit(
            policy,
            tuple(
                Approver(login, frozenset(services))
                for s, login, services, _ in approvers
                if s == sid
            ),
            tuple(Delegation(a, b, start, end) for s, a, b, start, end in delegations if s == sid),
        )
        ceilings = {login: m for s, login, _, m in approvers if s == sid and m is not None}
        found.append(TeamCircuit(int(sid), kinds.get(sid), circuit, ceilings))
    return found


def store_circuit(
    conn: psycopg.Connection[Any],
    structure_id: int,
    circuit: ApprovalCircuit,
    *,
    entity_kind: str | None = None,
    max_amounts: dict[str, Decimal] | None = None,
) -> None:
    """Replace one structure's circuit (administrators only: the grants refuse others).

    ``max_amounts=None`` keeps the approvers' ceilings already stored (the desktop's circuit
    editor does not show them; ``invoice-desk team`` and IT set them)."""
    with conn.transaction():
        if max_amounts is None:  # the desktop's editor does not edit ceilings: IT's stay
            ceilings = {
                str(login): Decimal(amount)
                for login, amount in conn.execute(
                    """SELECT login, max_amount FROM team.approvers
                       WHERE structure_id = %s AND max_amount IS NOT NULL""",
                    (structure_id,),
                )
            }
        else:
            ceilings = dict(max_amounts)
        for table in ("thresholds", "approvers", "delegations"):
            conn.execute(f"DELETE FROM team.{table} WHERE structure_id = %s", (structure_id,))
        if entity_kind is not None:
            conn.execute(
                """INSERT INTO team.structures (structure_id, entity_kind) VALUES (%s, %s)
                   ON CONFLICT (structure_id) DO UPDATE SET entity_kind = excluded.entity_kind""",
                (structure_id, entity_kind),
            )
        rows = [(DEFAULT_KEY, circuit.policy.default_threshold)]
        rows += list(circuit.policy.thresholds_by_service.items())
        for code, amount in rows:
            conn.execute(
                "INSERT INTO team.thresholds VALUES (%s, %s, %s)", (structure_id, code, amount)
            )
        for approver in circuit.approvers:
            conn.execute(
                "INSERT INTO team.approvers VALUES (%s, %s, %s, %s)",
                (
                    structure_id,
                    approver.user,
                    sorted(approver.services),
                    ceilings.get(approver.user),
                ),
            )
        for d in circuit.delegations:
            conn.execute(
                """INSERT INTO team.delegations (structure_id, delegator, delegate, starts, ends)
                   VALUES (%s, %s, %s, %s, %s)""",
                (structure_id, d.delegator, d.delegate, d.start, d.end),
            )


def store_entity_kind(conn: psycopg.Connection[Any], structure_id: int, entity_kind: str) -> None:
    """Set one structure's payment category alone (administrators only, by the grants)."""
    with conn.transaction():
        conn.execute(
            """INSERT INTO team.structures (structure_id, entity_kind) VALUES (%s, %s)
               ON CONFLICT (structure_id) DO UPDATE SET entity_kind = excluded.entity_kind""",
            (structure_id, entity_kind),
        )


def fetch_anchor_copies(conn: psycopg.Connection[Any], desktop: str) -> list[dict[str, Any]]:
    """The team's copy of one desktop's audit anchors, oldest first."""
    with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            """SELECT anchor_id, last_event_id, last_hash, event_count, signed_at
               FROM team.anchor_copies WHERE desktop_id = %s ORDER BY anchor_id""",
            (desktop,),
        )
        return list(cur.fetchall())


def today(conn: psycopg.Connection[Any]) -> date:
    """The server's date (delegations count by it)."""
    with conn.transaction():
        row = conn.execute("SELECT current_date").fetchone()
    assert row is not None
    value: date = row[0]
    return value
