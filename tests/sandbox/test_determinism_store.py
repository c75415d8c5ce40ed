"""Same seed -> identical data; the store file is sound; codec round trips."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.sandbox.app import open_sandbox
from desktop_app.sandbox.codec import invoice_from_blob, invoice_to_blob, parse_bound
from desktop_app.sandbox.config import SandboxConfig
from desktop_app.sandbox.dataset import default_factory, default_recipients


def _dump(data_dir: Path, seed: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    sandbox, _ = open_sandbox(SandboxConfig(data_dir=data_dir, seed=seed, invoices=120))
    db = sandbox.store.db
    invoices = [tuple(r) for r in db.execute("SELECT * FROM invoices ORDER BY id")]
    history = [tuple(r) for r in db.execute("SELECT * FROM status_history ORDER BY id")]
    assert sandbox.store.integrity_ok()
    sandbox.store.close()
    return invoices, history


def test_same_seed_same_data(tmp_path: Path) -> None:
    first = _dump(tmp_path / "a", 5)
    assert first == _dump(tmp_path / "b", 5)
    assert first != _dump(tmp_path / "c", 6)
    statuses = {row[28] for row in first[0]}
    assert {"MISE_A_DISPOSITION", "SERVICE_FAIT", "MANDATEE", "REJETEE", "SUSPENDUE"} <= statuses


def test_reopen_keeps_data_and_refuses_another_seed(tmp_path: Path) -> None:
    first = _dump(tmp_path, 5)
    assert _dump(tmp_path, 5) == first
    with pytest.raises(ValueError, match="seed 5"):
        open_sandbox(SandboxConfig(data_dir=tmp_path, seed=9, invoices=10))


def test_invoice_blob_round_trip() -> None:
    invoice = default_factory()(3, 17, default_recipients())
    assert invoice_from_blob(invoice_to_blob(invoice)) == invoice
    changed = dataclasses.replace(invoice, replaces_rejected_id=1, replaces_rejected_number="X")
    assert invoice_from_blob(invoice_to_blob(changed)) == changed


def test_date_bounds_accept_date_and_datetime() -> None:
    day_start = parse_bound("2026-03-02", end=False)
    day_end = parse_bound("2026-03-02", end=True)
    assert day_end - day_start == 24 * 3600 * 1000 - 1
    assert parse_bound("2026-03-02T00:00:00", end=False) == day_start  # naive = Europe/Paris
    assert parse_bound("2026-03-01T23:00:00Z", end=False) == day_start  # CET is UTC+1 in March
