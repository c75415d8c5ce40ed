"""3.6 telechargerGroupeFacture and 3.7 attachments (download, add, search, types)."""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from collections import OrderedDict
from typing import Any

from aiohttp import web

from desktop_app.sandbox.api_consult import visible_invoice
from desktop_app.sandbox.config import ATTACHMENT_LIMIT_BYTES
from desktop_app.sandbox.context import (
    Sandbox,
    body_of,
    opt_int,
    opt_str,
    pages_of,
    paging,
    principal_of,
    sandbox_of,
)
from desktop_app.sandbox.generator import files
from desktop_app.sandbox.generator.model import GeneratedInvoice
from desktop_app.sandbox.responses import OK_GCU, ApiError, bad_param, json_response

FORMATS = ("PDF", "PIVOT", "XML")
ALLOWED_EXTENSIONS = frozenset(
    [
        "BMP",
        "GIF",
        "FAX",
        "ODT",
        "PPT",
        "TIFF",
        "XLS",
        "BZ2",
        "GZ",
        "JPEG",
        "P7S",
        "RTF",
        "TXT",
        "XML",
        "CSV",
        "GZIP",
        "JPG",
        "PDF",
        "SVG",
        "XHTML",
        "XLSX",
        "DOC",
        "HTM",
        "ODP",
        "PNG",
        "TGZ",
        "XLC",
        "ZIP",
        "DOCX",
        "HTML",
        "ODS",
        "PPS",
        "TIF",
        "XLM",
        "PPTX",
    ]
)
PJ_TYPES = (
    (1, "FACTURE", "Facture", "FACTURE"),
    (2, "COMPLEMENTAIRE", "Pièce jointe complémentaire", "FACTURE"),
    (3, "BON_LIVRAISON", "Bon de livraison", "FACTURE"),
    (4, "BON_COMMANDE", "Bon de commande", "FACTURE"),
    (5, "PV_RECEPTION", "Procès-verbal de réception", "FACTURE"),
    (6, "DEVIS", "Devis", "FACTURE"),
    (7, "RIB", "Relevé d'identité bancaire", "STRUCTURE"),
    (8, "AUTRE", "Autre", "FACTURE"),
)


class FileCache:
    """Rendered invoice files, most recently used first (rendering a PDF is the slow part)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[tuple[int, str], tuple[str, bytes]] = OrderedDict()

    def get(self, invoice: GeneratedInvoice, fmt: str) -> tuple[str, bytes]:
        key = (invoice.invoice_id, fmt)
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        made = render(invoice, fmt)
        self._items[key] = made
        if len(self._items) > self.size:
            self._items.popitem(last=False)
        return made


def render(invoice: GeneratedInvoice, fmt: str) -> tuple[str, bytes]:
    """(file name in the ZIP, content) of ``invoice`` in download format ``fmt``."""

    if fmt == "PIVOT":
        return "facture.xml", files.render_pivot(invoice)
    if fmt == "PDF":
        return "facture.pdf", files.render_platform_pdf(invoice)
    name, data = files.render_invoice_file(invoice)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else "xml"
    return f"facture.{extension}", data


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def build_zip(
    sandbox: Sandbox, cache: FileCache, invoices: list[GeneratedInvoice], fmt: str, with_pj: bool
) -> bytes:
    """The ``fichierResultat`` ZIP: ``<id>/facture.<ext>`` and ``<id>/pj/<pjId>_<name>.<ext>``."""
    limit = sandbox.config.download_limit_bytes
    buffer = io.BytesIO()
    total = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for invoice in invoices:
            name, data = cache.get(invoice, fmt)
            total += len(data)
            if total > limit:
                raise ApiError(413, 20012, "TAILLE_RESULTAT_DEPASSEE")
            archive.writestr(f"{invoice.invoice_id}/{name}", data)
            if with_pj:
                for attachment in invoice.attachments:
                    total += len(attachment.content)
                    if total > limit:
                        raise ApiError(413, 20012, "TAILLE_RESULTAT_DEPASSEE")
                    designation = _SAFE.sub("_", attachment.designation)
                    archive.writestr(
                        f"{invoice.invoice_id}/pj/{attachment.attachment_id}_{designation}."
                        f"{attachment.extension.lower()}",
                        attachment.content,
                    )
    return buffer.getvalue()


def _download(request: web.Request, body: dict[str, Any]) -> bytes:
    sandbox = sandbox_of(request)
    wanted = body.get("listeFacture")
    if not isinstance(wanted, list) or not wanted or not all(isinstance(i, dict) for i in wanted):
        raise bad_param("listeFacture must be a non-empty list of {idFacture}")
    fmt = opt_str(body, "format") or "PDF"
    if fmt not in FORMATS:
        raise ApiError(400, 20006, "FORMAT_INCONNU")
    with_pj = (opt_str(body, "avecPiecesJointesComplementaires") or "NON").upper() == "OUI"
    ids = []
    for item in wanted:
        invoice_id = opt_int(item, "idFacture")
        if invoice_id is None:
            raise bad_param("idFacture is required in listeFacture")
        ids.append(invoice_id)
    rows = [visible_invoice(request, i) for i in ids]
    invoices = [sandbox.source.load(sandbox.store, int(r["id"])) for r in rows]
    data = build_zip(sandbox, request.app[FILE_CACHE_KEY], invoices, fmt, with_pj)
    principal = principal_of(request)
    store = sandbox.store
    with store.transaction() as db:
        at = store.tick()
        for invoice_id in ids:
            db.execute("UPDATE invoices SET telechargee = 1 WHERE id = ?", (invoice_id,))
            store.add_action(invoice_id, "TELECHARGEMENT_FACTURE", principal.user, at)
    return data


FILE_CACHE_KEY: web.AppKey[FileCache] = web.AppKey("file_cache", FileCache)


async def download_group(request: web.Request) -> web.Response:
    """POST /cpro/factures/v1/telecharger/groupe"""
    data = _download(request, body_of(request))
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_GCU,
            "fichierResultat": base64.b64encode(data).decode("ascii"),
        }
    )


async def download_attachment(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/telecharger/pieceJointe"""
    body = body_of(request)
    objet = opt_str(body, "objetPieceJointe")
    if objet != "DEMANDE_PAIEMENT":
        raise bad_param("objetPieceJointe: only DEMANDE_PAIEMENT is available in the sandbox")
    demand = body.get("demandePaiement")
    if not isinstance(demand, dict):
        raise bad_param("demandePaiement is required")
    data = _download(request, demand)
    return json_response(
        {"codeRetour": 0, "libelle": OK_GCU, "pieceJointe": base64.b64encode(data).decode("ascii")}
    )


