"""Inbox groups shown to clerks, and which statuses each one gathers."""

from __future__ import annotations

from enum import StrEnum


class Inbox(StrEnum):
    """A left-pane inbox. ``ALL`` is every invoice; the others partition the statuses."""

    TO_PROCESS = "to_process"
    SUSPENDED = "suspended"
    REJECTED = "rejected"
    SERVICE_DONE = "service_done"
    MANDATED = "mandated"
    PAID = "paid"
    OTHER = "other"
    ALL = "all"


INBOX_LABELS: dict[Inbox, tuple[str, str]] = {
    Inbox.TO_PROCESS: ("À traiter", "To process"),
    Inbox.SUSPENDED: ("Suspendues", "Suspended"),
    Inbox.REJECTED: ("Rejetées", "Rejected"),
    Inbox.SERVICE_DONE: ("Service fait", "Service done"),
    Inbox.MANDATED: ("Mandatées", "Mandated"),
    Inbox.PAID: ("Mises en paiement", "Paid"),
    Inbox.OTHER: ("Autres", "Other"),
    Inbox.ALL: ("Toutes", "All"),
}

_STATUS_INBOX: dict[str, Inbox] = {
    "DEPOSEE": Inbox.TO_PROCESS,
    "EN_COURS_ACHEMINEMENT": Inbox.TO_PROCESS,
    "MISE_A_DISPOSITION": Inbox.TO_PROCESS,
    "COMPLETEE": Inbox.TO_PROCESS,
    "SUSPENDUE": Inbox.SUSPENDED,
    "REJETEE": Inbox.REJECTED,
    "A_RECYCLER": Inbox.REJECTED,
    "SERVICE_FAIT": Inbox.SERVICE_DONE,
    "MANDATEE": Inbox.MANDATED,
    "MISE_A_DISPOSITION_COMPTABLE": Inbox.MANDATED,
    "COMPTABILISEE": Inbox.MANDATED,
    "MISE_EN_PAIEMENT": Inbox.PAID,
}

#: Statuses after which nothing more is expected from the recipient (dashboard "finished").
FINISHED_STATUSES = frozenset({"REJETEE", "A_RECYCLER", "MISE_EN_PAIEMENT"})


def inbox_for_status(status: str) -> Inbox:
    """The inbox an invoice in ``status`` belongs to."""
    return _STATUS_INBOX.get(status, Inbox.OTHER)


def statuses_in(inbox: Inbox) -> frozenset[str]:
    """The statuses an inbox gathers (empty for OTHER and ALL, which are not lists of codes)."""
    return frozenset(code for code, group in _STATUS_INBOX.items() if group is inbox)


def is_finished(status: str) -> bool:
    """True when the invoice's processing is over (dashboard IPM5-015)."""
    return status in FINISHED_STATUSES


def inbox_label(inbox: Inbox, language: str = "fr") -> str:
    """Display name of an inbox."""
    french, english = INBOX_LABELS[inbox]
    return english if language.startswith("en") else french
