"""« Travaux » window driven as a user drives it, against the real sandbox over TLS: the MOE
demo user validates the school contract's two interim statements and its final statement,
the MOA demo user validates them (DGD), each step's deadline shown; a refusal without a
comment is refused with a clear sentence and nothing is queued."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.models.database import Database, open_database
from desktop_app.sandbox.codec import PARIS
from desktop_app.sandbox.launcher import SandboxProcess
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.dashboard import Dashboard
from desktop_app.ui.qt import QApplication, QDialog, QMessageBox, QTimer
from desktop_app.ui.works_window import WorksActionDialog, WorksWindow
from tests.sync.conftest import Admin, make_client, start


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    process = start(tmp_path_factory.mktemp("works-ui"), invoices=40)
    try:
        yield process
    finally:
        process.stop()


def _service(path: Path, sandbox: SandboxProcess, user: str) -> tuple[SyncService, Database]:
    database = open_database(path)
    service = SyncService(database, settings_path=path.parent / "connection.json")
    service.use_client(make_client(sandbox, user=user), "none")
    service.enable_works(True)
    service.user = type(service.user)(name=user, role=service.user.role, profile="sandbox")
    return service, database


def _answer(comment: str, amount: str | None = None, *, then_message: bool = False) -> list[str]:
    """Fill the next action dialog (then OK); with ``then_message`` the message box that
    follows is read and closed."""
    seen: list[str] = []

    def fill() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, WorksActionDialog):
            widget.comment.setPlainText(comment)
            if amount is not None:
                widget.amount.setText(amount)
            widget.accept()
            if then_message:
                QTimer.singleShot(50, fill)
        elif isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.accept()
        else:
            QTimer.singleShot(30, fill)

    QTimer.singleShot(30, fill)
    return seen


def _select(window: WorksWindow, number: str) -> None:
    row = next(i for i, s in enumerate(window.shown) if s.number == number)
    window.table.selectRow(row)


def test_moe_then_moa_take_the_school_contract_to_its_dgd(
    qtbot: object, sandbox: SandboxProcess, tmp_path: Path
) -> None:
    moe, moe_db = _service(tmp_path / "moe" / "c.sqlite", sandbox, "moe")
    try:
        assert moe.engine is not None
        moe.engine.run_once()
        window = WorksWindow(moe)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        assert window.box.currentData() == "moe"
        numbers = [s.number for s in window.shown if s.contract == "2026-TRX-014"]
        assert numbers == ["2026-TRX-014-01", "2026-TRX-014-02", "2026-TRX-014-03"]
        assert window.frameGeometry().width() <= 1366
        _select(window, "2026-TRX-014-01")
        assert "jour(s) restant(s)" in window.deadline_label.text()
        assert "12.2" in window.deadline_label.text()  # the MOE's 7 days, CCAG-Travaux
        assert window.contract.rowCount() == 3
        # a refusal without a comment: a clear sentence, nothing queued
        seen = _answer("", then_message=True)
        window.buttons[next(a for a in window.buttons if a.value == "moe_refuse")].click()
        assert seen and "motivé" in seen[0]
        assert all(s.pending_action is None for s in moe.works_statements())
        validate = next(a for a in window.buttons if a.value == "moe_validate")
        for number in numbers:
            _select(window, number)
            _answer("Vérifié sur place")
            window.buttons[validate].click()
        pending = {s.number: s.pending_action for s in moe.works_statements()}
        assert [pending[n] for n in numbers] == ["moe_validate"] * 3, pending
        moe.engine.run_once()
        window.reload()
        window.show_box("all")
        school = [s for s in window.shown if s.contract == "2026-TRX-014"]
        assert [s.status for s in school] == ["TRANSMISE_MOA"] * 3
        window.close()
    finally:
        moe_db.close()

    moa, moa_db = _service(tmp_path / "moa" / "c.sqlite", sandbox, "moa")
    try:
        assert moa.engine is not None
        moa.engine.run_once()
        window = WorksWindow(moa)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        window.show_box("moa")
        assert {"2026-TRX-014-01", "2026-TRX-014-03"} <= {s.number for s in window.shown}
        _select(window, "2026-TRX-014-03")
        assert "12.4.2" in window.deadline_label.text()  # general statement within 30 days
        validate = next(a for a in window.buttons if a.value == "moa_validate")
        for number in ("2026-TRX-014-01", "2026-TRX-014-02", "2026-TRX-014-03"):
            _select(window, number)
            _answer("", "1 000,00" if number.endswith("02") else None)
            window.buttons[validate].click()
        moa.engine.run_once()
        window.reload()
        window.show_box("all")
        _select(window, "2026-TRX-014-03")
        school = [s for s in window.shown if s.contract == "2026-TRX-014"]
        assert [s.status for s in school] == ["PRISE_EN_COMPTE_MOA"] * 3
        assert window.contract.item(1, 5).text() == "1\u202f000,00"  # kept by the MOA
        assert "Aucun délai" in window.deadline_label.text()
        # the tacit procedure's box shows the hospital's A22 statement
        window.show_box("tacit")
        assert any(s.frame.startswith("A22") for s in window.shown)
        window.close()
    finally:
        moa_db.close()
    assert QDialog  # the dialogs above are real QDialogs answered through the GUI


def test_the_tacit_dgd_shows_in_the_statement_history_with_its_legal_basis(
    qtbot: object, tmp_path: Path
) -> None:
    """The sandbox's day moves forty days on: the hospital's A22 became the tacit DGD (A23);
    the MOA sees it in the statement's history with CCAG-Travaux art. 12.4.4."""
    own = start(tmp_path / "sandbox", invoices=20)
    try:
        admin = Admin(own)
        later = datetime.now(PARIS).date() + timedelta(days=40)
        admin.post("settings", {"today": later.isoformat()})
        admin.http.close()
        moa, moa_db = _service(tmp_path / "moa" / "c.sqlite", own, "moa")
        try:
            assert moa.engine is not None
            moa.engine.run_once()
            window = WorksWindow(moa)
            qtbot.addWidget(window)  # type: ignore[attr-defined]
            window.show()
            window.show_box("all")
            _select(window, "2025-TRX-107-02")
            history = window.history
            assert history.rowCount() >= 2
            top = [history.item(0, c).text() for c in range(history.columnCount())]
            assert "Chorus Pro" in top[2]
            day = datetime.now(PARIS).date() + timedelta(days=8)  # the A22 of D-3: ten days
            assert top[0] == f"{day:%d/%m/%Y} 00:00"  # the day the tacit DGD took effect
            assert "A23" in top[4] and "12.4.4" in top[4]
            assert "tacite" in top[4]
            assert "Aucun délai" in window.deadline_label.text()  # nothing left to wait for
            window.close()
        finally:
            moa_db.close()
    finally:
        own.stop()


