"""A user attached to several structures, against the real sandbox (HTTPS, client
certificate): the demo clerk's account lists its structures (three SIRETs, each with
invoices) through ``recupererRattachementsMonCompteUtilisateur``; the pull learns them,
pulls each and files every invoice under its structure, as many per structure as the
platform's search counts for it."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.models.invoices import Invoice, Structure
from desktop_app.models.structure_queries import structure_counts
from desktop_app.sync.pull import PAYMENT_TYPES, Puller, PullOptions
from tests.sync.conftest import FAST_BACKOFF


def _platform_total(client, structure_id: int) -> int:  # type: ignore[no-untyped-def]
    total = 0
    for kind in PAYMENT_TYPES:
        answer = client.search_invoices(
            structure_id=structure_id, since=None, page=1, page_size=1, payment_request_type=kind
        )
        total += int(answer.get("total") or 0)
    return total


def test_the_clerk_is_attached_to_three_structures_with_invoices(client) -> None:  # type: ignore[no-untyped-def]
    rows = client.attachments()
    sirets = {row["identifiantStructure"] for row in rows}
    assert len(rows) >= 3 and len(sirets) == len(rows)
    assert all(len(siret) == 14 and siret.isdigit() for siret in sirets)
    for row in rows:
        assert _platform_total(client, int(row["idStructure"])) > 0, row["designationStructure"]


def test_the_pull_files_each_invoice_under_its_structure(client, database) -> None:  # type: ignore[no-untyped-def]
    attached = {int(row["idStructure"]): row for row in client.attachments()}
    puller = Puller(client, database, options=PullOptions(page_size=100, backoff=FAST_BACKOFF))
    puller.run()
    with database.read() as session:
        learned = {s.id: s for s in session.scalars(select(Structure))}
        per_structure = dict(
            session.execute(
                select(Invoice.structure_id, func.count()).group_by(Invoice.structure_id)
            ).all()
        )
        counts = {c.id: c for c in structure_counts(session)}
    assert set(learned) == set(attached)
    for structure_id, row in attached.items():
        assert learned[structure_id].siret == row["identifiantStructure"]
        assert learned[structure_id].name == row["designationStructure"]
        assert per_structure[structure_id] == _platform_total(client, structure_id)
        assert counts[structure_id].total == per_structure[structure_id]
        assert counts[structure_id].siret == row["identifiantStructure"]
    assert None not in per_structure  # no invoice without its structure
