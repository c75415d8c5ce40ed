"""Legal commitments (engagements juridiques: purchase orders, service orders) and how an
invoice matches one. Pure rules: the column mapping of an import, the reading of one row,
the match states and the action suggested for each.

The match itself runs in SQL over the whole cache (``models.engagements.match_invoices``);
:func:`match_state` states the same rule for one invoice, and the tests hold both to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop_app.domain.errors import DomainError, MoneyError
from desktop_app.domain.money import parse_amount

NUMBER_MAX_LENGTH = 100
SERVICE_MAX_LENGTH = 100
LABEL_MAX_LENGTH = 200
#: an import holds at most this many engagements (a town's year is a few thousand)
MAX_ROWS = 200_000


class EngagementError(DomainError):
    """An engagement file or row cannot be imported (``params`` say where and why)."""

    key = "engagements.invalid"


class EngagementState(StrEnum):
    """How an invoice stands against the imported engagements."""

    FOUND = "found"  # its number is a known engagement of the same supplier, within balance
    NOT_FOUND = "not_found"  # it carries a number no imported engagement has
    OTHER_SUPPLIER = "other_supplier"  # the engagement belongs to another supplier (SIRET)
    OVER_BALANCE = "over_balance"  # the invoice's amount exceeds the remaining balance
    MISSING = "missing"  # no number although the structure requires one


class SuggestedAction(StrEnum):
    """What the clerk is advised to do about an invoice's engagement state."""

    NONE = "none"
    SUSPEND = "suspend"  # ask the supplier for the number / for a justification
    RECYCLE = "recycle"  # wrong engagement number or wrong service: Chorus Pro recycles


SUGGESTED: dict[EngagementState, SuggestedAction] = {
    EngagementState.FOUND: SuggestedAction.NONE,
    # Chorus Pro practice: a wrong engagement number is recycled (motifs.json, CMD_ERR note)
    EngagementState.NOT_FOUND: SuggestedAction.RECYCLE,
    EngagementState.OTHER_SUPPLIER: SuggestedAction.RECYCLE,
    # over the balance: suspend and ask (an amendment, a new order) before anything else
    EngagementState.OVER_BALANCE: SuggestedAction.SUSPEND,
    # a missing mandatory number: suspend asking for it (or recycle, per the structure)
    EngagementState.MISSING: SuggestedAction.SUSPEND,
}

#: States that need the clerk's attention (the dashboard counts these).
ATTENTION_STATES = frozenset(set(EngagementState) - {EngagementState.FOUND})


class Field(StrEnum):
    """The columns an import reads."""

    NUMBER = "number"
    SUPPLIER_SIRET = "supplier_siret"
    SERVICE = "service_code"
    AMOUNT = "amount"
    REMAINING = "remaining"
    START = "start_date"
    END = "end_date"
    LABEL = "label"


#: French headers (and the usual variants of financial software exports) per field; a header
#: is compared without accents, case, spaces, dots, apostrophes and "°".
HEADERS: dict[Field, tuple[str, ...]] = {
    Field.NUMBER: (
        "numéro",
        "numéro engagement",
        "numéro d'engagement",
        "n° engagement",
        "numéro EJ",
        "n° EJ",
        "engagement",
        "numéro bon de commande",
        "n° bon de commande",
    ),
    Field.SUPPLIER_SIRET: ("SIRET fournisseur", "SIRET", "SIRET du fournisseur", "SIRET tiers"),
    Field.SERVICE: ("service", "code service", "service exécutant"),
    Field.AMOUNT: ("montant", "montant engagé", "montant TTC", "montant initial"),
    Field.REMAINING: ("montant restant", "reste à payer", "solde", "disponible", "restant"),
    Field.START: ("date début", "date de début", "date engagement", "date", "date d'engagement"),
    Field.END: ("date fin", "date de fin", "date fin validité"),
    Field.LABEL: ("libellé", "objet", "désignation"),
}
REQUIRED_FIELDS = (Field.NUMBER, Field.SUPPLIER_SIRET, Field.AMOUNT)


def header_key(text: object) -> str:
    """``text`` without accents, case, spaces and punctuation (``N° EJ`` -> ``nej``)."""
    plain = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


_BY_KEY = {header_key(name): field for field, names in HEADERS.items() for name in names}


