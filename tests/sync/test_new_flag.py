"""The pull flags the invoices it creates as new (unseen), not those it only updates, and not
the backlog of a structure's first pull; marking them seen clears the counts."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.domain.inboxes import Inbox
from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import InvoiceFilter, mark_all_seen, mark_seen, new_counts
from tests.sync.conftest import pull


def _new_ids(database) -> set[int]:
    with database.read() as session:
        return set(session.scalars(select(Invoice.id).where(Invoice.is_new.is_(True))))


def test_pull_flags_created_invoices_as_new(client, database, admin) -> None:
    first = pull(client, database)
    assert first.new > 0
    assert _new_ids(database) == set()  # first pull: the backlog, not news
    deposited = admin.supplier("deposit", 3)
    completed = admin.supplier("complete", 1)
    again = pull(client, database)
    assert sorted(again.new_ids) == sorted(deposited)
    assert _new_ids(database) == set(deposited)  # the completed one was only updated
    assert completed[0] not in _new_ids(database)
    with database.read() as session:
        assert new_counts(session) == {Inbox.TO_PROCESS.value: 3}
    # a later pull that changes them keeps them new until seen
    assert pull(client, database).new == 0
    assert _new_ids(database) == set(deposited)
    assert database.writer.run(lambda s: mark_seen(s, [deposited[0], completed[0]])) == [
        deposited[0]
    ]
    with database.read() as session:
        assert new_counts(session) == {Inbox.TO_PROCESS.value: 2}
    cleared = database.writer.run(lambda s: mark_all_seen(s, InvoiceFilter(inbox=Inbox.ALL)))
    assert sorted(cleared) == sorted(deposited[1:])
    with database.read() as session:
        assert new_counts(session) == {}
