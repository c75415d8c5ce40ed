"""Saving a structure's circuit and payment category in team mode: the team's copy first.

In team mode the entity's circuit and each structure's payment category are the team
store's (edited once, for every desktop): the administrator's save is written to the team
store first, as their own database role — the server's grants refuse anyone else
(``team.circuit_denied``) and nothing changes locally then — and only then to this desktop's
cache (with its audit event and recomputed deadlines, as in solo mode). An unreachable store
refuses the save (``team.circuit_offline``): a circuit edited on one desktop alone is what team
mode exists to avoid. The other desktops follow at their next team sync
(:func:`desktop_app.sync.team_results.apply_snapshot`). In solo mode this is
:func:`~desktop_app.sync.structure_settings.save_structure_settings`, unchanged.
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.approvals import ApprovalCircuit
from desktop_app.domain.circuit_validation import check_circuit, entity_kind_of
from desktop_app.domain.deadlines import EntityKind
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database
from desktop_app.sync import team_mode
from desktop_app.sync.structure_settings import SaveOutcome, check_admin, save_structure_settings


def save_settings(
    database: Database,
    structure_id: int,
    circuit: ApprovalCircuit | None,
    entity_kind: EntityKind | str,
    *,
    user: str,
    role: Role,
    today: date | None = None,
) -> SaveOutcome:
    """Store the settings in the team store (team mode), then in the cache; blocking."""
    link = team_mode.link_for(database)
    if link is not None:
        check_admin(role, user)  # this desktop's own rule: nothing is sent for the others
        if int(structure_id) <= 0:
            raise ValidationError("validation.structure_required", structure=str(structure_id))
        kind = entity_kind if isinstance(entity_kind, EntityKind) else entity_kind_of(entity_kind)
        if circuit is not None:
            check_circuit(circuit)
        link.store_settings(int(structure_id), circuit, kind.value)
    return save_structure_settings(
        database, structure_id, circuit, entity_kind, user=user, role=role, today=today
    )
