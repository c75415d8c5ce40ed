"""An administrator's settings of a recipient structure: approval circuit and entity kind.

Which configuration wins: with the sandbox profile, the sandbox's server-side rules are
authoritative (the sandbox enforces them and :func:`store_sandbox_configuration` re-stores them
at each connection), so the editor shows that circuit read-only and saves the entity kind only
(``circuit=None``). With Chorus Pro (qualification, production) or a custom platform, which have
no approval circuit, the local configuration saved here is the only one
(:func:`circuit_is_local`). The entity kind is always local: the sandbox only seeds it when
none is stored.

:func:`save_structure_settings` refuses non-administrators, validates, then in ONE writer
transaction replaces the circuit, upserts the entity kind, appends a chained audit event with
the old and new configuration, and recomputes the payment deadlines of the structure's invoices
when the kind changed.

:func:`read_structure_rules` and :func:`read_service_rules` read the platform's
``consulterStructure`` / ``consulterServiceStructure`` answers: NESTED in real answers
(``parametres``, ``informationGenerales`` / ``informationsGenerales``; OCA l10n-france
``l10n_fr_chorus_account`` and go-choruspro), flat in the sandbox before 2026-12 (still read).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.approvals import ApprovalCircuit
from desktop_app.domain.circuit_validation import check_circuit, entity_kind_of
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.errors import PermissionDenied, ValidationError
from desktop_app.domain.status_types import Role
from desktop_app.models.approvals import ApprovalApprover, ApprovalThreshold, StructureSetting
from desktop_app.models.audit_store import append_event
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice, Service, Structure
from desktop_app.sync.approvals import load_circuit, store_circuit
from desktop_app.sync.derived import (
    PARIS,
    ClockDates,
    deadline_values,
    refresh_derived_fields,
)
from desktop_app.sync.profiles import ProfileKind

#: The kind a structure without a stored setting has (as :func:`refresh_derived_fields`).
DEFAULT_ENTITY_KIND = EntityKind.LOCAL_AUTHORITY
AUDIT_KIND = "approval.circuit_changed"
BULK_ROWS = 5_000
_DEADLINE_COLUMNS = ("payment_deadline", "deadline_state", "deadline_balance")
_UPDATE_DEADLINE = (
    "UPDATE invoices SET payment_deadline = ?, deadline_state = ?, deadline_balance = ? "
    "WHERE id = ?"
)


@dataclass(frozen=True, slots=True)
class StructureChoice:
    """A structure the editor offers: id, name (may be empty) and cached invoices."""

    id: int
    name: str
    invoices: int


@dataclass(frozen=True, slots=True)
class StructureConfiguration:
    """What is stored for one structure (defaults when nothing is)."""

    structure_id: int
    circuit: ApprovalCircuit
    entity_kind: EntityKind
    kind_stored: bool  # False: no setting stored, the default kind applies


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What a save did."""

    event_id: int
    circuit_changed: bool
    kind_changed: bool
    recomputed: int  # invoices whose deadline was recomputed


@dataclass(frozen=True, slots=True)
class StructureRules:
    """What a structure demands of an invoice (``consulterStructure`` ``parametres``)."""

    structure_id: int | None
    name: str
    service_required: bool  # codeServiceDoitEtreRenseigne
    engagement_required: bool  # numeroEJDoitEtreRenseigne
    service_or_engagement: bool  # gestionNumeroEJOuCodeService


@dataclass(frozen=True, slots=True)
class ServiceRules:
    """One service of a structure (``consulterServiceStructure``)."""

    code: str
    name: str
    engagement_required: bool  # parametres.numeroEngagement
    valid_from: datetime | None
    valid_until: datetime | None


def _flag(*values: Any) -> bool:
    """The first value given (not None) as a boolean (``true``, ``"true"``, ``"OUI"``)."""
    for value in values:
        if value is None:
            continue
        if isinstance(value, str):
            return value.strip().upper() in ("TRUE", "OUI", "1")
        return bool(value)
    return False


