"""A status unknown to the catalogue goes through the pull: kept, labelled, listed.

The bodies are **constructed**: Pastell's recorded ``CPPListeFactures.json`` and
``CPPHistoStatutFacture.json`` (megalis-bretagne/pastell, see ``fixtures/SOURCES.json``) with
one entry changed to carry a status of the 2026 reform's lifecycle that the catalogue does not
list (``ENCAISSEE``, « Encaissée », status 212 of the reform's lifecycle) and a platform label
in ``libelleStatut`` / ``histoStatutLibelle`` (field names assumed: no public answer shows one).
"""

from __future__ import annotations

import copy

from sqlalchemy import select

from desktop_app.domain.inboxes import Inbox
from desktop_app.domain.transitions import is_known_status
from desktop_app.models.database import Database
from desktop_app.models.invoices import Invoice, StatusHistory
from desktop_app.models.unknown_statuses import UnknownStatus
from desktop_app.sync import client as client_module
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.pull import Puller, PullOptions

from .conftest import FAST, Recorded, fixture_json

UNKNOWN = "ENCAISSEE"
LABEL = "Encaissée (plateforme de dématérialisation partenaire)"


def _search_answer() -> dict:
    answer = copy.deepcopy(fixture_json("pastell/CPPListeFactures.json"))
    answer["listeFactures"][0]["statut"] = UNKNOWN
    answer["listeFactures"][0]["libelleStatut"] = LABEL
    return answer


def _history_answer() -> dict:
    answer = copy.deepcopy(fixture_json("pastell/CPPHistoStatutFacture.json"))
    entry = answer["historiquesDesStatuts"]["histoStatut"][0]
    entry["histoStatutCode"] = "PRISE_EN_CHARGE"  # reform status 204, no label given
    return answer


def test_unknown_status_is_kept_and_listed(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    assert not is_known_status(UNKNOWN) and not is_known_status("PRISE_EN_CHARGE")
    recorded.on(client_module.SEARCH, _search_answer())
    recorded.on(client_module.HISTORY, _history_answer())
    options = PullOptions(page_size=1000, backoff=FAST, payment_types=("FACTURE",))
    stats = Puller(client, database, options=options).run([164])
    assert stats.seen == 4
    with database.read() as session:
        invoice = session.get(Invoice, 1221)
        assert invoice is not None
        assert invoice.status == UNKNOWN  # never dropped nor replaced
        assert invoice.inbox == Inbox.OTHER.value
        listed = {row.code: row for row in session.scalars(select(UnknownStatus))}
        histories = set(session.scalars(select(StatusHistory.status)))
    assert "PRISE_EN_CHARGE" in histories  # the history keeps the code as sent
    assert set(listed) == {UNKNOWN, "PRISE_EN_CHARGE"}
    assert listed[UNKNOWN].label == LABEL
    assert listed[UNKNOWN].seen_in == "search"
    assert listed[UNKNOWN].last_invoice_id == 1221
    assert listed["PRISE_EN_CHARGE"].label is None
    assert listed["PRISE_EN_CHARGE"].seen_in == "history"


def test_a_later_answer_without_label_keeps_the_label(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    options = PullOptions(page_size=1000, history=False, backoff=FAST, payment_types=("FACTURE",))
    recorded.on(client_module.SEARCH, _search_answer())
    Puller(client, database, options=options).run([164])
    later = _search_answer()
    del later["listeFactures"][0]["libelleStatut"]
    later["listeFactures"][0]["dateDepot"] = "2015-07-23"  # the entry moved
    recorded.on(client_module.SEARCH, later)
    with database.writer.engine.connect() as connection:
        from sqlalchemy import text

        connection.execute(text("DELETE FROM sync_state"))
        connection.commit()
    Puller(client, database, options=options).run([164])
    with database.read() as session:
        row = session.get(UnknownStatus, UNKNOWN)
        assert row is not None
        assert row.label == LABEL and row.times_seen == 2
