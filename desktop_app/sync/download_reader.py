"""Reading a ``telechargerGroupeFacture`` answer whatever its packaging, by content.

``fichierResultat`` is base64. Decoded it can be (detected by magic bytes, never by the
requested format):

- a ZIP of ``<id>/facture.<ext>`` and ``<id>/pj/<pieceJointeId>_<name>`` (the sandbox);
- the raw PIVOT XML, the attachments inside it in ``CPPFactures/CPPFacturePivotUnitaire/PJ``
  (``NomPJ``, ``TypePJ``, base64 ``Contenu``, itself sometimes a one-file ZIP): this is how
  Pastell stores it (``CPPWrapper::telechargerGroupeFacture`` returns the decoded bytes,
  ``ExtraireDonneesPivot::extrairePJ`` reads the PJ);
- another XML (UBL, CII) or a PDF, stored as the invoice file.

Anything else raises :class:`BadResponseError` with a short detail; sizes are bounded.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from desktop_app.sync.errors import BadResponseError

MAX_ARCHIVE_BYTES = 130 * 1024 * 1024  # the platform's 120 MB limit plus base64/zip slack
MAX_MEMBER_BYTES = 120 * 1024 * 1024
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 120 * 1024 * 1024  # all members together: the platform's download limit
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
PDF_MAGIC = b"%PDF"
UTF8_BOM = b"\xef\xbb\xbf"
_WHITESPACE = re.compile(rb"\s+")


@dataclass
class FetchedFiles:
    """Files of one invoice read from a download answer."""

    invoice_file: tuple[str, bytes] | None = None  # (extension, content)
    attachments: dict[int, bytes] = field(default_factory=dict)  # pieceJointeId -> content
    # attachments found by name inside a PIVOT flow: (DonneesFacture/Id, NomPJ, TypePJ, content)
    named: list[tuple[str, str, str, bytes]] = field(default_factory=list)
    packaging: str = "zip"  # zip / pivot / xml / pdf


def decode(encoded: str) -> bytes:
    """The bytes of ``fichierResultat`` (whitespace tolerated, size bounded)."""
    if len(encoded) > MAX_ARCHIVE_BYTES * 4 // 3 + 4:
        raise BadResponseError("download too large", detail="taille")
    compact = _WHITESPACE.sub(b"", encoded.encode("ascii", errors="replace"))
    if not compact:
        raise BadResponseError("download empty", detail="fichier vide")
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadResponseError("download is not base64", detail="base64 invalide") from exc


def kind_of(raw: bytes) -> str:
    """``zip``, ``pdf``, ``xml`` or ``unknown``, from the first bytes."""
    if raw.startswith(ZIP_MAGIC):
        return "zip"
    if raw.startswith(PDF_MAGIC):
        return "pdf"
    head = raw[:64].removeprefix(UTF8_BOM).lstrip()
    return "xml" if head.startswith(b"<") else "unknown"


def read_download(encoded: str, invoice_id: int) -> FetchedFiles:
    """Decode ``fichierResultat`` and pick the files of ``invoice_id`` (see the module doc)."""
    raw = decode(encoded)
    kind = kind_of(raw)
    if kind == "zip":
        return read_zip(raw, invoice_id)
    if kind == "pdf":
        return FetchedFiles(invoice_file=("pdf", raw), packaging="pdf")
    if kind == "xml":
        return read_xml(raw)
    raise BadResponseError("download of unknown type", detail="type de fichier inconnu")


def read_zip(raw: bytes, invoice_id: int) -> FetchedFiles:
    """The sandbox's ZIP layout (``<id>/facture.<ext>``, ``<id>/pj/<id>_<name>``)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise BadResponseError("download archive unreadable", detail="archive ZIP") from exc
    result = FetchedFiles()
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise BadResponseError("too many files in the archive", detail="archive ZIP")
    if sum(member.file_size for member in members) > MAX_TOTAL_BYTES:
        raise BadResponseError("archive too large once inflated", detail="archive ZIP")
    prefix = f"{invoice_id}/"
    inflated = 0  # what was really read: declared sizes may lie
    with archive:
        for member in members:
            if member.is_dir() or not member.filename.startswith(prefix):
                continue
            content = _member(archive, member)
            inflated += len(content)
            if inflated > MAX_TOTAL_BYTES:
                raise BadResponseError("archive too large once inflated", detail="archive ZIP")
            rest = member.filename[len(prefix) :]
            if rest.startswith("pj/"):
                head = rest[3:].split("_", 1)[0]
                if head.isdigit():
                    result.attachments[int(head)] = content
            elif rest.startswith("facture."):
                result.invoice_file = (rest.rsplit(".", 1)[-1].lower(), content)
    return result