def _block(answer: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        value = answer.get(name)
        if isinstance(value, dict):
            return value
    return {}


def read_structure_rules(answer: dict[str, Any]) -> StructureRules:
    """Read a ``consulterStructure`` answer, nested (real) or flat (old sandbox)."""
    params = _block(answer, "parametres")
    info = _block(answer, "informationGenerales", "informationsGenerales")
    raw_id = info.get("idStructureCPP", answer.get("idStructureCPP"))
    try:
        structure_id = int(raw_id) if raw_id not in (None, "") else None
    except (TypeError, ValueError):
        structure_id = None
    name = (
        info.get("libelleStructure")
        or info.get("raisonSocialeStructure")
        or answer.get("designationStructure")
        or answer.get("raisonSociale")
        or ""
    )
    return StructureRules(
        structure_id=structure_id,
        name=str(name),
        service_required=_flag(
            params.get("codeServiceDoitEtreRenseigne"), answer.get("codeServiceDoitEtreRenseigne")
        ),
        engagement_required=_flag(
            params.get("numeroEJDoitEtreRenseigne"), answer.get("numeroEJDoitEtreRenseigne")
        ),
        service_or_engagement=_flag(
            params.get("gestionNumeroEJOuCodeService"), answer.get("gestionNumeroEJOuCodeService")
        ),
    )


def read_service_rules(answer: dict[str, Any]) -> ServiceRules:
    """Read a ``consulterServiceStructure`` answer, nested (real) or flat ``service`` block."""
    flat = _block(answer, "service")
    info = _block(answer, "informationsGenerales", "informationGenerales")
    params = _block(answer, "parametres")
    return ServiceRules(
        code=str(info.get("codeService") or flat.get("codeService") or ""),
        name=str(info.get("nomService") or flat.get("libelleService") or ""),
        engagement_required=_flag(
            params.get("numeroEngagement"), flat.get("engagementEtatJuridiqueObligatoire")
        ),
        valid_from=platform_datetime(params.get("dateDebutValidite") or flat.get("dateDbtService")),
        valid_until=platform_datetime(params.get("dateFinValidite") or flat.get("dateFinService")),
    )


def platform_datetime(value: Any) -> datetime | None:
    """A service date of the platform: ``YYYY-MM-DD HH:MM`` (real answers), ``YYYY-MM-DD``
    (old sandbox) or ISO 8601; None when absent or unreadable (a date is never invented).
    Naive values are the platform's local time, kept naive."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for layout in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, layout)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def circuit_is_local(kind: ProfileKind) -> bool:
    """True when the local circuit is authoritative (every profile but the sandbox)."""
    return kind is not ProfileKind.SANDBOX


def known_structures(session: Session) -> list[StructureChoice]:
    """Structures of the cache (invoices, referential, stored settings), sorted by name."""
    found: dict[int, StructureChoice] = {}
    for sid, name, count in session.execute(
        select(Invoice.structure_id, func.max(Invoice.structure_name), func.count())
        .where(Invoice.structure_id.is_not(None))
        .group_by(Invoice.structure_id)
    ):
        if sid is None:
            continue
        found[int(sid)] = StructureChoice(int(sid), str(name or ""), int(count))
    for sid, name in session.execute(select(Structure.id, Structure.name)):
        known = found.get(int(sid))
        found[int(sid)] = StructureChoice(int(sid), str(name), known.invoices if known else 0)
    for table in (StructureSetting, ApprovalThreshold, ApprovalApprover):
        for sid in session.scalars(select(table.structure_id).distinct()):
            found.setdefault(int(sid), StructureChoice(int(sid), "", 0))
    found.pop(0, None)  # the "no structure" bucket of invoices without one
    return sorted(found.values(), key=lambda s: (s.name == "", s.name.lower(), s.id))


def known_service_codes(session: Session, structure_id: int) -> list[str]:
    """The codes of the structure's services known to the cache (from the platform)."""
    query = (
        select(Service.code)
        .where(Service.structure_id == structure_id)
        .distinct()
        .order_by(Service.code)
    )
    return [str(code) for code in session.scalars(query) if code]


def load_structure_settings(session: Session, structure_id: int) -> StructureConfiguration:
    """The stored circuit and entity kind of ``structure_id``."""
    setting = session.get(StructureSetting, structure_id)
    kind = DEFAULT_ENTITY_KIND
    if setting is not None:
        try:
            kind = EntityKind(setting.entity_kind)
        except ValueError:
            kind = DEFAULT_ENTITY_KIND
    return StructureConfiguration(
        structure_id, load_circuit(session, structure_id), kind, setting is not None
    )


def circuit_as_dict(circuit: ApprovalCircuit) -> dict[str, Any]:
    """A JSON-ready, ordered description of ``circuit`` (for the audit trail)."""
    policy = circuit.policy
    return {
        "default_threshold": str(policy.default_threshold),
        "thresholds": {k: str(v) for k, v in sorted(policy.thresholds_by_service.items())},
        "approvers": [
            {"user": a.user, "services": sorted(a.services)}
            for a in sorted(circuit.approvers, key=lambda a: a.user)
        ],
        "delegations": [
            {
                "delegator": d.delegator,
                "delegate": d.delegate,
                "start": d.start.isoformat(),
                "end": d.end.isoformat(),
            }
            for d in sorted(
                circuit.delegations, key=lambda d: (d.delegator, d.delegate, d.start, d.end)
            )
        ],
    }


def recompute_deadlines(
    session: Session, structure_id: int, kind: EntityKind, *, today: date | None = None
) -> int:
    """Recompute the payment deadline of every invoice of ``structure_id`` for ``kind``.

    Only the deadline depends on the kind: invoices already derived keep their clock dates
    (received, suspended, resumed, settled) and get the deadline of :mod:`sync.derived`; only
    the rows whose deadline moves are updated (one executemany). Never-derived invoices go
    through :func:`refresh_derived_fields` in full. Returns how many invoices were recomputed.
    """
    day = today or datetime.now(PARIS).date()
    rows = session.execute(
        select(
            Invoice.id,
            Invoice.invoice_type,
            Invoice.received_on,
            Invoice.suspended_on,
            Invoice.resumed_on,
            Invoice.settled_on,
            Invoice.payment_deadline,
            Invoice.deadline_state,
            Invoice.deadline_balance,
        ).where(Invoice.structure_id == structure_id)
    ).all()
    never = [int(r.id) for r in rows if r.deadline_state is None]
    changes: list[tuple[str | None, str, int | None, int]] = []
    for r in rows:
        if r.deadline_state is None:
            continue
        dates = ClockDates(r.received_on, r.suspended_on, r.resumed_on, r.settled_on)
        values = deadline_values(r, dates, kind, day)
        due, state, balance = (values[c] for c in _DEADLINE_COLUMNS)
        if (due, state, balance) != (r.payment_deadline, r.deadline_state, r.deadline_balance):
            changes.append((due.isoformat() if due else None, state, balance, int(r.id)))
    # The driver's executemany: SQLite stores SQLAlchemy's Date as ISO text (as bench.ui_fill).
    connection = session.connection()
    for start in range(0, len(changes), BULK_ROWS):
        connection.exec_driver_sql(_UPDATE_DEADLINE, changes[start : start + BULK_ROWS])
    if never:
        refresh_derived_fields(session, never, today=today, default_kind=DEFAULT_ENTITY_KIND)
    return len(rows)


def check_admin(role: Role, user: str) -> None:
    """Raise :class:`PermissionDenied` (``permission.admin_only``) unless ``role`` is admin."""
    if role is not Role.ADMIN:
        raise PermissionDenied("permission.admin_only", user=user, role=role.value)


def save_in_session(
    session: Session,
    structure_id: int,
    circuit: ApprovalCircuit | None,
    entity_kind: EntityKind,
    *,
    user: str,
    today: date | None = None,
) -> SaveOutcome:
    """The writer-side part of :func:`save_structure_settings` (caller's transaction)."""
    before = load_structure_settings(session, structure_id)
    new_circuit = before.circuit if circuit is None else circuit
    old_view, new_view = circuit_as_dict(before.circuit), circuit_as_dict(new_circuit)
    if circuit is not None:
        store_circuit(session, structure_id, circuit)
    setting = session.get(StructureSetting, structure_id)
    if setting is None:
        session.add(StructureSetting(structure_id=structure_id, entity_kind=entity_kind.value))
    else:
        setting.entity_kind = entity_kind.value
    session.flush()
    kind_changed = before.entity_kind is not entity_kind
    recomputed = 0
    if kind_changed:
        recomputed = recompute_deadlines(session, structure_id, entity_kind, today=today)
    event = append_event(
        session,
        actor=user,
        kind=AUDIT_KIND,
        details={
            "structure_id": structure_id,
            "old": {
                "entity_kind": before.entity_kind.value if before.kind_stored else None,
                "circuit": old_view,
            },
            "new": {"entity_kind": entity_kind.value, "circuit": new_view},
            "circuit_saved": circuit is not None,
            "recomputed_deadlines": recomputed,
        },
    )
    return SaveOutcome(event.id, old_view != new_view, kind_changed, recomputed)


def save_structure_settings(
    database: Database,
    structure_id: int,
    circuit: ApprovalCircuit | None,
    entity_kind: EntityKind | str,
    *,
    user: str,
    role: Role,
    today: date | None = None,
) -> SaveOutcome:
    """Store ``structure_id``'s circuit and entity kind (administrators only), blocking.

    ``circuit=None`` keeps the stored circuit (sandbox profile: the sandbox's rules stand).
    Raises :class:`PermissionDenied` for other roles and
    :class:`~desktop_app.domain.circuit_validation.CircuitInvalid` for a circuit or kind that
    breaks a rule; nothing is written then. Call it off the GUI thread.
    """
    check_admin(role, user)
    if int(structure_id) <= 0:
        raise ValidationError("validation.structure_required", structure=str(structure_id))
    kind = entity_kind if isinstance(entity_kind, EntityKind) else entity_kind_of(entity_kind)
    if circuit is not None:
        check_circuit(circuit)
    return database.writer.run(
        lambda session: save_in_session(
            session, int(structure_id), circuit, kind, user=user, today=today
        )
    )
