"""Team mode in the window, against a real throwaway PostgreSQL (tests/team/conftest.py's
cluster, the team schema applied by ``invoice-desk team init``'s code, one role per person):
two desktops (two windows, two caches, two people) claim, release and annotate through the
real QActions; the second clerk is told who claimed first and when; a password typed in the
window's dialog (no keyring: this session only, said so) brings an offline desktop online;
an unreachable store is shown truthfully with the settings one click away; two managers
deciding the same request while the store is stopped: one action queued, the other told who
decided and when — in words, in French and in English."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bench.pg_cluster import Cluster, free_port
from desktop_app.domain.actions import record_mandate
from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database, open_database
from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import InvoiceFilter
from desktop_app.models.work import OutboxEntry
from desktop_app.sync import team_mode
from desktop_app.sync.credentials import SecretStore
from desktop_app.sync.team_address import parse_team_address
from desktop_app.ui.adapters.sync_adapter import SyncService, UserInfo
from desktop_app.ui.dialogs.team_password_dialog import TeamPasswordDialog
from desktop_app.ui.i18n import install_language
from desktop_app.ui.invoice_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes_view import NoteDialog
from desktop_app.ui.qt import (
    QApplication,
    QLabel,
    QMessageBox,
    QSettings,
    Qt,
    QTimer,
    QWidget,
    is_alive,
)
from tests.team.conftest import PASSWORD, TeamServer, fresh_database, pg_cluster  # noqa: F401
from tests.ui.conftest import make_window, wait_background

pytestmark = pytest.mark.postgres
WAIT_MS = 20_000  # a bound for the background link, not a speed assertion (bench/team.py)


@dataclass
class Desk:
    """One desktop: its cache, service, window and the dialogs its person saw."""

    database: Database
    sync: SyncService
    window: MainWindow
    seen: list[tuple[str, str]] = field(default_factory=list)
    answer: Callable[[QWidget], bool] | None = None

    @property
    def team(self) -> Any:
        return self.window.team


@pytest.fixture
def team(pg_cluster: Cluster) -> TeamServer:  # noqa: F811
    return fresh_database(pg_cluster)


@pytest.fixture
def desks(
    qtbot: Any, cache: Database, tmp_path: Path, team: TeamServer
) -> Iterator[Callable[..., Desk]]:
    """``open_desk(login, role, password=...)``: a window on its own copy of the cache."""
    made: list[Desk] = []
    template = tmp_path / "template.sqlite"
    cache.writer.run(lambda s: s.connection().exec_driver_sql("PRAGMA wal_checkpoint(FULL)"))
    shutil.copy(cache.path, template)
    timers: list[QTimer] = []

    def open_desk(
        login: str, role: Role, *, password: str | None = PASSWORD, address: str | None = None
    ) -> Desk:
        folder = tmp_path / login
        folder.mkdir()
        shutil.copy(template, folder / "cache.sqlite")
        database = open_database(folder / "cache.sqlite")
        secrets = SecretStore(use_keyring=False)  # no keyring here: the session only
        if password is not None:
            secrets.set(team_mode.secret_name(login), password, remember=False)
        sync = SyncService(database, settings_path=folder / "connection.json", secrets=secrets)
        sync.user = UserInfo(name=login, role=role, profile="sandbox")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = make_window(qtbot, sync, settings)
        desk = Desk(database, sync, window)
        url = address or team.cluster.url(team.dbname)
        team_mode.open_link(database, parse_team_address(url), login, secrets, sync.bus, poll_s=0.5)
        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(lambda: _answer_modal(desk))
        timer.start()
        timers.append(timer)
        made.append(desk)
        return desk

    yield open_desk
    for timer in timers:
        timer.stop()
    for desk in made:
        box = desk.team.notice_box
        if box is not None and is_alive(box):
            box.close()
        desk.window.close()
        wait_background(qtbot)
        team_mode.stop_for(desk.database)
        desk.database.close()


def _answer_modal(desk: Desk) -> None:
    """Answer the modal dialog on top of ``desk``'s window as its person would."""
    dialog = QApplication.activeModalWidget()
    if dialog is None or not dialog.isVisible() or dialog.parentWidget() is not desk.window:
        return  # none, or another desktop's
    text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
    desk.seen.append((type(dialog).__name__, text))
    if desk.answer is not None and desk.answer(dialog):
        return
    if isinstance(dialog, QMessageBox):
        dialog.accept()
    else:
        dialog.reject()  # type: ignore[attr-defined]


def _invoice(desk: Desk, status: str = "MISE_A_DISPOSITION") -> tuple[int, str]:
    with desk.database.read() as session:
        row = session.execute(
            select(Invoice.id, Invoice.number)
            .where(Invoice.status == status, Invoice.amount_excl_vat > Decimal("6000"))
            .order_by(Invoice.id)
        ).first()
    assert row is not None
    return int(row[0]), str(row[1])


