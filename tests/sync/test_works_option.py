"""The profile's typed works option and its upgrade from older or hand-edited files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.sync.errors import ProfileError
from desktop_app.sync.profiles import (
    ConnectionProfile,
    load_settings,
    upgrade_works_option,
)
from desktop_app.sync.works import works_enabled


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (True, True),
        (False, False),
        (None, None),
        ("oui", True),
        ("false", False),
        (" Auto ", None),
        (1, True),
        (0, False),
    ],
)
def test_stored_spellings_upgrade_to_the_typed_option(stored: object, typed: object) -> None:
    assert upgrade_works_option(stored) is typed


@pytest.mark.parametrize("stored", ["peut-être", 2, 1.5, ["MOE"]])
def test_anything_else_is_refused_not_read_as_true(stored: object) -> None:
    with pytest.raises(ProfileError):
        upgrade_works_option(stored)


def test_a_file_from_before_the_option_keeps_the_automatic_rule(tmp_path: Path) -> None:
    path = tmp_path / "connection.json"
    old = ConnectionProfile.from_json({"name": "sandbox", "kind": "sandbox"}).to_json()
    del old["works"]
    edited = {**old, "name": "custom", "kind": "custom", "works": "oui"}
    path.write_text(json.dumps({"active": "sandbox", "profiles": [old, edited]}), "utf-8")
    settings = load_settings(path, presets={})
    sandbox, custom = settings.profile("sandbox"), settings.profile("custom")
    assert sandbox.works is None and custom.works is True
    assert works_enabled(sandbox.works, True, "moe") and not works_enabled(None, True, "clerk")
    assert works_enabled(custom.works, False, "anyone")
    assert not works_enabled(False, True, "moe")  # turned off for a works demo user
