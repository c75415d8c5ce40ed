"""Sign periodic anchors of the audit trail with the user's certificate key, when one is loaded.

The key only exists in memory, in certificate mode (:class:`ClientIdentity`); in PISTE mode
there is no key and so no anchor. An anchor is signed on the writer thread when at least
``every`` events were appended since the newest anchor, or at the end of a sync run as soon
as any event lies beyond it. Creating an anchor is not itself an audit event (that would
move the chain's end and call for another anchor, without end).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.models.audit_anchors import anchor_position, create_anchor
from desktop_app.models.audit_signers import remember_signer
from desktop_app.models.database import Database
from desktop_app.sync.http_signatures import ClientIdentity

DEFAULT_EVERY = 50


@dataclass(frozen=True, slots=True)
class AnchorMade:
    """An anchor just signed."""

    anchor_id: int
    last_event_id: int
    event_count: int
    signed_at: str
    signer_fingerprint: str
    signer_subject: str


def _sign_if(identity: ClientIdentity, minimum: int) -> Callable[[Session], AnchorMade | None]:
    def work(session: Session) -> AnchorMade | None:
        if anchor_position(session).unanchored < minimum:
            return None
        anchor = create_anchor(session, identity.private_key, identity.certificate)
        if anchor is None:
            return None
        return AnchorMade(
            anchor.id,
            anchor.last_event_id,
            anchor.event_count,
            anchor.signed_at,
            anchor.signer_fingerprint,
            anchor.signer_subject,
        )

    return work


def anchor_if_due(
    database: Database,
    identity: ClientIdentity | None,
    every: int = DEFAULT_EVERY,
    *,
    end_of_run: bool = False,
    signers_file: Path | None = None,
) -> AnchorMade | None:
    """Sign an anchor if ``every`` events (any event when ``end_of_run``) are unanchored.

    Returns the new anchor, or None (no identity, or nothing due). Not an audit event. The
    signer is recorded in ``signers_file`` (see :mod:`desktop_app.models.audit_signers`).
    """
    if identity is None:
        return None
    if every < 1:
        raise ValueError(f"every must be at least 1, got {every}")
    minimum = 1 if end_of_run else every
    made = database.writer.run(_sign_if(identity, minimum))
    if made is not None and signers_file is not None:
        remember_signer(signers_file, made.signer_fingerprint, made.signer_subject)
    return made


def anchor_now(
    database: Database, identity: ClientIdentity, signers_file: Path | None = None
) -> AnchorMade | None:
    """Sign an anchor over every event appended since the newest one (None if there is none)."""
    return anchor_if_due(database, identity, end_of_run=True, signers_file=signers_file)