def _select(qtbot: Any, desk: Desk, invoice_id: int) -> None:
    with desk.database.read() as session:
        number = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
    desk.window.restrict(InvoiceFilter(inbox=Inbox.ALL, text=number))  # as the user searches
    wait_background(qtbot)
    qtbot.waitUntil(lambda: desk.window.list.select_invoice(invoice_id), timeout=5000)
    assert desk.window.list.current_id() == invoice_id


def _sync_text(desk: Desk, invoice_id: int) -> str:
    model = desk.window.list.invoice_model
    row = model.row_of(invoice_id)
    if row is None:
        return ""
    text = model.data(model.index(row, int(Column.SYNC)), Qt.ItemDataRole.DisplayRole)
    return str(text).lower()  # « Pris en charge par … » alone, « … · pris en charge » after


def _online(qtbot: Any, desk: Desk) -> None:
    qtbot.waitUntil(
        lambda: desk.team.indicator.text().startswith("Équipe : en ligne"), timeout=WAIT_MS
    )


def test_claims_between_two_desktops_and_the_session_password(qtbot: Any, desks: Any) -> None:
    anne = desks("clerk_anne", Role.CLERK)
    bruno = desks("clerk_bruno", Role.CLERK, password=None)  # no keyring, nothing remembered
    _online(qtbot, anne)
    qtbot.waitUntil(
        lambda: bruno.team.indicator.text() == "Équipe : mot de passe requis", timeout=WAIT_MS
    )
    assert "mot de passe" in bruno.team.indicator.toolTip()
    invoice_id, number = _invoice(anne)

    _select(qtbot, anne, invoice_id)
    claim = anne.window.actions_by_key["claim"]
    assert claim.isEnabled() and claim.shortcut().toString() == "Ctrl+Shift+T"
    claim.trigger()
    qtbot.waitUntil(
        lambda: (
            anne.sync.team.claims([invoice_id]).get(invoice_id) is not None
            and anne.sync.team.claims([invoice_id])[invoice_id].confirmed
        ),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: "pris en charge par clerk_anne" in _sync_text(anne, invoice_id))

    # Bruno, offline (no password yet), takes the same invoice: it waits in his queue
    _select(qtbot, bruno, invoice_id)
    told: list[str] = []  # a later link notice may replace the message: keep what was shown
    bruno.window.statusBar().messageChanged.connect(told.append)
    bruno.window.actions_by_key["claim"].trigger()
    qtbot.waitUntil(lambda: "pris en charge par clerk_bruno" in _sync_text(bruno, invoice_id))
    told.append(bruno.window.statusBar().currentMessage())
    assert any("dès qu'il sera joignable" in text for text in told), told

    def type_password(dialog: QWidget) -> bool:
        if not isinstance(dialog, TeamPasswordDialog):
            return False
        assert not dialog.remember.isEnabled()  # no keyring: nothing to remember it in
        assert "cette session seulement" in dialog.session_only.text()
        dialog.password.setText(PASSWORD)
        dialog.try_accept()
        return True

    bruno.answer = type_password
    bruno.team.indicator.click()
    assert any(c == "TeamPasswordDialog" for c, _t in bruno.seen), bruno.seen
    _online(qtbot, bruno)
    # the store decided: Anne was first; Bruno is told who and when, in words
    qtbot.waitUntil(lambda: bruno.team.notice_box is not None, timeout=WAIT_MS)
    told = bruno.team.notice_box.text()
    assert told.startswith(f"Facture {number} déjà prise en charge par clerk_anne depuis le ")
    assert "team." not in told and "T" not in told.split("depuis le ")[1]  # not an ISO code
    qtbot.waitUntil(lambda: "pris en charge par clerk_anne" in _sync_text(bruno, invoice_id))

    # a second try is refused at once, with the same words; a clerk cannot release it
    bruno.seen.clear()
    bruno.window.actions_by_key["claim"].trigger()
    qtbot.waitUntil(lambda: any(c == "QMessageBox" for c, _t in bruno.seen), timeout=5000)
    assert any("déjà prise en charge par clerk_anne" in t for _c, t in bruno.seen), bruno.seen
    bruno.seen.clear()
    release = bruno.window.actions_by_key["release"]
    assert release.isEnabled()
    release.trigger()
    qtbot.waitUntil(lambda: any(c == "QMessageBox" for c, _t in bruno.seen), timeout=5000)
    assert any("seul clerk_anne ou un responsable" in t for _c, t in bruno.seen), bruno.seen

    # Anne lets go: both lists show it free again
    anne.window.actions_by_key["release"].trigger()
    for desk in (anne, bruno):
        qtbot.waitUntil(
            lambda d=desk: "pris en charge" not in _sync_text(d, invoice_id), timeout=WAIT_MS
        )
    assert not bruno.window.actions_by_key["release"].isEnabled()


