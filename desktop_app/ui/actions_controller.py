"""Runs the clerk's workflows: dialog, role and amount checks, queuing, batch progress."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.domain.errors import DomainError
from desktop_app.domain.permissions import ActionKind, ApprovalPolicy, check_role
from desktop_app.models.invoices import Invoice
from desktop_app.ui.action_confirmations import confirm
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.dialogs.accounting_dialog import AccountingDialog
from desktop_app.ui.dialogs.action_dialog import ActionDialog, ChangeBuilder
from desktop_app.ui.dialogs.mandate_dialog import MandateDialog
from desktop_app.ui.dialogs.recycle_dialog import RecycleDialog, structure_services
from desktop_app.ui.dialogs.reject_dialog import RejectDialog
from desktop_app.ui.dialogs.service_done_dialog import ServiceDoneDialog
from desktop_app.ui.dialogs.suspend_dialog import SuspendDialog
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import (
    QCoreApplication,
    QMessageBox,
    QObject,
    QProgressDialog,
    Qt,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Target:
    """What an action needs to know about one invoice."""

    id: int
    number: str
    supplier: str
    status: str
    amount_excl_vat: Decimal
    amount_due: Decimal | None
    service_code: str | None


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """Result of applying one action to several invoices."""

    queued: list[int]
    refused: list[tuple[int, str]]  # (invoice id, message)
    awaiting_approval: list[int] = field(default_factory=list)  # became approval requests


class ActionsController(QObject):
    """Opens the right dialog for the selection and queues the validated changes."""

    queued = Signal(object)  # list of invoice ids whose pending action was written
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
        with self.sync.database.read() as session:
            found = []
            for invoice_id in ids:
                inv = session.get(Invoice, invoice_id)
                if inv is not None:
                    found.append(
                        Target(
                            inv.id,
                            inv.number,
                            inv.supplier_name,
                            inv.status,
                            inv.amount_excl_vat or Decimal(0),
                            inv.amount_due or inv.amount_incl_vat,
                            inv.service_code,
                        )
                    )
        return found

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

    def run(self, kind: ActionKind, ids: list[int]) -> BatchOutcome | None:
        """Open the dialog for ``kind`` on ``ids``; queue when accepted."""
        targets = self.targets(ids)
        if not targets:
            return None
        try:
            check_role(self.sync.user.role, kind)
        except DomainError as exc:
            self._warn(message_for(exc.key, exc.params))
            return None
        dialog = self._dialog(kind, targets)
        while True:  # "back to the form" from a confirmation shows the dialog again
            self.dialog_opened.emit(dialog)
            if dialog.exec() != ActionDialog.DialogCode.Accepted:
                return None
            if confirm(kind, dialog.change, targets, self.parent_widget, self.dialog_opened.emit):
                break
        outcome = self.apply(kind, targets, dialog.builder())
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
        return outcome

    @staticmethod
    def _number(targets: list[Target], invoice_id: int) -> str:
        return next((t.number for t in targets if t.id == invoice_id), str(invoice_id))

    def apply(self, kind: ActionKind, targets: list[Target], build: ChangeBuilder) -> BatchOutcome:
        """Validate and queue ``build`` for each target, with a progress bar for batches."""
        progress: QProgressDialog | None = None
        if len(targets) > 1:
            progress = QProgressDialog(
                self.tr("Mise en file des actions…"),
                self.tr("Annuler"),
                0,
                len(targets),
                self.parent_widget,
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.setValue(0)
        queued: list[int] = []
        awaiting: list[int] = []
        refused: list[tuple[int, str]] = []
        for step, target in enumerate(targets, start=1):
            if progress is not None and progress.wasCanceled():
                break
            try:
                check_role(self.sync.user.role, kind)
                change = build(target.status)
                submitted = self.sync.queue(target.id, change).result(timeout=30)
            except DomainError as exc:
                refused.append((target.id, message_for(exc.key, exc.params)))
            else:
                queued.append(target.id)
                if submitted.request_id is not None:
                    awaiting.append(target.id)
            if progress is not None:
                progress.setValue(step)
                QCoreApplication.processEvents()
        if progress is not None:
            progress.close()
            progress.deleteLater()
        outcome = BatchOutcome(queued, refused, awaiting)
        self.last_outcome = outcome
        if queued:
            self.queued.emit(queued)
        return outcome

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Action"), text, parent=self.parent_widget
        )
        self.dialog_opened.emit(box)
        box.exec()
