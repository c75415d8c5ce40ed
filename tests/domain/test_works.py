"""Works circuit, labels and deadlines (domain, pure)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.errors import PermissionDenied, TransitionNotAllowed, ValidationError
from desktop_app.domain.status_catalog import STATUSES
from desktop_app.domain.status_types import Scope
from desktop_app.domain.works_circuit import (
    StatementAmounts,
    WorksAction,
    WorksStep,
    allowed_actions,
    check_action,
    cumulative,
    issued_document,
    step_of,
)
from desktop_app.domain.works_deadlines import DeadlineRule, deadline_of, tacit_running
from desktop_app.domain.works_labels import WORKS_LABELS


def test_every_works_status_has_french_and_english_labels_and_a_french_meaning() -> None:
    works = [s for s in STATUSES if s.scope is Scope.TRAVAUX]
    assert len(works) == 29
    assert {s.code for s in works} == set(WORKS_LABELS)
    for status in works:
        assert status.label_fr is None  # the spec has none: the labels come from works_labels
        french, english = status.label("fr"), status.label("en")
        assert french == WORKS_LABELS[status.code][0]
        assert english == WORKS_LABELS[status.code][1]
        assert status.meaning_in("fr") != status.meaning
    assert next(s for s in works if s.code == "TRANSMISE_MOA").label("fr") == "Transmise au MOA"


def test_the_moe_checks_then_the_moa_validates() -> None:
    assert step_of("MISE_A_DISPOSITION_MOE") is WorksStep.MOE_CHECK
    assert allowed_actions("MISE_A_DISPOSITION_MOE", ["MOE"]) == [
        WorksAction.MOE_VALIDATE,
        WorksAction.MOE_REFUSE,
    ]
    assert allowed_actions("MISE_A_DISPOSITION_MOE", ["MOA"]) == []
    rule = check_action("MISE_A_DISPOSITION_MOE", ["MOE"], WorksAction.MOE_VALIDATE, "")
    assert rule.target == "TRANSMISE_MOA"
    assert step_of(rule.target) is WorksStep.MOA_VALIDATION
    rule = check_action(rule.target, ["MOA"], WorksAction.MOA_VALIDATE, "ok", Decimal("10.00"))
    assert step_of(rule.target) is WorksStep.VALIDATED
    # the MOE let his deadline pass: the MOA acts alone
    assert allowed_actions("ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE", ["MOA"])


def test_refusals_need_a_comment_and_roles_and_steps_are_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        check_action("TRANSMISE_MOA", ["MOA"], WorksAction.MOA_REFUSE, "  ")
    assert caught.value.key == "works.comment_required"
    with pytest.raises(PermissionDenied):
        check_action("TRANSMISE_MOA", ["MOE"], WorksAction.MOA_VALIDATE, "")
    with pytest.raises(TransitionNotAllowed):
        check_action("PRISE_EN_COMPTE_MOA", ["MOA"], WorksAction.MOA_VALIDATE, "")
    with pytest.raises(ValidationError) as caught:
        check_action("TRANSMISE_MOA", ["MOA"], WorksAction.MOA_VALIDATE, "", Decimal("1.001"))
    assert caught.value.key == "works.amount_invalid"


def test_issued_documents_follow_the_frames() -> None:
    assert issued_document(WorksAction.MOE_VALIDATE, "ETAT_ACOMPTE").startswith("A16")
    assert issued_document(WorksAction.MOE_VALIDATE, "PROJET_DECOMPTE_FINAL").startswith("A17")
    assert issued_document(WorksAction.MOA_VALIDATE, "ETAT_ACOMPTE").startswith("A19")
    assert issued_document(WorksAction.MOA_VALIDATE, "PROJET_DECOMPTE_FINAL").startswith("A20")


def test_cumulative_amounts_run_by_rank() -> None:
    lines = cumulative(
        [
            StatementAmounts(3, 2, Decimal("200.00"), None),
            StatementAmounts(1, 1, Decimal("100.00"), Decimal("90.00")),
        ]
    )
    assert [(line.rank, line.proposed_total, line.validated_total) for line in lines] == [
        (1, Decimal("100.00"), Decimal("90.00")),
        (2, Decimal("300.00"), Decimal("90.00")),
    ]


def test_deadlines_of_each_step() -> None:
    deposited = date(2026, 3, 2)
    moe = deadline_of("MISE_A_DISPOSITION_MOE", "ETAT_ACOMPTE", "A5_ETAT_ACOMPTE", deposited)
    assert moe is not None and moe.rule is DeadlineRule.MOE_MONTHLY
    assert moe.due == date(2026, 3, 9) and moe.days_left(date(2026, 3, 4)) == 5
    final = deadline_of("MISE_A_DISPOSITION_MOE", "PROJET_DECOMPTE_FINAL", "A7", deposited)
    assert final is not None and final.due == date(2026, 3, 17)
    pay = deadline_of("TRANSMISE_MOA", "ETAT_ACOMPTE", "A5", deposited)
    assert pay is not None and pay.rule is DeadlineRule.PAYMENT and pay.due == date(2026, 4, 1)
    general = deadline_of("TRANSMISE_MOA", "PROJET_DECOMPTE_FINAL", "A7", deposited)
    assert general is not None and general.rule is DeadlineRule.GENERAL_STATEMENT
    tacit = deadline_of(
        "MISE_A_DISPOSITION_MOA",
        "PROJET_DECOMPTE_FINAL",
        "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE",
        deposited,
    )
    assert tacit is not None and tacit.rule is DeadlineRule.TACIT
    assert tacit.due == date(2026, 3, 12) and "12.4.4" in tacit.source
    assert deadline_of("PRISE_EN_COMPTE_MOA", "ETAT_ACOMPTE", "A5", deposited) is None


def test_tacit_deadlines_running() -> None:
    deposited = date(2026, 3, 2)
    assert tacit_running(
        "MISE_A_DISPOSITION_MOA", "PROJET_DECOMPTE_FINAL", "A22", deposited, date(2026, 3, 3)
    )
    assert not tacit_running(
        "MISE_A_DISPOSITION_MOE", "ETAT_ACOMPTE", "A5", deposited, date(2026, 3, 3)
    )
    assert tacit_running(
        "MISE_A_DISPOSITION_MOE", "ETAT_ACOMPTE", "A5", deposited, date(2026, 3, 10)
    )
