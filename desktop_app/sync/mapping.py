"""Platform JSON -> cache rows (plain dicts for bulk upserts). Unknown values are kept as-is."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_app.domain.inboxes import inbox_for_status

MONEY_SCALE = 4  # as models.types.ExactDecimal: amounts are stored in 10^-4 units

# columns the pull owns; local columns (pending_action, local_notes...) are never overwritten
SUMMARY_COLUMNS = (
    "number",
    "invoice_type",
    "payment_request_type",
    "supplier_name",
    "supplier_code",
    "supplier_id_type",
    "structure_id",
    "structure_code",
    "structure_name",
    "service_id",
    "service_code",
    "service_name",
    "engagement_number",
    "contract_number",
    "issue_date",
    "deposit_date",
    "currency",
    "amount_excl_vat",
    "amount_incl_vat",
    "amount_due",
    "status",
    "inbox",
    "status_changed_at",
    "status_comment",
    "platform_marker",
    "downloaded",
    "possible_duplicate",
    "history_synced_at",
    "detail_synced_at",
    "file_synced_at",
    "updated_at",
)


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        return Decimal(value)
    raise TypeError(f"amount must be decimal, got {type(value).__name__}")


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(value)


def _text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    return str(value)[:limit]


FALLBACK_MARKER_PREFIX = "~"  # a marker built without dateHeureEtatCourant


def entry_marker(entry: dict[str, Any]) -> str | None:
    """The entry's last-change marker: ``dateHeureEtatCourant``, or when a list answer lacks it
    (Pastell's recorded ``CPPListeFactures.json``) ``~<dateDepot>|<statut>``, which still moves
    when the status does."""
    marker = entry.get("dateHeureEtatCourant")
    if marker:
        return str(marker)[:40]
    deposit, status = entry.get("dateDepot"), entry.get("statut")
    if not deposit and not status:
        return None
    return f"{FALLBACK_MARKER_PREFIX}{deposit or ''}|{status or ''}"[:40]


def _day_start(value: Any) -> str | None:
    day = _date(value)
    return None if day is None else f"{day.isoformat()}T00:00:00.000Z"


def page_watermark(entries: list[dict[str, Any]]) -> str | None:
    """The watermark a page of search entries supports.

    The newest ``dateHeureEtatCourant``; when the page has none, the start of the newest
    ``dateDepot`` day (every later change has a later current-status date, so the next search
    from there misses nothing) - never an empty watermark and an endless full re-pull.
    """
    stamps = [str(e["dateHeureEtatCourant"]) for e in entries if e.get("dateHeureEtatCourant")]
    if stamps:
        return max(stamps)
    days = [d for d in (_day_start(e.get("dateDepot")) for e in entries) if d]
    return max(days) if days else None


def invoice_row(entry: dict[str, Any], now: datetime, history_synced: bool) -> dict[str, Any]:
    """A search entry (3.1) as an ``invoices`` row."""
    status = str(entry.get("statut") or "")
    marker = entry_marker(entry)
    return {
        "id": int(entry["idFacture"]),
        "number": str(entry.get("numeroFacture") or "")[:100],
        "invoice_type": str(entry.get("typeFacture") or "FACTURE")[:20],
        "payment_request_type": str(entry.get("typeDemandePaiement") or "FACTURE")[:20],
        "supplier_name": str(entry.get("designationFournisseur") or "")[:200],
        "supplier_code": _text(entry.get("codeFournisseur"), 40),
        "supplier_id_type": _text(entry.get("typeIdentifiantFournisseur"), 20),
        "structure_id": _int(entry.get("idDestinataire")),
        "structure_code": _text(entry.get("codeDestinataire"), 40),
        "structure_name": _text(entry.get("designationDestinataire"), 200),
        "service_id": _int(entry.get("idServiceExecutant")),
        "service_code": _text(entry.get("codeServiceExecutant"), 100),
        "service_name": _text(entry.get("nomServiceExecutant"), 200),
        "engagement_number": _text(entry.get("numeroBonCommande"), 100),
        "contract_number": _text(entry.get("numeroMarche"), 100),
        "issue_date": _date(entry.get("dateFacture")),
        "deposit_date": _date(entry.get("dateDepot")),
        "currency": str(entry.get("devise") or "EUR")[:3],
        "amount_excl_vat": _decimal(entry.get("montantHT")),
        "amount_incl_vat": _decimal(entry.get("montantTTC")),
        "amount_due": _decimal(entry.get("montantAPayer")),
        "status": status,
        "inbox": inbox_for_status(status).value,
        "status_changed_at": _text(entry.get("dateHeureEtatCourant"), 40),
        "status_comment": entry.get("commentaireEtatCourant"),
        "platform_marker": marker,
        "downloaded": bool(entry.get("factureTelechargeeParDestinataire")),
        "possible_duplicate": bool(entry.get("doublonPotentiel")),
        "history_synced_at": now if history_synced else None,
        "detail_synced_at": None,  # the marker moved: details and files are stale
        "file_synced_at": None,
        "updated_at": now,
    }


def _author(item: dict[str, Any]) -> str | None:
    parts = [item.get("histoStatutUtilisateurPrenom"), item.get("histoStatutUtilisateurNom")]
    name = " ".join(str(p) for p in parts if p)
    return name[:200] or None


def history_rows(invoice_id: int, history: dict[str, Any]) -> list[dict[str, Any]]:
    """``histoStatut`` entries (3.4) as ``status_history`` rows."""
    block = history.get("historiquesDesStatuts") or {}
    rows = []
    for item in block.get("histoStatut") or []:
        rows.append(
            {
                "invoice_id": invoice_id,
                "platform_entry_id": _int(item.get("histoStatutId")),
                "status": str(item.get("histoStatutCode") or "")[:60],
                "occurred_at": str(item.get("histoStatutDatePassage") or "")[:40],
                "author": _author(item),
                "motif_code": _text(item.get("histoStatutCodeMotif"), 40),
                "motif": _text(item.get("histoStatutMotif"), 300),
                "comment": item.get("histoStatutCommentaire"),
                "mandate_number": _text(item.get("histoStatutNumeroDPMandat"), 50),
                "mandate_amount": _decimal(item.get("histoStatutMontantDPMandat")),
                "source": "platform",
            }
        )
    return rows


# --- the bulk path: plain tuples in the cache's storage format (no ORM, no type decorators) ---

# columns written by the pull's raw upsert, in the order of :func:`invoice_values`
INVOICE_VALUE_COLUMNS = (
    "id",
    *(
        name
        for name in SUMMARY_COLUMNS
        if name not in ("history_synced_at", "detail_synced_at", "file_synced_at")
    ),
)
HISTORY_VALUE_COLUMNS = (
    "invoice_id",
    "platform_entry_id",
    "status",
    "occurred_at",
    "author",
    "motif_code",
    "motif",
    "comment",
    "mandate_number",
    "mandate_amount",
    "source",
)


def _scaled(value: Any) -> int | None:
    """An amount as stored by ``ExactDecimal``; more than 4 decimals is refused."""
    amount = _decimal(value)
    if amount is None:
        return None
    scaled = amount.scaleb(MONEY_SCALE)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{amount} has more than {MONEY_SCALE} decimals")
    return int(scaled)


def _date_text(value: Any) -> str | None:
    parsed = _date(value)
    return None if parsed is None else parsed.isoformat()


def invoice_values(entry: dict[str, Any], now_text: str) -> tuple[Any, ...]:
    """A search entry (3.1) as a tuple of :data:`INVOICE_VALUE_COLUMNS`, storage format."""
    status = str(entry.get("statut") or "")
    marker = entry_marker(entry)
    get = entry.get
    return (
        int(entry["idFacture"]),
        str(get("numeroFacture") or "")[:100],
        str(get("typeFacture") or "FACTURE")[:20],
        str(get("typeDemandePaiement") or "FACTURE")[:20],
        str(get("designationFournisseur") or "")[:200],
        _text(get("codeFournisseur"), 40),
        _text(get("typeIdentifiantFournisseur"), 20),
        _int(get("idDestinataire")),
        _text(get("codeDestinataire"), 40),
        _text(get("designationDestinataire"), 200),
        _int(get("idServiceExecutant")),
        _text(get("codeServiceExecutant"), 100),
        _text(get("nomServiceExecutant"), 200),
        _text(get("numeroBonCommande"), 100),
        _text(get("numeroMarche"), 100),
        _date_text(get("dateFacture")),
        _date_text(get("dateDepot")),
        str(get("devise") or "EUR")[:3],
        _scaled(get("montantHT")),
        _scaled(get("montantTTC")),
        _scaled(get("montantAPayer")),
        status,
        inbox_for_status(status).value,
        _text(get("dateHeureEtatCourant"), 40),
        get("commentaireEtatCourant"),
        marker,
        int(bool(get("factureTelechargeeParDestinataire"))),
        int(bool(get("doublonPotentiel"))),
        now_text,
    )


def history_values(invoice_id: int, history: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``histoStatut`` entries (3.4) as tuples of :data:`HISTORY_VALUE_COLUMNS`."""
    block = history.get("historiquesDesStatuts") or {}
    return [
        (
            invoice_id,
            _int(item.get("histoStatutId")),
            str(item.get("histoStatutCode") or "")[:60],
            str(item.get("histoStatutDatePassage") or "")[:40],
            _author(item),
            _text(item.get("histoStatutCodeMotif"), 40),
            _text(item.get("histoStatutMotif"), 300),
            item.get("histoStatutCommentaire"),
            _text(item.get("histoStatutNumeroDPMandat"), 50),
            _scaled(item.get("histoStatutMontantDPMandat")),
            "platform",
        )
        for item in block.get("histoStatut") or []
    ]


def detail_values(facture: dict[str, Any]) -> dict[str, Any]:
    """Columns filled from a consult answer (3.3)."""
    frame = facture.get("cadreDeFacturation") or {}
    refs = facture.get("references") or {}
    totals = facture.get("montantTotal") or {}
    supplier = facture.get("fournisseur") or {}
    values: dict[str, Any] = {
        "frame": _text(frame.get("codeCadreFacturation"), 60),
        "deposit_mode": _text(facture.get("modeDepot"), 40),
        "due_date": _date(refs.get("dateEcheancePaiement")),
        "amount_vat": _decimal(totals.get("montantTVA")),
        "replaces_rejected_id": _int(refs.get("idFactureRejeteeInitiale")),
        "replaces_rejected_number": _text(refs.get("numeroFactureRejeteeInitiale"), 100),
    }
    vat_id = supplier.get("numeroTvaIntracommunautaire") or supplier.get("numeroTvaFournisseur")
    if vat_id:
        values["supplier_vat_id"] = str(vat_id)[:40]
    return values


def attachment_rows(invoice_id: int, facture: dict[str, Any]) -> list[dict[str, Any]]:
    """Attachment metadata of a consult answer (main file first)."""
    main = facture.get("pieceJointePrincipale") or {}
    main_id = _int(main.get("idPieceJointePrincipale"))
    rows: list[dict[str, Any]] = []
    listing = facture.get("listeDesPiecesJointes") or {}
    for item in listing.get("pieceJointe") or []:
        platform_id = _int(item.get("pieceJointeId"))
        extension = _text(item.get("pieceJointeExtension"), 10)
        rows.append(
            {
                "invoice_id": invoice_id,
                "platform_attachment_id": platform_id,
                "designation": str(item.get("pieceJointeDesignation") or "")[:200],
                "extension": extension,
                "type_code": _text(item.get("pieceJointeTypeCode"), 40),
                "mime_type": MIME_TYPES.get((extension or "").upper()),
                "size": _int(item.get("pieceJointeTaille")),
                "is_main": platform_id is not None and platform_id == main_id,
            }
        )
    return rows


MIME_TYPES = {
    "PDF": "application/pdf",
    "XML": "application/xml",
    "PNG": "image/png",
    "JPG": "image/jpeg",
    "JPEG": "image/jpeg",
    "TXT": "text/plain",
    "CSV": "text/csv",
    "ZIP": "application/zip",
}
