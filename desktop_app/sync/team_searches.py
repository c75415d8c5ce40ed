"""Saved searches in team mode: one's own (the cache's ``saved_searches``) and the team's.

A person's own searches stay in the cache, as in solo mode; in team mode each save, rename or
delete is also queued for the team store (``team_queue``, idempotency key, exactly once, in
the same writer transaction as the local change), with « partagée » or not. The searches the
others share arrive with the team sync (:func:`mirror_searches`, a JSON copy in
``team_state`` under ``team_searches``, readable offline) and are listed beside one's own,
marked with their owner. Only one's own can be renamed or deleted: the UI offers nothing
else, and the store's row-level security refuses anything else anyway (``change_own``,
``delete_own``). Solo mode writes exactly what it wrote before (no queue).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import ValidationError
from desktop_app.models.database import Database
from desktop_app.models.queries import InvoiceFilter
from desktop_app.models.saved_searches import criteria_from_json, criteria_to_json
from desktop_app.models.team_local import OpKind, enqueue_op, get_state, set_state
from desktop_app.models.work import SavedSearch

MAX_NAME = 200
TEAM_KEY = "team_searches"  # team_state: the others' shared searches, as last pulled
SHARED_KEY = "own_shared_searches"  # team_state: names of one's own searches marked shared
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """One search the sidebar lists: one's own (``own``; ``id`` its cache id) or a
    colleague's shared one (``owner`` its author; negative ``id``, position in the list)."""

    id: int
    name: str
    owner: str
    criteria: InvoiceFilter
    own: bool
    shared: bool


def checked_name(name: str) -> str:
    """The stripped name, or ``validation.search_name`` (empty or longer than 200)."""
    stripped = name.strip()
    if not stripped or len(stripped) > MAX_NAME:
        raise ValidationError("validation.search_name", maximum=str(MAX_NAME))
    return stripped


def _shared_names(session: Session) -> set[str]:
    return set(json.loads(get_state(session, SHARED_KEY) or "[]"))


def _set_shared(session: Session, name: str, shared: bool) -> None:
    names = _shared_names(session)
    (names.add if shared else names.discard)(name)
    set_state(session, SHARED_KEY, json.dumps(sorted(names), ensure_ascii=False))


def _queue(session: Session, body: dict[str, Any], login: str | None) -> None:
    if login is not None:
        enqueue_op(session, OpKind.SEARCH, body, login)


def save_in_session(
    session: Session,
    owner: str,
    name: str,
    criteria: InvoiceFilter,
    *,
    shared: bool = False,
    login: str | None = None,
) -> int:
    """Create or replace ``owner``'s search ``name``; queued for the team as ``login``
    (``None``: solo mode, the cache only). Returns its cache id."""
    name = checked_name(name)
    payload = criteria_to_json(criteria)
    row = session.scalar(
        select(SavedSearch).where(SavedSearch.owner == owner, SavedSearch.name == name)
    )
    if row is None:
        row = SavedSearch(owner=owner, name=name, criteria=payload)
        session.add(row)
    else:
        row.criteria = payload
    session.flush()
    if login is not None:
        _set_shared(session, name, shared)
        _queue(session, {"name": name, "query": json.loads(payload), "shared": shared}, login)
    return row.id


def _own(session: Session, owner: str, search_id: int) -> SavedSearch:
    row = session.get(SavedSearch, search_id)
    if row is None or row.owner != owner:
        raise ValidationError("validation.search_not_yours")
    return row


def rename_in_session(
    session: Session, owner: str, search_id: int, new_name: str, *, login: str | None = None
) -> str:
    """Rename one of ``owner``'s searches (``validation.search_name_taken`` if the new name
    is one of theirs already); queued for the team as ``login``. Returns the new name."""
    name = checked_name(new_name)
    row = _own(session, owner, search_id)
    if name == row.name:
        return name
    taken = session.scalar(
        select(SavedSearch.id).where(SavedSearch.owner == owner, SavedSearch.name == name)
    )
    if taken is not None:
        raise ValidationError("validation.search_name_taken", name=name)
    old = row.name
    row.name = name
    session.flush()
    if login is not None:
        was_shared = old in _shared_names(session)
        _set_shared(session, old, False)
        _set_shared(session, name, was_shared)
        _queue(session, {"name": name, "rename_from": old}, login)
    return name


