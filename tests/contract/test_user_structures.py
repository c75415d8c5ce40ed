"""The user's structures read from recorded answers: go-choruspro's test body of
``recupererRattachementsMonCompteUtilisateur`` (fixtures/SOURCES.json) through the client's
real paging and reading code, and the fall-back on ``recupererStructuresActivesPour
Destinataire`` (the spec's example answer, Pastell's ``listeStructure``) when the
attachments service is refused."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop_app.models.database import Database
from desktop_app.models.invoices import Structure
from desktop_app.sync import client as client_module
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.pull import Puller, PullOptions
from desktop_app.sync.user_structures import from_attachments

from .conftest import FAST, Recorded, fixture_json

GO_ATTACHMENTS = "go-choruspro/recuperer_rattachements_utilisateur.json"
#: The spec's example answer of recupererStructuresActivesPourDestinataire (§3.9).
ACTIVE = {
    "codeRetour": 0,
    "libelle": "GCU_MSG_01_000",
    "listeStructures": [
        {
            "idStructureCPP": 26073617,
            "identifiant": "21750001600019",
            "designationStructure": "COMMUNE DE DEMO",
        }
    ],
}


def _accepted(answer: dict[str, Any]) -> dict[str, Any]:
    """The Go test's placeholder ``codeRetour: 1`` read as the success it stands for."""
    return {**answer, "codeRetour": 0}


def test_go_choruspros_attachment_row_is_read_as_a_structure() -> None:
    rows = fixture_json(GO_ATTACHMENTS)["listeStructureRattachement"]
    assert from_attachments(rows) == [
        {"idStructureCPP": 1, "identifiant": "i", "designationStructure": "s"}
    ]


def test_the_pull_learns_the_attachments_and_pages_them(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    answer = _accepted(fixture_json(GO_ATTACHMENTS))
    recorded.on(client_module.ATTACHMENTS, answer)
    recorded.on(client_module.SERVICES, {"codeRetour": 0, "listeServices": []})
    ids = Puller(client, database, options=PullOptions(backoff=FAST)).learn_structures()
    assert ids == [1]
    paths = [path for path, _ in recorded.requests]
    assert paths[0] == client_module.ATTACHMENTS
    assert client_module.STRUCTURES not in paths  # the attachments answered
    sent = recorded.requests[0][1]["parametresRecherche"]
    assert sent["pageResultatDemandee"] == 1 and sent["nbResultatsParPage"] >= 1
    with database.read() as session:
        stored = session.scalars(select(Structure)).all()
    assert [(s.id, s.siret, s.name) for s in stored] == [(1, "i", "s")]


def test_refused_attachments_fall_back_on_the_active_structures(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    # no answer recorded for the attachments: the replay answers 404, as a platform that
    # does not open this service to the account
    recorded.on(client_module.STRUCTURES, ACTIVE)
    recorded.on(client_module.SERVICES, {"codeRetour": 0, "listeServices": []})
    ids = Puller(client, database, options=PullOptions(backoff=FAST)).learn_structures()
    assert ids == [26073617]
    assert [p for p, _ in recorded.requests][:2] == [
        client_module.ATTACHMENTS,
        client_module.STRUCTURES,
    ]


def test_supplier_only_or_ended_attachments_are_not_pulled() -> None:
    row = fixture_json(GO_ATTACHMENTS)["listeStructureRattachement"][0]
    rows = [
        {**row, "idStructure": 10, "roleUtilisateur": "FOURNISSEUR"},
        {**row, "idStructure": 11, "statutRattachementStructure": "INACTIF"},
        {**row, "idStructure": 12, "roleUtilisateur": "DESTINATAIRE"},
        {**row, "idStructure": 12},  # twice: once
        {**row, "idStructure": None},
    ]
    assert [s["idStructureCPP"] for s in from_attachments(rows)] == [12]


def test_an_entry_without_its_recipient_is_stored_under_the_structure_searched(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    """Recorded list answers may lack fields: Pastell's list with ``idDestinataire`` taken
    out of one entry still files it under the structure the search was for."""
    from desktop_app.models.invoices import Invoice

    answer = fixture_json("pastell/CPPListeFactures.json")
    entries = [dict(e) for e in answer["listeFactures"]]
    entries[0].pop("idDestinataire", None)
    recorded.on(client_module.SEARCH, {**answer, "listeFactures": entries})
    options = PullOptions(history=False, backoff=FAST, payment_types=("FACTURE",))
    Puller(client, database, options=options).run([164])
    with database.read() as session:
        stored = dict(session.execute(select(Invoice.id, Invoice.structure_id)).all())
    assert stored[int(entries[0]["idFacture"])] == 164
    assert set(stored.values()) == {164}
