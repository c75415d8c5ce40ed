"""Duplicate keys (IPM5-034)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.duplicates import duplicate_key, is_possible_duplicate, normalise_number


def test_number_normalisation_ignores_case_and_separators() -> None:
    assert normalise_number("F-2026/0142") == normalise_number(" f 2026.0142 ") == "F20260142"


def test_same_supplier_number_year_and_amount_is_a_duplicate() -> None:
    a = duplicate_key("55203253400059", "X", "F-1", date(2026, 3, 1))
    b = duplicate_key("55203253400059", "Y", "f1", date(2026, 11, 30))
    assert is_possible_duplicate(a, Decimal("10.00"), b, Decimal("10"))
    assert is_possible_duplicate(a, None, b, Decimal("99"))


def test_other_amount_year_or_supplier_is_not_a_duplicate() -> None:
    a = duplicate_key("55203253400059", "X", "F-1", date(2026, 3, 1))
    assert not is_possible_duplicate(
        a,
        Decimal("10"),
        duplicate_key("55203253400059", "X", "F-1", date(2026, 3, 1)),
        Decimal("11"),
    )
    assert not is_possible_duplicate(
        a, None, duplicate_key("55203253400059", "X", "F-1", date(2025, 3, 1)), None
    )
    assert not is_possible_duplicate(
        a, None, duplicate_key("44306184100047", "X", "F-1", date(2026, 3, 1)), None
    )


def test_name_is_used_when_the_identifier_is_missing() -> None:
    assert duplicate_key(None, " Papeterie ", "1", None).supplier == "PAPETERIE"