async def add_file(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/ajouter/fichier (ajouterFichierDansSysteme)"""
    sandbox = sandbox_of(request)
    body = body_of(request)
    name = opt_str(body, "pieceJointeNom")
    extension = (opt_str(body, "pieceJointeExtension") or "").upper()
    encoded = opt_str(body, "pieceJointeFichier")
    if not name or not encoded:
        raise bad_param("pieceJointeNom and pieceJointeFichier are required")
    if len(name) > 50 or extension not in ALLOWED_EXTENSIONS:
        raise bad_param("pieceJointeNom <= 50 characters and an allowed pieceJointeExtension")
    if len(encoded) > ATTACHMENT_LIMIT_BYTES * 4 // 3 + 8:
        raise ApiError(400, 20003, "TAILLE_PIECE_JOINTE_DEPASSEE")
    try:
        content = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise bad_param("pieceJointeFichier is not base64") from None
    if len(content) > ATTACHMENT_LIMIT_BYTES:
        raise ApiError(400, 20003, "TAILLE_PIECE_JOINTE_DEPASSEE")
    store = sandbox.store
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO account_files (login, name, mime, extension, content, at_ms) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                principal_of(request).account,
                name,
                opt_str(body, "pieceJointeTypeMime"),
                extension,
                content,
                store.tick(),
            ),
        )
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_GCU,
            "pieceJointeId": 800_000_000 + int(cursor.lastrowid or 0),
        }
    )


def _search_files(request: web.Request, login: str | None) -> web.Response:
    sandbox = sandbox_of(request)
    body = body_of(request)
    page = paging(
        body.get("parametresRecherche"),
        "pageResultatDemandee",
        "nbResultatsParPage",
        "triColonne",
        "triSens",
    )
    designation = opt_str(body, "pieceJointeDesignation")
    clauses, params = ["1 = 1"], []
    if login is not None:
        clauses.append("login = ?")
        params.append(login)
    if designation:
        clauses.append("name LIKE ?")
        params.append(f"%{designation}%")
    where = " AND ".join(clauses)
    db = sandbox.store.db
    total = db.execute(f"SELECT COUNT(*) FROM account_files WHERE {where}", params).fetchone()[0]
    rows = db.execute(
        f"SELECT id, name, extension, mime, at_ms FROM account_files WHERE {where} "
        "ORDER BY id LIMIT ? OFFSET ?",
        [*params, page.size, page.offset],
    ).fetchall()
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_GCU,
            "listePiecesJointes": [
                {
                    "pieceJointeId": 800_000_000 + r["id"],
                    "pieceJointeDesignation": r["name"],
                    "pieceJointeExtension": r["extension"],
                    "pieceJointeTypeMime": r["mime"],
                }
                for r in rows
            ],
            "parametresRetour": {
                "pageCourante": page.page,
                "pages": pages_of(total, page.size),
                "nbResultatsParPage": page.size,
                "total": total,
            },
        }
    )


async def search_account_files(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/rechercher/pj/moncompte"""
    return _search_files(request, principal_of(request).account)


async def search_structure_files(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/rechercher/pj/structure: the files the CALLER's technical
    account uploaded (never another account's: the files of a technical account are its own,
    the sandbox keeps no link from a file to a structure)."""
    body = body_of(request)
    structure = opt_int(body, "idStructureCPP")
    principal = principal_of(request)
    sandbox = sandbox_of(request)
    if structure is not None and not any(
        sandbox.services[s]["structure_id"] == structure
        for s in principal.services
        if s in sandbox.services
    ):
        raise ApiError(403, 20020, "STRUCTURE_NON_RATTACHEE")
    return _search_files(request, principal.account)


async def attachment_types(request: web.Request) -> web.Response:
    """POST /cpro/transverses/v1/recuperer/typespj"""
    body = body_of(request)
    wanted = opt_str(body, "typeObjet")
    return json_response(
        {
            "codeRetour": 0,
            "libelle": OK_GCU,
            "listeTypePieceJointe": [
                {
                    "idTypePieceJointe": i,
                    "codeTypePieceJointe": c,
                    "libelleTypePieceJointe": lib,
                    "typeObjet": obj,
                }
                for i, c, lib, obj in PJ_TYPES
                if wanted is None or obj == wanted
            ],
        }
    )