def _member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    if member.file_size > MAX_MEMBER_BYTES:
        raise BadResponseError("file too large in the archive", detail=member.filename[:80])
    try:
        with archive.open(member) as stream:
            content = stream.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadResponseError("archive member unreadable", detail=member.filename[:80]) from exc
    if len(content) > MAX_MEMBER_BYTES:
        raise BadResponseError("file too large in the archive", detail=member.filename[:80])
    return content


def _parse(raw: bytes) -> etree._Element:
    if b"<!DOCTYPE" in raw[:4096].upper():
        raise BadResponseError("XML with a DOCTYPE refused", detail="XML (DOCTYPE)")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    try:
        return etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise BadResponseError("downloaded XML unreadable", detail="XML mal formé") from exc


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _child_text(element: etree._Element, name: str) -> str:
    for child in element:
        if _local(child) == name:
            return (child.text or "").strip()
    return ""


def read_xml(raw: bytes) -> FetchedFiles:
    """An XML invoice file; for a PIVOT flow, its ``PJ`` attachments too."""
    root = _parse(raw)
    result = FetchedFiles(invoice_file=("xml", raw), packaging="xml")
    if _local(root) != "CPPFacturePivot":
        return result
    result.packaging = "pivot"
    for unit in root.iter():
        if _local(unit) != "CPPFacturePivotUnitaire":
            continue
        data = next((c for c in unit if _local(c) == "DonneesFacture"), None)
        unit_id = _child_text(data, "Id") if data is not None else ""
        for pj in unit:
            if _local(pj) == "PJ":
                result.named.append((unit_id, *_attachment(pj, len(result.named) + 1)))
    return result


def _attachment(pj: etree._Element, rank: int) -> tuple[str, str, bytes]:
    """(NomPJ, TypePJ, content) of one PIVOT ``PJ``."""
    name = _child_text(pj, "NomPJ") or f"PJ{rank}"
    type_code = _child_text(pj, "TypePJ")
    encoded = _WHITESPACE.sub(b"", _child_text(pj, "Contenu").encode("ascii", "replace"))
    try:
        content = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadResponseError("PIVOT attachment unreadable", detail=name[:80]) from exc
    return name, type_code, _unzip_single(content, name)


def attachments_of(files: FetchedFiles, invoice_number: str) -> list[tuple[str, str, bytes]]:
    """The PIVOT attachments of the invoice numbered ``invoice_number``.

    A flow may hold several ``CPPFacturePivotUnitaire`` (Pastell's recorded flow has four);
    the one whose ``DonneesFacture/Id`` is the invoice number, else the first one (which is
    what Pastell's ``$xml->CPPFactures->CPPFacturePivotUnitaire->PJ`` reads).
    """
    if not files.named:
        return []
    wanted = invoice_number.strip()
    units = [unit for unit, *_ in files.named]
    chosen = wanted if wanted and wanted in units else units[0]
    return [(name, kind, content) for unit, name, kind, content in files.named if unit == chosen]


def _unzip_single(content: bytes, name: str) -> bytes:
    """A PJ that is a one-file ZIP of the named file is unpacked (as Pastell does)."""
    if not content.startswith(ZIP_MAGIC):
        return content
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError):
        return content
    with archive:
        files = [m for m in archive.infolist() if not m.is_dir()]
        if len(files) != 1 or name.lower().endswith(".zip"):
            return content
        return _member(archive, files[0])
