"""Engagements on the platform side: what each structure requires of its invoices.

(The import of the financial software's export is ``documents.engagements_file``.)
:func:`learn_requirements` reads each structure's ``consulterStructure`` ``parametres``
  (``numeroEJDoitEtreRenseigne``, ``codeServiceDoitEtreRenseigne``,
  ``gestionNumeroEJOuCodeService``; nested in real answers: OCA l10n-france
  ``l10n_fr_chorus_account``, go-choruspro ``structures_consultations_test.go``) at each
  pull, so an invoice without the required number is flagged ``missing``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models.database import Database
from desktop_app.models.engagements import store_requirement
from desktop_app.sync.errors import SyncError
from desktop_app.sync.structure_settings import read_structure_rules

log = logging.getLogger(__name__)

CONSULT_STRUCTURE = "/cpro/structures/v1/consulter"  # consulterStructure (spec 3.8)


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
