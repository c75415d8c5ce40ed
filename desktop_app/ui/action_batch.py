"""Queue validated actions without blocking the window: every action is a future of the one
database writer; their completions come back on the GUI thread (``workers.when_done``), a
progress dialog follows them for a batch, and the outcome is told once all are written."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import message_for
from desktop_app.ui.qt import QCoreApplication, QObject, QProgressDialog, Qt, QWidget, Signal
from desktop_app.ui.workers import when_done


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """Result of applying one action to several invoices."""

    queued: list[int]
    refused: list[tuple[int, str]]  # (invoice id, message)
    awaiting_approval: list[int] = field(default_factory=list)  # became approval requests


class ActionBatch(QObject):
    """The writes of one action on ``submitted`` invoices (id, future), in list order;
    ``refused`` are those the form's rules refused before any write."""

    finished = Signal(object)  # BatchOutcome

    def __init__(
        self,
        submitted: list[tuple[int, Future[Any]]],
        refused: list[tuple[int, str]],
        parent: QWidget,
        *,
        progress: bool,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.order = [invoice_id for invoice_id, _ in submitted]
        self.futures = [future for _, future in submitted]
        self.refused = list(refused)
        self.queued: set[int] = set()
        self.awaiting: set[int] = set()
        self.failures: list[str] = []
        self.pending = len(submitted)
        self.progress: QProgressDialog | None = None
        if progress and submitted:
            self.progress = self._progress_dialog(len(submitted))

    def _progress_dialog(self, total: int) -> QProgressDialog:
        dialog = QProgressDialog(
            QCoreApplication.translate("ActionsController", "Mise en file des actions…"),
            QCoreApplication.translate("ActionsController", "Annuler"),
            0,
            total,
            self.parent_widget,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> None:
        """Follow every future (the outcome comes through :attr:`finished`)."""
        if not self.futures:
            self._finish()
            return
        for invoice_id, future in zip(self.order, self.futures, strict=True):
            when_done(future, self._written(invoice_id), self._failed(invoice_id))

    def cancel(self) -> None:
        """Writes not started yet are dropped (those already written stay queued)."""
        for future in self.futures:
            future.cancel()

    def _written(self, invoice_id: int) -> Callable[[Any], None]:
        def done(submitted: Any) -> None:
            self.queued.add(invoice_id)
            if getattr(submitted, "request_id", None) is not None:
                self.awaiting.add(invoice_id)
            self._step()

        return done

    def _failed(self, invoice_id: int) -> Callable[[BaseException, str], None]:
        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, DomainError):
                self.refused.append((invoice_id, message_for(exc.key, exc.params)))
            elif not _is_cancel(exc):
                self.failures.append(details)
            self._step()

        return failed

    def _step(self) -> None:
        self.pending -= 1
        if self.progress is not None:
            self.progress.setValue(len(self.futures) - self.pending)
        if self.pending == 0:
            self._finish()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        outcome = BatchOutcome(
            [i for i in self.order if i in self.queued],
            self.refused,
            [i for i in self.order if i in self.awaiting],
        )
        if self.failures:  # never swallowed: the excepthook's text, the tracebacks logged
            message = QCoreApplication.translate(
                "Errors",
                "Une erreur inattendue s'est produite. Votre travail en attente est conservé ; "
                "si le problème persiste, transmettez le journal à votre support.",
            )
            show_error(message, "\n".join(self.failures), self.parent_widget)
        self.finished.emit(outcome)
        self.deleteLater()


def _is_cancel(exc: BaseException) -> bool:
    from concurrent.futures import CancelledError

    return isinstance(exc, CancelledError)
