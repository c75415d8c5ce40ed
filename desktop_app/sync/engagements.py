"""Engagements: import the financial software's export, learn what each structure requires.

* :func:`import_engagement_file` reads and checks the whole file first (documents layer),
  then ONE writer transaction replaces the imported engagements, re-matches every invoice and
  appends a chained audit event: a refused file changes nothing.
* :func:`learn_requirements` reads each structure's ``consulterStructure`` ``parametres``
  (``numeroEJDoitEtreRenseigne``, ``codeServiceDoitEtreRenseigne``,
  ``gestionNumeroEJOuCodeService``; nested in real answers: OCA l10n-france
  ``l10n_fr_chorus_account``, go-choruspro ``structures_consultations_test.go``) at each
  pull, so an invoice without the required number is flagged ``missing``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.documents.engagements_file import read_engagement_file
from desktop_app.models.audit_store import append_event
from desktop_app.models.database import Database
from desktop_app.models.engagements import replace_engagements, state_counts, store_requirement
from desktop_app.sync.errors import SyncError
from desktop_app.sync.structure_settings import read_structure_rules

log = logging.getLogger(__name__)

CONSULT_STRUCTURE = "/cpro/structures/v1/consulter"  # consulterStructure (spec 3.8)
AUDIT_KIND = "engagements.imported"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import stored and what the match then found."""

    stored: int
    counts: dict[str, int]  # invoices per engagement state after the match


def import_engagement_file(database: Database, path: Path, *, user: str) -> ImportOutcome:
    """Import ``path``; raises ``EngagementError`` (nothing stored) when the file is refused.

    Call from a worker thread: the reading is done here, the storing on the writer.
    """
    parsed = read_engagement_file(path)

    def work(session: Session) -> ImportOutcome:
        stored = replace_engagements(session, parsed.engagements)
        counts = state_counts(session)
        append_event(
            session,
            actor=user,
            kind=AUDIT_KIND,
            details={"file": path.name, "engagements": stored, "invoices": counts},
        )
        return ImportOutcome(stored, counts)

    return database.writer.run(work)


def learn_requirements(
    client: Any,
    database: Database,
    structure_ids: Sequence[int],
    retry: Callable[[Callable[[], Any]], Any] | None = None,
) -> int:
    """Read and store each structure's invoicing requirements; how many were stored.

    Best effort: a structure whose answer is refused keeps its last stored requirement.
    """
    stored = 0
    for structure_id in structure_ids:

        def consult(sid: int = structure_id) -> Any:
            return client.call_raw(CONSULT_STRUCTURE, {"idStructureCPP": sid, "codeLangue": "FR"})

        try:
            answer = retry(consult) if retry is not None else consult()
        except SyncError as exc:
            log.info("requirements of structure %s not read: %s", structure_id, exc)
            continue
        rules = read_structure_rules(answer)

        def work(session: Session, sid: int = structure_id, found: Any = rules) -> None:
            store_requirement(
                session,
                sid,
                engagement_required=found.engagement_required,
                service_required=found.service_required,
                service_or_engagement=found.service_or_engagement,
            )

        database.writer.run(work)
        stored += 1
    return stored
