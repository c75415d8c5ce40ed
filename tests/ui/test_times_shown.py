"""History times and status-bar times are told in the same (the machine's) time zone."""

from __future__ import annotations

import time

import pytest

from desktop_app.ui.texts import timestamp_text


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_utc_history_time_is_shown_in_the_machines_time(paris: None) -> None:
    assert timestamp_text("2026-11-25T09:00:00.000Z") == "25/11/2026 10:00"
    assert timestamp_text("2026-07-01T09:00:00+00:00") == "01/07/2026 11:00"


def test_a_naive_platform_time_is_kept_as_written(paris: None) -> None:
    assert timestamp_text("2026-11-25T09:00:00") == "25/11/2026 09:00"
    assert timestamp_text("pas une date") == "pas une date"
