"""Reading text values (amounts, dates) from XML, recording those that cannot be read."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from desktop_app.documents.model import Identifier, InvalidValue

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_102 = re.compile(r"(\d{4})(\d{2})(\d{2})")


def clean(text: str | None) -> str | None:
    """Stripped text, or None when empty."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def identifier(node: etree._Element | None) -> Identifier | None:
    """An identifier element (UBL and CII alike): its text and ``schemeID``, or None."""
    if node is None:
        return None
    value = clean(node.text)
    return Identifier(value, node.get("schemeID")) if value else None


class ValueReader:
    """Converts raw texts to typed values; unreadable ones become :class:`InvalidValue`."""

    def __init__(self) -> None:
        self.invalid: list[InvalidValue] = []

    def decimal(
        self, raw: str | None, term: str, kind: str = "amount", where: str = ""
    ) -> Decimal | None:
        """A decimal number (amount, quantity, percent) or None."""
        text = clean(raw)
        if text is None:
            return None
        if _NUMBER.fullmatch(text):
            try:
                return Decimal(text)
            except InvalidOperation:
                pass
        self.invalid.append(InvalidValue(term, text, kind, where))
        return None

    def date(
        self, raw: str | None, term: str, fmt: str | None = None, where: str = ""
    ) -> date | None:
        """A date: ISO ``YYYY-MM-DD`` (UBL, pivot, time zone dropped) or CII format 102."""
        text = clean(raw)
        if text is None:
            return None
        pattern = _DATE_102 if fmt == "102" else _ISO_DATE
        match = pattern.match(text)
        if match and (fmt != "102" or len(text) == 8):
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
        self.invalid.append(InvalidValue(term, text, "date", where))
        return None


class Finder:
    """Namespace-aware child lookups (``find`` with prefixes) on lxml elements."""

    def __init__(self, namespaces: dict[str, str]) -> None:
        self.ns = namespaces
        self._cache: dict[str, str] = {}

    def _path(self, path: str) -> str:
        cached = self._cache.get(path)
        if cached is None:
            parts = []
            for step in path.split("/"):
                if ":" in step:
                    prefix, local = step.split(":", 1)
                    parts.append(f"{{{self.ns[prefix]}}}{local}")
                else:
                    parts.append(step)
            cached = "/".join(parts)
            self._cache[path] = cached
        return cached

    def el(self, node: etree._Element | None, path: str) -> etree._Element | None:
        """First element at ``path`` under ``node``."""
        if node is None:
            return None
        return node.find(self._path(path))

    def all(self, node: etree._Element | None, path: str) -> list[etree._Element]:
        """All elements at ``path`` under ``node``."""
        if node is None:
            return []
        return node.findall(self._path(path))

    def text(self, node: etree._Element | None, path: str) -> str | None:
        """Stripped text of the first element at ``path``, or None."""
        found = self.el(node, path)
        if found is None:
            return None
        return clean(found.text)

    def texts(self, node: etree._Element | None, path: str) -> list[str]:
        """Stripped non-empty texts of all elements at ``path``."""
        out = []
        for found in self.all(node, path):
            value = clean(found.text)
            if value is not None:
                out.append(value)
        return out
