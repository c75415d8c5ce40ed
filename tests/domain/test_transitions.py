"""Every transition of statuses.json is allowed for its actor, and refused otherwise."""

from __future__ import annotations

import json

import pytest

from desktop_app.domain.errors import TransitionNotAllowed
from desktop_app.domain.status_catalog import STATUSES
from desktop_app.domain.status_types import Actor
from desktop_app.domain.transitions import (
    check_transition,
    is_processable,
    is_transition_allowed,
    recipient_targets,
    status_info,
)
from tests.conftest import SPEC_DIR

SPEC = SPEC_DIR / "statuses.json"
_TRANSITIONS = json.loads(SPEC.read_text(encoding="utf-8"))["transitions"] if SPEC.exists() else []
_ALLOWED = {(t["from"], t["to"], t["actor"]) for t in _TRANSITIONS}
_CODES = [None, *(s.code for s in STATUSES)]


@pytest.mark.parametrize(
    "transition", _TRANSITIONS, ids=lambda t: f"{t['from']}->{t['to']}:{t['actor']}"
)
def test_spec_transition_is_allowed_for_its_actor(transition: dict) -> None:
    actor = Actor(transition["actor"])
    assert is_transition_allowed(transition["from"], transition["to"], actor)
    rule = check_transition(transition["from"], transition["to"], actor)
    assert (rule.source, rule.target, rule.actor) == (transition["from"], transition["to"], actor)


@pytest.mark.parametrize(
    "transition", _TRANSITIONS, ids=lambda t: f"{t['from']}->{t['to']}:{t['actor']}"
)
def test_spec_transition_is_refused_for_every_other_actor(transition: dict) -> None:
    for actor in Actor:
        if (transition["from"], transition["to"], actor.value) in _ALLOWED:
            continue
        assert not is_transition_allowed(transition["from"], transition["to"], actor)
        with pytest.raises(TransitionNotAllowed) as caught:
            check_transition(transition["from"], transition["to"], actor)
        assert caught.value.key == "transition.not_allowed"


def test_every_pair_outside_the_table_is_refused() -> None:
    assert len(_TRANSITIONS) == 43
    refused = 0
    for source in _CODES:
        for target in _CODES[1:]:
            for actor in Actor:
                if (source, target, actor.value) not in _ALLOWED:
                    assert not is_transition_allowed(source, target, actor)
                    refused += 1
    assert refused == len(_CODES) * (len(_CODES) - 1) * len(Actor) - len(_ALLOWED)


def test_a_rejected_invoice_is_final_for_the_recipient() -> None:
    assert recipient_targets("REJETEE") == ()
    assert not is_processable("REJETEE")
    assert status_info("REJETEE").terminal


def test_recipient_targets_from_mise_a_disposition() -> None:
    assert set(recipient_targets("MISE_A_DISPOSITION")) == {
        "SUSPENDUE",
        "REJETEE",
        "A_RECYCLER",
        "MANDATEE",
        "MISE_A_DISPOSITION_COMPTABLE",
        "COMPTABILISEE",
        "MISE_EN_PAIEMENT",
        "SERVICE_FAIT",
    }


def test_labels_fall_back_to_a_readable_code() -> None:
    assert status_info("MISE_A_DISPOSITION").label("fr") == "Mise à disposition du destinataire"
    assert status_info("MISE_A_DISPOSITION").label("en") == "Made available to the recipient"
    # works statuses have no label in the spec: the project's works_labels give them (issue 15)
    assert status_info("A_VALIDER_MOE").label("fr") == "À valider par le MOE"
    assert status_info("A_VALIDER_MOE").label("en") == "To be validated by the MOE"


def test_unknown_status_raises_key_error() -> None:
    with pytest.raises(KeyError):
        status_info("NOT_A_STATUS")


def test_meanings_exist_in_french_for_the_recipient_statuses() -> None:
    for code in ("MISE_A_DISPOSITION", "SUSPENDUE", "REJETEE", "MANDATEE", "MISE_EN_PAIEMENT"):
        french = status_info(code).meaning_in("fr")
        assert french != status_info(code).meaning
        assert french.endswith(".")
    assert status_info("SERVICE_FAIT").meaning_in("en").startswith("The recipient certifies")
    assert status_info("A_VALIDER_MOE").meaning_in("fr").startswith("En attente du maître")
