"""The maintained inbox counters (cache revision 0010) equal COUNT(*) after real pulls from
the sandbox (real HTTPS): the backlog, new deposits, status changes by the supplier."""

from __future__ import annotations

from desktop_app.models.queries import inbox_counts
from tests.models.test_inbox_counters import assert_counters_right
from tests.sync.conftest import pull


def test_counters_equal_count_after_pulls(client, database, admin) -> None:
    pull(client, database)
    assert_counters_right(database)
    with database.read() as session:
        assert sum(inbox_counts(session).values()) > 0
    admin.supplier("deposit", 3)
    admin.supplier("complete", 2)
    pull(client, database)
    assert_counters_right(database)
    pull(client, database)  # nothing new: nothing counted twice
    assert_counters_right(database)
