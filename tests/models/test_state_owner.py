"""One owner for an invoice's local state (issue 14).

``desktop_app/models/invoice_state.py`` is the only module that assigns ``Invoice.status``,
``inbox`` or ``pending_action``; the outbox states that block an invoice have one definition
(``models.work.BLOCKING_STATES``); the UI compares ``OutboxState`` members, never literals.

The source checks walk the AST of every module of ``desktop_app`` but the sandbox (the
platform's own store: it may not import the client's models, import-linter enforces it) and the
migrations (schema, not state). Each check is first shown to catch the forms it looks for.
A ``setattr`` with a computed name is allowed only where the names are known not to be state
columns (:data:`COMPUTED_SETATTR`, checked below). Not caught: SQL built at run time (the pull's
upsert in ``sync.cache_writes`` writes the platform status and ``stored_inbox(status)`` from
``sync.mapping``, checked by the row-dict rule).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.inboxes import inbox_for_status
from desktop_app.models.database import Database
from desktop_app.models.invoice_state import (
    AWAITING_APPROVAL,
    STATE_COLUMNS,
    apply_platform_status,
    clear_pending,
    end_approval_wait,
    mark_pending,
    next_pending_action,
)
from desktop_app.models.invoices import Invoice
from desktop_app.models.outbox_store import enqueue_action
from desktop_app.models.work import (
    ATTENTION_STATES,
    BLOCKING_STATES,
    DISCARDABLE_STATES,
    SENDABLE_STATES,
    OutboxEntry,
    OutboxState,
)
from tests.models.factories import invoice_values

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
OWNER = PACKAGE / "models" / "invoice_state.py"
SKIPPED = (PACKAGE / "sandbox", PACKAGE / "models" / "migrations")
STATE_LITERALS = frozenset(state.value for state in OutboxState)
# UI files another branch is changing at the same time (issue 14 left their literals to it)
UI_LITERALS_PENDING: frozenset[str] = frozenset()  # every UI module compares enum members
# modules whose setattr takes a computed name, and why it never names a state column
COMPUTED_SETATTR = {
    "sync/files.py": "sync.mapping.detail_values columns (test below)",
    "documents/safe_xml.py": "a thread-local parser, not an invoice",
}
#: modules whose dicts are not invoice rows (their ``inbox`` key is a list filter's)
NOT_ROWS = {
    "models/saved_searches.py": "a saved search's criteria as JSON",
}


def _modules() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if path != OWNER and not any(path.is_relative_to(skip) for skip in SKIPPED)
    )


def _is_invoice(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "Invoice"
    return isinstance(node, ast.Attribute) and node.attr == "__table__" and _is_invoice(node.value)


def _targets_invoice(call: ast.Call) -> bool:
    """``call`` is ``x.values(...)`` on a chain that starts with ``update(Invoice)``."""
    node: ast.expr = call.func
    while isinstance(node, ast.Attribute | ast.Call):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in ("update", "insert") and node.args and _is_invoice(node.args[0]):
                return True
            node = node.func
        else:
            node = node.value
    return False


def _keys(node: ast.Dict) -> set[str]:
    return {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}


def _calls_stored_inbox(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) == "stored_inbox"


def state_writes(source: str, *, rows: bool = False, computed_setattr: bool = False) -> list[str]:
    """Every write of ``status``/``inbox``/``pending_action`` in ``source`` (line: what).

    ``rows``: also flag dict literals naming ``pending_action``, or ``inbox`` not derived by
    ``stored_inbox`` (row dicts built by the sync and models layers). ``computed_setattr``:
    a ``setattr`` whose name is not a literal is allowed.
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and node.attr in STATE_COLUMNS
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
        ):
            found.append(f"{line}: .{node.attr} assigned")
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name == "setattr" and len(node.args) >= 2:
                field = node.args[1]
                if isinstance(field, ast.Constant):
                    if field.value in STATE_COLUMNS:
                        found.append(f"{line}: setattr {field.value}")
                elif not computed_setattr:
                    found.append(f"{line}: setattr with a computed name")
            if name in ("values", "ordered_values") and _targets_invoice(node):
                named = {k.arg for k in node.keywords} | {
                    key for arg in node.args if isinstance(arg, ast.Dict) for key in _keys(arg)
                }
                if None in named or named & STATE_COLUMNS:
                    found.append(f"{line}: update(Invoice).values with state columns")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = " ".join(node.value.lower().split())
            if "update invoices set" in text and any(
                f"{column} =" in text or f"{column}=" in text for column in STATE_COLUMNS
            ):
                found.append(f"{line}: SQL UPDATE of a state column")
        elif (
            rows
            and isinstance(node, ast.Subscript)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.slice, ast.Constant)
            and node.slice.value in ("inbox", "pending_action")
        ):
            found.append(f"{line}: row key {node.slice.value} assigned")
        elif rows and isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if not isinstance(key, ast.Constant):
                    continue
                if key.value == "pending_action" or (
                    key.value == "inbox" and not _calls_stored_inbox(value)
                ):
                    found.append(f"{line}: row dict with {key.value}")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "invoice.status = 'SUSPENDUE'",
        "inv.inbox = inbox_for_status(s).value",
        "row.invoice.pending_action = None",
        "a.x, invoice.pending_action = 1, 2",
        "setattr(invoice, 'inbox', 'other')",
        "for name, value in row.items():\n    setattr(invoice, name, value)",
        "session.execute(update(Invoice).where(Invoice.id == 1).values(pending_action=None))",
        "session.execute(update(Invoice).values({'status': 'REJETEE'}))",
        "session.execute(update(Invoice.__table__).values(**changes))",
        "conn.execute('UPDATE invoices SET inbox = ? WHERE id = ?')",
        "conn.execute('''UPDATE invoices\n SET status=?''')",
    ],
)
def test_the_check_catches_each_form_of_write(source: str) -> None:
    assert state_writes(source), source


