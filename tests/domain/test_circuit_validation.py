"""Validation of an edited approval circuit: thresholds, service codes, approvers, delegations."""

from __future__ import annotations

import functools
import operator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.approvals import ApprovalCircuit, Approver, Delegation
from desktop_app.domain.circuit_validation import (
    MAX_THRESHOLD,
    ApproverRow,
    CircuitDraft,
    CircuitInvalid,
    DelegationRow,
    Section,
    ThresholdRow,
    check_circuit,
    circuit_from_draft,
    draft_from_circuit,
    draft_issues,
    entity_kind_of,
    threshold_text,
)
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.permissions import ApprovalPolicy

JULY = date(2026, 7, 1)


def _keys(draft: CircuitDraft) -> list[tuple[str, str, int | None]]:
    return [(i.key, i.section, i.row) for i in draft_issues(draft)]


def test_a_valid_draft_builds_the_circuit() -> None:
    draft = CircuitDraft(
        "40 000,00",
        (ThresholdRow(" TECHNIQUE ", "10000.5"), ThresholdRow("ECOLES", "0")),
        (ApproverRow("dupont", "TECHNIQUE, ECOLES,"), ApproverRow("martin", "")),
        (DelegationRow("dupont", "leroy", JULY, JULY),),
    )
    circuit = circuit_from_draft(draft)
    assert circuit.policy == ApprovalPolicy(
        Decimal("40000"), {"TECHNIQUE": Decimal("10000.5"), "ECOLES": Decimal("0")}
    )
    assert circuit.approvers == (
        Approver("dupont", frozenset({"TECHNIQUE", "ECOLES"})),
        Approver("martin", frozenset()),
    )
    assert circuit.delegations == (Delegation("dupont", "leroy", JULY, JULY),)


@pytest.mark.parametrize(
    ("amount", "key"),
    [
        ("-1", "validation.threshold_negative"),
        ("10,001", "validation.threshold_precision"),
        ("1e3", "validation.threshold_not_a_number"),
        ("", "validation.threshold_not_a_number"),
        ("dix", "validation.threshold_not_a_number"),
        ("1000000000000", "validation.threshold_too_large"),
    ],
)
def test_bad_thresholds_are_named(amount: str, key: str) -> None:
    assert _keys(CircuitDraft(amount)) == [(key, Section.DEFAULT, None)]
    row = CircuitDraft("100", (ThresholdRow("TECHNIQUE", amount),))
    assert _keys(row) == [(key, Section.THRESHOLDS, 0)]


def test_service_codes_must_be_present_unique_and_storable() -> None:
    draft = CircuitDraft(
        "100",
        (
            ThresholdRow("A", "1"),
            ThresholdRow(" A", "2"),
            ThresholdRow("  ", "3"),
            ThresholdRow("*", "4"),
            ThresholdRow("A,B", "5"),
            ThresholdRow("X" * 101, "6"),
        ),
    )
    assert _keys(draft) == [
        ("validation.service_code_duplicate", Section.THRESHOLDS, 1),
        ("validation.service_code_required", Section.THRESHOLDS, 2),
        ("validation.service_code_invalid", Section.THRESHOLDS, 3),
        ("validation.service_code_invalid", Section.THRESHOLDS, 4),
        ("validation.service_code_invalid", Section.THRESHOLDS, 5),
    ]


def test_approvers_must_be_non_empty_and_unique() -> None:
    draft = CircuitDraft(
        "100",
        approvers=(
            ApproverRow("dupont"),
            ApproverRow(" dupont "),
            ApproverRow(""),
            ApproverRow("jean dupont"),
            ApproverRow("martin", "ECOLES, *"),
        ),
    )
    assert _keys(draft) == [
        ("validation.approver_duplicate", Section.APPROVERS, 1),
        ("validation.login_required", Section.APPROVERS, 2),
        ("validation.login_invalid", Section.APPROVERS, 3),
        ("validation.service_code_invalid", Section.APPROVERS, 4),
    ]


def test_delegation_rules() -> None:
    draft = CircuitDraft(
        "100",
        approvers=(ApproverRow("dupont"),),
        delegations=(
            DelegationRow("dupont", "leroy", JULY, JULY - timedelta(days=1)),
            DelegationRow("dupont", "dupont", JULY, JULY),
            DelegationRow("martin", "leroy", JULY, JULY),
            DelegationRow("dupont", "", JULY, JULY),
        ),
    )
    assert _keys(draft) == [
        ("validation.delegation_dates", Section.DELEGATIONS, 0),
        ("validation.delegation_self", Section.DELEGATIONS, 1),
        ("validation.delegator_not_approver", Section.DELEGATIONS, 2),
        ("validation.login_required", Section.DELEGATIONS, 3),
    ]
    with pytest.raises(CircuitInvalid) as caught:
        circuit_from_draft(draft)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.key == "validation.delegation_dates" and len(error.issues) == 4
    assert error.params == {"start": "2026-07-01", "end": "2026-06-30"}


