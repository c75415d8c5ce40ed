"""Runs the clerk's workflows: dialog, role and amount checks, queuing, batch progress."""

from __future__ import annotations

import logging

from desktop_app.domain.errors import DomainError
from desktop_app.domain.permissions import ActionKind, ApprovalPolicy, check_role
from desktop_app.models.invoice_reads import Target, action_targets
from desktop_app.models.structure_queries import structure_services
from desktop_app.ui.action_batch import ActionBatch, BatchOutcome
from desktop_app.ui.action_confirmations import confirm
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.dialogs.accounting_dialog import AccountingDialog
from desktop_app.ui.dialogs.action_dialog import ActionDialog, ChangeBuilder
from desktop_app.ui.dialogs.mandate_dialog import MandateDialog
from desktop_app.ui.dialogs.recycle_dialog import RecycleDialog
from desktop_app.ui.dialogs.reject_dialog import RejectDialog
from desktop_app.ui.dialogs.service_done_dialog import ServiceDoneDialog
from desktop_app.ui.dialogs.suspend_dialog import SuspendDialog
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import QMessageBox, QObject, QWidget, Signal

log = logging.getLogger(__name__)


class ActionsController(QObject):
    """Opens the right dialog for the selection and queues the validated changes."""

    queued = Signal(object)  # list of invoice ids whose pending action was written
    finished = Signal(object)  # the BatchOutcome, once every write of the action is done
    dialog_opened = Signal(object)  # the dialog, before exec (tests drive it)

    def __init__(
        self,
        sync: SyncService,
        parent_widget: QWidget,
        policy: ApprovalPolicy | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.sync = sync
        self.parent_widget = parent_widget
        self.policy = policy or ApprovalPolicy()
        self.last_outcome: BatchOutcome | None = None

    def targets(self, ids: list[int]) -> list[Target]:
        """Current cached state of ``ids``."""
        return self.sync.database.query(action_targets, ids)

    def _subject(self, targets: list[Target]) -> str:
        if len(targets) == 1:
            t = targets[0]
            return self.tr("Facture {number} de {supplier}").format(
                number=t.number, supplier=t.supplier
            )
        return self.tr("{count} factures sélectionnées").format(count=len(targets))

    def _dialog(self, kind: ActionKind, targets: list[Target]) -> ActionDialog:
        subject, status, parent = self._subject(targets), targets[0].status, self.parent_widget
        limit = self.sync.wire.motif_max_length  # the profile's limit of the sent ``motif``
        if kind is ActionKind.REJECT:
            return RejectDialog(subject, status, parent, motif_limit=limit)
        if kind is ActionKind.SUSPEND:
            return SuspendDialog(subject, status, parent, motif_limit=limit)
        if kind is ActionKind.RECYCLE:
            services, current = structure_services(self.sync.database, targets[0].id)
            return RecycleDialog(subject, status, services, current, parent, motif_limit=limit)
        if kind is ActionKind.SERVICE_DONE:
            return ServiceDoneDialog(subject, status, parent, motif_limit=limit)
        if kind is ActionKind.MANDATE:
            amount = targets[0].amount_due if len(targets) == 1 else None
            return MandateDialog(subject, status, amount, parent, motif_limit=limit)
        return AccountingDialog(subject, status, parent, motif_limit=limit)

    def run(self, kind: ActionKind, ids: list[int]) -> None:
        """Open the dialog for ``kind`` on ``ids``; queue when accepted (the outcome comes
        through :attr:`finished` and :attr:`last_outcome` once written)."""
        targets = self.targets(ids)
        if not targets:
            return
        try:
            check_role(self.sync.user.role, kind)
        except DomainError as exc:
            self._warn(message_for(exc.key, exc.params))
            return
        dialog = self._dialog(kind, targets)
        while True:  # "back to the form" from a confirmation shows the dialog again
            self.dialog_opened.emit(dialog)
            if dialog.exec() != ActionDialog.DialogCode.Accepted:
                return
            if confirm(kind, dialog.change, targets, self.parent_widget, self.dialog_opened.emit):
                break
        self.apply(kind, targets, dialog.builder(), tell_refused=True)

    def _tell_refused(self, targets: list[Target], outcome: BatchOutcome) -> None:
        if outcome.refused:
            lines = "\n".join(
                self.tr("{number} : {message}").format(number=self._number(targets, i), message=m)
                for i, m in outcome.refused[:15]
            )
            self._warn(
                self.tr("{refused} facture(s) sur {total} n'ont pas été traitées :").format(
                    refused=len(outcome.refused), total=len(targets)
                )
                + "\n"
                + lines
            )

    @staticmethod
    def _number(targets: list[Target], invoice_id: int) -> str:
        return next((t.number for t in targets if t.id == invoice_id), str(invoice_id))

    def apply(
        self,
        kind: ActionKind,
        targets: list[Target],
        build: ChangeBuilder,
        *,
        tell_refused: bool = False,
    ) -> ActionBatch:
        """Validate ``build`` for each target and queue it on the writer; returns at once
        (the window never waits on a write). The outcome comes through :attr:`finished`."""
        self.last_outcome = None
        submitted = []
        refused: list[tuple[int, str]] = []
        for target in targets:
            try:
                check_role(self.sync.user.role, kind)
                change = build(target.status)
            except DomainError as exc:
                refused.append((target.id, message_for(exc.key, exc.params)))
                continue
            submitted.append((target.id, self.sync.queue(target.id, change)))
        batch = ActionBatch(submitted, refused, self.parent_widget, progress=len(targets) > 1)

        def finished(outcome: BatchOutcome) -> None:
            self.last_outcome = outcome
            if outcome.queued:
                self.queued.emit(outcome.queued)
            if tell_refused:
                self._tell_refused(targets, outcome)
            self.finished.emit(outcome)

        batch.finished.connect(finished)
        batch.start()
        return batch

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Action"), text, parent=self.parent_widget
        )
        self.dialog_opened.emit(box)
        box.exec()
