"""The domain's status, transition and motive tables say exactly what the contract says."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.domain import motif_catalog, transition_catalog
from desktop_app.domain.status_catalog import STATUSES


def _load(spec_dir: Path, name: str) -> dict:
    return json.loads((spec_dir / name).read_text(encoding="utf-8"))


def test_every_status_of_the_spec_is_in_the_catalog(spec_dir: Path) -> None:
    spec = _load(spec_dir, "statuses.json")["statuses"]
    ours = {s.code: s for s in STATUSES}
    assert [s["code"] for s in spec] == [s.code for s in STATUSES]
    for entry in spec:
        status = ours[entry["code"]]
        assert status.label_fr == entry["label_fr"]
        assert status.label_en == entry["label_en"]
        assert status.meaning == entry["meaning"]
        assert status.scope.value == entry["scope"]
        assert [a.value for a in status.set_by] == entry["setBy"]
        assert status.terminal == entry["terminal"]
        assert status.optional_for_recipient == entry["optionalForRecipient"]


def test_transitions_and_chains_match_the_spec(spec_dir: Path) -> None:
    spec = _load(spec_dir, "statuses.json")
    ours = [(t.source, t.target, t.actor.value) for t in transition_catalog.TRANSITIONS]
    assert ours == [(t["from"], t["to"], t["actor"]) for t in spec["transitions"]]
    assert list(transition_catalog.MAIN_CHAIN) == spec["mainChain"]
    assert list(transition_catalog.RECIPIENT_ACTION_TARGETS) == spec["recipientActionTargets"]
    assert (
        list(transition_catalog.RECIPIENT_PROCESSABLE_STATUSES)
        == spec["recipientProcessableStatuses"]
    )


def test_motives_match_the_spec(spec_dir: Path) -> None:
    spec = _load(spec_dir, "motifs.json")
    assert spec["commentMaxLength"] == motif_catalog.COMMENT_MAX_LENGTH == 2000
    assert list(motif_catalog.MOTIF_REQUIRED_FOR) == spec["motifRequiredFor"]
    ours = [
        (m.code, m.label_fr, m.label_en, list(m.applies_to), m.comment_required)
        for m in motif_catalog.MOTIFS
    ]
    theirs = [
        (m["code"], m["label_fr"], m["label_en"], m["appliesTo"], m["commentRequired"])
        for m in spec["motifs"]
    ]
    assert ours == theirs
