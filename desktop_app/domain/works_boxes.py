"""Where a works statement belongs for the account: the « Travaux » boxes and the
dashboard's works figures share these rules (same deadline tracking as invoices: late once
the step's deadline passed, due soon within five days).

Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.works_circuit import ACTOR_OF_STEP, WorksStep, step_of
from desktop_app.domain.works_deadlines import deadline_of, tacit_running

DUE_SOON_DAYS = 5  # as the invoices' « Échéance ≤ 5 jours »
#: box keys: the window's combo order, also the dashboard's menu entries
BOXES = ("moe", "moa", "tacit", "late", "soon", "all")
DASHBOARD_BOXES = ("moe", "moa", "tacit", "late", "soon")


@dataclass(frozen=True, slots=True)
class Placed:
    """What the box rules read of a statement."""

    status: str
    kind: str
    frame: str | None
    deposited: date
    roles: frozenset[str]
    amount: Decimal = Decimal("0.00")


def acts_now(item: Placed) -> bool:
    """The account holds the role that acts at the statement's step."""
    role = ACTOR_OF_STEP.get(step_of(item.status))
    return role is not None and role.value in item.roles


def in_box(item: Placed, box: str, today: date) -> bool:
    """Whether ``item`` is in ``box`` on ``today``."""
    step = step_of(item.status)
    if box == "moe":
        return step is WorksStep.MOE_CHECK and "MOE" in item.roles
    if box == "moa":
        return step is WorksStep.MOA_VALIDATION and "MOA" in item.roles
    if box == "tacit":
        return tacit_running(item.status, item.kind, item.frame, item.deposited, today)
    if box in ("late", "soon"):
        if not acts_now(item):
            return False
        found = deadline_of(item.status, item.kind, item.frame, item.deposited)
        if found is None:
            return False
        left = found.days_left(today)
        return left < 0 if box == "late" else 0 <= left <= DUE_SOON_DAYS
    return box == "all"


@dataclass(frozen=True, slots=True)
class BoxCount:
    """How many statements a box holds and their amount excl. VAT."""

    box: str
    count: int
    amount: Decimal


def box_counts(
    items: Iterable[Placed], today: date, boxes: Iterable[str] = DASHBOARD_BOXES
) -> tuple[BoxCount, ...]:
    """The count and amount of each box."""
    listed = list(items)
    result = []
    for box in boxes:
        inside = [i for i in listed if in_box(i, box, today)]
        result.append(BoxCount(box, len(inside), sum((i.amount for i in inside), Decimal("0.00"))))
    return tuple(result)
