"""Second confirmations, driven through the real window: a mandate amount that is not the
invoice's net to pay, and the definitive rejection. Nothing is queued until confirmed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.permissions import ActionKind
from desktop_app.models.invoice_reads import Target
from desktop_app.models.queries import InvoiceFilter
from desktop_app.ui.action_confirmations import mandate_mismatches
from desktop_app.ui.dialogs.mandate_dialog import MandateDialog
from desktop_app.ui.dialogs.reject_dialog import RejectDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QMessageBox, QTimer

from .conftest import wait_background


def _outbox(window: MainWindow) -> list[tuple[int, str, str]]:
    with sqlite3.connect(window.database.path) as conn:
        return conn.execute("SELECT invoice_id, action, payload FROM outbox ORDER BY id").fetchall()


def _select(window: MainWindow, status: str, amount_due: str | None = None) -> int:
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({status})))
    window.list.select_first()
    invoice_id = window.list.current_id()
    assert invoice_id is not None
    if amount_due is not None:  # amounts are stored scaled by 10^4
        with sqlite3.connect(window.database.path) as conn:
            conn.execute(
                "UPDATE invoices SET amount_due = ? WHERE id = ?",
                (int(Decimal(amount_due) * 10_000), invoice_id),
            )
    return invoice_id


def _script(window: MainWindow, steps: list[Callable[[Any], None]]) -> list[Any]:
    """Answer the dialogs the controller opens, in order, with ``steps``; the dialogs seen."""
    seen: list[Any] = []

    def opened(dialog: Any) -> None:
        seen.append(dialog)
        step = steps.pop(0)
        if not steps:  # the last answer: the next run has its own script
            window.controller.dialog_opened.disconnect(opened)
        QTimer.singleShot(0, lambda: step(dialog))

    window.controller.dialog_opened.connect(opened)
    return seen


def _button(box: QMessageBox, text: str) -> None:
    matches = [b for b in box.buttons() if b.text() == text]
    assert matches, [b.text() for b in box.buttons()]
    matches[0].click()


def _mandate(number: str, amount: str) -> Callable[[Any], None]:
    def fill(dialog: Any) -> None:
        assert isinstance(dialog, MandateDialog)
        dialog.number.setText(number)
        dialog.amount.setText(amount)
        dialog.try_accept()

    return fill


def test_mandate_amount_different_from_the_net_to_pay_asks_first(
    window: MainWindow, qtbot: Any
) -> None:
    invoice_id = _select(window, "SERVICE_FAIT", "128.83")
    texts: list[str] = []

    def back(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        assert _outbox(window) == []  # nothing queued while the question is open
        _button(box, "Corriger le montant")

    seen = _script(window, [_mandate("M-1", "12,30"), back, _mandate("M-1", "128.83")])
    window.run_action(ActionKind.MANDATE)
    wait_background(qtbot)  # the writer's answer comes back to the window
    assert len(seen) == 3 and seen[2] is seen[0]  # the same form, shown again
    assert "12,30\u202fEUR" in texts[0].replace(" ", "\u202f") or "12,30 EUR" in texts[0]
    assert "128,83" in texts[0] and "diffère du net à payer" in texts[0]
    rows = _outbox(window)
    assert len(rows) == 1 and rows[0][0] == invoice_id
    assert '"montantDPMandat":128.83' in rows[0][2]


def test_a_confirmed_different_amount_is_queued_as_typed(window: MainWindow, qtbot: Any) -> None:
    invoice_id = _select(window, "SERVICE_FAIT", "128.83")

    def yes(box: Any) -> None:
        _button(box, "Enregistrer ce montant")

    _script(window, [_mandate("M-2", "12.30"), yes])
    window.run_action(ActionKind.MANDATE)
    wait_background(qtbot)  # the writer's answer comes back to the window
    rows = _outbox(window)
    assert [r[0] for r in rows] == [invoice_id]
    assert '"montantDPMandat":12.3' in rows[0][2]


def test_the_same_amount_written_differently_asks_nothing(window: MainWindow, qtbot: Any) -> None:
    invoice_id = _select(window, "SERVICE_FAIT", "128.83")
    seen = _script(window, [_mandate("M-3", "128,830")])
    window.run_action(ActionKind.MANDATE)
    wait_background(qtbot)  # the writer's answer comes back to the window
    assert len(seen) == 1
    assert [r[0] for r in _outbox(window)] == [invoice_id]


def _reject(dialog: Any) -> None:
    assert isinstance(dialog, RejectDialog)
    dialog.motif.select_code("CALCUL_ERR")
    dialog.comment.set_text("Total HT faux ligne 3.")
    dialog.try_accept()


def test_reject_has_a_confirmation_step(window: MainWindow, qtbot: Any) -> None:
    invoice_id = _select(window, "MISE_A_DISPOSITION")
    texts: list[str] = []

    def back(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        assert box.defaultButton().text() == "Revenir au formulaire"  # Enter is harmless
        _button(box, "Revenir au formulaire")

    seen = _script(window, [_reject, back, lambda dialog: dialog.reject()])
    window.run_action(ActionKind.REJECT)
    wait_background(qtbot)  # the writer's answer comes back to the window
    assert len(seen) == 3 and seen[2] is seen[0]
    assert "définitivement" in texts[0] and "ne peut pas être annulé" in texts[0]
    assert _outbox(window) == []

    def yes(box: Any) -> None:
        _button(box, "Rejeter définitivement")

    _script(window, [_reject, yes])
    window.run_action(ActionKind.REJECT)
    wait_background(qtbot)  # the writer's answer comes back to the window
    assert [(r[0], r[1]) for r in _outbox(window)] == [(invoice_id, "reject")]


def test_mismatches_compare_exact_decimals() -> None:
    def target(due: str | None) -> Target:
        amount = None if due is None else Decimal(due)
        return Target(1, "F-1", "X", "SERVICE_FAIT", Decimal(0), amount, None)

    assert mandate_mismatches(Decimal("128.830"), [target("128.83")]) == []
    assert mandate_mismatches(Decimal("12.30"), [target("128.83")]) == [("F-1", Decimal("128.83"))]
    assert mandate_mismatches(Decimal("0.01"), [target(None)]) == []