@pytest.mark.parametrize(
    "source",
    [
        "self.status = QLabel(self)",
        "entry.state = 'discarded'",
        "session.execute(update(OutboxEntry).values(state='done'))",
        "session.execute(update(Invoice), rows)",
        "ok = invoice.status == 'REJETEE'",
        "conn.execute('UPDATE invoices SET amount_due = ?')",
    ],
)
def test_the_check_leaves_other_writes_alone(source: str) -> None:
    assert state_writes(source) == []


def test_row_dicts_derive_the_inbox_from_the_status() -> None:
    assert state_writes("row = {'inbox': inbox_for_status(s).value}", rows=True)
    assert state_writes("row = {'pending_action': None}", rows=True)
    assert state_writes("row['inbox'] = 'other'", rows=True)
    assert state_writes("row = {'status': s, 'inbox': stored_inbox(s)}", rows=True) == []


def test_only_the_owner_writes_an_invoices_local_state() -> None:
    found = []
    for path in _modules():
        layer = path.relative_to(PACKAGE).parts[0]
        name = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        for write in state_writes(
            source,
            rows=layer != "ui" and name not in NOT_ROWS,
            computed_setattr=name in COMPUTED_SETATTR,
        ):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{write}")
    assert found == [], "use desktop_app.models.invoice_state:\n" + "\n".join(found)


def test_detail_columns_set_by_name_are_not_state_columns() -> None:
    from desktop_app.sync.mapping import detail_values

    facture = {"fournisseur": {"numeroTvaIntracommunautaire": "FR00123456789"}}
    assert set(detail_values(facture)) & STATE_COLUMNS == set()


def test_taking_the_platform_version_derives_the_inbox(database: Database) -> None:
    from desktop_app.models.invoice_state import adopt_platform_row

    invoice_id = _invoice(database)

    def adopt(session) -> tuple[str, str, str | None, str | None]:
        invoice = session.get(Invoice, invoice_id)
        mark_pending(invoice, "reject")
        row = {"status": "MANDATEE", "inbox": "to_process", "pending_action": None}
        adopt_platform_row(invoice, row | {"status_comment": "vu"})
        return invoice.status, invoice.inbox, invoice.pending_action, invoice.status_comment

    assert database.writer.run(adopt) == ("MANDATEE", "mandated", "reject", "vu")


