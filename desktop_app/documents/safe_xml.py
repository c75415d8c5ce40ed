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


#: libxml2's own cap on one text node or attribute without ``huge_tree`` (XML_MAX_TEXT_LENGTH).
LIBXML2_NODE_LIMIT = 10_000_000
#: The only elements allowed to exceed it: base64 attachments (UBL, CII, Chorus Pro pivot).
#: A 10 MB annex is 13.3 MB of base64, and Chorus Pro accepts annexes of that size.
_ATTACHMENT_ELEMENTS = frozenset(
    {"EmbeddedDocumentBinaryObject", "AttachmentBinaryObject", "Contenu"}
)


def _parser(huge: bool = False) -> etree.XMLParser:
    """One hardened parser per thread and kind (lxml parsers are not thread-safe)."""
    name = "huge_parser" if huge else "parser"
    parser = getattr(_local, name, None)
    if parser is None:
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=huge,
            remove_blank_text=False,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
        )
        setattr(_local, name, parser)
    return parser


def _parse_with_large_attachments(data: bytes, first_error: DocumentError) -> etree._Element:
    """Second pass for a document with an oversized node: accepted only when every oversized
    node is a base64 attachment (the whole input is already bounded by ``max_xml_bytes`` and
    any DOCTYPE was refused, so lifting libxml2's node cap cannot expand entities)."""
    try:
        root = etree.fromstring(data, parser=_parser(huge=True))
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc) from exc
    for element in root.iter():
        oversized_value = any(len(v) > LIBXML2_NODE_LIMIT for v in element.attrib.values())
        oversized_tail = element.tail is not None and len(element.tail) > LIBXML2_NODE_LIMIT
        if oversized_value or oversized_tail:
            raise first_error
        if (
            not isinstance(element.tag, str)
            or etree.QName(element).localname in _ATTACHMENT_ELEMENTS
        ):
            continue  # never materialise an attachment's text here
        if element.text is not None and len(element.text) > LIBXML2_NODE_LIMIT:
            raise first_error
    return root


def parse_xml(data: bytes, limits: Limits = DEFAULT_LIMITS) -> etree._Element:
    """The root element of ``data``; :class:`DocumentError` for anything unsafe or broken."""
    if len(data) > limits.max_xml_bytes:
        raise DocumentError("xml_too_large", size=len(data), limit=limits.max_xml_bytes)
    if _has_doctype(data):
        raise DocumentError("xml_dtd_forbidden")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        error = _syntax_error(exc)
        if error.key != "xml_huge_node":
            raise error from exc
        root = _parse_with_large_attachments(data, error)
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
