"""The detail pane: key fields beside the reconstituted PDF, status history, attachments, checks.

The invoice's image comes first: when the pane cannot hold the fields and an image at least
:data:`IMAGE_MIN` pixels wide (a 1366×768 screen), the fields start folded and « Champs »
(the tab bar's corner button, Affichage menu, Ctrl+I) shows them beside the image; a clerk's
choice — the button or a dragged handle — is remembered."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from desktop_app.models.database import Database
from desktop_app.models.detail_rows import InvoiceDetail, load_detail
from desktop_app.models.invoice_state import AWAITING_APPROVAL
from desktop_app.models.work import OutboxState
from desktop_app.ui.attachments_view import AttachmentsView
from desktop_app.ui.checks_view import ChecksView
from desktop_app.ui.deadline_texts import chain_text, charges_text, deadline_text
from desktop_app.ui.engagement_texts import state_label, state_meaning, suggestion
from desktop_app.ui.fit_label import ElidedLabel, fit_wrapped
from desktop_app.ui.history_view import HistoryView
from desktop_app.ui.i18n import status_label, status_meaning
from desktop_app.ui.notes_view import NotesView
from desktop_app.ui.pdf_preview import PdfPreview
from desktop_app.ui.qt import (
    QColor,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QResizeEvent,
    QScrollArea,
    QSettings,
    QSplitter,
    Qt,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.refusal_texts import outbox_message
from desktop_app.ui.texts import action_label, date_text, money_text, outbox_state_label

FORM_MIN, FORM_MAX_MIN = 160, 250  # pixels: the fields' side at its narrowest
FORM_DEFAULT = 260  # the fields' side when shown by default
IMAGE_MIN = 600  # the invoice's image is never narrower than this by default
SETTINGS_SPLIT = "detail/splitter"


def focus_chain(widget: QWidget) -> list[QWidget]:
    """The widgets under ``widget`` that take the focus with Tab, in their focus order."""
    found: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not None and current is not widget and current not in found:
        takes_tab = bool(current.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if widget.isAncestorOf(current) and takes_tab and current.focusProxy() is None:
            found.append(current)  # (a spin box's line edit passes its focus to the box)
        current = current.nextInFocusChain()
    return found


class DetailPane(QWidget):
    """Shows one invoice; :meth:`show_invoice` reloads it from the cache."""

    compare_requested = Signal(int, int)  # (original id, duplicate or re-deposit id)
    fields_toggled = Signal(bool)  # the fields were shown (True) or folded away

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.detail: InvoiceDetail | None = None
        self.title = ElidedLabel("", self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.today: date | None = None  # deadlines are counted to this day (None = today)
        self.compare_button = QPushButton(self.tr("Co&mparer avec l'original…"), self)
        self.compare_button.setVisible(False)
        self.compare_button.clicked.connect(self._compare_requested)
        self.fields: dict[str, QLabel] = {}
        self.form_host = QFrame(self)
        self.form = form = QFormLayout(self.form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label in self._field_labels():
            value = QLabel(self.form_host)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        # the fields scroll rather than being squeezed (a cut line) on a 768-pixel screen
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidget(self.form_host)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.preview = PdfPreview(database, self)
        self.preview.setMinimumWidth(140)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("detail_splitter")
        # at 1366 pixels the pane is ~390 wide: dragging the handle to the left edge folds the
        # fields away and gives the invoice the whole pane (the PDF side never folds)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.form_scroll.setMinimumWidth(FORM_MIN)
        self.splitter.setSizes([FORM_DEFAULT, 480])
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._fields_moved())
        self.split_chosen = False  # the clerk moved the handle or used « Champs »: it stands
        self.fields_button = QToolButton(self)  # and Ctrl+I, the window's « Champs » action
        self.fields_button.setCheckable(True)
        self.fields_button.setAutoRaise(True)
        self.fields_button.clicked.connect(self.show_fields)
        self.fields_button.setText(self.tr("Champs"))
        self.fields_button.setToolTip(
            self.tr("Afficher ou masquer les champs à côté de l'image de la facture (Ctrl+I)")
        )
        self.fields_button.setAccessibleName(self.tr("Champs de la facture"))
        self.settings: QSettings | None = None
        self.history = HistoryView(self)
        self.attachments = AttachmentsView(database, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)  # no frame: its pixels go to the image
        self.tabs.setCornerWidget(self.fields_button, Qt.Corner.TopRightCorner)
        self.tabs.addTab(self.splitter, self.tr("Fac&ture"))
        self.tabs.addTab(self.history, self.tr("&Historique"))
        self.tabs.addTab(self.attachments, self.tr("&Pièces jointes"))
        self.checks = ChecksView(database, self)
        self.checks_tab = self.tabs.addTab(self.checks, self.tr("Cont&rôles"))
        self.checks.counted.connect(self._checks_counted)
        self.notes = NotesView(self)  # internal notes (team store, or this desktop in solo)
        self.notes_tab = self.tabs.addTab(self.notes, self.tr("Notes internes"))
        self.empty = QLabel(self.tr("Sélectionnez une facture dans la liste."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        margins = layout.contentsMargins()
        layout.setContentsMargins(4, margins.top(), 2, margins.bottom())
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        # Tab goes from the tab bar into its page (the fields, then the invoice), not back to
        # the window's first widgets: the pages were built before the tabs, so come first
        chain = [self.tabs.tabBar(), self.form_scroll, *focus_chain(self.preview)]
        for page in (self.history, self.attachments, self.checks.table, self.notes):
            chain += focus_chain(page)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._set_visible(False)

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("supplier", self.tr("Fournisseur")),
            ("siret", self.tr("SIRET / identifiant")),
            ("vat", self.tr("N° TVA")),
            ("number", self.tr("Numéro")),
            ("type", self.tr("Type / cadre")),
            ("issue", self.tr("Émise le")),
            ("deposit", self.tr("Déposée le")),
            ("due", self.tr("Échéance")),
            ("deadline", self.tr("Délai de paiement")),
            ("charges", self.tr("Retard")),
            ("chain", self.tr("Dépôts liés")),
            ("excl", self.tr("Montant HT")),
            ("vat_amount", self.tr("TVA")),
            ("incl", self.tr("Montant TTC")),
            ("due_amount", self.tr("Net à payer")),
            ("service", self.tr("Service")),
            ("engagement", self.tr("Engagement")),
            ("contract", self.tr("Marché")),
            ("status", self.tr("Statut")),
        ]

    def _checks_counted(self, errors: int, warnings: int) -> None:
        """The tab says at once whether the invoice adds up: « Contrôles (2 anomalies) »."""
        if errors > 0:
            label = self.tr("Cont&rôles ({count} anomalie(s))").format(count=errors)
        elif warnings > 0:
            label = self.tr("Cont&rôles ({count} avertissement(s))").format(count=warnings)
        else:
            label = self.tr("Cont&rôles")
        self.tabs.setTabText(self.checks_tab, label)
        self.tabs.tabBar().setTabTextColor(
            self.checks_tab, QColor("#b3261e") if errors > 0 else self.palette().text().color()
        )

    def _set_visible(self, has_invoice: bool) -> None:
        self.title.setVisible(has_invoice)
        self.state.setVisible(has_invoice)
        self.tabs.setVisible(has_invoice)
        self.empty.setVisible(not has_invoice)

    def show_invoice(self, invoice_id: int | None) -> None:
        """Load ``invoice_id`` from the cache and show it (None clears the pane)."""
        detail = None
        if invoice_id is not None:
            detail = self.database.query(load_detail, invoice_id)
        self.detail = detail
        self._set_visible(detail is not None)
        if detail is None:
            self.preview.show_invoice(None)
            return
        self.title.setText(
            self.tr("{supplier} — facture {number}").format(
                supplier=detail.supplier_name, number=detail.number
            )
        )
        self.state.setText(self._state_text(detail))
        today = self.today or date.today()
        self.compare_button.setVisible(self.duplicate_pair() is not None)
        values = {
            "supplier": detail.supplier_name,
            "siret": detail.supplier_code or "",
            "vat": detail.supplier_vat_id or "",
            "number": detail.number,
            "type": " / ".join(x for x in (detail.invoice_type, detail.frame or "") if x),
            "issue": date_text(detail.issue_date),
            "deposit": date_text(detail.deposit_date),
            "due": date_text(detail.due_date),
            "excl": money_text(detail.amount_excl_vat, detail.currency),
            "vat_amount": money_text(detail.amount_vat, detail.currency),
            "incl": money_text(detail.amount_incl_vat, detail.currency),
            "due_amount": money_text(detail.amount_due, detail.currency),
            "service": " — ".join(
                x for x in (detail.service_code or "", detail.service_name or "") if x
            ),
            "engagement": " — ".join(
                x
                for x in (detail.engagement_number or "", state_label(detail.engagement_state))
                if x
            ),
            "contract": detail.contract_number or "",
            "status": status_label(detail.status),
            "deadline": deadline_text(detail, today),
            "charges": charges_text(detail, today),
            "chain": chain_text(detail),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
            fit_wrapped(self.fields[key])
        self._fit_form()
        self.fields["status"].setToolTip(status_meaning(detail.status))
        self.fields["engagement"].setToolTip(
            " ".join(
                (state_meaning(detail.engagement_state), suggestion(detail.engagement_state))
            ).strip()
        )
        self.fields["charges"].setStyleSheet("color: #c0392b" if values["charges"] else "")
        pending = action_label(detail.pending_action) if detail.pending_action else ""
        self.history.show_history(detail.history, pending)
        self.attachments.show_attachments(detail.attachments)
        self.checks.show_invoice(detail.id)
        self.show_notes()
        self.preview.show_invoice(detail)

    def show_notes(self) -> None:
        """Reload the shown invoice's internal notes; the tab says how many."""
        count = self.notes.show_invoice(self.detail.id if self.detail else None)
        label = self.tr("Notes internes")
        if count:
            label = self.tr("Notes internes ({count})").format(count=count)
        self.tabs.setTabText(self.notes_tab, label)

    def _fit_form(self) -> None:
        """The fields' side never narrower than its longest word (rows wrap their value under
        their label when narrow); beyond ``FORM_MAX_MIN`` pixels the fields scroll sideways
        rather than push the window past a 1366-pixel screen."""
        self.form_host.setMinimumWidth(self.form.minimumSize().width())
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        needed = self.form.minimumSize().width() + bar + 2 * self.form_scroll.frameWidth()
        self.form_scroll.setMinimumWidth(max(FORM_MIN, min(FORM_MAX_MIN, needed)))

    def use_settings(self, settings: QSettings) -> None:
        """Restore the fields / invoice split and the zoom from ``settings``; remember them."""
        self.settings = settings
        state = settings.value(SETTINGS_SPLIT)
        if state is not None and self.splitter.restoreState(state):
            self.split_chosen = True
        else:
            self._default_split()
        self.preview.use_settings(settings)
        self._fields_changed()

    def fields_shown(self) -> bool:
        """True when the fields are beside the image (not folded away)."""
        return self.splitter.sizes()[0] > 0

    def show_fields(self, shown: bool) -> None:
        """Show the fields beside the image or fold them away (the clerk's choice, kept);
        the « Facture » tab comes to the front."""
        self.tabs.setCurrentIndex(0)
        total = sum(self.splitter.sizes()) or self.splitter.width()
        if shown:
            form = max(self.form_scroll.minimumWidth(), min(FORM_DEFAULT, total // 3))
            self.splitter.setSizes([form, max(0, total - form)])
        else:
            self.splitter.setSizes([0, total])
        self.split_chosen = True
        self._save_splitter()
        self._fields_changed()

    def _fields_moved(self) -> None:
        self.split_chosen = True
        self._save_splitter()
        self._fields_changed()

    def _fields_changed(self) -> None:
        shown = self.fields_shown()
        if self.fields_button.isChecked() != shown:
            self.fields_button.setChecked(shown)
        self.fields_toggled.emit(shown)

    def _default_split(self) -> None:
        """Until the clerk chooses: the fields beside the image when both fit, the image
        at least :data:`IMAGE_MIN` wide; otherwise the image alone."""
        total = self.splitter.width()
        if total <= 0:
            return
        form = max(self.form_scroll.minimumWidth(), FORM_DEFAULT)
        image_room = total - form - self.splitter.handleWidth()
        if image_room >= IMAGE_MIN + self._image_overhead():
            self.splitter.setSizes([form, total - form])
        else:
            self.splitter.setSizes([0, total])
        self._fields_changed()

    def _image_overhead(self) -> int:
        """Pixels of the preview that are not image (its scroll bar and frame)."""
        view = self.preview.view
        return view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.split_chosen:
            self._default_split()

    def _save_splitter(self) -> None:
        if self.settings is not None:
            self.settings.setValue(SETTINGS_SPLIT, self.splitter.saveState())

    def _state_text(self, detail: InvoiceDetail) -> str:
        parts = [
            self.tr("Statut : {status}").format(status=status_label(detail.status)),
        ]
        if detail.actions:
            last = detail.actions[-1]
            if last.state != OutboxState.DISCARDED and (
                detail.pending_action or last.state != OutboxState.DONE
            ):
                parts.append(
                    self.tr("{action} : {state}").format(
                        action=action_label(last.action), state=outbox_state_label(last.state)
                    )
                )
                if last.state == OutboxState.NEEDS_ATTENTION:  # why, in words (never the raw code)
                    parts.append(outbox_message(last.last_error_code, last.last_error))
        if detail.pending_action == AWAITING_APPROVAL:
            parts.append(self.tr("En attente d'approbation d'un responsable"))
        if detail.possible_duplicate:
            parts.append(self.tr("Doublon possible"))
        if detail.replaces_rejected_number:
            parts.append(
                self.tr("Remplace la facture rejetée {number}").format(
                    number=detail.replaces_rejected_number
                )
            )
        return " · ".join(parts)

    def duplicate_pair(self) -> tuple[int, int] | None:
        """(original, this invoice) when the shown invoice duplicates or re-deposits another."""
        if self.detail is None:
            return None
        if self.detail.duplicate_of is not None:
            return self.detail.duplicate_of[0], self.detail.id
        if self.detail.replaces_rejected_id is not None:
            return self.detail.replaces_rejected_id, self.detail.id
        return None

    def _compare_requested(self) -> None:
        pair = self.duplicate_pair()
        if pair is not None:
            self.compare_requested.emit(pair[0], pair[1])

    def refresh(self) -> None:
        """Reload the shown invoice (after an action or a sync)."""
        if self.detail is not None:
            self.show_invoice(self.detail.id)
