"""The structures (SIRET) the user's account is attached to, as the pull learns them.

A user may be attached to several structures — a university and its sites, a town hall and
its social action centre. Decision (docs/contract-decisions.md, "Structures of the user"):
the account's attachments, ``recupererRattachementsMonCompteUtilisateur`` (go-choruspro
``utilisateurs_rattachements.go``: ``listeStructureRattachement`` rows with ``idStructure``,
``identifiantStructure``, ``designationStructure``, ``roleUtilisateur``,
``statutRattachementStructure``), are read first; when that service is refused (a 4xx other
than authentication) or lists no receiving structure, ``recupererStructuresActivesPour
Destinataire`` (Pastell ``CPPWrapper::recupererStructuresActivesPourDestinataire``, the
service the pull used alone before) answers instead. Attachments as a supplier only, or
whose status says they ended, are not pulled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from desktop_app.sync.errors import AuthError, PlatformError, TransientPlatformError

log = logging.getLogger(__name__)

#: ``roleUtilisateur`` values that never receive invoices.
SUPPLIER_ROLES = frozenset({"FOURNISSEUR"})
#: ``statutRattachementStructure`` values of an attachment that ended (others are kept: the
#: service only lists structures with at least one active attachment, go-choruspro says).
ENDED_STATES = frozenset({"INACTIF", "SUPPRIME", "SUPPRIMEE", "DESACTIVE", "CLOTURE"})


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def from_attachments(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The receiving structures of ``listeStructureRattachement`` rows, in the shape of
    ``recupererStructuresActivesPourDestinataire`` (``idStructureCPP``, ``identifiant``,
    ``designationStructure``), each once, in the platform's order."""
    found: dict[int, dict[str, Any]] = {}
    for row in rows:
        if not isinstance(row, dict):
            continue
        try:
            structure_id = int(row.get("idStructure") or row.get("idStructureCPP") or 0)
        except (TypeError, ValueError):
            continue
        role = _text(row.get("roleUtilisateur")).upper()
        state = _text(row.get("statutRattachementStructure")).upper()
        if structure_id <= 0 or role in SUPPLIER_ROLES or state in ENDED_STATES:
            continue
        found.setdefault(
            structure_id,
            {
                "idStructureCPP": structure_id,
                "identifiant": _text(row.get("identifiantStructure")),
                "designationStructure": _text(row.get("designationStructure")),
            },
        )
    return list(found.values())


def learn_user_structures(
    attachments: Callable[[], list[dict[str, Any]]],
    active_structures: Callable[[], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The user's receiving structures: from the attachments, else the active structures."""
    try:
        structures = from_attachments(attachments())
    except (AuthError, TransientPlatformError):
        raise
    except PlatformError as exc:  # the service refused (not opened for this account, say)
        log.info(
            "attachments refused (HTTP %s, %s): using the active structures",
            exc.http_status,
            exc.code_retour,
        )
        structures = []
    if structures:
        return structures
    return [s for s in active_structures() if isinstance(s, dict) and s.get("idStructureCPP")]
