"""Shared fixtures for the generator tests."""

from __future__ import annotations

import pytest

from desktop_app.sandbox.generator.invoices import generate_invoices
from desktop_app.sandbox.generator.model import GeneratedInvoice, RecipientService
from desktop_app.sandbox.generator.recipients import demo_recipients


@pytest.fixture(scope="session")
def recipients() -> tuple[RecipientService, ...]:
    return demo_recipients()


@pytest.fixture(scope="session")
def invoices_2000(recipients: tuple[RecipientService, ...]) -> list[GeneratedInvoice]:
    """2,000 invoices of seed 7 (shared by the distribution and consistency tests)."""
    return list(generate_invoices(7, 2000, recipients))
