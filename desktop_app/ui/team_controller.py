"""Team mode in the window: « Prendre en charge » / « Libérer la prise en charge » on the
selection, « Ajouter une note interne… », the team store's notices (who decided or claimed
first, and when) and the status bar's team indicator with its password dialog.

Everything is asked of the application service's Qt-free team surface
(``sync.team``, :class:`desktop_app.sync.team_desk.TeamDesk`); this module only shows and
translates. In solo mode claims are greyed out (their tooltip says why) and notes stay on this
desktop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.domain.errors import DomainError
from desktop_app.sync.events import TeamLinkChanged, TeamNoticeRaised
from desktop_app.sync.team_desk import ClaimOutcome
from desktop_app.ui.dialogs.team_password_dialog import TeamPasswordDialog
from desktop_app.ui.errors import show_error
from desktop_app.ui.notes_view import NoteDialog
from desktop_app.ui.qt import QMessageBox, QObject, QToolButton, Signal, is_alive
from desktop_app.ui.team_texts import link_reason, link_text, notice_text
from desktop_app.ui.workers import when_done

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

CLAIM_KEYS = ("claim", "release")
LINK_COLOURS = {"online": "#1e8449", "password": "#c0392b", "refused": "#c0392b"}


class TeamController(QObject):
    """Connects the window's team actions; ``dialog_opened`` lets tests answer dialogs."""

    dialog_opened = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.team = window.sync.team
        self.last_link: TeamLinkChanged | None = None
        self.notice_box: QMessageBox | None = None
        self.notices: list[str] = []  # what the person was told this session (newest last)
        actions = window.actions_by_key
        actions["claim"].triggered.connect(self.claim)
        actions["release"].triggered.connect(self.release)
        actions["add_note"].triggered.connect(self.add_note)
        window.detail.notes.source = self.team.notes
        window.detail.notes.add_requested.connect(self.add_note)
        self.indicator = QToolButton(window.status)
        self.indicator.setObjectName("team_indicator")
        self.indicator.setAutoRaise(True)
        self.indicator.clicked.connect(self.indicator_clicked)
        window.status.addPermanentWidget(self.indicator)
        window.bridge.team_notice.connect(self.on_notice)
        window.bridge.team_link_changed.connect(self.on_link)
        window.bridge.connection_changed.connect(lambda _e: self.refresh_mode())
        window.list.current_invoice_changed.connect(lambda _i: self.update_actions())
        window.list.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        window.bridge.invoices_changed.connect(lambda _e: self.update_actions())
        self.refresh_mode()

    # -- mode, indicator -------------------------------------------------------------------
    def refresh_mode(self) -> None:
        """Team or solo: the notes tab says where notes go, the indicator shows or hides."""
        team = self.team.is_team()
        self.window.detail.notes.set_team(team)
        self.indicator.setVisible(team)
        state = self.team.link_state()
        if state is not None:
            self._show_link(state)
        self.update_actions()

    def on_link(self, event: TeamLinkChanged) -> None:
        """A round of the team link ended: show its state truthfully."""
        was = self.last_link
        if not self.indicator.isVisible():
            self.refresh_mode()
        self._show_link(event)
        if event.state != "online" and (was is None or was.error_key != event.error_key):
            self.window.status.showMessage(link_reason(event.error_key), 10_000)

    def _show_link(self, event: TeamLinkChanged) -> None:
        self.last_link = event
        self.indicator.setText(link_text(event.state, event.pending))
        reason = link_reason(event.error_key)
        self.indicator.setToolTip(reason)
        self.indicator.setAccessibleDescription(reason)
        colour = LINK_COLOURS.get(event.state, "")
        self.indicator.setStyleSheet(f"color: {colour}" if colour else "")

    def indicator_clicked(self) -> None:
        """The password dialog when the store wants one; otherwise why, and the settings."""
        state = self.last_link
        if state is not None and state.state == "password":
            self.ask_password()
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Dépôt d'équipe"),
            link_reason(state.error_key if state else None),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        password = box.addButton(
            self.tr("Saisir le mot de passe…"), QMessageBox.ButtonRole.ActionRole
        )
        settings = box.addButton(self.tr("Paramètres…"), QMessageBox.ButtonRole.ActionRole)
        box.setInformativeText(self.tr("Compte : {login}").format(login=self.team.login()))
        self.dialog_opened.emit(box)
        box.exec()
        if box.clickedButton() is password:
            self.ask_password()
        elif box.clickedButton() is settings:
            self.window.show_settings()

    def ask_password(self) -> None:
        """Ask the team store's password; kept for the session (and the keyring if any)."""
        refused = self.last_link is not None and self.last_link.error_key == "team.password_refused"
        dialog = TeamPasswordDialog(
            self.team.login(),
            keyring=self.team.keyring_available(),
            refused=refused,
            parent=self.window,
        )
        self.dialog_opened.emit(dialog)
        if dialog.exec() != TeamPasswordDialog.DialogCode.Accepted:
            return
        try:
            stored = self.team.use_password(
                dialog.password.text(), remember=dialog.remember.isChecked()
            )
        except (DomainError, LookupError) as exc:
            self._warn(self.tr("Mot de passe"), _message(exc))
            return
        self._show_link(
            TeamLinkChanged("connecting", None, self.last_link.pending if self.last_link else 0)
        )
        self.window.status.showMessage(
            self.tr("Mot de passe gardé dans le trousseau du système.")
            if stored
            else self.tr("Mot de passe gardé pour cette session seulement."),
            8_000,
        )

    # -- actions ---------------------------------------------------------------------------
    def update_actions(self) -> None:
        """Claims need the team store (greyed out in solo mode, the tooltip says why);
        « Libérer » needs a claimed invoice; a note needs an invoice."""
        window = self.window
        ids = window._chosen_ids()
        team = self.team.is_team()
        actions = window.actions_by_key
        solo_tip = self.tr(
            "Nécessite le dépôt d'équipe : ce poste est en mode solo (aucun collègue avec qui "
            "partager la prise en charge)."
        )
        claims = self.team.claims(ids[:500]) if team and ids else {}
        actions["claim"].setEnabled(team and bool(ids))
        actions["release"].setEnabled(team and bool(claims))
        for key in CLAIM_KEYS:
            actions[key].setToolTip(solo_tip if not team else actions[key].text().replace("&", ""))
        actions["add_note"].setEnabled(window.list.current_id() is not None)

    def claim(self) -> None:
        """Take the selection in hand (offline too: the claim waits in the team queue)."""
        self._run(self.team.claim, self.tr("Prise en charge"))

    def release(self) -> None:
        """Let go of the selection's claims."""
        self._run(self.team.release, self.tr("Libérer la prise en charge"))

    def _run(self, how: Any, title: str) -> None:
        ids = self.window._chosen_ids()
        if not ids:
            return
        try:
            future = how(ids)
        except DomainError as exc:
            self._warn(title, _message(exc))
            return
        when_done(
            future,
            lambda outcome: self._done(outcome, title, ids),
            lambda exc, details: self._failed(exc, details, title),
        )

    def _done(self, outcome: ClaimOutcome, title: str, ids: list[int]) -> None:
        window = self.window
        window.list.invoice_model.refresh_ids(ids)
        window.detail.refresh()
        self.update_actions()
        waiting = self.last_link is None or self.last_link.state != "online"
        text = self.tr("{count} facture(s) : fait.").format(count=len(outcome.done))
        if outcome.done and waiting:
            text += " " + self.tr("Le dépôt d'équipe le saura dès qu'il sera joignable.")
        window.status.showMessage(text, 8_000)
        if outcome.refused:
            lines = [
                notice_text(r.key, {"number": r.number, "by": r.by, "at": r.at})
                for r in outcome.refused
            ]
            self._warn(title, "\n".join(lines))

    def _failed(self, exc: BaseException, details: str, title: str) -> None:
        if isinstance(exc, DomainError):
            self._warn(title, _message(exc))
        else:
            show_error(
                self.tr("L'opération n'a pas pu être enregistrée dans le cache."),
                details,
                self.window,
            )

    def add_note(self) -> None:
        """Ask an internal note for the current invoice and keep it (team or this desktop)."""
        window = self.window
        invoice_id = window.list.current_id()
        detail = window.detail.detail
        if invoice_id is None:
            return
        number = (
            detail.number if detail is not None and detail.id == invoice_id else str(invoice_id)
        )
        dialog = NoteDialog(number, self.team.is_team(), window)
        self.dialog_opened.emit(dialog)
        if dialog.exec() != NoteDialog.DialogCode.Accepted:
            return
        title = self.tr("Note interne")
        try:
            future = self.team.add_note(invoice_id, dialog.value)
        except DomainError as exc:
            self._warn(title, _message(exc))
            return
        when_done(
            future,
            lambda _key: self._noted(invoice_id),
            lambda exc, details: self._failed(exc, details, title),
        )

    def _noted(self, invoice_id: int) -> None:
        detail = self.window.detail
        if detail.detail is not None and detail.detail.id == invoice_id:
            detail.show_notes()
            detail.tabs.setCurrentIndex(detail.notes_tab)
        self.window.status.showMessage(self.tr("Note interne enregistrée."), 6_000)

    # -- notices ---------------------------------------------------------------------------
    def on_notice(self, event: TeamNoticeRaised) -> None:
        """Tell the person what the team store decided (who first, and when), in words:
        in the status bar and in one window that gathers them (not modal)."""
        text = notice_text(event.key, dict(event.params))
        self.notices.append(text)
        self.window.status.showMessage(text, 15_000)
        box = self.notice_box
        if box is None or not is_alive(box) or not box.isVisible():
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Dépôt d'équipe"),
                text,
                QMessageBox.StandardButton.Close,
                self.window,
            )
            box.setModal(False)
            self.notice_box = box
            box.show()
        else:
            box.setText(box.text() + "\n" + text)
        queue = self.window.approval_window
        if queue is not None and queue.isVisible():  # a request decided elsewhere leaves it
            queue.reload()  # type: ignore[attr-defined]
        if event.invoice_id is not None:
            self.window.list.invoice_model.refresh_ids([event.invoice_id])
            if (
                self.window.detail.detail is not None
                and self.window.detail.detail.id == event.invoice_id
            ):
                self.window.detail.refresh()

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        self.dialog_opened.emit(box)
        box.exec()


def _message(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        params = {k: str(v) for k, v in exc.params.items()}
        params.setdefault("by", params.get("user", ""))
        return notice_text(exc.key, params)
    return str(exc)
