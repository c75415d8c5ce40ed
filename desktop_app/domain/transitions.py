"""The status machine: which status may follow which, and by whose hand."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from desktop_app.domain.errors import TransitionNotAllowed
from desktop_app.domain.status_catalog import STATUSES
from desktop_app.domain.status_types import Actor, StatusInfo, TransitionRule
from desktop_app.domain.transition_catalog import (
    MAIN_CHAIN,
    RECIPIENT_ACTION_TARGETS,
    RECIPIENT_PROCESSABLE_STATUSES,
    STATUSES_RETURNED_TO_SUPPLIER,
    TRANSITIONS,
)

_BY_CODE: dict[str, StatusInfo] = {status.code: status for status in STATUSES}


def status_info(code: str) -> StatusInfo:
    """The catalog entry of ``code``; raises ``KeyError`` for an unknown code."""
    return _BY_CODE[code]


def is_known_status(code: str) -> bool:
    """True when ``code`` is one of the contract's statuses."""
    return code in _BY_CODE


def all_statuses() -> tuple[StatusInfo, ...]:
    """Every status in contract order."""
    return STATUSES


@cache
def _rules_from(source: str | None) -> tuple[TransitionRule, ...]:
    return tuple(rule for rule in TRANSITIONS if rule.source == source)


def transitions_from(source: str | None, actor: Actor | None = None) -> tuple[TransitionRule, ...]:
    """Rules leaving ``source`` (``None`` = creation), optionally for one actor."""
    rules = _rules_from(source)
    return rules if actor is None else tuple(rule for rule in rules if rule.actor is actor)


def is_transition_allowed(source: str | None, target: str, actor: Actor) -> bool:
    """True when ``actor`` may move an invoice from ``source`` to ``target``."""
    return any(rule.target == target for rule in transitions_from(source, actor))


def check_transition(source: str | None, target: str, actor: Actor) -> TransitionRule:
    """Return the matching rule or raise :class:`TransitionNotAllowed`."""
    for rule in transitions_from(source, actor):
        if rule.target == target:
            return rule
    raise TransitionNotAllowed(source=source, target=target, actor=actor.value)


def recipient_targets(source: str) -> tuple[str, ...]:
    """Statuses a recipient may set from ``source``, in contract order."""
    return tuple(rule.target for rule in transitions_from(source, Actor.RECIPIENT))


def is_processable(status: str) -> bool:
    """True when the recipient can still act on an invoice in ``status``."""
    return status in RECIPIENT_PROCESSABLE_STATUSES


def is_returned_to_supplier(status: str) -> bool:
    """True for statuses that hand the invoice back to the supplier."""
    return status in STATUSES_RETURNED_TO_SUPPLIER


def main_chain_rank(status: str) -> int | None:
    """Position of ``status`` on the main chain, ``None`` off the chain."""
    return MAIN_CHAIN.index(status) if status in MAIN_CHAIN else None


def reachable_targets(statuses: Iterable[str]) -> frozenset[str]:
    """Every recipient target reachable in one step from any of ``statuses``."""
    return frozenset(target for status in statuses for target in recipient_targets(status))


__all__ = [
    "RECIPIENT_ACTION_TARGETS",
    "all_statuses",
    "check_transition",
    "is_known_status",
    "is_processable",
    "is_returned_to_supplier",
    "is_transition_allowed",
    "main_chain_rank",
    "reachable_targets",
    "recipient_targets",
    "status_info",
    "transitions_from",
]
