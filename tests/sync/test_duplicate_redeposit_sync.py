"""Issue 8 scenario over real HTTPS: the supplier simulator deposits a duplicate and a
re-deposit after a rejection; after sync the cache flags the first and links the second."""

from __future__ import annotations

from desktop_app.models import Invoice
from desktop_app.models.database import Database
from desktop_app.sync.client import PlatformClient
from desktop_app.sync.files import DocumentFetcher
from tests.sync.conftest import FAST_BACKOFF, Admin, pull


def test_duplicate_flagged_and_redeposit_linked_after_sync(
    client: PlatformClient, database: Database, admin: Admin
) -> None:
    pull(client, database)
    duplicates = admin.supplier("duplicate", 2)
    redeposits = admin.supplier("redeposit", 1)
    assert duplicates and redeposits
    stats = pull(client, database)
    assert set(duplicates) | set(redeposits) <= set(stats.new_ids)
    DocumentFetcher(client, database, with_files=False, backoff=FAST_BACKOFF).fetch(redeposits)
    with database.read() as session:
        for duplicate_id in duplicates:
            dup = session.get(Invoice, duplicate_id)
            assert dup is not None and dup.possible_duplicate
            assert dup.duplicate_of_id is not None  # linked locally to the cached original
            original = session.get(Invoice, dup.duplicate_of_id)
            assert original is not None
            assert (original.number, original.supplier_code) == (dup.number, dup.supplier_code)
            assert original.amount_incl_vat == dup.amount_incl_vat
            assert not original.possible_duplicate  # the original is not flagged
            assert admin.invoice(duplicate_id)["doublon"] is True  # the platform agrees
        redeposit = session.get(Invoice, redeposits[0])
        assert redeposit is not None and redeposit.replaces_rejected_id is not None
        rejected = session.get(Invoice, redeposit.replaces_rejected_id)
        assert rejected is not None and rejected.status == "REJETEE"
        assert redeposit.replaces_rejected_number == rejected.number
        assert not redeposit.possible_duplicate
        assert redeposit.deadline_state == "running" and redeposit.payment_deadline is not None
