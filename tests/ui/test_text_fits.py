"""No text cut in the detail pane at 1366×768, in French and in English, at first start, after
a language switch and after a restart: every label is wide (and tall) enough for its text, or
wraps, or is elided with the whole text in its tooltip; the history needs no sideways
scrolling and each cell's tooltip holds its whole text."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from typing import Any

import pytest
from pytestqt.exceptions import TimeoutError as QtWaitTimeout

from desktop_app.models.database import Database
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.fit_label import ElidedLabel
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QLabel, QSettings, QWidget

from .conftest import make_window, wait_background

TODAY = date(2026, 3, 20)
LONG_COMMENT = (
    "Le bon de livraison signé manque pour la ligne 3 ; merci de le joindre et de préciser "
    "le numéro d'engagement juridique figurant sur le bon de commande du service."
)


def _prepare(database: Database) -> int:
    """An invoice with every long text: resumed deadline, late charges, chain, history."""
    with sqlite3.connect(database.path) as conn:
        invoice_id = conn.execute(
            "SELECT id FROM invoices WHERE status = 'MISE_A_DISPOSITION' ORDER BY id LIMIT 1"
        ).fetchone()[0]
        conn.execute(
            "UPDATE invoices SET received_on = '2026-01-05', suspended_on = '2026-01-10',"
            " resumed_on = '2026-01-20', payment_deadline = '2026-02-19',"
            " deadline_state = 'running', amount_incl_vat = 1288300, amount_due = 1288300,"
            " replaces_rejected_number = 'FA-2025-000123', supplier_name = ?,"
            " deposit_date = '2026-01-05' WHERE id = ?",
            ("SOCIETE D'EXPLOITATION DES TRANSPORTS VOYAGEURS REUNIS DU VAL DE SAONE", invoice_id),
        )
        rows = [
            ("DEPOSEE", "2026-01-05T09:12:00Z", "Fournisseur", None, None, None, None),
            (
                "SUSPENDUE",
                "2026-01-10T14:03:00Z",
                "Marie Dupont-Lefèvre (service Finances)",
                "Pièce justificative manquante",
                LONG_COMMENT,
                None,
                None,
            ),
            (
                "MANDATEE",
                "2026-02-01T10:00:00Z",
                "Trésorerie",
                None,
                None,
                "M-2026-000777",
                1288300,
            ),
        ]
        conn.executemany(
            "INSERT INTO status_history (invoice_id, status, occurred_at, author, motif,"
            " comment, mandate_number, mandate_amount, source) VALUES (?,?,?,?,?,?,?,?,'local')",
            [(invoice_id, *row) for row in rows],
        )
    return invoice_id


def _show(window: MainWindow, invoice_id: int, qtbot: Any) -> None:
    window.resize(1366, 768)
    window.detail.today = TODAY
    window.detail.show_invoice(invoice_id)
    qtbot.wait(50)  # let the layouts settle
    wait_background(qtbot)


def _visible_labels(root: QWidget) -> list[QLabel]:
    return [
        label
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root) and label.text() and label.window() is root.window()
    ]


def cut_labels(root: QWidget) -> list[str]:
    """Labels of ``root`` whose text does not fit them (empty list = nothing is cut)."""
    cut = []
    for label in _visible_labels(root):
        metrics = label.fontMetrics()
        text = label.text()
        if label.wordWrap():
            longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            needed = label.heightForWidth(label.width())
            if label.width() < longest or label.height() < needed:
                cut.append(
                    f"wrapped {text!r}: {label.width()}x{label.height()} < {longest}x{needed}"
                )
        else:
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if label.contentsRect().width() < widest:
                cut.append(f"{text!r}: {label.contentsRect().width()} < {widest}")
            if isinstance(label, ElidedLabel) and text != label.full_text():
                assert label.toolTip() == label.full_text()
        # and on the screen: nothing beyond the window's right edge
        right = label.mapTo(label.window(), label.rect().topRight()).x()
        if right > label.window().width():
            cut.append(f"{text!r}: ends at x={right}, beyond the window")
    return cut


def settled_cuts(qtbot: Any, root: QWidget, timeout_ms: int = 3000) -> list[str]:
    """:func:`cut_labels` once the layouts have settled: a wrapped label gets its height a
    layout pass after its width, which a loaded machine runs late (seen on CI with two
    workers: width right, height not yet). A real cut stays and is returned after the wait."""
    with contextlib.suppress(QtWaitTimeout):  # the wait ended: report what is still cut
        qtbot.waitUntil(lambda: cut_labels(root) == [], timeout=timeout_ms)
    return cut_labels(root)


def form_scrolls_sideways(window: MainWindow) -> int:
    """Pixels the fields must be scrolled sideways to be read (0 = they fit their side)."""
    return int(window.detail.form_scroll.horizontalScrollBar().maximum())


def history_problems(window: MainWindow) -> list[str]:
    table = window.detail.history
    window.detail.tabs.setCurrentIndex(1)
    problems = []
    if table.horizontalScrollBar().maximum() > 0:
        problems.append(f"history scrolls sideways by {table.horizontalScrollBar().maximum()}")
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        needed = header.fontMetrics().horizontalAdvance(title) + 12
        if header.sectionSize(column) < needed:
            problems.append(f"header {title!r}: {header.sectionSize(column)} < {needed}")
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None and item.text() and item.text() not in item.toolTip():
                problems.append(f"cell {title!r} row {row}: no tooltip with its text")
    window.detail.tabs.setCurrentIndex(0)
    return problems


@pytest.mark.parametrize("language", ["fr", "en"])
def test_detail_pane_texts_fit_at_1366x768(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Any, language: str
) -> None:
    invoice_id = _prepare(cache)
    install_language(language)
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    window = make_window(qtbot, sync, settings)
    _show(window, invoice_id, qtbot)
    deadline = window.detail.fields["deadline"].text()
    assert ("complément du 20/01/2026" if language == "fr" else "20/01/2026") in deadline
    assert "40,00" in window.detail.fields["charges"].text()
    assert settled_cuts(qtbot, window.detail) == []
    assert form_scrolls_sideways(window) == 0
    assert history_problems(window) == []
    window.close()


def test_texts_fit_after_a_language_switch_and_a_restart(
    qtbot: Any, cache: Database, settings: QSettings, tmp_path: Any
) -> None:
    invoice_id = _prepare(cache)
    sync = SyncService(cache, settings_path=tmp_path / "connection.json")
    first = make_window(qtbot, sync, settings)
    _show(first, invoice_id, qtbot)
    settings.setValue("window/geometry", first.saveGeometry())
    first.close()
    install_language("en")  # what App.switch_language does: a new window in English
    switched = make_window(qtbot, sync, settings)
    _show(switched, invoice_id, qtbot)
    assert switched.detail.fields["deadline"].text()
    assert settled_cuts(qtbot, switched.detail) == []
    assert history_problems(switched) == []
    switched.detail.splitter.moveSplitter(switched.detail.splitter.sizes()[0] + 60, 1)
    switched.close()
    wait_background(qtbot)
    install_language("fr")  # a restart, in French, with the remembered split
    restarted = make_window(qtbot, sync, settings)
    _show(restarted, invoice_id, qtbot)
    assert settled_cuts(qtbot, restarted.detail) == []
    assert history_problems(restarted) == []
    restarted.close()
