"""The invoice checks against the CEN TC 434 schematron unit tests (known good and bad cases).

Fixtures: ``tests/documents/fixtures/en16931_unit/`` are byte copies of
ConnectingEurope/eInvoicing-EN16931, commit b6c9e06a59812fb1a83585da40923b3678a649ad,
``test/Invoice-unit-UBL/<rule>.xml`` and ``test/CreditNote-unit-UBL/<rule>.xml`` (EUPL-1.2),
renamed ``Invoice-<rule>.xml`` / ``CreditNote-<rule>.xml``. Each ``<test>`` holds an invoice
fragment and says whether the rule in scope must pass (``<success>``) or fail (``<error>``).
The fragments carry only what the rule needs, so only the rule in scope is looked at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from desktop_app.documents import read_invoice
from desktop_app.documents.checks import check_invoice

FIXTURES = Path(__file__).parent / "fixtures" / "en16931_unit"
VEFA = "{http://difi.no/xsd/vefa/validator/1.0}"
UBL_ROOTS = {
    "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice",
    "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote",
}


def _cases() -> list[tuple[str, int, str, bool, bytes]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        for number, test in enumerate(root.iter(f"{VEFA}test"), start=1):
            assert_el = test.find(f"{VEFA}assert")
            assert assert_el is not None
            error = assert_el.findtext(f"{VEFA}error")
            success = assert_el.findtext(f"{VEFA}success")
            rule = (error or success or "").strip()
            invoice = next(child for child in test if child.tag in UBL_ROOTS)
            cases.append((path.name, number, rule, bool(error), etree.tostring(invoice)))
    return cases


CASES = _cases()
# Cases the read model cannot express, so no rule on the model can see them.
KNOWN_GAPS = {
    ("Invoice-BR-CO-15.xml", 8): "two TaxTotal/TaxAmount in the document currency: the model "
    "keeps one BT-110 (a syntax-level duplicate, not an arithmetic one)",
    ("CreditNote-BR-CO-15.xml", 8): "same as Invoice-BR-CO-15.xml case 8",
}


def test_the_suite_has_both_kinds_of_case() -> None:
    assert len(CASES) > 100
    assert any(broken for *_, broken, _ in CASES)
    assert any(not broken for *_, broken, _ in CASES)


@pytest.mark.parametrize(
    ("name", "number", "rule", "broken", "xml"),
    CASES,
    ids=[f"{name}#{number}" for name, number, *_ in CASES],
)
def test_rule_fires_exactly_on_the_broken_cases(
    name: str, number: int, rule: str, broken: bool, xml: bytes
) -> None:
    if (name, number) in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[(name, number)])
    fired = {r for finding in check_invoice(read_invoice(xml)) for r in finding.rules}
    assert (rule in fired) is broken, f"{name} case {number}: {rule} expected {broken}"
