"""Value types describing statuses, transitions, motives, actors and roles."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.status_meanings_fr import meaning_fr
from desktop_app.domain.works_labels import works_label, works_meaning_fr


class Actor(StrEnum):
    """Who moves an invoice to a status, as the contract names them."""

    SUPPLIER = "supplier"
    PLATFORM = "platform"
    RECIPIENT = "recipient"
    ACCOUNTING = "accounting"
    VALIDATOR = "validator"


class Role(StrEnum):
    """Invoice Desk user roles (carried by the user's certificate in certificate mode)."""

    CLERK = "clerk"
    MANAGER = "manager"
    ADMIN = "admin"


class Scope(StrEnum):
    """Family a status belongs to in the contract."""

    RECEPTION = "reception"
    TRAITEMENT = "traitement"
    RETOUR = "retour"
    COMPTABLE = "comptable"
    VALIDATION = "validation"
    TRAVAUX = "travaux"
    TECHNIQUE = "technique"


@dataclass(frozen=True, slots=True)
class StatusInfo:
    """One invoice status with its labels and one-sentence meaning."""

    code: str
    label_fr: str | None
    label_en: str | None
    meaning: str
    scope: Scope
    set_by: tuple[Actor, ...]
    terminal: bool
    optional_for_recipient: bool
    confirmed: bool

    def label(self, language: str) -> str:
        """Label in ``language`` ("fr" or "en"); the readable code where none is sourced."""
        chosen = self.label_en if language.startswith("en") else self.label_fr
        chosen = chosen or works_label(self.code, language)  # the spec has none for works
        return chosen or self.code.replace("_", " ").capitalize()

    def meaning_in(self, language: str) -> str:
        """One-sentence meaning in ``language`` (French where written, else English)."""
        if language.startswith("fr"):
            return meaning_fr(self.code) or works_meaning_fr(self.code) or self.meaning
        return self.meaning


@dataclass(frozen=True, slots=True)
class TransitionRule:
    """A status change the contract allows, and the actor who performs it."""

    source: str | None
    target: str
    actor: Actor
    confirmed: bool = True


@dataclass(frozen=True, slots=True)
class MotifInfo:
    """A normalised motive for rejection, suspension or recycling."""

    code: str
    label_fr: str
    label_en: str
    description: str
    applies_to: tuple[str, ...]
    comment_required: bool

    def label(self, language: str) -> str:
        """Label in ``language`` ("fr" or "en"); French for anything else."""
        return self.label_en if language.startswith("en") else self.label_fr
