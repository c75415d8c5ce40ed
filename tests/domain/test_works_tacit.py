"""The platform's tacit steps on works documents (domain, pure)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.works_tacit import (
    A8,
    A23,
    DGD_STATUS,
    MOE_LAPSED,
    TacitKind,
    due_step,
    frame_label,
    pending_step,
)

DAY = date(2026, 3, 2)


def test_moe_lapse_the_day_after_seven_days_for_a_monthly_statement() -> None:
    args = ("MISE_A_DISPOSITION_MOE", "ETAT_ACOMPTE", "A5_ETAT_ACOMPTE_FOURNISSEUR", DAY, DAY)
    assert due_step(*args, DAY + timedelta(days=7)) is None  # the last day is still the MOE's
    step = due_step(*args, DAY + timedelta(days=8))
    assert step is not None and step.kind is TacitKind.MOE_LAPSE
    assert step.status == MOE_LAPSED and step.frame is None
    assert step.effective == DAY + timedelta(days=8)
    assert "2013-269" in step.basis


def test_moe_has_fifteen_days_for_the_draft_final_statement() -> None:
    args = ("MISE_A_DISPOSITION_MOE", "PROJET_DECOMPTE_FINAL", "A7_X", DAY, DAY)
    assert due_step(*args, DAY + timedelta(days=15)) is None
    assert due_step(*args, DAY + timedelta(days=16)) is not None


def test_a22_becomes_the_tacit_dgd_a23_after_ten_days() -> None:
    frame = "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE"
    args = ("MISE_A_DISPOSITION_MOA", "PROJET_DECOMPTE_FINAL", frame, DAY, DAY)
    assert due_step(*args, DAY + timedelta(days=10)) is None
    step = due_step(*args, DAY + timedelta(days=11))
    assert step is not None and step.kind is TacitKind.TACIT_DGD
    assert (step.status, step.frame, step.works_kind) == (
        DGD_STATUS,
        A23,
        "DECOMPTE_GENERAL_DEFINITIF",
    )
    assert step.basis == "CCAG-Travaux 2021, art. 12.4.4"


def test_general_statement_deemed_accepted_thirty_days_after_the_moa() -> None:
    validated = DAY + timedelta(days=20)
    args = ("PRISE_EN_COMPTE_MOA", "PROJET_DECOMPTE_FINAL", "A7_X", DAY, validated)
    assert due_step(*args, validated + timedelta(days=30)) is None
    step = due_step(*args, validated + timedelta(days=31))
    assert step is not None and step.kind is TacitKind.TACIT_ACCEPTANCE
    assert step.frame == A8 and "12.4.3" in step.basis


def test_no_tacit_step_for_interim_statements_validated_or_waiting_for_the_moa() -> None:
    later = DAY + timedelta(days=400)
    assert pending_step("PRISE_EN_COMPTE_MOA", "ETAT_ACOMPTE", "A5_X", DAY, DAY) is None
    # the MOA's payment deadline passing gives late-payment interest, not a tacit step
    assert due_step("TRANSMISE_MOA", "ETAT_ACOMPTE", "A5_X", DAY, DAY, later) is None
    assert due_step("REFUSEE_MOE", "ETAT_ACOMPTE", "A5_X", DAY, DAY, later) is None
    # a general and final statement has no step after it
    assert due_step(DGD_STATUS, "DECOMPTE_GENERAL_DEFINITIF", A23, DAY, DAY, later) is None
    dgd = ("PRISE_EN_COMPTE_MOA", "DECOMPTE_GENERAL_DEFINITIF", A8, DAY, DAY)
    assert due_step(*dgd, later) is None


def test_frame_labels_in_both_languages() -> None:
    assert frame_label(A23) == "Décompte général et définitif tacite (A23)"
    assert frame_label(A8, "en") == "General and final statement (A8)"
    assert frame_label("A5_ETAT_ACOMPTE_FOURNISSEUR") == "A5"
