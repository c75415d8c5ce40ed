"""The steps Chorus Pro takes on a works document when a deadline passes (tacit steps).

The platform, not a person, moves a statement when the MOE, the MOA or the titulaire lets
the legal deadline of its step pass. Three steps are played (project reading of the frames
A8 and A23 and of the CCAG-Travaux 2021, see docs/contract-decisions.md, "Works invoices,
tacit steps"):

- **MOE's deadline passed** (décret n° 2013-269 art. 5 II: the MOE's intervention is
  capped at fifteen days; 7 days for a monthly statement, CCAG-Travaux art. 12.2): the
  statement goes to ``ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE`` and the MOA may act
  alone;
- **tacit DGD, frame A23** (CCAG-Travaux 2021 art. 12.4.4): the titulaire's draft general
  statement of the tacit procedure (A22) has waited ten days for the MOA; it becomes the
  general and final statement (``A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR``);
- **tacit acceptance, frame A8** (CCAG-Travaux 2021 art. 12.4.3): the general statement
  notified by the MOA (validated final statement) was not returned with reservations by the
  titulaire within thirty days; it is deemed accepted and becomes the general and final
  statement (``A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR``).

Frames A24 and A25 (tacit DGD recorded by the MOE) are labelled (:data:`FRAME_LABELS`) but
not played: no public source says which event issues them instead of A23.
Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.works_circuit import WorksKind, WorksStep, frame_code, is_final, step_of
from desktop_app.domain.works_deadlines import (
    TACIT_DAYS,
    DeadlineRule,
    deadline_of,
)

#: CCAG-Travaux 2021 art. 12.4.3: thirty days for the titulaire to return the general statement.
ACCEPTANCE_DAYS = 30
MOE_LAPSED = "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"
#: The status of a general and final statement the platform established (project reading).
DGD_STATUS = "PRISE_EN_COMPTE_DESTINATAIRE"
A8 = "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR"
A23 = "A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR"
#: Frames that already are a general and final statement (no tacit step after them).
DGD_FRAMES = frozenset({"A8", "A23", "A24", "A25"})


class TacitKind(StrEnum):
    """Which deadline passed."""

    MOE_LAPSE = "moe_lapse"
    TACIT_DGD = "tacit_dgd"
    TACIT_ACCEPTANCE = "tacit_acceptance"


#: Legal basis of each tacit step (shown in the statement's history).
BASIS: dict[TacitKind, str] = {
    TacitKind.MOE_LAPSE: "décret n° 2013-269, art. 5 II ; CCAG-Travaux 2021, art. 12.2",
    TacitKind.TACIT_DGD: "CCAG-Travaux 2021, art. 12.4.4",
    TacitKind.TACIT_ACCEPTANCE: "CCAG-Travaux 2021, art. 12.4.3",
}

#: frame code -> (French, English) label of the works frames a tacit step may show.
FRAME_LABELS: dict[str, tuple[str, str]] = {
    "A8": ("Décompte général et définitif (A8)", "General and final statement (A8)"),
    "A22": (
        "Projet de décompte général du titulaire, procédure tacite (A22)",
        "Supplier's draft general statement, tacit procedure (A22)",
    ),
    "A23": (
        "Décompte général et définitif tacite (A23)",
        "Tacit general and final statement (A23)",
    ),
    "A24": (
        "Décompte général et définitif tacite, MOE (A24)",
        "Tacit general and final statement, MOE (A24)",
    ),
    "A25": (
        "Décompte général et définitif du MOE, procédure tacite (A25)",
        "MOE's general and final statement, tacit procedure (A25)",
    ),
}


@dataclass(frozen=True, slots=True)
class TacitStep:
    """What the platform does once ``due`` has passed."""

    kind: TacitKind
    due: date  # the last day of the deadline; the step happens the day after
    status: str  # the status the document takes
    frame: str | None  # the frame of the document it becomes (None: unchanged)
    works_kind: str | None  # its new typeFactureTravaux (None: unchanged)

    @property
    def basis(self) -> str:
        return BASIS[self.kind]

    @property
    def effective(self) -> date:
        """The day the step takes effect."""
        return self.due + timedelta(days=1)


def frame_label(frame: str | None, language: str = "fr") -> str:
    """The frame's label for the tacit frames, else the frame's code."""
    code = frame_code(frame)
    found = FRAME_LABELS.get(code)
    if found is None:
        return code
    return found[0] if language == "fr" else found[1]


def is_general_and_final(kind: str, frame: str | None) -> bool:
    """The document already is the general and final statement."""
    return kind == WorksKind.DECOMPTE_GENERAL_DEFINITIF or frame_code(frame) in DGD_FRAMES


def pending_step(
    status: str, kind: str, frame: str | None, deposited: date, status_day: date
) -> TacitStep | None:
    """The tacit step waiting for this document (whatever today is), or None.

    ``deposited`` starts the MOE's and the A22's deadlines; ``status_day`` (the day the
    current status was set) starts the titulaire's thirty days after the general statement.
    """
    step = step_of(status)
    if step is WorksStep.MOE_CHECK:
        found = deadline_of(status, kind, frame, deposited)
        if found is None:
            return None
        return TacitStep(TacitKind.MOE_LAPSE, found.due, MOE_LAPSED, None, None)
    if step is WorksStep.MOA_VALIDATION and frame_code(frame) == "A22":
        found = deadline_of(status, kind, frame, deposited)
        if found is None or found.rule is not DeadlineRule.TACIT:
            return None
        return TacitStep(
            TacitKind.TACIT_DGD,
            deposited + timedelta(days=TACIT_DAYS),
            DGD_STATUS,
            A23,
            WorksKind.DECOMPTE_GENERAL_DEFINITIF.value,
        )
    if status == "PRISE_EN_COMPTE_MOA" and is_final(kind) and not is_general_and_final(kind, frame):
        return TacitStep(
            TacitKind.TACIT_ACCEPTANCE,
            status_day + timedelta(days=ACCEPTANCE_DAYS),
            DGD_STATUS,
            A8,
            WorksKind.DECOMPTE_GENERAL_DEFINITIF.value,
        )
    return None


def due_step(
    status: str, kind: str, frame: str | None, deposited: date, status_day: date, today: date
) -> TacitStep | None:
    """The tacit step the platform takes now (its deadline passed before ``today``)."""
    found = pending_step(status, kind, frame, deposited, status_day)
    if found is None or today <= found.due:
        return None
    return found
