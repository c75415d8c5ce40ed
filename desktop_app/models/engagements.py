"""Imported legal commitments, the structures' invoicing requirements, and the matching.

:func:`replace_engagements` stores a whole import in ONE transaction (the previous import of
the same origin is replaced) and re-matches; :func:`match_invoices` is one set-based
``UPDATE`` over the cache: each invoice's ``engagement_state`` (indexed, so the list filters
and the dashboard count in SQL) from its ``numeroBonCommande``, supplier SIRET and TTC amount.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Index,
    Integer,
    String,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop_app.domain.engagements import Engagement, EngagementState, number_key
from desktop_app.models.audit_store import append_event
from desktop_app.models.base import Base
from desktop_app.models.invoice_checks import STALE_RULES, InvoiceCheck
from desktop_app.models.invoices import Invoice
from desktop_app.models.types import ExactDecimal, UtcDateTime, to_scaled, utc_now, utc_text

ORIGIN_FILE = "file"
ORIGIN_PLATFORM = "platform"


class EngagementRow(Base):
    """One engagement juridique (bon de commande, ordre de service) of the entity."""

    __tablename__ = "engagements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    number: Mapped[str] = mapped_column(String(100))
    number_key: Mapped[str] = mapped_column(String(100), unique=True)  # domain number_key
    supplier_siret: Mapped[str] = mapped_column(String(14))
    service_code: Mapped[str | None] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    remaining: Mapped[Decimal] = mapped_column(ExactDecimal)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(200), default="")
    origin: Mapped[str] = mapped_column(String(10), default=ORIGIN_FILE)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class StructureRequirement(Base):
    """What a structure demands on its invoices (``consulterStructure`` ``parametres``)."""

    __tablename__ = "structure_requirements"

    structure_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    engagement_required: Mapped[bool] = mapped_column(Boolean, default=False)
    service_required: Mapped[bool] = mapped_column(Boolean, default=False)
    service_or_engagement: Mapped[bool] = mapped_column(Boolean, default=False)
    read_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


Index("ix_engagements_supplier", EngagementRow.supplier_siret)

#: the invoice's number as the engagements compare it (domain ``number_key``, in SQL)
_INVOICE_KEY = "upper(replace(replace(trim(i.engagement_number), ' ', ''), char(9), ''))"

_MATCH_SQL = f"""
UPDATE invoices AS i SET engagement_state = CASE
  WHEN i.engagement_number IS NULL OR trim(i.engagement_number) = '' THEN
    CASE WHEN EXISTS (SELECT 1 FROM structure_requirements r
                      WHERE r.structure_id = i.structure_id AND r.engagement_required)
         THEN '{EngagementState.MISSING.value}' END
  ELSE coalesce((
    SELECT CASE
      WHEN coalesce(i.supplier_code, '') <> e.supplier_siret
        THEN '{EngagementState.OTHER_SUPPLIER.value}'
      WHEN i.amount_incl_vat IS NOT NULL AND i.amount_incl_vat > e.remaining
        THEN '{EngagementState.OVER_BALANCE.value}'
      ELSE '{EngagementState.FOUND.value}' END
    FROM engagements e WHERE e.number_key = {_INVOICE_KEY}
  ), :absent)
