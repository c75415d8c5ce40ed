"""Read an engagements export (CSV or XLSX) of the entity's financial software.

The whole file is read and every row checked before anything is stored: one bad row refuses
the file (its line and value named), so an import is all or nothing. CSV: UTF-8 (with or
without BOM) or Windows-1252, separator ``;``, ``,`` or tab (found from the header line).
XLSX: the first sheet, first row the headers. Bounds: :data:`MAX_FILE_BYTES`,
:data:`desktop_app.domain.engagements.MAX_ROWS`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.engagements import (
    MAX_ROWS,
    Engagement,
    EngagementError,
    map_headers,
    read_row,
)
from desktop_app.domain.errors import DomainError
from desktop_app.models.database import Database
from desktop_app.models.engagements import ImportOutcome, store_import

MAX_FILE_BYTES = 50 * 1024 * 1024
#: an XLSX is a zip: its uncompressed size is bounded too (a zip bomb is refused)
MAX_XLSX_UNCOMPRESSED = 400 * 1024 * 1024
_SEPARATORS = (";", "\t", ",")


@dataclass(frozen=True, slots=True)
class EngagementFile:
    """What a file held: its engagements, in file order, and its row count."""

    engagements: list[Engagement]
    rows: int


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise EngagementError("engagements.bad_encoding")  # pragma: no cover - cp1252 reads all


def _csv_rows(data: bytes) -> list[list[str]]:
    text = _decode(data)
    if "\x00" in text:
        raise EngagementError("engagements.not_a_table")
    first = text.split("\n", 1)[0]
    separator = max(_SEPARATORS, key=first.count)
    if first.count(separator) == 0:
        raise EngagementError("engagements.not_a_table")
    try:
        return [row for row in csv.reader(io.StringIO(text), delimiter=separator) if any(row)]
    except csv.Error as exc:
        raise EngagementError("engagements.bad_csv", detail=str(exc)[:120]) from exc


def _xlsx_rows(data: bytes) -> list[Sequence[object]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_XLSX_UNCOMPRESSED:
                raise EngagementError("engagements.too_big", max=MAX_FILE_BYTES // 2**20)
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except EngagementError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise EngagementError("engagements.bad_xlsx", detail=type(exc).__name__) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise EngagementError("engagements.not_a_table")
        rows: list[Sequence[object]] = []
        for row in sheet.iter_rows(values_only=True):
            if any(cell not in (None, "") for cell in row):
                rows.append(row)
                if len(rows) > MAX_ROWS + 1:
                    raise EngagementError("engagements.too_many_rows", max=MAX_ROWS)
        return rows
    finally:
        book.close()


def parse_rows(rows: Sequence[Sequence[object]]) -> EngagementFile:
    """Headers then data rows -> engagements; the first faulty row refuses the whole file.

    A number present twice is refused too (which one would the match use?).
    """
    if not rows:
        raise EngagementError("engagements.empty")
    columns = map_headers(rows[0])
    if len(rows) - 1 > MAX_ROWS:
        raise EngagementError("engagements.too_many_rows", max=MAX_ROWS)
    found: list[Engagement] = []
    seen: dict[str, int] = {}
    for line, cells in enumerate(rows[1:], start=2):
        try:
            engagement = read_row(cells, columns)
        except DomainError as exc:
            raise EngagementError(
                "engagements.bad_row", line=line, reason=exc.key, **exc.params
            ) from exc
        earlier = seen.get(engagement.key)
        if earlier is not None:
            raise EngagementError(
                "engagements.duplicate_number", line=line, first=earlier, value=engagement.number
            )
        seen[engagement.key] = line
        found.append(engagement)
    return EngagementFile(found, len(rows) - 1)


def read_engagement_file(path: Path) -> EngagementFile:
    """Read ``path`` (``.csv``/``.txt`` or ``.xlsx``); raises :class:`EngagementError`."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise EngagementError("engagements.unreadable", detail=exc.strerror or "") from exc
    if size > MAX_FILE_BYTES:
        raise EngagementError("engagements.too_big", max=MAX_FILE_BYTES // 2**20)
    if size == 0:
        raise EngagementError("engagements.empty")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EngagementError("engagements.unreadable", detail=exc.strerror or "") from exc
    suffix = path.suffix.lower()
    if suffix == ".xlsx" or data[:4] == b"PK\x03\x04":
        return parse_rows(_xlsx_rows(data))
    if suffix in (".csv", ".txt", ""):
        return parse_rows(_csv_rows(data))
    raise EngagementError("engagements.bad_extension", extension=suffix)


def import_engagement_file(database: Database, path: Path, *, user: str) -> ImportOutcome:
    """Read and check the whole of ``path``, then store it in ONE writer transaction
    (replace, re-match every invoice, audit event). Raises :class:`EngagementError` with
    nothing stored when the file is refused. Call from a worker thread."""
    parsed = read_engagement_file(path)
    return database.writer.run(
        lambda session: store_import(session, parsed.engagements, file_name=path.name, user=user)
    )
