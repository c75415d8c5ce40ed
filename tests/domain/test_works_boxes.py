"""The works boxes and the dashboard's works figures (domain, pure)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.works_boxes import Placed, box_counts, in_box

DAY = date(2026, 3, 2)
MOE, MOA, BOTH = frozenset({"MOE"}), frozenset({"MOA"}), frozenset({"MOE", "MOA"})


def _monthly(status: str, roles: frozenset[str], amount: str = "100.00") -> Placed:
    return Placed(status, "ETAT_ACOMPTE", "A5_X", DAY, roles, Decimal(amount))


def test_late_and_due_soon_follow_the_step_deadline_for_the_role_that_acts() -> None:
    waiting = _monthly("MISE_A_DISPOSITION_MOE", MOE)  # 7 days: due on DAY + 7
    assert in_box(waiting, "soon", DAY + timedelta(days=2))  # 5 days left
    assert not in_box(waiting, "soon", DAY + timedelta(days=1))  # 6 days left
    assert in_box(waiting, "soon", DAY + timedelta(days=7))  # the last day
    assert not in_box(waiting, "late", DAY + timedelta(days=7))
    assert in_box(waiting, "late", DAY + timedelta(days=8))
    # the MOA does not act at the MOE's step: not late for him
    assert not in_box(_monthly("MISE_A_DISPOSITION_MOE", MOA), "late", DAY + timedelta(days=8))
    assert not in_box(_monthly("PRISE_EN_COMPTE_MOA", BOTH), "late", DAY + timedelta(days=99))


def test_box_counts_sum_amounts_excluding_vat() -> None:
    items = [
        _monthly("MISE_A_DISPOSITION_MOE", BOTH, "100.00"),
        _monthly("TRANSMISE_MOA", BOTH, "250.50"),
        _monthly("TRANSMISE_MOA", BOTH, "49.50"),
        Placed(
            "MISE_A_DISPOSITION_MOA",
            "PROJET_DECOMPTE_FINAL",
            "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE",
            DAY,
            MOA,
            Decimal("10.00"),
        ),
    ]
    counts = {c.box: (c.count, c.amount) for c in box_counts(items, DAY + timedelta(days=9))}
    assert counts["moe"] == (1, Decimal("100.00"))
    assert counts["moa"] == (3, Decimal("310.00"))
    assert counts["tacit"] == (2, Decimal("110.00"))  # the A22 and the MOE's passed deadline
    assert counts["late"] == (1, Decimal("100.00"))
    assert counts["soon"] == (1, Decimal("10.00"))  # A22: ten days, one left
