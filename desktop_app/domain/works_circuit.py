"""The works circuit (factures de travaux) as a recipient plays it: steps, who acts, actions.

Chorus Pro's works flow (cadres A4–A25 of the contract, statuses of
:mod:`desktop_app.domain.works_status_catalog`):

1. the titulaire (supplier) deposits a monthly draft statement or interim statement
   (``PROJET_DECOMPTE_MENSUEL`` A4 / ``ETAT_ACOMPTE`` A5) or a draft final statement
   (``PROJET_DECOMPTE_FINAL`` A7): it is ``MISE_A_DISPOSITION_MOE``;
2. the maître d'œuvre (MOE) checks it and issues the validated interim statement (A16) or the
   draft general statement (A17): ``TRANSMISE_MOA``; or refuses it: ``REFUSEE_MOE``;
   when he does not act in time the platform sets ``ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE``
   and the maître d'ouvrage (MOA) may act alone;
3. the MOA validates (validated interim statement A19, general statement A20):
   ``PRISE_EN_COMPTE_MOA``; or refuses: ``REFUSEE_MOA``;
4. tacit procedure (CCAG-Travaux 2021 art. 12.4.4): the general statement not notified in
   time, the titulaire deposits its own draft general statement (A22), the earlier document
   becomes ``REMPLACEE_PAR_A22``; the MOA then has ten days, after which the titulaire's
   draft becomes the general and final statement (A23).

Which status follows which action is the project's reading of these statuses (no public
client shows the process service): see docs/contract-decisions.md, "Works invoices".
Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.errors import PermissionDenied, TransitionNotAllowed, ValidationError
from desktop_app.domain.motif_catalog import COMMENT_MAX_LENGTH


class WorksRole(StrEnum):
    """The recipient-side roles of the works space (go-choruspro ``RoleMoe`` / ``RoleMoa``)."""

    MOE = "MOE"
    MOA = "MOA"


class WorksKind(StrEnum):
    """``typeFactureTravaux`` values (recupererTypesFactureTravaux)."""

    PROJET_DECOMPTE_MENSUEL = "PROJET_DECOMPTE_MENSUEL"
    ETAT_ACOMPTE = "ETAT_ACOMPTE"
    ETAT_ACOMPTE_VALIDE = "ETAT_ACOMPTE_VALIDE"
    PROJET_DECOMPTE_FINAL = "PROJET_DECOMPTE_FINAL"
    DECOMPTE_GENERAL_DEFINITIF = "DECOMPTE_GENERAL_DEFINITIF"


FINAL_KINDS = frozenset({WorksKind.PROJET_DECOMPTE_FINAL, WorksKind.DECOMPTE_GENERAL_DEFINITIF})
#: Frames of the tacit procedure (the supplier's or MOE's draft general statement / DGD).
TACIT_FRAMES = frozenset({"A22", "A23", "A24", "A25"})


class WorksStep(StrEnum):
    """Where a works document stands for the recipient."""

    MOE_CHECK = "moe_check"  # à vérifier (MOE)
    MOA_VALIDATION = "moa_validation"  # à valider (MOA)
    VALIDATED = "validated"  # validé par le MOA (paiement / DGD)
    RETURNED = "returned"  # refusé ou renvoyé au titulaire
    OTHER = "other"  # association, erreurs d'adressage, remplacé


STEP_OF_STATUS: dict[str, WorksStep] = {
    "A_VALIDER_MOE": WorksStep.MOE_CHECK,
    "MISE_A_DISPOSITION_MOE": WorksStep.MOE_CHECK,
    "PRISE_EN_COMPTE_MOE": WorksStep.MOE_CHECK,
    "TRANSMISE_MOA": WorksStep.MOA_VALIDATION,
    "MISE_A_DISPOSITION_MOA": WorksStep.MOA_VALIDATION,
    "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE": WorksStep.MOA_VALIDATION,
    "PRISE_EN_COMPTE_MOA": WorksStep.VALIDATED,
    "PRISE_EN_COMPTE_DESTINATAIRE": WorksStep.VALIDATED,
    "REFUSEE_MOE": WorksStep.RETURNED,
    "REFUSEE_MOA": WorksStep.RETURNED,
    "REFUSEE_FOURNISSEUR": WorksStep.RETURNED,
    "A_COMPLETER": WorksStep.RETURNED,
    "EN_ATTENTE_RECYCLAGE_FOURNISSEUR": WorksStep.RETURNED,
    "ERREUR_MOE_SUR_FOURNISSEUR": WorksStep.RETURNED,
    "ERREUR_MOA_SUR_FOURNISSEUR": WorksStep.RETURNED,
    "NON_CONFORME": WorksStep.RETURNED,
    "DUPLIQUE_APRES_REFUS": WorksStep.RETURNED,
}

#: Who acts at each step.
ACTOR_OF_STEP: dict[WorksStep, WorksRole] = {
    WorksStep.MOE_CHECK: WorksRole.MOE,
    WorksStep.MOA_VALIDATION: WorksRole.MOA,
}


class WorksAction(StrEnum):
    """What the MOE or the MOA does with a document."""

    MOE_VALIDATE = "moe_validate"
    MOE_REFUSE = "moe_refuse"
    MOA_VALIDATE = "moa_validate"
    MOA_REFUSE = "moa_refuse"


@dataclass(frozen=True, slots=True)
class ActionRule:
    """One action: its role, the step it acts from, the status it sets, its wire code."""

    action: WorksAction
    role: WorksRole
    step: WorksStep
    target: str
    wire: str  # the ``action`` sent to facturesTravaux/v1/traiter (assumed)
    comment_required: bool


ACTION_RULES: dict[WorksAction, ActionRule] = {
    WorksAction.MOE_VALIDATE: ActionRule(
        WorksAction.MOE_VALIDATE,
        WorksRole.MOE,
        WorksStep.MOE_CHECK,
        "TRANSMISE_MOA",
        "VALIDER",
        False,
    ),
    WorksAction.MOE_REFUSE: ActionRule(
        WorksAction.MOE_REFUSE, WorksRole.MOE, WorksStep.MOE_CHECK, "REFUSEE_MOE", "REFUSER", True
    ),
    WorksAction.MOA_VALIDATE: ActionRule(
        WorksAction.MOA_VALIDATE,
        WorksRole.MOA,
        WorksStep.MOA_VALIDATION,
        "PRISE_EN_COMPTE_MOA",
        "VALIDER",
        False,
    ),
    WorksAction.MOA_REFUSE: ActionRule(
        WorksAction.MOA_REFUSE,
        WorksRole.MOA,
        WorksStep.MOA_VALIDATION,
        "REFUSEE_MOA",
        "REFUSER",
        True,
    ),
}


def step_of(status: str) -> WorksStep:
    """The step of a document at ``status``."""
    return STEP_OF_STATUS.get(status, WorksStep.OTHER)


def frame_code(frame: str | None) -> str:
    """``A22`` from ``A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE``."""
    return (frame or "").split("_", 1)[0].upper()


def is_final(kind: str) -> bool:
    """A final statement (draft final statement, general and final statement)."""
    return kind in FINAL_KINDS


def is_tacit(frame: str | None) -> bool:
    """A document of the tacit procedure (A22–A25)."""
    return frame_code(frame) in TACIT_FRAMES


def issued_document(action: WorksAction, kind: str) -> str:
    """The frame of the document the actor issues by validating (A16, A17, A19, A20)."""
    if action is WorksAction.MOE_VALIDATE:
        return (
            "A17_PROJET_DECOMPTE_GENERAL_MOE" if is_final(kind) else "A16_ETAT_ACOMPTE_VALIDE_MOE"
        )
    if action is WorksAction.MOA_VALIDATE:
        return "A20_DECOMPTE_GENERAL_MOA" if is_final(kind) else "A19_ETAT_ACOMPTE_VALIDE_MOA"
    return ""


def allowed_actions(status: str, roles: Iterable[str]) -> list[WorksAction]:
    """The actions the holder of ``roles`` may take on a document at ``status``."""
    held = set(roles)
    step = step_of(status)
    return [
        rule.action for rule in ACTION_RULES.values() if rule.step is step and rule.role in held
    ]


def check_action(
    status: str,
    roles: Iterable[str],
    action: WorksAction,
    comment: str,
    amount: Decimal | None = None,
) -> ActionRule:
    """The rule of ``action`` when it may be taken now, else a :class:`DomainError`."""
    rule = ACTION_RULES[action]
    if rule.role not in set(roles):
        raise PermissionDenied("works.role", role=rule.role.value)
    if step_of(status) is not rule.step:
        raise TransitionNotAllowed("works.step", status=status)
    text = comment.strip()
    if rule.comment_required and not text:
        raise ValidationError("works.comment_required")
    if len(text) > COMMENT_MAX_LENGTH:
        raise ValidationError("works.comment_too_long", max=COMMENT_MAX_LENGTH)
    if amount is not None:
        if amount < 0 or amount != amount.quantize(Decimal("0.01")):
            raise ValidationError("works.amount_invalid", value=str(amount))
        if rule.action not in (WorksAction.MOE_VALIDATE, WorksAction.MOA_VALIDATE):
            raise ValidationError("works.amount_on_refusal")
    return rule


@dataclass(frozen=True, slots=True)
class StatementAmounts:
    """One statement of a contract, as the cumulative view needs it."""

    statement_id: int
    rank: int
    proposed: Decimal  # the supplier's amount excl. VAT for the period
    validated: Decimal | None  # the last validated amount (MOE, then MOA), if any


@dataclass(frozen=True, slots=True)
class CumulativeLine:
    """A statement with the contract's running totals up to it (included)."""

    statement_id: int
    rank: int
    proposed: Decimal
    validated: Decimal | None
    proposed_total: Decimal
    validated_total: Decimal


def cumulative(statements: Sequence[StatementAmounts]) -> list[CumulativeLine]:
    """Running totals by rank: what the supplier asked and what was validated so far."""
    lines: list[CumulativeLine] = []
    asked = Decimal("0.00")
    kept = Decimal("0.00")
    for item in sorted(statements, key=lambda s: (s.rank, s.statement_id)):
        asked += item.proposed
        kept += item.validated or Decimal("0.00")
        lines.append(
            CumulativeLine(item.statement_id, item.rank, item.proposed, item.validated, asked, kept)
        )
    return lines
