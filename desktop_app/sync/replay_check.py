"""Did an earlier attempt of an outbox row reach the platform? Decided from its history.

Chorus Pro has no ``Idempotency-Key`` (no public client shows one): a resend after an attempt
whose answer was lost (crash while "sending", connection reset, timeout, truncated answer,
5xx from a gateway) is a real second ``traiterFactureRecue`` (refused 20002, or a doubled
history entry). So before a resend the sender reads the invoice's status history
(``consulterHistoriqueFacture``) and looks for the entry our first attempt would have made:

* its code is the row's target status;
* it directly follows the status the invoice had when the first attempt left (read from the
  platform just before it: ``InFlight.source``), so an entry made by an earlier row of the
  same invoice, or before our attempt, is not taken for ours;
* its date (minute, Europe/Paris) is not before the first attempt, less :data:`CLOCK_SKEW`;
* its motive code, mandate number and free text agree with the row's payload.

"Already at the target status" alone is not enough: someone else may have made that change.
The matched entry, or the reasons each candidate was rejected, is the evidence recorded in the
audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from desktop_app.models.types import utc_text

PARIS = ZoneInfo("Europe/Paris")
#: how far the platform's clock may be behind ours without hiding our own entry
CLOCK_SKEW = timedelta(minutes=2)
#: free text is compared on its first characters (the platform or a gateway may truncate it)
TEXT_PREFIX = 60


@dataclass(frozen=True, slots=True)
class InFlight:
    """What the sender knew when the row's first attempt left (kept in the row's ``response``)."""

    source: str | None  # the platform status just before the first attempt
    marker: str | None  # its dateHeureEtatCourant
    first_attempt_at: datetime

    def to_json(self) -> str:
        return json.dumps(
            {
                "inFlight": {
                    "from": self.source,
                    "marker": self.marker,
                    "firstAttemptAt": utc_text(self.first_attempt_at),
                }
            },
            sort_keys=True,
        )

    @classmethod
    def from_response(cls, text: str | None) -> InFlight | None:
        """The record written before the first attempt; None when the row has none."""
        if not text:
            return None
        try:
            data = json.loads(text).get("inFlight")
            moment = datetime.fromisoformat(str(data["firstAttemptAt"]).replace("Z", "+00:00"))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        return cls(data.get("from"), data.get("marker"), moment)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Outcome of the check: ``applied`` and the evidence either way."""

    applied: bool
    evidence: dict[str, Any]


def status_entries(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``histoStatut`` entries of a 3.4 answer, oldest first (date, then id)."""
    block = answer.get("historiquesDesStatuts") or {}
    entries = [dict(e) for e in block.get("histoStatut") or [] if isinstance(e, dict)]

    def order(entry: dict[str, Any]) -> tuple[str, int]:
        try:
            number = int(entry.get("histoStatutId") or 0)
        except (TypeError, ValueError):
            number = 0
        return (_minute(entry.get("histoStatutDatePassage")), number)

    return sorted(entries, key=order)


def _minute(value: object) -> str:
    """``YYYY-MM-DD HH:MM`` of a history date (``T`` separator and seconds tolerated)."""
    return str(value or "").replace("T", " ")[:16]


def paris_minute(moment: datetime) -> str:
    """``moment`` as the history writes dates: minute, Europe/Paris."""
    return moment.astimezone(PARIS).strftime("%Y-%m-%d %H:%M")


def _norm(text: object) -> str:
    return " ".join(str(text or "").split())


def _same_amount(mine: object, theirs: object) -> bool:
    try:
        return Decimal(str(mine)) == Decimal(str(theirs))
    except (InvalidOperation, ValueError):
        return False


def compare_fields(payload: dict[str, Any], entry: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(fields that agree, fields that disagree) between the row's payload and ``entry``.

    A field the history does not carry (the real platform may not show the mandate number)
    is neither: it cannot confirm nor contradict.
    """
    agree: list[str] = []
    disagree: list[str] = []
    comment = _norm(entry.get("histoStatutCommentaire"))
    code = payload.get("codeMotif")
    if code and entry.get("histoStatutCodeMotif"):
        (agree if entry["histoStatutCodeMotif"] == code else disagree).append("codeMotif")
    number = payload.get("numeroDPMandat") or payload.get("NumeroDPMandat")
    if number:
        if entry.get("histoStatutNumeroDPMandat") is not None:
            same = _norm(entry["histoStatutNumeroDPMandat"]) == _norm(number)
            (agree if same else disagree).append("numeroDPMandat")
        elif comment:
            (agree if _norm(number) in comment else disagree).append("numeroDPMandat")
    amount = payload.get("montantDPMandat")
    if amount is not None and entry.get("histoStatutMontantDPMandat") is not None:
        same = _same_amount(amount, entry["histoStatutMontantDPMandat"])
        (agree if same else disagree).append("montantDPMandat")
    texts = [_norm(payload.get(k))[:TEXT_PREFIX] for k in ("motif", "commentaire")]
    texts = [t for t in texts if t]
    if texts:
        (agree if any(t in comment for t in texts) else disagree).append("motif")
    return agree, disagree


def _author(entry: dict[str, Any]) -> str:
    parts = (entry.get("histoStatutUtilisateurPrenom"), entry.get("histoStatutUtilisateurNom"))
    return " ".join(str(p) for p in parts if p)


def find_our_entry(
    payload: dict[str, Any],
    entries: list[dict[str, Any]],
    flight: InFlight | None,
    *,
    fallback_since: datetime,
    fallback_source: str | None,
) -> Verdict:
    """Look for the entry of our earlier attempt in ``entries`` (oldest first)."""
    target = str(payload.get("nouveauStatut") or "")
    source = flight.source if flight is not None else fallback_source
    since = flight.first_attempt_at if flight is not None else fallback_since
    window = paris_minute(since - CLOCK_SKEW)
    base = {
        "method": "consulterHistoriqueFacture",
        "target": target,
        "from": source,
        "firstAttemptAt": utc_text(since),
        "notBefore": window,
    }
    found: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    for index, entry in enumerate(entries):
        if entry.get("histoStatutCode") != target:
            continue
        stamp = _minute(entry.get("histoStatutDatePassage"))
        previous = entries[index - 1].get("histoStatutCode") if index else None
        agree, disagree = compare_fields(payload, entry)
        why = []
        if stamp < window:
            why.append("before the first attempt")
        if source is not None and previous != source:
            why.append(f"follows {previous}, not {source}")
        why += [f"{name} differs" for name in disagree]
        summary = {
            "histoStatutId": entry.get("histoStatutId"),
            "histoStatutDatePassage": stamp,
            "after": previous,
            "author": _author(entry),
        }
        if why:
            rejected.append({**summary, "why": why})
        else:
            found.append({**summary, "matched": agree or ["status and time only"]})
    if found:
        return Verdict(True, {**base, "entry": found[0], "matchingEntries": len(found)})
    return Verdict(False, {**base, "rejected": rejected[-5:]})
