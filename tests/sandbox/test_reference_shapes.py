"""Reference services answer in the shapes independent clients read, and the client reads them.

Fixtures copied from public sources (data only):

- OCA/l10n-france@2fcbaff1d1baedd9a57fd3ca7df1291708d3b03a
  ``l10n_fr_chorus_account/models/res_partner.py``: the real ``rechercher/services`` answer
  pasted in a comment (``dateDbtService`` ``2016-10-25 17:42``, ``dateFinService``
  ``2050-12-31 00:00``) and the reading of ``answer['parametres']`` of ``structures/consulter``;
- antoine2116/go-choruspro@7246a6d868698f619f384684274e55f54de5b588
  ``structures_consultations_test.go`` (nested consulter answers), ``transverses_*_test.go``
  (list keys), ``date.go`` (``Datetime`` layout ``2006-01-02 15:04``).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from desktop_app.sync.structure_settings import (
    platform_datetime,
    read_service_rules,
    read_structure_rules,
)
from tests.sandbox.client import ApiClient, first_invoice

MINUTE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")  # go-choruspro Datetime, OCA's answer

#: go-choruspro structures_consultations_test.go, ConsulterStructure answer (abridged values).
GO_STRUCTURE_ANSWER: dict[str, Any] = {
    "codeRetour": 1,
    "libelle": "l",
    "adressePostaleDuSiege": {"adresse": "a", "codePostal": "c", "pays": "p", "ville": "v"},
    "informationGenerales": {
        "idStructureCPP": 1,
        "identifiantStructure": "i",
        "libelleStructure": "l",
        "raisonSocialeStructure": "r",
        "typeIdentifiantStructure": "t",
    },
    "parametres": {
        "codeServiceDoitEtreRenseigne": True,
        "gestionNumeroEJOuCodeService": True,
        "numeroEJDoitEtreRenseigne": True,
        "estMoaUniquement": True,
    },
}
#: The flat answer the sandbox gave before (still read).
OLD_FLAT_SERVICE: dict[str, Any] = {
    "codeRetour": 0,
    "service": {
        "idService": 7,
        "codeService": "FINANCES",
        "libelleService": "Finances",
        "engagementEtatJuridiqueObligatoire": True,
        "dateDbtService": "2020-01-01",
        "dateFinService": None,
    },
}


def _ids(manager: ApiClient) -> tuple[int, int]:
    some = first_invoice(manager)
    return int(some["idDestinataire"]), int(some["idServiceExecutant"])


def test_consulter_structure_is_nested_and_read_by_the_client(manager: ApiClient) -> None:
    structure, _ = _ids(manager)
    by_cpp = manager.ok("/cpro/structures/v1/consulter", {"idStructureCPP": structure})
    by_go = manager.ok(
        "/cpro/structures/v1/consulter", {"idStructure": structure, "codeLangue": "FR"}
    )
    assert by_cpp == by_go  # OCA's key and go-choruspro's key name the same structure
    assert set(by_cpp) == {
        "codeRetour",
        "libelle",
        "adressePostaleDuSiege",
        "informationGenerales",
        "parametres",
    }
    params = by_cpp["parametres"]
    for key in ("gestionNumeroEJOuCodeService", "codeServiceDoitEtreRenseigne"):
        assert isinstance(params[key], bool)
    assert isinstance(params["numeroEJDoitEtreRenseigne"], bool)
    assert by_cpp["informationGenerales"]["idStructureCPP"] == structure
    rules = read_structure_rules(by_cpp)
    assert rules.structure_id == structure
    assert rules.name == by_cpp["informationGenerales"]["libelleStructure"]
    assert rules.service_required is params["codeServiceDoitEtreRenseigne"]
    assert rules.service_or_engagement is params["gestionNumeroEJOuCodeService"]


def test_reader_reads_go_choruspro_nested_and_old_flat_answers() -> None:
    nested = read_structure_rules(GO_STRUCTURE_ANSWER)
    assert (nested.structure_id, nested.name) == (1, "l")
    assert nested.service_required and nested.engagement_required
    assert nested.service_or_engagement
    flat = read_structure_rules(
        {"idStructureCPP": 5, "designationStructure": "X", "gestionNumeroEJOuCodeService": True}
    )
    assert (flat.structure_id, flat.name, flat.service_or_engagement) == (5, "X", True)
    assert not flat.service_required
    old = read_service_rules(OLD_FLAT_SERVICE)
    assert (old.code, old.name, old.engagement_required) == ("FINANCES", "Finances", True)
    assert old.valid_from == datetime(2020, 1, 1)
    assert old.valid_until is None


def test_consulter_service_is_nested_with_minute_dates(manager: ApiClient) -> None:
    structure, service = _ids(manager)
    data = manager.ok(
        "/cpro/structures/v1/consulter/service", {"idStructure": structure, "idService": service}
    )
    assert {"adressePostale", "informationsGenerales", "parametres"} <= set(data)
    assert "service" not in data
    params = data["parametres"]
    assert isinstance(params["numeroEngagement"], bool)
    for key in ("dateCreation", "dateDebutValidite", "dateFinValidite", "dateModification"):
        assert MINUTE.match(params[key]), (key, params[key])
    rules = read_service_rules(data)
    assert rules.code == data["informationsGenerales"]["codeService"]
    assert rules.engagement_required is params["numeroEngagement"]
    assert rules.valid_from == datetime.strptime(params["dateDebutValidite"], "%Y-%m-%d %H:%M")


def test_service_rows_carry_minute_dates_as_the_real_answer(manager: ApiClient) -> None:
    structure, _ = _ids(manager)
    rows = manager.ok("/cpro/structures/v1/rechercher/services", {"idStructure": structure})[
        "listeServices"
    ]
    assert rows
    for row in rows:
        assert MINUTE.match(row["dateDbtService"]) and MINUTE.match(row["dateFinService"])
        assert isinstance(row["estActif"], bool)
    attachments = manager.ok("/cpro/utilisateurs/v1/monCompte/recuperer/rattachements", {})
    services = attachments["listeStructureRattachement"][0]["listeServicesRattache"]
    assert all(MINUTE.match(s["dateDbtService"]) for s in services)


def test_platform_datetime_reads_every_known_layout() -> None:
    assert platform_datetime("2016-10-25 17:42") == datetime(2016, 10, 25, 17, 42)
    assert platform_datetime("2020-01-01") == datetime(2020, 1, 1)
    assert platform_datetime("2023-01-01T00:00:00Z") is not None
    assert platform_datetime("") is None and platform_datetime(None) is None
    assert platform_datetime("demain") is None


def test_vat_exemption_keys_are_go_choruspro_s(manager: ApiClient) -> None:
    data = manager.ok("/cpro/transverses/v1/recuperer/motifs/exonerationtva", {})
    entry = data["listeMotifsExonerationTva"][0]
    assert set(entry) == {"codeMotifExonerationTva", "libelleMotifExonerationTva"}


def test_services_that_answered_404_now_answer_json(manager: ApiClient) -> None:
    structure, _ = _ids(manager)
    kinds = manager.ok("/cpro/transverses/v1/recuperer/typeidentifiant/structure", {})
    assert {"typeIdentifiantStructure": "SIRET"} in kinds["listeTypeIdentifiant"]
    modes = manager.ok("/cpro/transverses/v1/recuperer/modedepot", {})
    assert {"modeDepot": "SAISIE_WEB"} in modes["listeModeDepot"]
    found = manager.ok("/cpro/factures/v1/rechercher/demandePaiement", {})
    first = found["listeDemandePaiement"][0]
    assert {"idDemandePaiement", "numeroDemandePaiement", "etatCourant", "dateDepot"} <= set(first)
    attached = manager.ok(
        "/cpro/structures/v1/lister/rattachementsutilisateur", {"idStructure": structure}
    )
    assert attached["idStructure"] == structure and attached["listeServices"]
    assert {"idService", "codeService", "nomService", "statutRattachement"} <= set(
        attached["listeServices"][0]
    )