def test_a_note_reaches_the_other_desktop(qtbot: Any, desks: Any) -> None:
    anne = desks("clerk_anne", Role.CLERK)
    carole = desks("mgr_all", Role.MANAGER)
    _online(qtbot, anne)
    _online(qtbot, carole)
    invoice_id, _number = _invoice(anne)
    _select(qtbot, carole, invoice_id)
    assert "partagées par le dépôt d'équipe" in carole.window.detail.notes.where.text()
    _select(qtbot, anne, invoice_id)

    def write(dialog: QWidget) -> bool:
        if not isinstance(dialog, NoteDialog):
            return False
        assert "partagée avec l'équipe" in dialog.findChildren(QLabel)[0].text()
        dialog.text.setPlainText("Bon de commande reçu\nle 3 décembre")
        dialog.try_accept()
        return True

    anne.answer = write
    anne.window.actions_by_key["add_note"].trigger()
    assert any(c == "NoteDialog" for c, _t in anne.seen), anne.seen
    notes = carole.window.detail.notes
    qtbot.waitUntil(lambda: "Bon de commande reçu" in notes.browser.toPlainText(), timeout=WAIT_MS)
    shown = notes.browser.toPlainText()
    assert "clerk_anne, le " in shown and "(partagée)" in shown and "le 3 décembre" in shown
    detail = carole.window.detail
    assert detail.tabs.tabText(detail.notes_tab) == "Notes internes (1)"
    qtbot.waitUntil(
        lambda: "(partagée)" in anne.window.detail.notes.browser.toPlainText(), timeout=WAIT_MS
    )


def test_an_unreachable_store_is_told_and_the_settings_are_one_click_away(
    qtbot: Any, desks: Any
) -> None:
    nobody = f"postgresql://127.0.0.1:{free_port()}/invoice_desk"
    anne = desks("clerk_anne", Role.CLERK, address=nobody)
    indicator = anne.team.indicator
    qtbot.waitUntil(lambda: indicator.text().startswith("Équipe : hors ligne"), timeout=WAIT_MS)
    assert (
        "ne répond pas" in indicator.toolTip() and "attendent sur ce poste" in indicator.toolTip()
    )
    invoice_id, _number = _invoice(anne)
    _select(qtbot, anne, invoice_id)
    anne.window.actions_by_key["claim"].trigger()  # offline-first: kept, said so
    qtbot.waitUntil(lambda: "(1 en attente)" in indicator.text(), timeout=WAIT_MS)

    def settings(dialog: QWidget) -> bool:
        if isinstance(dialog, QMessageBox):
            (button,) = [b for b in dialog.buttons() if b.text() == "Paramètres…"]
            button.click()
            return True
        return False

    anne.answer = settings
    indicator.click()
    assert any(c == "SettingsDialog" for c, _t in anne.seen), anne.seen


@pytest.mark.parametrize("language", ["fr", "en"])
def test_two_managers_decide_one_request_the_second_is_told(
    qtbot: Any, desks: Any, team: TeamServer, tmp_path: Path, language: str
) -> None:
    install_language(language)
    clerk = desks("clerk_anne", Role.CLERK)
    managers = [desks("mgr_all", Role.MANAGER), desks("mgr_deputy", Role.MANAGER)]
    for desk in (clerk, *managers):
        qtbot.waitUntil(
            lambda d=desk: d.team.last_link is not None and d.team.last_link.state == "online",
            timeout=WAIT_MS,
        )
    invoice_id, number = _invoice(clerk, "SERVICE_FAIT")
    change = record_mandate("SERVICE_FAIT", "M-77", Decimal("6500.00"))
    submitted = clerk.sync.queue(invoice_id, change).result()  # what the mandate dialog calls
    assert submitted.request_id is not None  # above the threshold: a request for the team
    views = []
    for desk in managers:
        view = desk.window.show_approvals()
        qtbot.waitUntil(lambda v=view: (v.reload(), len(v.requests))[1] == 1, timeout=WAIT_MS)
        views.append(view)
    team.cluster.stop()  # the store goes away: both decide, each in their own queue
    try:
        for view in views:
            view.table.selectRow(0)
            view.approve_button.click()
            qtbot.waitUntil(lambda v=view: v.last_outcome is not None, timeout=5000)
    finally:
        team.cluster.start()
    for desk in managers:
        qtbot.waitUntil(
            lambda d=desk: d.team.last_link is not None and d.team.last_link.state == "online",
            timeout=WAIT_MS,
        )

    def outboxes() -> list[int]:
        counts = []
        for desk in managers:
            with desk.database.read() as session:
                counts.append(int(session.scalar(select(func.count()).select_from(OutboxEntry))))
        return counts

    qtbot.waitUntil(lambda: sorted(outboxes()) == [0, 1], timeout=WAIT_MS)
    loser = managers[outboxes().index(0)]
    winner_login = "mgr_all" if loser is managers[1] else "mgr_deputy"
    qtbot.waitUntil(lambda: loser.team.notice_box is not None, timeout=WAIT_MS)
    told = loser.team.notice_box.text()
    if language == "fr":
        assert told.startswith(f"Facture {number} : demande déjà approuvée par {winner_login} le ")
    else:
        assert told.startswith(f"Invoice {number}: request already approved by {winner_login} on ")
    assert "decided_elsewhere" not in told and "+00:00" not in told
