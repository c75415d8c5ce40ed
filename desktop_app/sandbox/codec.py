"""JSON helpers: exact decimals on the wire, the contract's dates, invoice (de)serialisation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import zlib
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from desktop_app.sandbox.generator.model import (
    Attachment,
    GeneratedInvoice,
    InvoiceLine,
    Party,
    RecipientService,
    VatBreakdown,
)

PARIS = ZoneInfo("Europe/Paris")
_NUM_MARK = "\x1enum:"
_NUM_RE = re.compile(r'"\\u001enum:(-?\d+(?:\.\d+)?)"')


def num(value: Decimal | str | None) -> str | None:
    """Mark an exact decimal so that :func:`dumps` writes it as a bare JSON number."""
    if value is None:
        return None
    return _NUM_MARK + (str(value) if isinstance(value, str) else f"{value:f}")


def money(value: Decimal | str | None) -> str | None:
    """An amount with exactly 2 decimals as a bare JSON number (totals, contract §2.3)."""
    if value is None:
        return None
    amount = Decimal(value) if isinstance(value, str) else value
    return _NUM_MARK + f"{amount.quantize(Decimal('0.01')):f}"


def dumps(payload: Any) -> bytes:
    """UTF-8 JSON with numbers from :func:`num` / :func:`money` written exactly."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if _NUM_MARK[0] in text or "\\u001e" in text:
        text = _NUM_RE.sub(r"\1", text)
    return text.encode("utf-8")


def loads(body: bytes) -> Any:
    """Parse a request body; numbers with a fraction become ``Decimal``."""
    return json.loads(body, parse_float=Decimal)


# --- dates of the contract (§2.3) ---


def iso_ms(epoch_ms: int) -> str:
    """``dateHeureEtatCourant``: ISO 8601 UTC with milliseconds, e.g. 2026-03-01T09:14:02.000Z."""
    moment = dt.datetime.fromtimestamp(epoch_ms / 1000, dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{epoch_ms % 1000:03d}Z"


def minute_stamp(epoch_ms: int) -> str:
    """History timestamp ``YYYY-MM-DD HH:MM`` in Europe/Paris local time."""
    return dt.datetime.fromtimestamp(epoch_ms / 1000, PARIS).strftime("%Y-%m-%d %H:%M")


def paris_date(epoch_ms: int) -> str:
    """``YYYY-MM-DD`` of ``epoch_ms`` in Europe/Paris."""
    return dt.datetime.fromtimestamp(epoch_ms / 1000, PARIS).strftime("%Y-%m-%d")


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_bound(text: str, *, end: bool) -> int:
    """Epoch ms of a date or date-time filter bound (naive = Europe/Paris; ``Z``/offset kept).

    A plain date covers the whole day: its start for ``Du``, its last millisecond for ``Au``.
    Raises ``ValueError`` when malformed.
    """
    value = text.strip()
    if _DATE.match(value):
        day = dt.date.fromisoformat(value)
        moment = dt.datetime.combine(day, dt.time.max if end else dt.time.min, PARIS)
        return int(moment.timestamp() * 1000)
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PARIS)
    return int(moment.timestamp() * 1000)


def parse_date(text: str) -> str:
    """Validate a ``YYYY-MM-DD`` date (a date-time is cut to its date)."""
    value = text.strip()[:10]
    dt.date.fromisoformat(value)
    return value


# --- GeneratedInvoice <-> compressed JSON (for invoices not reproducible from (seed, index)) ---


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"$d": str(value)}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b": value.hex()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _decode_scalar(value: Any) -> Any:
    if isinstance(value, dict):
        if "$d" in value:
            return Decimal(value["$d"])
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        if "$b" in value:
            return bytes.fromhex(value["$b"])
    return value


def _party(data: dict[str, Any]) -> Party:
    return Party(**{k: _decode_scalar(v) for k, v in data.items()})


def invoice_to_blob(invoice: GeneratedInvoice) -> bytes:
    """Compressed JSON of a whole invoice."""
    return zlib.compress(json.dumps(_encode(invoice)).encode("utf-8"), 6)


def invoice_from_blob(blob: bytes) -> GeneratedInvoice:
    """Inverse of :func:`invoice_to_blob`."""
    data: dict[str, Any] = json.loads(zlib.decompress(blob))
    fields = {k: _decode_scalar(v) for k, v in data.items()}
    fields["supplier"] = _party(data["supplier"])
    recipient = dict(data["recipient"])
    recipient["structure"] = _party(recipient["structure"])
    fields["recipient"] = RecipientService(**recipient)
    fields["lines"] = tuple(
        InvoiceLine(**{k: _decode_scalar(v) for k, v in line.items()}) for line in data["lines"]
    )
    fields["vat_breakdown"] = tuple(
        VatBreakdown(**{k: _decode_scalar(v) for k, v in vat.items()})
        for vat in data["vat_breakdown"]
    )
    fields["attachments"] = tuple(
        Attachment(**{k: _decode_scalar(v) for k, v in att.items()}) for att in data["attachments"]
    )
    fields["notes"] = tuple(data["notes"])
    if data.get("main_contractor"):
        fields["main_contractor"] = _party(data["main_contractor"])
    return GeneratedInvoice(**fields)
