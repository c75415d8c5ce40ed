"""Entry point: detect the syntax from the content and read any supported invoice."""

from __future__ import annotations

from lxml import etree

from desktop_app.documents.cii import NS_CII, read_cii
from desktop_app.documents.errors import DocumentError
from desktop_app.documents.facturx import PdfContainer, looks_like_pdf
from desktop_app.documents.limits import DEFAULT_LIMITS, Limits
from desktop_app.documents.model import Invoice
from desktop_app.documents.pivot import ROOTS as CHORUS_ROOTS
from desktop_app.documents.pivot import read_chorus_flow
from desktop_app.documents.safe_xml import parse_xml
from desktop_app.documents.ubl import NS_CREDIT_NOTE, NS_INVOICE, read_ubl

_UBL_ROOTS = {(NS_INVOICE, "Invoice"), (NS_CREDIT_NOTE, "CreditNote")}
_ZUGFERD1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"


def _check_input(data: bytes, limits: Limits) -> None:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("data must be bytes")
    if len(data) == 0 or not bytes(data[:4096]).strip():
        raise DocumentError("empty_input")
    if len(data) > limits.max_input_bytes:
        raise DocumentError("input_too_large", size=len(data), limit=limits.max_input_bytes)


def _looks_like_xml(data: bytes) -> bool:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") or data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _xml_syntax(root: etree._Element) -> str:
    qname = etree.QName(root)
    key = (qname.namespace, qname.localname)
    if key in _UBL_ROOTS:
        return "UBL"
    if key == (NS_CII, "CrossIndustryInvoice"):
        return "CII"
    if qname.namespace is None and qname.localname in CHORUS_ROOTS:
        return CHORUS_ROOTS[qname.localname]
    if qname.namespace == _ZUGFERD1:
        raise DocumentError("unsupported_syntax", name="ZUGFeRD 1.0 (CrossIndustryDocument)")
    raise DocumentError("unknown_root", root=qname.localname)


def _start(data: bytes) -> str:
    return bytes(data[:16]).decode("latin-1").encode("unicode_escape").decode("ascii")


def detect_syntax(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> str:
    """ "UBL", "CII", "FACTURX", "PIVOT" or "CPP_MIXTE", from the content only."""
    _check_input(data, limits)
    if looks_like_pdf(data):
        return "FACTURX"
    if _looks_like_xml(data):
        return _xml_syntax(parse_xml(bytes(data), limits))
    raise DocumentError("unknown_format", start=_start(data))


def read_xml_root(root: etree._Element, limits: Limits = DEFAULT_LIMITS) -> Invoice:
    """Dispatch a parsed XML root to its reader."""
    syntax = _xml_syntax(root)
    if syntax == "UBL":
        return read_ubl(root, limits)
    if syntax == "CII":
        return read_cii(root, limits)
    return read_chorus_flow(root, limits)


def read_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Invoice:
    """Read the invoice XML embedded in a Factur-X / ZUGFeRD / XRechnung PDF."""
    container = PdfContainer(data, limits)
    name = container.invoice_xml_name()
    if name is None:
        raise DocumentError("pdf_no_invoice")
    xml = container.read(name, limits.max_embedded_xml_bytes)
    try:
        root = parse_xml(xml, limits)
        invoice = read_xml_root(root, limits)
    except DocumentError as exc:
        raise DocumentError(
            "pdf_embedded_xml_invalid",
            name=name,
            detail=exc.message("fr"),
            detail_en=exc.message("en"),
            cause=exc.key,
        ) from exc
    invoice.embedded_syntax = invoice.syntax
    invoice.syntax = "FACTURX"
    invoice.embedded_xml_name = name
    invoice.container_files = container.other_files(name)
    return invoice


def read_invoice(
    data: bytes, *, filename: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Invoice:
    """Read an invoice in any supported syntax. ``filename`` is informative only."""
    del filename  # the syntax is detected from the content, never from the name
    _check_input(data, limits)
    raw = bytes(data)
    if looks_like_pdf(raw):
        return read_pdf(raw, limits)
    if _looks_like_xml(raw):
        return read_xml_root(parse_xml(raw, limits), limits)
    raise DocumentError("unknown_format", start=_start(raw))