END
"""


def match_invoices(session: Session, invoice_ids: Sequence[int] | None = None) -> int:
    """Recompute ``engagement_state`` of every invoice (or of ``invoice_ids``); rows touched.

    While no engagement was ever imported a numbered invoice gets no state (nothing to
    compare with); ``missing`` only needs the structure's requirement.
    """
    imported = session.scalar(select(EngagementRow.id).limit(1)) is not None
    params: dict[str, object] = {"absent": EngagementState.NOT_FOUND.value if imported else None}
    sql = _MATCH_SQL
    if invoice_ids is not None:
        sql += " WHERE i.id IN (SELECT value FROM json_each(:ids))"
        params["ids"] = "[" + ",".join(str(int(i)) for i in invoice_ids) + "]"
    result = session.execute(text(sql), params)
    return int(getattr(result, "rowcount", 0) or 0)


def replace_engagements(
    session: Session, engagements: Iterable[Engagement], origin: str = ORIGIN_FILE
) -> int:
    """Replace the engagements of ``origin`` by ``engagements`` and re-match; how many stored.

    Runs in the caller's transaction (the writer's): all or nothing.
    """
    session.execute(text("DELETE FROM engagements WHERE origin = :o"), {"o": origin})
    now = utc_now()
    rows = [
        {
            "number": e.number,
            "number_key": e.key,
            "supplier_siret": e.supplier_siret,
            "service_code": e.service_code,
            "amount": to_scaled(e.amount),
            "remaining": to_scaled(e.remaining),
            "start_date": e.start_date.isoformat() if e.start_date else None,
            "end_date": e.end_date.isoformat() if e.end_date else None,
            "label": e.label,
            "origin": origin,
            "imported_at": utc_text(now),
        }
        for e in engagements
    ]
    if rows:
        session.execute(
            text(
                "INSERT INTO engagements (number, number_key, supplier_siret, service_code, "
                "amount, remaining, start_date, end_date, label, origin, imported_at) VALUES "
                "(:number, :number_key, :supplier_siret, :service_code, :amount, :remaining, "
                ":start_date, :end_date, :label, :origin, :imported_at)"
            ),
            rows,
        )
    match_invoices(session)
    return len(rows)


AUDIT_KIND = "engagements.imported"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import stored and what the match then found."""

    stored: int
    counts: dict[str, int]  # invoices per engagement state after the match


def store_import(
    session: Session, engagements: Sequence[Engagement], *, file_name: str, user: str
) -> ImportOutcome:
    """One import: replace, re-match, chained audit event (the writer's one transaction)."""
    stored = replace_engagements(session, engagements)
    counts = state_counts(session)
    append_event(
        session,
        actor=user,
        kind=AUDIT_KIND,
        details={"file": file_name, "engagements": stored, "invoices": counts},
    )
    return ImportOutcome(stored, counts)


def store_requirement(
    session: Session,
    structure_id: int,
    *,
    engagement_required: bool,
    service_required: bool,
    service_or_engagement: bool,
) -> None:
    """Upsert what ``structure_id`` demands, and re-match its invoices; when it changed,
    their stored invoice checks are made stale (checked again with the new requirements)."""
    row = session.get(StructureRequirement, structure_id) or StructureRequirement(
        structure_id=structure_id
    )
    before = (row.engagement_required, row.service_required, row.service_or_engagement)
    changed = before != (engagement_required, service_required, service_or_engagement)
    row.engagement_required = engagement_required
    row.service_required = service_required
    row.service_or_engagement = service_or_engagement
    row.read_at = utc_now()
    session.add(row)
    session.flush()
    ids = list(session.scalars(select(Invoice.id).where(Invoice.structure_id == structure_id)))
    if ids:
        match_invoices(session, ids)
    if ids and changed:
        session.execute(
            update(InvoiceCheck)
            .where(InvoiceCheck.invoice_id.in_(ids))
            .values(rules_version=STALE_RULES)
        )


def state_counts(session: Session) -> dict[str, int]:
    """Invoices per engagement state (the dashboard's figures; ``ix_invoices_engagement``)."""
    rows = session.execute(
        select(Invoice.engagement_state, func.count())
        .where(Invoice.engagement_state.is_not(None))
        .group_by(Invoice.engagement_state)
    )
    return {str(state): int(n) for state, n in rows}


def engagement_of(session: Session, number: str | None) -> EngagementRow | None:
    """The engagement an invoice's number designates (None when none)."""
    key = number_key(number)
    if not key:
        return None
    return session.scalar(select(EngagementRow).where(EngagementRow.number_key == key))
