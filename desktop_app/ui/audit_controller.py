"""Tools menu: verify the audit trail (chain and signed anchors) and export it, off the UI
thread. Both only read the cache; the result is shown in a message box."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable
from pathlib import Path

from desktop_app.documents.exports import write_spreadsheet_csv
from desktop_app.domain.audit_anchors import TrailVerification
from desktop_app.domain.audit_chain import BreakKind, ChainBreak
from desktop_app.models.audit_store import export_csv, export_json, verify_trail
from desktop_app.models.database import Database
from desktop_app.ui.export_controller import documents_folder
from desktop_app.ui.qt import QFileDialog, QMessageBox, QObject, QWidget, Signal
from desktop_app.ui.workers import run_in_pool

log = logging.getLogger(__name__)


class AuditController(QObject):
    """Runs the audit-trail check or export and reports it (see the module docstring)."""

    dialog_opened = Signal(object)  # each message box, once shown (tests read it)
    verified = Signal(object)  # TrailVerification
    exported = Signal(object)  # Path written

    def __init__(
        self,
        database: Database,
        parent_widget: QWidget,
        trusted_signers: Callable[[], frozenset[str] | None] = lambda: None,
    ) -> None:
        super().__init__(parent_widget)
        self.database = database
        self.trusted_signers = trusted_signers
        self.parent_widget = parent_widget
        self.last_message: QMessageBox | None = None

    # -- verification --------------------------------------------------------------------------
    def verify(self) -> None:
        """Check the trail on a pool thread, then show the outcome."""

        def work() -> TrailVerification:
            trusted = self.trusted_signers()
            return self.database.query(verify_trail, trusted)

        run_in_pool(work, self._verified, self._failed, owner=self)

    def _verified(self, result: TrailVerification) -> None:
        self.verified.emit(result)
        if result.problem is None:
            self._show(QMessageBox.Icon.Information, self.verification_text(result))
        else:
            self._show(QMessageBox.Icon.Critical, self.verification_text(result))

    def _kind_text(self, problem: ChainBreak) -> str:
        anchor = problem.anchor_id if problem.anchor_id is not None else "?"
        texts = {
            BreakKind.EDITED: self.tr("l'événement a été modifié"),
            BreakKind.DELETED: self.tr("un ou plusieurs événements ont été supprimés avant lui"),
            BreakKind.REORDERED: self.tr("l'ordre des événements a été modifié"),
            BreakKind.TRUNCATED: self.tr(
                "les derniers événements ont été supprimés à partir de celui-ci "
                "(l'ancre signée n° {anchor} les couvrait)"
            ),
            BreakKind.ANCHOR_FORGED: self.tr(
                "l'ancre signée n° {anchor} est falsifiée : "
                "sa signature ou son certificat ne correspond pas"
            ),
            BreakKind.ANCHOR_MISMATCH: self.tr(
                "l'événement ne correspond plus à l'ancre signée n° {anchor}"
            ),
        }
        return texts[problem.kind].format(anchor=anchor)

    def verification_text(self, result: TrailVerification) -> str:
        """The message shown for ``result``."""
        counts = self.tr(
            "{events} événement(s) vérifié(s), {anchors} ancre(s) signée(s) vérifiée(s)."
        ).format(events=result.event_count, anchors=result.anchors_checked)
        problem = result.problem
        if problem is not None:
            return "\n".join(
                [
                    self.tr("La piste d'audit a été ALTÉRÉE."),
                    self.tr("Premier événement en cause : n° {id}.").format(id=problem.event_id),
                    self.tr("Nature : {kind}.").format(kind=self._kind_text(problem)),
                    self.tr("Détail technique : {detail}").format(detail=problem.detail),
                    counts,
                ]
            )
        lines = [self.tr("La piste d'audit est intègre."), counts]
        latest = result.latest_anchor
        if latest is None:
            lines.append(
                self.tr(
                    "Aucune ancre signée : la suppression des derniers événements ne serait "
                    "pas détectée. Les ancres sont signées avec votre certificat à chaque "
                    "synchronisation."
                )
            )
        else:
            lines.append(
                self.tr("Dernière ancre signée le {when} UTC par {signer}.").format(
                    when=latest.signed_at[:16].replace("T", " "), signer=latest.signer_subject
                )
            )
        return "\n".join(lines)

    # -- export --------------------------------------------------------------------------------
    def _ask_target(self) -> tuple[Path, str] | None:
        json_filter = self.tr("JSON (*.json)")
        csv_filter = self.tr("CSV (*.csv)")
        chosen, selected = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Exporter la piste d'audit"),
            str(documents_folder() / "piste-audit.json"),
            f"{json_filter};;{csv_filter}",
        )
        if not chosen:
            return None
        fmt = "csv" if selected == csv_filter or chosen.lower().endswith(".csv") else "json"
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        return path, fmt

    def export(self, target: str | None = None) -> None:
        """Ask where (JSON or CSV by the dialog's filter, or ``target``'s suffix), then write
        the trail on a pool thread."""
        if target is None:
            asked = self._ask_target()
            if asked is None:
                return
            path, fmt = asked
        else:
            path = Path(target)
            fmt = "csv" if path.suffix.lower() == ".csv" else "json"

        def work() -> Path:
            text = self.database.query(export_csv if fmt == "csv" else export_json)
            if fmt == "csv":  # for a French spreadsheet: ";", BOM, formulas neutralised
                write_spreadsheet_csv(path, csv.reader(io.StringIO(text)))
            else:
                path.write_text(text, encoding="utf-8")
            return path

        run_in_pool(work, self._exported, self._failed, owner=self)

    def _exported(self, path: Path) -> None:
        self.exported.emit(path)
        self._show(
            QMessageBox.Icon.Information,
            self.tr("Piste d'audit exportée dans {path}.").format(path=str(path)),
        )

    # -- reporting -----------------------------------------------------------------------------
    def _failed(self, exc: BaseException, details: str) -> None:
        log.error("audit trail operation failed\n%s", details)
        self._show(
            QMessageBox.Icon.Warning,
            self.tr("L'opération sur la piste d'audit a échoué : {error}").format(error=exc),
        )

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Piste d'audit"), text, parent=self.parent_widget)
        box.setObjectName("audit_message")
        self.last_message = box
        box.open()
        self.dialog_opened.emit(box)