def test_built_circuits_are_checked_with_the_same_rules() -> None:
    check_circuit(ApprovalCircuit())
    bad = ApprovalCircuit(
        ApprovalPolicy(Decimal("10.005"), {"": Decimal("1"), "B": Decimal("-1")}),
        (Approver("a"), Approver("a"), Approver("b c")),
        (Delegation("z", "y", JULY, JULY),),
    )
    with pytest.raises(CircuitInvalid) as caught:
        check_circuit(bad)
    assert [(i.key, i.section) for i in caught.value.issues] == [
        ("validation.service_code_required", Section.THRESHOLDS),
        ("validation.threshold_precision", Section.DEFAULT),
        ("validation.threshold_negative", Section.THRESHOLDS),
        ("validation.approver_duplicate", Section.APPROVERS),
        ("validation.login_invalid", Section.APPROVERS),
        ("validation.delegator_not_approver", Section.DELEGATIONS),
    ]
    with pytest.raises(CircuitInvalid):
        check_circuit(ApprovalCircuit(ApprovalPolicy(Decimal("NaN"))))


def test_entity_kinds() -> None:
    assert entity_kind_of("public_health") is EntityKind.PUBLIC_HEALTH
    with pytest.raises(CircuitInvalid) as caught:
        entity_kind_of("hospital")
    assert caught.value.key == "validation.entity_kind_unknown"


# --- properties ------------------------------------------------------------------------------

codes = st.text(alphabet="ABCDEFGHIJ_-0123456789", min_size=1, max_size=12)
logins = st.text(alphabet="abcdefghij.@-", min_size=1, max_size=12)
cents = st.integers(min_value=0, max_value=int(MAX_THRESHOLD * 100)).map(lambda n: Decimal(n) / 100)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def circuits(draw: st.DrawFn) -> ApprovalCircuit:
    thresholds = draw(st.dictionaries(codes, cents, max_size=5))
    users = draw(st.lists(logins, unique=True, max_size=4))
    approvers = tuple(Approver(u, frozenset(draw(st.lists(codes, max_size=3)))) for u in users)
    delegations = []
    for _ in range(draw(st.integers(0, 3)) if users else 0):
        delegator = draw(st.sampled_from(users))
        delegate = draw(logins.filter(functools.partial(operator.ne, delegator)))
        start = draw(days)
        delegations.append(
            Delegation(
                delegator,
                delegate,
                start,
                start + timedelta(days=draw(st.integers(0, 400))),
            )
        )
    return ApprovalCircuit(ApprovalPolicy(draw(cents), thresholds), approvers, tuple(delegations))


@settings(max_examples=150, deadline=None)
@given(circuits())
def test_valid_circuits_round_trip_through_the_editor(circuit: ApprovalCircuit) -> None:
    check_circuit(circuit)
    rebuilt = circuit_from_draft(draft_from_circuit(circuit))
    assert rebuilt.policy == circuit.policy
    assert {a.user: a.services for a in rebuilt.approvers} == {
        a.user: a.services for a in circuit.approvers
    }
    assert rebuilt.delegations == circuit.delegations


def test_thresholds_show_thousands_as_a_french_reader_expects() -> None:
    assert threshold_text(Decimal("40000")) == "40\u202f000,00"
    assert threshold_text(Decimal("1234567.5")) == "1\u202f234\u202f567,50"


@settings(max_examples=200, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=0, max_value=10**9, places=4))
def test_a_threshold_is_accepted_exactly_when_it_has_two_decimals_at_most(
    value: Decimal,
) -> None:
    issues = draft_issues(CircuitDraft(str(value)))
    exact = value == value.quantize(Decimal("0.01"))
    assert (issues == ()) is exact
    if not exact:
        assert [i.key for i in issues] == ["validation.threshold_precision"]
    else:
        shown = threshold_text(value)
        assert shown.replace("\u202f", "").replace(",", ".") == f"{value:.2f}"
        assert draft_issues(CircuitDraft(shown)) == (), "what is shown is read back"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=30))
def test_any_typed_text_gives_issues_never_a_crash(amount: str, code: str, user: str) -> None:
    draft = CircuitDraft(amount, (ThresholdRow(code, amount),), (ApproverRow(user, code),))
    issues = draft_issues(draft)
    if issues:
        with pytest.raises(CircuitInvalid):
            circuit_from_draft(draft)
    else:
        check_circuit(circuit_from_draft(draft))
