"""Recycling to a named service: the motive text the supplier reads, and its refusals."""

from __future__ import annotations

import pytest

from desktop_app.domain import actions
from desktop_app.domain.errors import TransitionNotAllowed, ValidationError
from desktop_app.domain.motif_text import recycle_target_line, recycle_target_of


def test_the_target_service_is_written_in_the_motif() -> None:
    change = actions.recycle(
        "MISE_A_DISPOSITION",
        "CODE_ROUTAGE_ERR",
        "Commande passée par les services techniques",
        target_service_code="ST-VOIRIE",
        target_service_name="Services techniques — voirie",
        current_service_code="FINANCES",
    )
    assert change.target_status == "A_RECYCLER"
    lines = change.motif_text().split("\n")
    assert lines[0] == (
        "Code service / routage absent ou erroné — Commande passée par les services techniques"
    )
    assert lines[1] == "Service destinataire : ST-VOIRIE — Services techniques — voirie"
    assert recycle_target_of(change.motif_text()) == "ST-VOIRIE"


def test_without_a_target_the_motif_is_unchanged() -> None:
    change = actions.recycle("MISE_A_DISPOSITION", "DEST_ERR", "Pas pour nous")
    assert change.motif_text() == "Erreur de destinataire — Pas pour nous"
    assert recycle_target_of(change.motif_text()) is None


def test_recycling_to_the_same_service_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        actions.recycle(
            "MISE_A_DISPOSITION",
            "CODE_ROUTAGE_ERR",
            "",
            target_service_code="FIN",
            current_service_code="FIN",
        )
    assert caught.value.key == "validation.recycle_same_service"


def test_a_motive_is_required_and_the_transition_checked() -> None:
    with pytest.raises(ValidationError):
        actions.recycle("MISE_A_DISPOSITION", None, "x", target_service_code="ST")
    with pytest.raises(TransitionNotAllowed):
        actions.recycle("MISE_EN_PAIEMENT", "DEST_ERR", "x", target_service_code="ST")


def test_target_line_round_trip() -> None:
    assert recycle_target_of("a\n" + recycle_target_line("S1")) == "S1"
    assert recycle_target_of(recycle_target_line("  ")) is None
