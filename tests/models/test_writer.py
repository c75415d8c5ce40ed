"""One thread owns every write; reads run anywhere and cannot write."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop_app.models import Invoice, OutboxEntry, OutboxState
from desktop_app.models.database import Database
from desktop_app.models.outbox_store import (
    InvoiceNotCachedError,
    enqueue_action,
    mark_interrupted_at_startup,
    open_entries,
)
from desktop_app.models.writer import WriterClosedError
from tests.models.factories import invoice_values


def _insert(count: int):
    def work(session: Session) -> int:
        session.add_all(Invoice(**invoice_values(i)) for i in range(count))
        return count

    return work


def test_every_write_runs_on_the_single_writer_thread(database: Database) -> None:
    seen: set[str] = set()

    def work(session: Session) -> None:
        seen.add(threading.current_thread().name)

    futures = [database.writer.submit(work) for _ in range(20)]
    threads = [threading.Thread(target=lambda: database.writer.run(work)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for future in futures:
        future.result()
    assert len(seen) == 1
    assert next(iter(seen)).startswith("db-writer")


def test_writes_are_serialised_in_submission_order(database: Database) -> None:
    order: list[int] = []
    futures = [database.writer.submit(lambda s, i=i: order.append(i)) for i in range(50)]
    for future in futures:
        future.result()
    assert order == list(range(50))


def test_a_failing_unit_of_work_rolls_back_entirely(database: Database) -> None:
    def half_then_fail(session: Session) -> None:
        session.add(Invoice(**invoice_values(1)))
        session.flush()
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        database.writer.run(half_then_fail)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 0


def test_read_sessions_cannot_write(database: Database) -> None:
    database.writer.run(_insert(3))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 3
        with pytest.raises(OperationalError, match=r"readonly|read-only|query_only"):
            session.execute(text("DELETE FROM invoices"))


def test_money_round_trips_exactly_and_floats_are_refused(database: Database) -> None:
    values = invoice_values(5) | {"amount_incl_vat": Decimal("1234567.8912")}
    database.writer.run(lambda s: s.add(Invoice(**values)))
    with database.read() as session:
        invoice = session.get(Invoice, values["id"])
        assert invoice is not None
        assert invoice.amount_incl_vat == Decimal("1234567.8912")
    bad = invoice_values(6) | {"amount_vat": 12.5}
    with pytest.raises(Exception, match="Decimal"):
        database.writer.run(lambda s: s.add(Invoice(**bad)))
    too_precise = invoice_values(7) | {"amount_vat": Decimal("0.00001")}
    with pytest.raises(Exception, match="decimals"):
        database.writer.run(lambda s: s.add(Invoice(**too_precise)))


def test_closed_writer_refuses_work(database: Database) -> None:
    database.writer.close()
    with pytest.raises(WriterClosedError):
        database.writer.submit(lambda s: None)


def test_local_change_and_outbox_row_commit_together(database: Database) -> None:
    database.writer.run(_insert(1))
    invoice_id = invoice_values(0)["id"]

    def act(session: Session) -> str:
        entry = enqueue_action(
            session,
            invoice_id=invoice_id,
            action="reject",
            endpoint="/cpro/factures/v1/traiter/recue",
            payload={"idFacture": invoice_id, "nouveauStatut": "REJETEE", "motif": "x"},
        )
        return entry.idempotency_key

    key = database.writer.run(act)
    with database.read() as session:
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        assert invoice.pending_action == "reject"
        entry = session.scalars(select(OutboxEntry)).one()
        assert entry.idempotency_key == key
        assert entry.previous_status == "MISE_A_DISPOSITION"
        assert entry.base_marker == invoice.platform_marker
        assert entry.payload == '{"idFacture":100000000,"motif":"x","nouveauStatut":"REJETEE"}'


def test_outbox_row_is_not_kept_when_the_local_change_fails(database: Database) -> None:
    database.writer.run(_insert(1))
    invoice_id = invoice_values(0)["id"]

    def act_then_fail(session: Session) -> None:
        enqueue_action(
            session, invoice_id=invoice_id, action="reject", endpoint="/x", payload={"a": 1}
        )
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        database.writer.run(act_then_fail)
    with pytest.raises(InvoiceNotCachedError):
        database.writer.run(
            lambda s: enqueue_action(s, invoice_id=42, action="x", endpoint="/x", payload={})
        )
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        invoice = session.get(Invoice, invoice_id)
        assert invoice is not None
        assert invoice.pending_action is None


def test_sending_rows_become_interrupted_at_startup(database: Database) -> None:
    database.writer.run(_insert(2))

    def queue_two(session: Session) -> None:
        for i in range(2):
            entry = enqueue_action(
                session, invoice_id=invoice_values(i)["id"], action="a", endpoint="/x", payload={}
            )
            entry.state = OutboxState.SENDING.value if i == 0 else OutboxState.PENDING.value

    database.writer.run(queue_two)
    assert database.writer.run(mark_interrupted_at_startup) == 1
    with database.read() as session:
        states = [e.state for e in open_entries(session)]
    assert states == ["interrupted", "pending"]


def test_payload_amounts_are_exact_json_numbers() -> None:
    from desktop_app.models.outbox_store import canonical_json

    body = canonical_json({"montantDPMandat": Decimal("1500.10"), "motif": "é", "n": [1]})
    assert body == '{"montantDPMandat":1500.10,"motif":"é","n":[1]}'
    with pytest.raises(TypeError):
        canonical_json({"amount": 1500.1})
    with pytest.raises(ValueError):
        canonical_json({"motif": "x\u0000decimal:1"})
