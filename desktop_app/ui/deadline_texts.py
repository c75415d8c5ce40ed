"""What the detail pane says about the payment deadline, late charges and deposit chains."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.deadlines import late_charges
from desktop_app.models.detail_rows import InvoiceDetail
from desktop_app.ui.qt import QCoreApplication
from desktop_app.ui.texts import date_text, money_text


def deadline_text(detail: InvoiceDetail, today: date) -> str:
    """``25/12/2026 — 12 jour(s) restant(s)``, ``suspendue : solde gelé…``, or why none."""
    state = detail.deadline_state
    if state == "suspended":
        return QCoreApplication.translate(
            "DeadlineTexts", "Suspendue le {date} : délai arrêté, solde gelé de {days} jour(s)"
        ).format(date=date_text(detail.suspended_on), days=detail.deadline_balance)
    if detail.payment_deadline is None:
        if detail.settled_on is not None:
            return QCoreApplication.translate("DeadlineTexts", "Délai arrêté le {date}").format(
                date=date_text(detail.settled_on)
            )
        return QCoreApplication.translate(
            "DeadlineTexts", "Pas de délai (avoir ou date de réception inconnue)"
        )
    deadline = date_text(detail.payment_deadline)
    if state == "stopped":
        end = detail.settled_on or today
        late = (end - detail.payment_deadline).days
        if late > 0:
            return QCoreApplication.translate(
                "DeadlineTexts", "{date} — réglée le {end} avec {days} jour(s) de retard"
            ).format(date=deadline, end=date_text(end), days=late)
        return QCoreApplication.translate(
            "DeadlineTexts", "{date} — réglée le {end}, dans le délai"
        ).format(date=deadline, end=date_text(end))
    left = (detail.payment_deadline - today).days
    text = (
        QCoreApplication.translate("DeadlineTexts", "{date} — en retard de {days} jour(s)").format(
            date=deadline, days=-left
        )
        if left < 0
        else QCoreApplication.translate(
            "DeadlineTexts", "{date} — {days} jour(s) restant(s)"
        ).format(date=deadline, days=left)
    )
    if detail.resumed_on is not None:
        text += " " + QCoreApplication.translate(
            "DeadlineTexts", "(nouveau délai depuis le complément du {date})"
        ).format(date=date_text(detail.resumed_on))
    return text


def charges_text(detail: InvoiceDetail, today: date) -> str:
    """Estimated late-payment interest and the flat 40 EUR compensation, when late."""
    if detail.payment_deadline is None or detail.amount_incl_vat is None:
        return ""
    end = detail.settled_on if detail.deadline_state == "stopped" else today
    if end is None or end <= detail.payment_deadline:
        return ""
    if detail.status == "REJETEE":
        return ""
    interest, flat = late_charges(detail.amount_incl_vat, detail.payment_deadline, end)
    return QCoreApplication.translate(
        "DeadlineTexts", "Intérêts moratoires estimés {interest} + indemnité forfaitaire {flat}"
    ).format(interest=money_text(interest, detail.currency), flat=money_text(flat, detail.currency))


def chain_text(detail: InvoiceDetail) -> str:
    """The deposit chain: the rejected original, the re-deposits, the duplicated invoice."""
    parts = []
    if detail.replaces_rejected_number or detail.replaces_rejected_id:
        parts.append(
            QCoreApplication.translate(
                "DeadlineTexts", "Redépôt de la facture rejetée {number}"
            ).format(number=detail.replaces_rejected_number or detail.replaces_rejected_id)
        )
    for _invoice_id, number in detail.replaced_by:
        parts.append(
            QCoreApplication.translate("DeadlineTexts", "Redéposée sous le n° {number}").format(
                number=number
            )
        )
    if detail.duplicate_of is not None:
        parts.append(
            QCoreApplication.translate("DeadlineTexts", "Doublon possible de {number}").format(
                number=detail.duplicate_of[1]
            )
        )
    elif detail.possible_duplicate:
        parts.append(
            QCoreApplication.translate(
                "DeadlineTexts", "Signalée doublon possible par la plateforme"
            )
        )
    return "\n".join(parts)