def _literal_comparisons(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        for side in (node.left, *node.comparators):
            items = side.elts if isinstance(side, ast.Tuple | ast.List | ast.Set) else [side]
            if any(isinstance(i, ast.Constant) and i.value in STATE_LITERALS for i in items):
                lines.append(node.lineno)
    return lines


def test_the_ui_compares_outbox_states_not_literals() -> None:
    assert _literal_comparisons("ok = entry.state in ('needs_attention', 'conflict')")
    assert _literal_comparisons("ok = entry.state == OutboxState.CONFLICT") == []
    found = [
        f"{path.name}:{line}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if path.name not in UI_LITERALS_PENDING
        for line in _literal_comparisons(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_one_definition_of_the_blocking_states() -> None:
    from desktop_app.ui.adapters.sync_adapter import SyncService

    assert SyncService.OPEN_STATES is BLOCKING_STATES
    assert SENDABLE_STATES <= BLOCKING_STATES
    assert ATTENTION_STATES <= DISCARDABLE_STATES < BLOCKING_STATES
    assert OutboxState.SENDING not in DISCARDABLE_STATES
    assert not BLOCKING_STATES & {OutboxState.DONE, OutboxState.DISCARDED}


def _invoice(database: Database, index: int = 3) -> int:
    values = invoice_values(index)
    database.writer.run(lambda s: s.add(Invoice(**values)))
    return int(values["id"])


def test_queued_action_then_discard_restores_status_inbox_and_pending(database: Database) -> None:
    invoice_id = _invoice(database)  # index 3: SUSPENDUE

    def queue(session) -> None:
        enqueue_action(
            session, invoice_id=invoice_id, action="reject", endpoint="/x", payload={"a": 1}
        )
        enqueue_action(
            session, invoice_id=invoice_id, action="mark_paid", endpoint="/x", payload={"a": 2}
        )
        invoice = session.get(Invoice, invoice_id)
        apply_platform_status(invoice, "REJETEE", "2026-02-01T10:00:00.000Z")

    database.writer.run(queue)
    with database.read() as session:
        invoice = session.get(Invoice, invoice_id)
        assert (invoice.status, invoice.inbox) == ("REJETEE", inbox_for_status("REJETEE").value)
        assert invoice.platform_marker == invoice.status_changed_at == "2026-02-01T10:00:00.000Z"
        assert invoice.pending_action == "mark_paid"  # the last queued, as enqueue marks it

    def discard_first(session) -> None:
        first = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)).first()
        first.state = OutboxState.DISCARDED.value
        clear_pending(session, session.get(Invoice, invoice_id), first.previous_status)

    database.writer.run(discard_first)
    with database.read() as session:
        invoice = session.get(Invoice, invoice_id)
        assert (invoice.status, invoice.inbox) == ("SUSPENDUE", "suspended")
        assert invoice.pending_action == next_pending_action(session, invoice_id) == "mark_paid"


def test_every_blocking_state_keeps_the_invoice_pending(database: Database) -> None:
    invoice_id = _invoice(database)
    database.writer.run(
        lambda s: enqueue_action(
            s, invoice_id=invoice_id, action="reject", endpoint="/x", payload={}
        )
    )
    for state in OutboxState:

        def move(session, state: OutboxState = state) -> str | None:
            entry = session.scalars(select(OutboxEntry)).one()
            entry.state = state.value
            invoice = session.get(Invoice, invoice_id)
            clear_pending(session, invoice)
            return invoice.pending_action

        expected = "reject" if state in BLOCKING_STATES else None
        assert database.writer.run(move) == expected, state


def test_empty_platform_status_or_marker_changes_nothing(database: Database) -> None:
    invoice_id = _invoice(database, 4)  # REJETEE

    def apply(session) -> tuple[str, str, str | None]:
        invoice = session.get(Invoice, invoice_id)
        before = invoice.platform_marker
        apply_platform_status(invoice, "", None)
        assert invoice.platform_marker == before
        return invoice.status, invoice.inbox, invoice.pending_action

    assert database.writer.run(apply) == ("REJETEE", "rejected", None)


def test_a_refused_approval_ends_only_the_approval_wait(database: Database) -> None:
    invoice_id = _invoice(database)

    def refuse(session) -> list[str | None]:
        invoice = session.get(Invoice, invoice_id)
        mark_pending(invoice, AWAITING_APPROVAL)
        end_approval_wait(invoice, None)
        seen = [invoice.pending_action]
        mark_pending(invoice, "reject")
        end_approval_wait(invoice, None)  # another action waits: left alone
        return [*seen, invoice.pending_action]

    assert database.writer.run(refuse) == [None, "reject"]
