"""Typed error for every rejected document, with a message in the user's language."""

from __future__ import annotations

from typing import Any

from desktop_app.documents.messages import format_message


class DocumentError(Exception):
    """A document that cannot be read. ``key`` names the problem, ``params`` its details."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params: dict[str, Any] = params
        super().__init__(self.message("en"))

    def message(self, language: str = "fr") -> str:
        """The explanation for the user, in French (default) or English."""
        params = dict(self.params)
        localized = params.get(f"detail_{language}")
        if localized is not None:
            params["detail"] = localized
        return format_message(self.key, language, params)

    def __repr__(self) -> str:
        return f"DocumentError({self.key!r}, {self.params!r})"
