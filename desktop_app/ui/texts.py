"""Display texts shared by several views: dates, amounts, action and outbox state names."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain.money import Money
from desktop_app.domain.permissions import ActionKind
from desktop_app.ui.qt import QCoreApplication


def date_text(value: date | datetime | None) -> str:
    """``25/11/2026`` (French writing, also used in English for consistency with documents)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def timestamp_text(value: str | None) -> str:
    """A platform timestamp (ISO text) shown as ``25/11/2026 10:00`` in the machine's time, as
    the status bar shows its times (a naive one is the platform's own local time, kept)."""
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone()
    return parsed.strftime("%d/%m/%Y %H:%M")


def money_text(amount: Decimal | None, currency: str = "EUR") -> str:
    """``1 234,56 EUR`` or empty."""
    return "" if amount is None else Money(amount, currency).format_fr()


def action_label(action: str | None) -> str:
    """Name of a user action (ActionKind value)."""
    labels = {
        ActionKind.SUSPEND.value: QCoreApplication.translate("Texts", "Suspension"),
        ActionKind.REJECT.value: QCoreApplication.translate("Texts", "Rejet"),
        ActionKind.RECYCLE.value: QCoreApplication.translate("Texts", "Recyclage"),
        ActionKind.SERVICE_DONE.value: QCoreApplication.translate("Texts", "Service fait"),
        ActionKind.MANDATE.value: QCoreApplication.translate("Texts", "Mandatement"),
        ActionKind.SEND_TO_ACCOUNTANT.value: QCoreApplication.translate(
            "Texts", "Mise à disposition du comptable"
        ),
        ActionKind.MARK_ACCOUNTED.value: QCoreApplication.translate("Texts", "Comptabilisation"),
        ActionKind.MARK_PAID.value: QCoreApplication.translate("Texts", "Mise en paiement"),
        ActionKind.APPROVE.value: QCoreApplication.translate("Texts", "Approbation"),
        ActionKind.REFUSE.value: QCoreApplication.translate("Texts", "Refus"),
    }
    return labels.get(action or "", action or "")


def outbox_state_label(state: str | None, pending_action: str | None = None) -> str:
    """What the list shows about the invoice's last queued action."""
    labels = {
        "pending": QCoreApplication.translate("Texts", "En attente d'envoi"),
        "sending": QCoreApplication.translate("Texts", "Envoi en cours"),
        "interrupted": QCoreApplication.translate("Texts", "En attente d'envoi"),
        "done": QCoreApplication.translate("Texts", "Envoyée"),
        "needs_attention": QCoreApplication.translate("Texts", "À corriger"),
        "conflict": QCoreApplication.translate("Texts", "Conflit"),
        "discarded": QCoreApplication.translate("Texts", "Abandonnée"),
    }
    if pending_action == "awaiting_approval":  # sync.approvals.AWAITING_APPROVAL
        return QCoreApplication.translate("Texts", "En attente d'approbation")
    if state is None:
        return labels["pending"] if pending_action else ""
    return labels.get(state, state)