def map_headers(headers: Sequence[object]) -> dict[Field, int]:
    """Column index of each known field in ``headers``; refuses a file without the required
    ones, or with a field twice."""
    found: dict[Field, int] = {}
    for index, header in enumerate(headers):
        field = _BY_KEY.get(header_key(header))
        if field is None:
            continue
        if field in found:
            raise EngagementError("engagements.duplicate_header", header=str(header))
        found[field] = index
    missing = [f for f in REQUIRED_FIELDS if f not in found]
    if missing:
        raise EngagementError(
            "engagements.missing_headers",
            missing=", ".join(HEADERS[f][0] for f in missing),
            found=", ".join(str(h) for h in headers if str(h or "").strip())[:200],
        )
    return found


def number_key(number: object) -> str:
    """How engagement numbers compare: trimmed, upper case, inner spaces removed."""
    return re.sub(r"\s+", "", str(number or "")).upper()


@dataclass(frozen=True, slots=True)
class Engagement:
    """One legal commitment as the financial software exported it."""

    number: str
    supplier_siret: str
    amount: Decimal
    remaining: Decimal
    service_code: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    label: str = ""

    @property
    def key(self) -> str:
        return number_key(self.number)


def read_amount(value: object) -> Decimal:
    """An amount cell: ``1 234,56``, ``1234.56``, ``1.234,56`` or a number cell of a sheet.

    The last of ``,`` / ``.`` is the decimal separator when both appear; a sheet's number
    cell (a binary float) is read by its shortest decimal writing.
    """
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise MoneyError("money.not_a_number", value=str(value))
        value = Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip().replace("€", "").replace("EUR", "").strip()
        if "," in text and "." in text:
            decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
            thousands = "." if decimal_mark == "," else ","
            text = text.replace(thousands, "")
        value = text
    amount = parse_amount(value)
    try:
        return amount.quantize(Decimal("0.0001"))
    except InvalidOperation as exc:  # pragma: no cover - absurdly large
        raise MoneyError("money.not_a_number", value=str(value)) from exc


def read_date(value: object) -> date | None:
    """A date cell: a sheet date, ``JJ/MM/AAAA``, ``AAAA-MM-JJ``; empty gives None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for layout in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    raise EngagementError("engagements.bad_date", value=text[:40])


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_siret(value: object) -> str:
    """14 digits (spaces tolerated); a sheet may give it as a number."""
    digits = re.sub(r"[\s.]", "", _text(value))
    if not re.fullmatch(r"\d{14}", digits):
        raise EngagementError("engagements.bad_siret", value=_text(value)[:40])
    return digits


def read_row(cells: Sequence[object], columns: Mapping[Field, int]) -> Engagement:
    """One data row as an :class:`Engagement`; raises :class:`EngagementError` or
    :class:`MoneyError` naming the faulty value."""

    def cell(field: Field) -> object:
        index = columns.get(field)
        return cells[index] if index is not None and index < len(cells) else None

    number = _text(cell(Field.NUMBER))
    if not number:
        raise EngagementError("engagements.number_missing")
    if len(number) > NUMBER_MAX_LENGTH:
        raise EngagementError("engagements.too_long", value=number[:40], max=NUMBER_MAX_LENGTH)
    amount = read_amount(cell(Field.AMOUNT))
    raw_remaining = cell(Field.REMAINING)
    remaining = amount if _text(raw_remaining) == "" else read_amount(raw_remaining)
    if amount < 0 or remaining < 0:
        raise EngagementError("engagements.negative_amount", value=number)
    service = _text(cell(Field.SERVICE))[:SERVICE_MAX_LENGTH] or None
    start, end = read_date(cell(Field.START)), read_date(cell(Field.END))
    if start is not None and end is not None and end < start:
        raise EngagementError("engagements.dates_reversed", value=number)
    return Engagement(
        number=number,
        supplier_siret=read_siret(cell(Field.SUPPLIER_SIRET)),
        amount=amount,
        remaining=remaining,
        service_code=service,
        start_date=start,
        end_date=end,
        label=_text(cell(Field.LABEL))[:LABEL_MAX_LENGTH],
    )


def match_state(
    invoice_number: str | None,
    supplier_siret: str | None,
    amount: Decimal | None,
    engagement: Engagement | None,
    *,
    required: bool,
) -> EngagementState | None:
    """The state of one invoice: None when it carries no number and none is required."""
    if not number_key(invoice_number):
        return EngagementState.MISSING if required else None
    if engagement is None:
        return EngagementState.NOT_FOUND
    if (supplier_siret or "") != engagement.supplier_siret:
        return EngagementState.OTHER_SUPPLIER
    if amount is not None and amount > engagement.remaining:
        return EngagementState.OVER_BALANCE
    return EngagementState.FOUND