def delete_in_session(
    session: Session, owner: str, search_id: int, *, login: str | None = None
) -> str:
    """Delete one of ``owner``'s searches; queued for the team as ``login``. Returns its name."""
    row = _own(session, owner, search_id)
    name = row.name
    session.delete(row)
    session.flush()
    if login is not None:
        _set_shared(session, name, False)
        _queue(session, {"name": name, "delete": True}, login)
    return name


def mirror_searches(session: Session, rows: list[dict[str, Any]], login: str) -> None:
    """Keep the others' shared searches as the team store lists them (``fetch_saved_searches``
    rows; ``login``'s own are in the cache already)."""
    theirs = [
        {"owner": str(r["owner"]), "name": str(r["name"]), "query": r["query"]}
        for r in rows
        if r["owner"] != login and r.get("shared", True)
    ]
    theirs.sort(key=lambda r: (r["name"].lower(), r["owner"]))
    set_state(session, TEAM_KEY, json.dumps(theirs, sort_keys=True, ensure_ascii=False))


def list_searches(database: Database, owner: str, *, team: bool) -> list[SearchEntry]:
    """``owner``'s searches by name, then (``team``) the ones colleagues share, by name."""
    with database.read() as session:
        own = list(
            session.scalars(
                select(SavedSearch).where(SavedSearch.owner == owner).order_by(SavedSearch.name)
            )
        )
        shared = _shared_names(session) if team else set()
        found = [
            SearchEntry(r.id, r.name, owner, criteria_from_json(r.criteria), True, r.name in shared)
            for r in own
        ]
        if not team:
            return found
        theirs = json.loads(get_state(session, TEAM_KEY) or "[]")
    for position, row in enumerate(theirs, start=1):
        try:
            criteria = criteria_from_json(json.dumps(row["query"]))
        except (ValueError, KeyError, TypeError):  # a newer desktop's criteria: not offered
            continue
        found.append(SearchEntry(-position, row["name"], row["owner"], criteria, False, True))
    return found


class TeamSearches:
    """The saved-search surface the window uses (solo or team: ``login`` is ``None`` in solo)."""

    def __init__(
        self,
        database: Database,
        owner: str,
        login: str | None,
        wake: Callable[[], None] | None = None,
    ) -> None:
        self.database = database
        self.owner = owner
        self.login = login
        self.wake = wake  # the team link pushes the queued operation without waiting

    def _submit(self, work: Callable[[Session], T]) -> Future[T]:
        future = self.database.writer.submit(work)
        if self.login is not None and self.wake is not None:
            wake = self.wake
            future.add_done_callback(lambda _f: wake())
        return future

    def list(self) -> list[SearchEntry]:
        """Own searches, then (team mode) the colleagues' shared ones."""
        return list_searches(self.database, self.owner, team=self.login is not None)

    def save(self, name: str, criteria: InvoiceFilter, *, shared: bool = False) -> Future[int]:
        """Save (or replace) a search; ``shared`` only counts in team mode."""
        checked_name(name)
        return self._submit(
            lambda s: save_in_session(
                s, self.owner, name, criteria, shared=shared, login=self.login
            )
        )

    def rename(self, search_id: int, new_name: str) -> Future[str]:
        """Rename one of one's own searches."""
        checked_name(new_name)
        return self._submit(
            lambda s: rename_in_session(s, self.owner, search_id, new_name, login=self.login)
        )

    def delete(self, search_id: int) -> Future[str]:
        """Delete one of one's own searches."""
        return self._submit(lambda s: delete_in_session(s, self.owner, search_id, login=self.login))
