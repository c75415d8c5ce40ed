"""Hardened XML parsing: no entities, no network, no DTD, bounded sizes and depth."""

from __future__ import annotations

import re
import threading

from lxml import etree

from desktop_app.documents.errors import DocumentError
from desktop_app.documents.limits import DEFAULT_LIMITS, Limits

_local = threading.local()
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def _has_doctype(data: bytes) -> bool:
    """A DOCTYPE in the prolog (before the first element), found without parsing."""
    first = _FIRST_ELEMENT.search(data)
    end = first.start() if first else len(data)
    return _DOCTYPE.search(data, 0, end) is not None


def _parser() -> etree.XMLParser:
    """One hardened parser per thread (lxml parsers are not thread-safe)."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_blank_text=False,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
        )
        _local.parser = parser
    return parser


def parse_xml(data: bytes, limits: Limits = DEFAULT_LIMITS) -> etree._Element:
    """The root element of ``data``; :class:`DocumentError` for anything unsafe or broken."""
    if len(data) > limits.max_xml_bytes:
        raise DocumentError("xml_too_large", size=len(data), limit=limits.max_xml_bytes)
    if _has_doctype(data):
        raise DocumentError("xml_dtd_forbidden")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc) from exc
    except ValueError as exc:  # e.g. bytes with an unusable encoding declaration
        raise DocumentError("xml_not_well_formed", line=1, detail=str(exc)) from exc
    if root is None:
        raise DocumentError("xml_not_well_formed", line=1, detail="no root element")
    if root.getroottree().docinfo.internalDTD is not None:
        raise DocumentError("xml_dtd_forbidden")
    return root


def _syntax_error(exc: etree.XMLSyntaxError) -> DocumentError:
    line = exc.lineno or (exc.position[0] if exc.position else 1) or 1
    detail = (exc.msg or str(exc)).strip()
    lowered = detail.lower()
    if "excessive depth" in lowered or ("depth" in lowered and "huge" in lowered):
        return DocumentError("xml_too_deep", line=line)
    if "huge" in lowered or "too long" in lowered or "xml_parse_huge" in lowered:
        return DocumentError("xml_huge_node", line=line)
    if "entity" in lowered and ("amplification" in lowered or "loop" in lowered):
        return DocumentError("xml_dtd_forbidden")
    return DocumentError("xml_not_well_formed", line=line, detail=detail)


def local_name(element: etree._Element) -> str:
    """Local name of an element (without namespace)."""
    return etree.QName(element).localname


def namespace(element: etree._Element) -> str | None:
    """Namespace URI of an element, or None."""
    return etree.QName(element).namespace
