"""The sandbox plays the tacit steps when its day passes a deadline (real TLS)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.sandbox.codec import PARIS
from tests.sandbox.client import ApiClient
from tests.sandbox.conftest import start

pytestmark = pytest.mark.sandbox
SEARCH = "/cpro/facturesTravaux/v1/rechercher"
CONSULT = "/cpro/facturesTravaux/v1/consulter"
PROCESS = "/cpro/facturesTravaux/v1/traiter"
# the store's creation day is the wall clock's (the MOE and MOA act on it); the sandbox's day
# then moves forward through the admin settings
SEEDED = datetime.now(PARIS).date()


def _search(client: ApiClient, role: str) -> dict[str, dict]:
    data = client.ok(SEARCH, {"roleUtilisateur": role, "rechercheFactureTravaux": {}})
    return {r["numeroFactureTravaux"]: r for r in data.get("listeFacturesTravaux", [])}


def _set_day(client: ApiClient, day: date) -> None:
    client.admin("POST", "/sandbox/admin/settings", {"today": day.isoformat()})


def test_deadlines_passing_move_the_statements_with_their_legal_basis(tmp_path: Path) -> None:
    running = start(tmp_path, invoices=20, today=SEEDED)
    moe, moa = ApiClient(running.info, "moe"), ApiClient(running.info, "moa")
    try:
        before = _search(moa, "MOA")
        assert before["2025-TRX-107-02"]["statutFactureTravaux"] == "MISE_A_DISPOSITION_MOA"
        school = _search(moe, "MOE")
        assert school["2026-TRX-014-01"]["statutFactureTravaux"] == "MISE_A_DISPOSITION_MOE"
        # the MOA validates the school's draft final statement once the MOE did
        final = school["2026-TRX-014-03"]["idFactureTravaux"]
        for user, role in ((moe, "MOE"), (moa, "MOA")):
            body = {"idFactureTravaux": final, "roleUtilisateur": role, "action": "VALIDER"}
            user.ok(PROCESS, body)

        _set_day(moe, SEEDED + timedelta(days=6))  # the A22 (3 days old) has 10 days: not yet
        after = _search(moe, "MOE")
        # statement 1 (deposited 4 days before) passed its 7 days; statement 2 (2 days) too
        assert after["2026-TRX-014-01"]["statutFactureTravaux"] == (
            "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"
        )
        assert after["2026-TRX-014-02"]["statutFactureTravaux"] == (
            "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE"
        )
        assert _search(moa, "MOA")["2025-TRX-107-02"]["statutFactureTravaux"] == (
            "MISE_A_DISPOSITION_MOA"
        )
        first = after["2026-TRX-014-01"]["idFactureTravaux"]
        lapse = moe.ok(CONSULT, {"idFactureTravaux": first, "roleUtilisateur": "MOE"})[
            "historiqueStatuts"
        ][-1]
        assert lapse["role"] == "PLATEFORME" and "2013-269" in lapse["fondement"]
        # dated the day it took effect: the day after the 7 days of the statement of D-4
        assert lapse["dateHeureLocale"].startswith((SEEDED + timedelta(days=4)).isoformat())
        # the MOA may now act alone
        moa.ok(
            PROCESS,
            {
                "idFactureTravaux": after["2026-TRX-014-01"]["idFactureTravaux"],
                "roleUtilisateur": "MOA",
                "action": "VALIDER",
            },
        )

        _set_day(moa, SEEDED + timedelta(days=40))
        tacit = _search(moa, "MOA")["2025-TRX-107-02"]
        assert tacit["statutFactureTravaux"] == "PRISE_EN_COMPTE_DESTINATAIRE"
        assert tacit["cadreFacturation"].startswith("A23")
        assert tacit["typeFactureTravaux"] == "DECOMPTE_GENERAL_DEFINITIF"
        history = moa.ok(
            CONSULT, {"idFactureTravaux": tacit["idFactureTravaux"], "roleUtilisateur": "MOA"}
        )["historiqueStatuts"]
        assert history[-1]["cadre"].startswith("A23")
        assert history[-1]["fondement"] == "CCAG-Travaux 2021, art. 12.4.4"
        # the general statement notified on the seed day: thirty days for the titulaire
        accepted = _search(moa, "MOA")["2026-TRX-014-03"]
        assert accepted["cadreFacturation"].startswith("A8")
        assert accepted["statutFactureTravaux"] == "PRISE_EN_COMPTE_DESTINATAIRE"
        # played once: a later day adds no passage
        _set_day(moa, SEEDED + timedelta(days=90))
        again = moa.ok(
            CONSULT, {"idFactureTravaux": tacit["idFactureTravaux"], "roleUtilisateur": "MOA"}
        )["historiqueStatuts"]
        assert len(again) == len(history)
    finally:
        moe.close()
        moa.close()
        running.stop()
