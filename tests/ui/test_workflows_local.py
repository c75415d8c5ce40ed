"""Workflows with real widgets on a real cache: dialogs validate, actions queue to the outbox."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.permissions import ActionKind
from desktop_app.models.queries import InvoiceFilter
from desktop_app.ui.dialogs.reject_dialog import RejectDialog
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QDialog, QMessageBox, QProgressDialog, Qt

from .conftest import answer_dialogs, wait_background


def _outbox(window: MainWindow) -> list[tuple[int, str, str, str]]:
    with sqlite3.connect(window.database.path) as conn:
        return conn.execute(
            "SELECT invoice_id, action, state, payload FROM outbox ORDER BY id"
        ).fetchall()


def _select_status(window: MainWindow, status: str) -> int:
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({status})))
    window.list.select_first()
    invoice_id = window.list.current_id()
    assert invoice_id is not None
    return invoice_id


def test_window_shows_inboxes_dashboard_and_detail(window: MainWindow, qtbot: Any) -> None:
    counts = window.inboxes.counts
    assert counts is not None and sum(counts.by_inbox.values()) == 400
    assert window.inboxes.inbox_items[Inbox.TO_PROCESS].text(0) == "À traiter (150)"
    assert [item.text(0) for item in window.inboxes.service_items.values()]
    figures = window.dashboard.figures
    assert figures is not None and figures.in_progress.count + figures.finished.count == 400
    assert "En cours" in window.dashboard.in_progress.text()
    first = window.list.current_id()
    assert window.detail.detail is not None and window.detail.detail.id == first
    assert window.detail.fields["supplier"].text()
    assert window.detail.fields["incl"].text().endswith("EUR")
    qtbot.waitUntil(lambda: window.detail.preview.renders >= 1, timeout=10_000)
    assert window.detail.preview.document.pageCount() >= 1


def test_reject_dialog_validates_with_clear_messages(qtbot: Any) -> None:
    dialog = RejectDialog("Facture F-1", "MISE_A_DISPOSITION")
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert dialog.error.text() == "Choisissez un motif."
    dialog.motif.select_code("DOUBLON")
    dialog.try_accept()
    assert dialog.error.text() == "Un commentaire est obligatoire."
    dialog.comment.set_text("x" * 1990)  # counted with the label it is sent after
    assert len("Facture en doublon — ") + 1990 == 2011
    assert dialog.comment.counter.text() == "2\u202f011 / 2\u202f000 caractères envoyés"
    dialog.try_accept()
    assert dialog.error.text() == "Le commentaire fait 2011 caractères ; le maximum est 2000."
    dialog.comment.set_text("Facture déjà reçue le 3 mars.")
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.change is not None and dialog.change.motif_code == "DOUBLON"


def test_reject_queues_and_shows_pending(window: MainWindow, qtbot: Any) -> None:
    invoice_id = _select_status(window, "MISE_A_DISPOSITION")
    assert window.actions_by_key["reject"].isEnabled()

    def fill(dialog: Any) -> None:
        if isinstance(dialog, QMessageBox):  # "reject definitively?" -> yes
            dialog.accept()
            return
        dialog.motif.select_code("CALCUL_ERR")
        dialog.comment.set_text("Total HT faux ligne 3.")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.actions_by_key["reject"].trigger()
    wait_background(qtbot)  # the writer's answer comes back to the window
    rows = _outbox(window)
    assert [(r[0], r[1], r[2]) for r in rows] == [(invoice_id, "reject", "pending")]
    assert '"codeMotif":"CALCUL_ERR"' in rows[0][3]
    model = window.list.invoice_model
    row = model.row_of(invoice_id)
    assert row is not None
    assert model.data(model.index(row, Column.SYNC)) == "En attente d'envoi"
    assert "Rejet : En attente d'envoi" in window.detail.state.text()
    last = window.detail.history.rowCount() - 1
    assert window.detail.history.item(last, 1).text() == "Rejet"


def test_suspend_lists_requested_attachments(window: MainWindow, qtbot: Any) -> None:
    invoice_id = _select_status(window, "MISE_A_DISPOSITION")

    def fill(dialog: Any) -> None:
        dialog.motif.setCurrentIndex(1)
        dialog.comment.set_text("Il manque le bon de livraison.")
        dialog.attachments.setPlainText("Bon de livraison signé\nPV de réception")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.run_action(ActionKind.SUSPEND)
    wait_background(qtbot)  # the writer's answer comes back to the window
    rows = _outbox(window)
    assert rows[-1][0] == invoice_id and rows[-1][1] == "suspend"
    assert "Pièces demandées : Bon de livraison signé; PV de réception" in rows[-1][3]


def test_batch_service_done_with_progress(window: MainWindow, qtbot: Any) -> None:
    window.restrict(InvoiceFilter(inbox=Inbox.ALL, statuses=frozenset({"MISE_A_DISPOSITION"})))
    window.list.selectAll()
    ids = window.list.selected_ids()
    assert len(ids) == 100
    progress_seen: list[int] = []

    def fill(dialog: Any) -> None:
        if isinstance(dialog, QMessageBox):
            dialog.accept()
            return
        dialog.comment.set_text("Livraison conforme.")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    original_apply = window.controller.apply

    def spy(*args: Any, **kwargs: Any) -> Any:
        outcome = original_apply(*args, **kwargs)
        progress_seen.extend(1 for w in window.findChildren(QProgressDialog))
        return outcome

    window.controller.apply = spy  # type: ignore[method-assign]
    window.run_action(ActionKind.SERVICE_DONE)
    qtbot.waitUntil(lambda: window.controller.last_outcome is not None, timeout=30_000)
    outcome = window.controller.last_outcome
    assert outcome is not None
    assert len(outcome.queued) + len(outcome.refused) == 100
    # A clerk above 40,000 EUR excl. VAT needs a manager: it becomes an approval request.
    with sqlite3.connect(window.database.path) as conn:
        big = {
            r[0]
            for r in conn.execute(
                "SELECT id FROM invoices WHERE status='MISE_A_DISPOSITION' "
                "AND amount_excl_vat > 400000000"
            )
        }
    assert outcome.refused == []
    assert set(outcome.awaiting_approval) <= big
    with sqlite3.connect(window.database.path) as conn:
        requested = {r[0] for r in conn.execute("SELECT invoice_id FROM approval_requests")}
    assert requested == set(outcome.awaiting_approval)
    sent = [r for r in _outbox(window) if r[1] == "service_done"]
    assert len(sent) == 100 - len(outcome.awaiting_approval)


def test_mandate_and_outbox_discard(window: MainWindow, qtbot: Any) -> None:
    invoice_id = _select_status(window, "SERVICE_FAIT")

    def fill(dialog: Any) -> None:
        if isinstance(dialog, QMessageBox):  # amount differs from the net to pay -> keep it
            dialog.accept()
            return
        dialog.number.setText("M-2026-0042")
        dialog.amount.setText("abc")
        dialog.try_accept()
        assert "n'est pas un montant" in dialog.error.text()
        dialog.amount.setText("1 234,56")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.run_action(ActionKind.MANDATE)
    wait_background(qtbot)  # the writer's answer comes back to the window
    rows = _outbox(window)
    assert rows[-1][0] == invoice_id and '"montantDPMandat":1234.56' in rows[-1][3]
    window.show_outbox()
    outbox = window.outbox_window
    assert outbox is not None
    assert outbox.table.rowCount() == 1
    assert "Mandat : M-2026-0042 — 1\u202f234,56 EUR" in outbox.mine.toPlainText()
    outbox.discard_button.click()
    qtbot.waitUntil(lambda: outbox.table.rowCount() == 0, timeout=5000)
    wait_background(qtbot)
    assert _outbox(window)[-1][2] == "discarded"
    qtbot.waitUntil(
        lambda: window.detail.detail is not None and window.detail.detail.pending_action is None
    )


def test_saved_search_round_trip(window: MainWindow, qtbot: Any) -> None:
    window.filters.search.setText("cantine")
    window.filters.apply_now()
    expected = window.list.invoice_model.rowCount()
    window.save_search_as("Cantine")
    qtbot.waitUntil(lambda: window.filters.saved.count() == 2)
    window.filters.clear()
    assert window.list.invoice_model.rowCount() != expected
    window.filters.saved.setCurrentIndex(1)
    window.filters.saved.activated.emit(1)
    assert window.filters.search.text() == "cantine"
    assert window.list.invoice_model.rowCount() == expected


def test_columns_and_widths_are_remembered(window: MainWindow, qtbot: Any) -> None:
    window.list.setColumnHidden(Column.SERVICE, True)
    window.list.setColumnWidth(Column.SUPPLIER, 321)
    window.close()
    again = MainWindow(window.sync, window.settings)
    qtbot.addWidget(again)
    assert again.list.isColumnHidden(Column.SERVICE)
    assert again.list.columnWidth(Column.SUPPLIER) == 321
    again.close()


def test_suspend_dialog_tab_order_follows_the_form(qtbot: Any) -> None:
    """Motif, then Commentaire, then Pièces demandées (a clerk types them in that order)."""
    from desktop_app.ui.dialogs.suspend_dialog import SuspendDialog

    dialog = SuspendDialog("Facture F-1 de DEMO", "MISE_A_DISPOSITION")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.motif.hasFocus(), timeout=2000)
    order = []
    widget = dialog.motif
    for _ in range(2):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [dialog.comment.edit, dialog.attachments]


def test_after_an_action_the_image_is_the_shown_invoices(window: MainWindow, qtbot: Any) -> None:
    """Seen in a real window: once a suspended invoice left « À traiter », the fields showed the
    next invoice and the image still showed the suspended one. This replay (no sync running)
    shows the right image; the live case, with the action sent at once, is still open."""
    window.restrict(InvoiceFilter(inbox=Inbox.TO_PROCESS))
    qtbot.waitUntil(lambda: window.list.model().rowCount() > 2, timeout=10_000)
    preview = window.detail.preview
    window.list.select_row(0)  # seen first (its image is cached), then the clerk moves down
    qtbot.waitUntil(lambda: preview.renders >= 1, timeout=10_000)
    window.list.select_row(1)
    qtbot.waitUntil(lambda: preview.renders >= 2, timeout=10_000)

    def fill(dialog: Any) -> None:
        dialog.motif.setCurrentIndex(1)
        dialog.comment.set_text("Il manque le bon de livraison.")
        dialog.try_accept()

    answer_dialogs(window.controller, fill)
    window.run_action(ActionKind.SUSPEND)
    wait_background(qtbot)
    for _ in range(3):  # the row leaves the list, the next one is shown, renders finish
        qtbot.wait(300)
        wait_background(qtbot)
    shown = window.detail.detail
    assert shown is not None
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=10_000)
    text = preview.document.getAllText(0).text()
    assert shown.number in text, (shown.number, text[:200])
    assert window.detail.preview.view.document() is preview.document


def test_a_language_chosen_in_the_settings_applies_at_once(
    window: MainWindow, qtbot: Any, monkeypatch: Any
) -> None:
    """Paramètres said « au prochain démarrage » while the Langue menu switched at once."""
    from desktop_app.ui.settings_dialog import SettingsDialog

    def choose_english(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_english)  # the modal loop, not the form
    asked: list[str] = []
    window.language_requested.connect(asked.append)
    window.actions_by_key["settings"].trigger()
    assert asked == ["en"]
