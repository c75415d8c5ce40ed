"""Allowed status transitions and chains (data from the contract, statuses.json).

Checked against ``shared/spec/statuses.json`` by ``tests/domain/test_catalog_matches_spec.py``.
"""

from __future__ import annotations

from desktop_app.domain.status_types import Actor, TransitionRule

TRANSITIONS: tuple[TransitionRule, ...] = (
    TransitionRule(None, "DEPOSEE", Actor.SUPPLIER, confirmed=True),
    TransitionRule("DEPOSEE", "EN_COURS_ACHEMINEMENT", Actor.PLATFORM, confirmed=False),
    TransitionRule("DEPOSEE", "MISE_A_DISPOSITION", Actor.PLATFORM, confirmed=True),
    TransitionRule("EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", Actor.PLATFORM, confirmed=False),
    TransitionRule("VALIDEE_1", "DEPOSEE", Actor.PLATFORM, confirmed=False),
    TransitionRule("VALIDEE_2", "DEPOSEE", Actor.PLATFORM, confirmed=False),
    TransitionRule("ABSENCE_VALIDATION_1_HORS_DELAI", "DEPOSEE", Actor.PLATFORM, confirmed=False),
    TransitionRule("ABSENCE_VALIDATION_2_HORS_DELAI", "DEPOSEE", Actor.PLATFORM, confirmed=False),
    TransitionRule("MISE_A_DISPOSITION", "SUSPENDUE", Actor.RECIPIENT, confirmed=True),
    TransitionRule("MISE_A_DISPOSITION", "REJETEE", Actor.RECIPIENT, confirmed=True),
    TransitionRule("MISE_A_DISPOSITION", "A_RECYCLER", Actor.RECIPIENT, confirmed=True),
    TransitionRule("MISE_A_DISPOSITION", "MANDATEE", Actor.RECIPIENT, confirmed=True),
    TransitionRule(
        "MISE_A_DISPOSITION", "MISE_A_DISPOSITION_COMPTABLE", Actor.RECIPIENT, confirmed=True
    ),
    TransitionRule("MISE_A_DISPOSITION", "COMPTABILISEE", Actor.RECIPIENT, confirmed=True),
    TransitionRule("MISE_A_DISPOSITION", "MISE_EN_PAIEMENT", Actor.RECIPIENT, confirmed=True),
    TransitionRule("MISE_A_DISPOSITION", "SERVICE_FAIT", Actor.RECIPIENT, confirmed=True),
    TransitionRule("COMPLETEE", "SUSPENDUE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPLETEE", "REJETEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPLETEE", "A_RECYCLER", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPLETEE", "SERVICE_FAIT", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPLETEE", "MANDATEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPLETEE", "MISE_A_DISPOSITION_COMPTABLE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPLETEE", "COMPTABILISEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPLETEE", "MISE_EN_PAIEMENT", Actor.RECIPIENT, confirmed=False),
    TransitionRule("SUSPENDUE", "COMPLETEE", Actor.SUPPLIER, confirmed=True),
    TransitionRule("SUSPENDUE", "REJETEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("A_RECYCLER", "DEPOSEE", Actor.SUPPLIER, confirmed=True),
    TransitionRule("SERVICE_FAIT", "MANDATEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule(
        "SERVICE_FAIT", "MISE_A_DISPOSITION_COMPTABLE", Actor.RECIPIENT, confirmed=False
    ),
    TransitionRule("SERVICE_FAIT", "COMPTABILISEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("SERVICE_FAIT", "MISE_EN_PAIEMENT", Actor.RECIPIENT, confirmed=False),
    TransitionRule("SERVICE_FAIT", "SUSPENDUE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("SERVICE_FAIT", "REJETEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("SERVICE_FAIT", "A_RECYCLER", Actor.RECIPIENT, confirmed=False),
    TransitionRule("MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", Actor.RECIPIENT, confirmed=True),
    TransitionRule("MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", Actor.ACCOUNTING, confirmed=True),
    TransitionRule("MANDATEE", "COMPTABILISEE", Actor.ACCOUNTING, confirmed=False),
    TransitionRule("MANDATEE", "MISE_EN_PAIEMENT", Actor.ACCOUNTING, confirmed=True),
    TransitionRule("MANDATEE", "REJETEE", Actor.RECIPIENT, confirmed=True),
    TransitionRule(
        "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", Actor.ACCOUNTING, confirmed=True
    ),
    TransitionRule(
        "MISE_A_DISPOSITION_COMPTABLE", "MISE_EN_PAIEMENT", Actor.ACCOUNTING, confirmed=True
    ),
    TransitionRule("MISE_A_DISPOSITION_COMPTABLE", "REJETEE", Actor.RECIPIENT, confirmed=False),
    TransitionRule("COMPTABILISEE", "MISE_EN_PAIEMENT", Actor.ACCOUNTING, confirmed=True),
)

RECIPIENT_ACTION_TARGETS: tuple[str, ...] = (
    "SUSPENDUE",
    "REJETEE",
    "A_RECYCLER",
    "SERVICE_FAIT",
    "MANDATEE",
    "MISE_A_DISPOSITION_COMPTABLE",
    "COMPTABILISEE",
    "MISE_EN_PAIEMENT",
)
RECIPIENT_PROCESSABLE_STATUSES: tuple[str, ...] = (
    "MISE_A_DISPOSITION",
    "COMPLETEE",
    "SERVICE_FAIT",
    "MANDATEE",
    "MISE_A_DISPOSITION_COMPTABLE",
    "COMPTABILISEE",
)
STATUSES_RETURNED_TO_SUPPLIER: tuple[str, ...] = ("A_RECYCLER", "SUSPENDUE", "REJETEE")
MAIN_CHAIN: tuple[str, ...] = (
    "DEPOSEE",
    "MISE_A_DISPOSITION",
    "SERVICE_FAIT",
    "MANDATEE",
    "MISE_A_DISPOSITION_COMPTABLE",
    "COMPTABILISEE",
    "MISE_EN_PAIEMENT",
)
