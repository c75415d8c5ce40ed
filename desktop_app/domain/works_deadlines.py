"""Legal deadlines of the works circuit, per step (shown beside each works document).

Sources (cited in docs/contract-decisions.md, "Works invoices"):

- **MOE's check of a monthly statement: 7 days** from its receipt (CCAG-Travaux 2021,
  art. 12.2: the maître d'œuvre accepts or rectifies the projet de décompte mensuel and
  issues the état d'acompte; the figure follows the CCAG's practice, (assumed) as the
  article's text was not read in full). It may never exceed **15 days**: the MOE's
  intervention inside the payment deadline is capped at fifteen days (décret n° 2013-269,
  art. 5 II, now in the Code de la commande publique's payment-deadline section).
- **MOE's check of the draft final statement: 15 days** (same ceiling; the MOE then issues
  the draft general statement).
- **Payment of an interim statement: 30 days** from the receipt of the payment request
  (Code de la commande publique, R2192-10; for works the request is received by the MOE,
  so the clock starts at the deposit), 50 days for public health establishments (R2192-11).
  The MOA's validation must therefore come early enough: its step's deadline is the
  payment deadline.
- **Notification of the general statement: 30 days** from the MOE's receipt of the draft
  final statement (CCAG-Travaux 2021, art. 12.4.2).
- **Tacit procedure: 10 days.** Without a general statement notified in time, the titulaire
  notifies its draft general statement (A22); if the MOA does not notify the general
  statement within ten days, the titulaire's draft becomes the general and final statement
  (CCAG-Travaux 2021, art. 12.4.4).

Calendar days; a deadline falling on a weekend is not extended (as for invoices, R2192-12).
Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.works_circuit import WorksStep, is_final, is_tacit, step_of

MOE_MONTHLY_DAYS = 7  # CCAG-Travaux 2021 art. 12.2 (assumed figure, see the docstring)
MOE_CEILING_DAYS = 15  # décret 2013-269 art. 5 II
MOE_FINAL_DAYS = 15
PAYMENT_DAYS = 30  # CCP R2192-10
GENERAL_STATEMENT_DAYS = 30  # CCAG-Travaux 2021 art. 12.4.2
TACIT_DAYS = 10  # CCAG-Travaux 2021 art. 12.4.4


class DeadlineRule(StrEnum):
    """Which legal deadline applies."""

    MOE_MONTHLY = "moe_monthly"
    MOE_FINAL = "moe_final"
    PAYMENT = "payment"
    GENERAL_STATEMENT = "general_statement"
    TACIT = "tacit"


#: Rule -> (days, source) — the source is shown in the statement's view.
RULES: dict[DeadlineRule, tuple[int, str]] = {
    DeadlineRule.MOE_MONTHLY: (MOE_MONTHLY_DAYS, "CCAG-Travaux 2021, art. 12.2"),
    DeadlineRule.MOE_FINAL: (MOE_FINAL_DAYS, "décret 2013-269, art. 5 II"),
    DeadlineRule.PAYMENT: (PAYMENT_DAYS, "Code de la commande publique, art. R2192-10"),
    DeadlineRule.GENERAL_STATEMENT: (GENERAL_STATEMENT_DAYS, "CCAG-Travaux 2021, art. 12.4.2"),
    DeadlineRule.TACIT: (TACIT_DAYS, "CCAG-Travaux 2021, art. 12.4.4"),
}


@dataclass(frozen=True, slots=True)
class WorksDeadline:
    """The deadline of a document's current step."""

    rule: DeadlineRule
    due: date
    source: str

    def days_left(self, today: date) -> int:
        """Days until the deadline (negative once passed)."""
        return (self.due - today).days

    def overdue(self, today: date) -> bool:
        return today > self.due


def rule_for(step: WorksStep, kind: str, frame: str | None) -> DeadlineRule | None:
    """The rule of ``step`` for a document of ``kind`` and ``frame``; None when no one waits."""
    if step is WorksStep.MOE_CHECK:
        return DeadlineRule.MOE_FINAL if is_final(kind) else DeadlineRule.MOE_MONTHLY
    if step is WorksStep.MOA_VALIDATION:
        if is_tacit(frame):
            return DeadlineRule.TACIT
        return DeadlineRule.GENERAL_STATEMENT if is_final(kind) else DeadlineRule.PAYMENT
    return None


def deadline_of(
    status: str,
    kind: str,
    frame: str | None,
    deposited: date,
    payment_days: int = PAYMENT_DAYS,
) -> WorksDeadline | None:
    """The deadline of the document's current step.

    The MOE's, the payment and the general statement's deadlines run from the deposit (the
    MOE's receipt); the tacit procedure's ten days run from the A22 document's own deposit,
    which is ``deposited`` for that document.
    """
    rule = rule_for(step_of(status), kind, frame)
    if rule is None:
        return None
    days, source = RULES[rule]
    if rule is DeadlineRule.PAYMENT:
        days = payment_days
    return WorksDeadline(rule, deposited + timedelta(days=days), source)


def tacit_running(status: str, kind: str, frame: str | None, deposited: date, today: date) -> bool:
    """A tacit deadline runs: a tacit-procedure document waits for the MOA, or the MOE let
    his deadline pass (the MOA may then act alone)."""
    step = step_of(status)
    if step is WorksStep.MOA_VALIDATION and (
        is_tacit(frame) or status == "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"
    ):
        return True
    if step is WorksStep.MOE_CHECK:
        found = deadline_of(status, kind, frame, deposited)
        return found is not None and found.overdue(today)
    return False
