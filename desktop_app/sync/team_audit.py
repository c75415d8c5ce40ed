"""The audit trail checked against the team's copy of this desktop's anchors.

A trail truncated on one desktop (events and anchors deleted from its cache, the same user's
profile holding both) still matches its own remaining anchors; it no longer matches the copy
the team store kept (``team.anchor_copies``, append-only for everyone): an anchor the team has
is missing or different here, or the chain no longer reaches the event an anchor signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import func, select

from desktop_app.models.audit_anchors import AuditAnchor
from desktop_app.models.database import Database
from desktop_app.models.team_local import get_state
from desktop_app.models.work import AuditEvent
from desktop_app.sync import team_store


@dataclass(frozen=True, slots=True)
class TrailProblem:
    """One mismatch: ``key`` names it (``team.anchor_missing``, ``team.anchor_changed``,
    ``team.event_missing``, ``team.trail_shorter``)."""

    key: str
    anchor_id: int
    detail: str = ""


def check_against_team(conn: psycopg.Connection[Any], database: Database) -> list[TrailProblem]:
    """Every mismatch between this cache's trail and the team's copy of its anchors."""
    with database.read() as session:
        desktop = get_state(session, "desktop_id")
        if desktop is None:
            return []  # never copied anything: nothing to compare
        copies = team_store.fetch_anchor_copies(conn, desktop)
        count = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
        problems = []
        for copy in copies:
            anchor_id = int(copy["anchor_id"])
            local = session.get(AuditAnchor, anchor_id)
            if local is None:
                problems.append(TrailProblem("team.anchor_missing", anchor_id))
            elif (local.last_event_id, local.last_hash) != (
                copy["last_event_id"],
                copy["last_hash"],
            ):
                problems.append(TrailProblem("team.anchor_changed", anchor_id))
            event = session.get(AuditEvent, int(copy["last_event_id"]))
            if event is None or event.hash != copy["last_hash"]:
                problems.append(
                    TrailProblem("team.event_missing", anchor_id, str(copy["last_event_id"]))
                )
            if count < int(copy["event_count"]):
                problems.append(
                    TrailProblem(
                        "team.trail_shorter", anchor_id, f"{count} < {copy['event_count']}"
                    )
                )
        return problems
