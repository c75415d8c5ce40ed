"""The window's team-mode surface (Qt-free): take the selection in hand or let it go, internal
notes, the team link's state and a password typed for this session.

Everything goes through the team queue (:mod:`desktop_app.sync.team_ops`): it works offline
and reaches the team store exactly once. In **solo mode** (no team store) claims are not
offered — there is nobody to share them with — and notes are kept on this desktop only (they
are never queued, so they stay local even if a team store is configured later).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.status_types import Role
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice
from desktop_app.models.team_local import OpKind, OpState, TeamAssignment, TeamNote, TeamQueueOp
from desktop_app.sync import team_mode
from desktop_app.sync.credentials import SecretStore
from desktop_app.sync.events import EventBus, InvoicesChanged, TeamLinkChanged
from desktop_app.sync.team_ops import (
    checked_note,
    claim_in_session,
    note_in_session,
    release_in_session,
)
from desktop_app.sync.team_searches import TeamSearches

#: Roles that may let go of someone else's claim (the server decides in the end).
RELEASE_ANYONES = frozenset({Role.MANAGER, Role.ADMIN})


@dataclass(frozen=True, slots=True)
class ClaimRefusal:
    """An invoice not taken (or not let go): who holds it and since when (ISO, UTC)."""

    invoice_id: int
    number: str
    by: str
    at: str
    key: str  # "validation.claimed_by_other" or "validation.release_not_yours"


@dataclass(frozen=True, slots=True)
class ClaimOutcome:
    """What a claim or release did on the selection."""

    done: tuple[int, ...]
    refused: tuple[ClaimRefusal, ...] = ()
    unchanged: tuple[int, ...] = ()  # already ours (claim) or nobody's (release)


@dataclass(frozen=True, slots=True)
class ClaimView:
    """Who took an invoice in hand, since when, and whether the store confirmed it."""

    by: str
    at: str
    confirmed: bool


@dataclass(frozen=True, slots=True)
class NoteView:
    """An internal note as the detail pane shows it; ``where`` is ``shared`` (in the team
    store), ``waiting`` (queued, not yet confirmed) or ``local`` (this desktop only)."""

    note_key: str
    author: str
    created_at: str
    body: str
    where: str


def _number(session: Session, invoice_id: int) -> str:
    invoice = session.get(Invoice, invoice_id)
    return invoice.number if invoice is not None else str(invoice_id)


class TeamDesk:
    """Team mode for one cache; ``who`` gives the working person's name and role."""

    def __init__(
        self,
        database: Database,
        bus: EventBus,
        secrets: Callable[[], SecretStore],
        who: Callable[[], tuple[str, Role]],
    ) -> None:
        self.database = database
        self.bus = bus
        self.secrets = secrets
        self.who = who

    # -- mode and link ---------------------------------------------------------------------
    def is_team(self) -> bool:
        """True when this cache's team link runs (else solo mode)."""
        return team_mode.link_for(self.database) is not None

    def login(self) -> str:
        """The name claims and notes are made under: the person's database role in team
        mode (what the store records), else the working person's name."""
        link = team_mode.link_for(self.database)
        return link.user if link is not None else self.who()[0]

    def link_state(self) -> TeamLinkChanged | None:
        """The link's last known state (``None``: solo mode); ``connecting`` before its
        first round."""
        link = team_mode.link_for(self.database)
        if link is None:
            return None
        result = link.last_result
        if result is None:
            return TeamLinkChanged("connecting", None, link.pending_count())
        return team_mode.link_event(result, link.pending_count())

    def keyring_available(self) -> bool:
        """Whether a password can be kept in the OS keyring (else: this session only)."""
        return self.secrets().keyring_available()

    def use_password(self, password: str, *, remember: bool) -> bool:
        """Connect with ``password`` (kept for this session; in the keyring too when
        ``remember`` and there is one). True when the keyring holds it."""
        if not password:
            raise ValidationError("validation.password_empty")
        return team_mode.use_password(self.database, self.secrets(), password, remember)

    def searches(self, owner: str) -> TeamSearches:
        """``owner``'s saved searches (and, in team mode, the ones colleagues share); in team
        mode every change is queued for the team store as this person's database role."""
        login = self.login() if self.is_team() else None
        return TeamSearches(self.database, owner, login, self._wake)

    def _wake(self) -> None:
        link = team_mode.link_for(self.database)
        if link is not None:
            link.wake()

    def _after(self, future: Future[ClaimOutcome]) -> Future[ClaimOutcome]:
        def done(finished: Future[ClaimOutcome]) -> None:
            if finished.exception() is None:
                changed = finished.result().done
                if changed:
                    self.bus.publish(InvoicesChanged(changed_ids=changed))
                self._wake()

        future.add_done_callback(done)
        return future

    # -- claims ----------------------------------------------------------------------------
    def claim(self, invoice_ids: list[int]) -> Future[ClaimOutcome]:
        """Take ``invoice_ids`` in hand (team mode only); those someone else already holds
        are refused with who and since when."""
        if not self.is_team():
            raise ValidationError("validation.team_only")
        user = self.login()

        def work(session: Session) -> ClaimOutcome:
            done: list[int] = []
            unchanged: list[int] = []
            refused: list[ClaimRefusal] = []
            for invoice_id in invoice_ids:
                try:
                    with session.begin_nested():
                        key = claim_in_session(session, invoice_id, user)
                except ValidationError as exc:
                    params = exc.params
                    refused.append(
                        ClaimRefusal(
                            invoice_id,
                            _number(session, invoice_id),
                            str(params.get("user", "")),
                            str(params.get("at", "")),
                            exc.key,
                        )
                    )
                    continue
                (done if key is not None else unchanged).append(invoice_id)
            return ClaimOutcome(tuple(done), tuple(refused), tuple(unchanged))

        return self._after(self.database.writer.submit(work))

    def release(self, invoice_ids: list[int]) -> Future[ClaimOutcome]:
        """Let go of ``invoice_ids``: one's own claims; a manager may also let go of a
        colleague's (the server decides); a clerk is told whose claim it is."""
        if not self.is_team():
            raise ValidationError("validation.team_only")
        user, role = self.login(), self.who()[1]

        def work(session: Session) -> ClaimOutcome:
            done: list[int] = []
            unchanged: list[int] = []
            refused: list[ClaimRefusal] = []
            for invoice_id in invoice_ids:
                held = session.get(TeamAssignment, invoice_id)
                if held is None:
                    unchanged.append(invoice_id)
                elif held.claimed_by != user and role not in RELEASE_ANYONES:
                    refused.append(
                        ClaimRefusal(
                            invoice_id,
                            _number(session, invoice_id),
                            held.claimed_by,
                            held.claimed_at,
                            "validation.release_not_yours",
                        )
                    )
                else:
                    release_in_session(session, invoice_id, user)
                    done.append(invoice_id)
            return ClaimOutcome(tuple(done), tuple(refused), tuple(unchanged))

        return self._after(self.database.writer.submit(work))

    def claims(self, invoice_ids: list[int]) -> dict[int, ClaimView]:
        """The known claims of ``invoice_ids`` (empty in solo mode)."""
        if not invoice_ids:
            return {}
        with self.database.read() as session:
            rows = session.scalars(
                select(TeamAssignment).where(TeamAssignment.invoice_id.in_(invoice_ids))
            )
            return {
                row.invoice_id: ClaimView(row.claimed_by, row.claimed_at, bool(row.confirmed))
                for row in rows
            }

    # -- notes -----------------------------------------------------------------------------
    def add_note(self, invoice_id: int, text: str) -> Future[str]:
        """Add an internal note (never sent to the platform): for the team in team mode,
        on this desktop only in solo mode. An empty or too long text is refused at once."""
        checked_note(text)
        share, user = self.is_team(), self.login()
        future = self.database.writer.submit(
            lambda s: note_in_session(s, invoice_id, text, user, share=share)
        )
        future.add_done_callback(lambda _f: self._wake())
        return future

    def notes(self, invoice_id: int) -> list[NoteView]:
        """The invoice's notes, oldest first."""
        with self.database.read() as session:
            waiting = {
                op.body().get("note_key")
                for op in session.scalars(
                    select(TeamQueueOp).where(
                        TeamQueueOp.kind == OpKind.NOTE.value,
                        TeamQueueOp.state == OpState.PENDING.value,
                    )
                )
            }
            rows = session.scalars(
                select(TeamNote)
                .where(TeamNote.invoice_id == invoice_id)
                .order_by(TeamNote.created_at, TeamNote.note_key)
            )
            return [
                NoteView(
                    row.note_key,
                    row.author,
                    row.created_at,
                    row.body,
                    "shared"
                    if row.confirmed
                    else ("waiting" if row.note_key in waiting else "local"),
                )
                for row in rows
            ]