def test_dashboard_shows_the_works_deadlines_and_opens_their_box(
    qtbot: object, sandbox: SandboxProcess, tmp_path: Path
) -> None:
    """The MOA's cache pulled from the sandbox: the dashboard's « Travaux » figures count
    what each box of the « Travaux » window lists, and each menu entry opens its box."""
    moa, moa_db = _service(tmp_path / "moa" / "c.sqlite", sandbox, "moa")
    try:
        assert moa.engine is not None
        moa.engine.run_once()
        dashboard = Dashboard(moa_db)
        qtbot.addWidget(dashboard)  # type: ignore[attr-defined]
        dashboard.refresh()
        qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=10_000)  # type: ignore[attr-defined]
        assert dashboard.figures is not None
        counts = {c.box: c.count for c in dashboard.figures.works}
        assert counts["moa"] > 0 and counts["tacit"] > 0
        button = dashboard.buttons["works"]
        assert not button.isHidden() and "à valider" in button.text()
        window = WorksWindow(moa)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        dashboard.works_clicked.connect(window.show_box)
        for action in button.menu().actions():
            box = action.objectName().removeprefix("works_box_")
            action.trigger()
            assert window.box.currentData() == box
            assert len(window.shown) == counts[box], box
        window.close()
    finally:
        moa_db.close()


def test_no_works_figure_without_works_statements(qtbot: object, tmp_path: Path) -> None:
    database = open_database(tmp_path / "empty.sqlite")
    try:
        dashboard = Dashboard(database)
        qtbot.addWidget(dashboard)  # type: ignore[attr-defined]
        dashboard.refresh()
        qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=10_000)  # type: ignore[attr-defined]
        assert dashboard.buttons["works"].isHidden()
    finally:
        database.close()
