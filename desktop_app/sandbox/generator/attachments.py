"""Cheap supporting documents: tiny valid one-page PDFs built from a byte template."""

from __future__ import annotations

from desktop_app.sandbox.generator.model import Attachment

# kind -> (designation prefix, title printed on the page)
ATTACHMENT_KINDS: dict[str, tuple[str, str]] = {
    "BON_LIVRAISON": ("BL", "BON DE LIVRAISON"),
    "DEVIS": ("DEVIS", "DEVIS ACCEPTE"),
    "PV_RECEPTION": ("PV-RECEPTION", "PROCES-VERBAL DE RECEPTION"),
    "BON_COMMANDE": ("BC", "BON DE COMMANDE"),
    "ATTESTATION": ("ATTESTATION", "ATTESTATION DE SERVICE FAIT"),
    "RIB": ("RIB", "RELEVE D'IDENTITE BANCAIRE"),
    "CONTRAT": ("ACTE-ENGAGEMENT", "ACTE D'ENGAGEMENT DU MARCHE"),
}

_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
_OBJ1 = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
_OBJ2 = b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
_OBJ3 = (
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n"
)
_OBJ4 = b"4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
_PREFIX_LEN = len(_HEADER)
_OFFSETS_FIXED = (
    _PREFIX_LEN,
    _PREFIX_LEN + len(_OBJ1),
    _PREFIX_LEN + len(_OBJ1) + len(_OBJ2),
    _PREFIX_LEN + len(_OBJ1) + len(_OBJ2) + len(_OBJ3),
)
_OBJ5_OFFSET = _OFFSETS_FIXED[3] + len(_OBJ4)


def _pdf_text(text: str) -> bytes:
    """A PDF literal string body (ASCII only, delimiters escaped)."""
    ascii_text = text.encode("ascii", "replace")
    return ascii_text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def tiny_pdf(lines: list[str]) -> bytes:
    """A valid single-page PDF printing ``lines`` (first line as a title)."""
    ops = [b"BT /F1 16 Tf 60 780 Td (" + _pdf_text(lines[0]) + b") Tj /F1 11 Tf"]
    ops.extend(b"0 -22 Td (" + _pdf_text(line) + b") Tj" for line in lines[1:])
    ops.append(b"ET")
    stream = b"\n".join(ops)
    obj5 = b"5 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (len(stream), stream)
    xref_offset = _OBJ5_OFFSET + len(obj5)
    offsets = (*_OFFSETS_FIXED, _OBJ5_OFFSET)
    xref = b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref_offset
    return b"".join((_HEADER, _OBJ1, _OBJ2, _OBJ3, _OBJ4, obj5, xref, trailer))


def make_attachment(
    attachment_id: int,
    kind: str,
    invoice_number: str,
    supplier_name: str,
    reference: str | None,
    type_code: str = "COMPLEMENTAIRE",
    extra_line: str | None = None,
) -> Attachment:
    """A supporting PDF of ``kind`` (see ``ATTACHMENT_KINDS``) for an invoice."""
    prefix, title = ATTACHMENT_KINDS[kind]
    lines = [title, f"Fournisseur : {supplier_name}", f"Facture : {invoice_number}"]
    if reference:
        lines.append(f"Reference : {reference}")
    if extra_line:
        lines.append(extra_line)
    safe_number = "".join(c if c.isalnum() or c in "-_" else "-" for c in invoice_number)
    designation = f"{prefix}-{safe_number}"[:50]
    return Attachment(
        attachment_id=attachment_id,
        designation=designation,
        extension="PDF",
        mime_type="application/pdf",
        type_code=type_code,
        content=tiny_pdf(lines),
    )
