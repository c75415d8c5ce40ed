"""Validation of each recipient action, with the bad inputs a clerk can type."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain import actions
from desktop_app.domain.errors import (
    MoneyError,
    PermissionDenied,
    TransitionNotAllowed,
    ValidationError,
)
from desktop_app.domain.money import Money, parse_amount
from desktop_app.domain.permissions import ActionKind, ApprovalPolicy, can_perform, check_role
from desktop_app.domain.status_types import Role

MAD = "MISE_A_DISPOSITION"


class TestReject:
    def test_valid_rejection_is_trimmed(self) -> None:
        change = actions.reject(MAD, "MONTANTTOTAL_ERR", "  Le total TTC est faux.  ")
        assert change.target_status == "REJETEE"
        assert change.comment == "Le total TTC est faux."
        assert change.motif_label("fr") == "Montant total erroné"

    @pytest.mark.parametrize("comment", ["", "   ", None, "\n\t"])
    def test_empty_comment_is_refused(self, comment: str | None) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.reject(MAD, "MONTANTTOTAL_ERR", comment)
        assert caught.value.key == "validation.comment_required"

    def test_the_sent_motif_is_limited_to_2000_characters_label_included(self) -> None:
        room = 2000 - len("Autre motif — ")
        change = actions.reject(MAD, "AUTRE", "x" * room)
        assert len(change.motif_text()) == 2000
        with pytest.raises(ValidationError) as caught:
            actions.reject(MAD, "AUTRE", "x" * (room + 1))
        assert caught.value.key == "validation.comment_too_long"
        assert caught.value.params["length"] == 2001

    def test_an_older_platform_limit_of_255_is_applied_to_the_same_text(self) -> None:
        room = 255 - len("Autre motif — ")
        assert len(actions.reject(MAD, "AUTRE", "y" * room, max_length=255).motif_text()) == 255
        with pytest.raises(ValidationError):
            actions.reject(MAD, "AUTRE", "y" * (room + 1), max_length=255)

    def test_unknown_motive_is_refused(self) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.reject(MAD, "PAS_UN_MOTIF", "commentaire")
        assert caught.value.key == "validation.motif_unknown"

    def test_missing_motive_is_refused(self) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.reject(MAD, None, "commentaire")
        assert caught.value.key == "validation.motif_required"

    def test_suspension_only_motive_cannot_reject(self) -> None:
        suspension_only = next(m for m in actions.MOTIFS if m.applies_to == ("SUSPENDUE",))
        with pytest.raises(ValidationError) as caught:
            actions.reject(MAD, suspension_only.code, "commentaire")
        assert caught.value.key == "validation.motif_not_applicable"

    def test_rejecting_a_paid_invoice_is_not_a_transition(self) -> None:
        with pytest.raises(TransitionNotAllowed):
            actions.reject("MISE_EN_PAIEMENT", "AUTRE", "trop tard")


class TestSuspend:
    def test_requested_attachments_are_listed_in_the_platform_comment(self) -> None:
        change = actions.suspend(MAD, "JUSTIF_ABS", "Merci de joindre", [" PV de réception ", ""])
        assert change.requested_attachments == ("PV de réception",)
        assert change.platform_comment() == "Merci de joindre\nPièces demandées : PV de réception"

    @pytest.mark.parametrize("comment", ["", "  ", None])
    def test_empty_comment_is_refused(self, comment: str | None) -> None:
        with pytest.raises(ValidationError):
            actions.suspend(MAD, "JUSTIF_ABS", comment)

    def test_motive_is_required(self) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.suspend(MAD, "", "commentaire")
        assert caught.value.key == "validation.motif_required"

    def test_rejection_only_motive_cannot_suspend(self) -> None:
        with pytest.raises(ValidationError):
            actions.suspend(MAD, "MONTANTTOTAL_ERR", "commentaire")

    def test_comment_plus_attachment_list_over_2000_is_refused(self) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.suspend(MAD, "JUSTIF_ABS", "x" * 1990, ["bon de livraison signé"])
        assert caught.value.key == "validation.comment_too_long"

    def test_a_suspended_invoice_cannot_be_suspended_again(self) -> None:
        with pytest.raises(TransitionNotAllowed):
            actions.suspend("SUSPENDUE", "JUSTIF_ABS", "encore")


class TestMandate:
    def test_valid_mandate(self) -> None:
        change = actions.record_mandate("SERVICE_FAIT", " 2026-001873 ", "1 500,00")
        assert change.mandate_number == "2026-001873"
        assert change.mandate_amount == Money(Decimal("1500.00"), "EUR")

    @pytest.mark.parametrize("amount", ["-1", "-0.01", Decimal("-5")])
    def test_negative_amount_is_refused(self, amount: object) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.record_mandate(MAD, "M1", amount)
        assert caught.value.key == "validation.mandate_amount_negative"

    @pytest.mark.parametrize("amount", ["abc", "12,34,56", "1e5", "NaN", "Infinity", "12.3.4"])
    def test_non_numeric_amount_is_refused(self, amount: str) -> None:
        with pytest.raises(MoneyError) as caught:
            actions.record_mandate(MAD, "M1", amount)
        assert caught.value.key == "money.not_a_number"

    def test_float_amount_is_refused(self) -> None:
        with pytest.raises(MoneyError) as caught:
            actions.record_mandate(MAD, "M1", 12.5)
        assert caught.value.key == "money.not_exact"

    @pytest.mark.parametrize("number", ["", "   ", None])
    def test_number_is_required(self, number: str | None) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.record_mandate(MAD, number, "10")
        assert caught.value.key == "validation.mandate_number_required"

    @pytest.mark.parametrize("amount", [None, "", "  "])
    def test_amount_is_required(self, amount: str | None) -> None:
        with pytest.raises(ValidationError) as caught:
            actions.record_mandate(MAD, "M1", amount)
        assert caught.value.key == "validation.mandate_amount_required"


class TestOtherActions:
    def test_service_done_comment_is_optional(self) -> None:
        assert actions.mark_service_done(MAD).comment == ""
        assert actions.mark_service_done("COMPLETEE", "  ok ").comment == "ok"

    def test_service_done_comment_over_limit_is_refused(self) -> None:
        with pytest.raises(ValidationError):
            actions.mark_service_done(MAD, "y" * 2001)

    def test_recycle_requires_an_applicable_motive(self) -> None:
        change = actions.recycle(MAD, "SIRET_ERR", "Mauvais service")
        assert change.target_status == "A_RECYCLER"
        with pytest.raises(ValidationError):
            actions.recycle(MAD, None, "Mauvais service")

    def test_accounting_status_by_hand(self) -> None:
        change = actions.set_accounting_status(ActionKind.MARK_PAID, "SERVICE_FAIT")
        assert change.target_status == "MISE_EN_PAIEMENT"
        with pytest.raises(ValidationError):
            actions.set_accounting_status(ActionKind.REJECT, "MANDATEE")

    def test_refusal_needs_a_comment_approval_does_not(self) -> None:
        assert actions.decide(True, None).approved
        with pytest.raises(ValidationError):
            actions.decide(False, "  ")
        assert actions.decide(False, " hors budget ").comment == "hors budget"


class TestPermissions:
    def test_clerk_cannot_decide_approvals_manager_can(self) -> None:
        assert not can_perform(Role.CLERK, ActionKind.APPROVE)
        assert can_perform(Role.MANAGER, ActionKind.APPROVE)
        with pytest.raises(PermissionDenied):
            check_role(Role.CLERK, ActionKind.MARK_PAID)

    def test_threshold_sends_committing_actions_to_a_manager(self) -> None:
        policy = ApprovalPolicy(thresholds_by_service={"TECHNIQUE": Decimal("5000")})
        policy.check(Role.CLERK, ActionKind.SERVICE_DONE, Decimal("40000"))
        with pytest.raises(PermissionDenied) as caught:
            policy.check(Role.CLERK, ActionKind.SERVICE_DONE, Decimal("40000.01"))
        assert caught.value.key == "permission.needs_manager"
        with pytest.raises(PermissionDenied):
            policy.check(Role.CLERK, ActionKind.MANDATE, Decimal("5000.01"), "TECHNIQUE")
        policy.check(Role.MANAGER, ActionKind.MANDATE, Decimal("1000000"), "TECHNIQUE")
        policy.check(Role.CLERK, ActionKind.REJECT, Decimal("1000000"))


class TestMoney:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("1500", "1500"), ("1 500,50", "1500.50"), ("1\u202f234.5", "1234.5"), ("-3,10", "-3.10")],
    )
    def test_parse_amount(self, text: str, expected: str) -> None:
        assert parse_amount(text) == Decimal(expected)

    def test_currency_mismatch_and_bad_currency(self) -> None:
        with pytest.raises(MoneyError):
            Money.of("1", "EUR") + Money.of("1", "USD")
        with pytest.raises(MoneyError):
            Money.of("1", "euro")

    def test_french_format(self) -> None:
        assert Money.of("1234567.891").format_fr() == "1\u202f234\u202f567,89 EUR"
        assert Money.of("-0.5").format_fr() == "-0,50 EUR"
