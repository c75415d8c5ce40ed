"""Second thoughts before queuing: a rejection is definitive, a mandate amount that is not the
invoice's net to pay is probably a typing error. Asked after the dialog, before the outbox."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Protocol

from desktop_app.domain.actions import StatusChange
from desktop_app.domain.permissions import ActionKind
from desktop_app.ui.qt import QCoreApplication, QDialog, QMessageBox, QWidget
from desktop_app.ui.texts import money_text


class Confirmable(Protocol):
    """What the check needs of a target (the controller's ``Target``)."""

    @property
    def number(self) -> str:
        """The invoice number."""

    @property
    def amount_due(self) -> Decimal | None:
        """The net to pay."""


def mandate_mismatches(
    amount: Decimal, targets: Sequence[Confirmable]
) -> list[tuple[str, Decimal]]:
    """``(number, net to pay)`` of the targets whose net to pay is not ``amount`` (exact
    Decimal comparison: 128,83 = 128.830; unknown nets are not compared)."""
    return [
        (t.number, t.amount_due)
        for t in targets
        if t.amount_due is not None and t.amount_due != amount
    ]


def question(
    kind: ActionKind, change: StatusChange | None, targets: Sequence[Confirmable]
) -> tuple[str, str, str] | None:
    """``(text, confirm button, back button)`` when ``kind`` on ``targets`` needs a second
    yes; None when it does not."""
    translate = QCoreApplication.translate
    if kind is ActionKind.REJECT:
        if len(targets) == 1:
            text = translate(
                "ActionConfirmations",
                "Rejeter définitivement la facture {number} ?\n\nLe rejet ne peut pas être "
                "annulé : le fournisseur devra déposer une nouvelle facture.",
            ).format(number=targets[0].number)
        else:
            text = translate(
                "ActionConfirmations",
                "Rejeter définitivement ces {count} factures ?\n\nLe rejet ne peut pas être "
                "annulé : les fournisseurs devront déposer de nouvelles factures.",
            ).format(count=len(targets))
        return (
            text,
            translate("ActionConfirmations", "Rejeter définitivement"),
            translate("ActionConfirmations", "Revenir au formulaire"),
        )
    if kind is ActionKind.MANDATE and change is not None and change.mandate_amount is not None:
        money = change.mandate_amount
        mismatches = mandate_mismatches(money.amount, targets)
        if not mismatches:
            return None
        lines = "\n".join(
            translate("ActionConfirmations", "• {number} : net à payer {due}").format(
                number=number, due=money_text(due, money.currency)
            )
            for number, due in mismatches[:10]
        )
        if len(mismatches) > 10:
            lines += "\n" + translate("ActionConfirmations", "• … et {count} autre(s)").format(
                count=len(mismatches) - 10
            )
        text = translate(
            "ActionConfirmations",
            "Le montant du mandat, {amount}, diffère du net à payer :\n{lines}\n\n"
            "Enregistrer ce montant quand même ?",
        ).format(amount=money_text(money.amount, money.currency), lines=lines)
        return (
            text,
            translate("ActionConfirmations", "Enregistrer ce montant"),
            translate("ActionConfirmations", "Corriger le montant"),
        )
    return None


def confirm(
    kind: ActionKind,
    change: StatusChange | None,
    targets: Sequence[Confirmable],
    parent: QWidget,
    opened: Callable[[QMessageBox], None],
) -> bool:
    """Ask when :func:`question` says so; True to go on. ``opened`` sees the box before it
    runs (the controller's ``dialog_opened``: tests answer it there)."""
    asked = question(kind, change, targets)
    if asked is None:
        return True
    text, yes_text, back_text = asked
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ActionConfirmations", "Confirmation"),
        text,
        parent=parent,
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(back_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)  # Enter does not reject an invoice by accident
    box.setEscapeButton(back)
    opened(box)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None:  # closed by accept() / reject() rather than a button
        return bool(box.result() == QDialog.DialogCode.Accepted)
    return clicked is yes
