"""Engagement rules: headers as financial software writes them, amounts with comma or point,
the match state of one invoice and the action suggested for it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.engagements import (
    SUGGESTED,
    Engagement,
    EngagementError,
    EngagementState,
    Field,
    SuggestedAction,
    map_headers,
    match_state,
    read_amount,
    read_date,
    read_row,
)
from desktop_app.domain.errors import MoneyError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("12 000,00 €", "12000.00"),
        ("0", "0"),
        (8500.5, "8500.5"),
        (12000, "12000"),
    ],
)
def test_amounts_with_comma_or_point(text: object, expected: str) -> None:
    assert read_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["douze", "1,2,3", "", float("nan"), True])
def test_unreadable_amounts_are_refused(text: object) -> None:
    with pytest.raises(MoneyError):
        read_amount(text)


def test_headers_in_any_case_accents_and_order() -> None:
    columns = map_headers(["Libellé", "MONTANT RESTANT", "N° EJ", "siret fournisseur", "Montant"])
    assert columns == {
        Field.LABEL: 0,
        Field.REMAINING: 1,
        Field.NUMBER: 2,
        Field.SUPPLIER_SIRET: 3,
        Field.AMOUNT: 4,
    }


def test_missing_and_doubled_headers_are_named() -> None:
    with pytest.raises(EngagementError) as caught:
        map_headers(["numéro", "montant", "commentaire"])
    assert caught.value.key == "engagements.missing_headers"
    assert caught.value.params["missing"] == "SIRET fournisseur"
    with pytest.raises(EngagementError) as caught:
        map_headers(["numéro", "n° EJ", "SIRET", "montant"])
    assert caught.value.key == "engagements.duplicate_header"


def test_a_row_with_empty_remaining_keeps_the_amount() -> None:
    columns = map_headers(["numéro", "SIRET fournisseur", "montant", "montant restant", "date fin"])
    row = read_row(["EJ-1", "552 032 534 00059", "10,00", "", "31/12/2026"], columns)
    assert row == Engagement(
        "EJ-1", "55203253400059", Decimal("10.00"), Decimal("10.00"), end_date=date(2026, 12, 31)
    )


def test_dates() -> None:
    assert read_date("2026-03-01") == date(2026, 3, 1)
    assert read_date("01/03/2026") == date(2026, 3, 1)
    assert read_date("") is None
    with pytest.raises(EngagementError):
        read_date("mars 2026")


ENGAGEMENT = Engagement("EJ-9", "55203253400059", Decimal("100"), Decimal("40"))


@pytest.mark.parametrize(
    ("number", "siret", "amount", "engagement", "required", "state"),
    [
        ("EJ-9", "55203253400059", Decimal("40"), ENGAGEMENT, False, EngagementState.FOUND),
        (
            "EJ-9",
            "55203253400059",
            Decimal("40.01"),
            ENGAGEMENT,
            False,
            EngagementState.OVER_BALANCE,
        ),
        ("EJ-9", "11111111111111", Decimal("1"), ENGAGEMENT, False, EngagementState.OTHER_SUPPLIER),
        ("EJ-8", "55203253400059", Decimal("1"), None, False, EngagementState.NOT_FOUND),
        (None, "55203253400059", Decimal("1"), None, True, EngagementState.MISSING),
        ("  ", "55203253400059", Decimal("1"), None, False, None),
    ],
)
def test_match_state(
    number: str | None,
    siret: str,
    amount: Decimal,
    engagement: Engagement | None,
    required: bool,
    state: EngagementState | None,
) -> None:
    assert match_state(number, siret, amount, engagement, required=required) is state


def test_every_state_has_a_suggestion() -> None:
    assert set(SUGGESTED) == set(EngagementState)
    assert SUGGESTED[EngagementState.NOT_FOUND] is SuggestedAction.RECYCLE
    assert SUGGESTED[EngagementState.MISSING] is SuggestedAction.SUSPEND
