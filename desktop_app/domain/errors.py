"""Typed domain errors. Each carries a message key the UI translates, and its parameters."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every rule violation; ``key`` names the message, ``params`` fill it."""

    key: str = "domain.error"

    def __init__(self, key: str | None = None, /, **params: Any) -> None:
        self.key = key or type(self).key
        self.params = params
        detail = ", ".join(f"{name}={value!r}" for name, value in sorted(params.items()))
        super().__init__(f"{self.key}({detail})" if detail else self.key)


class ValidationError(DomainError):
    """An action's input is incomplete or out of bounds."""

    key = "validation.invalid"


class TransitionNotAllowed(DomainError):
    """The target status cannot be reached from the current one."""

    key = "transition.not_allowed"


class PermissionDenied(DomainError):
    """The user's role may not perform this action."""

    key = "permission.denied"


class MoneyError(ValidationError):
    """An amount or currency cannot be read as exact money."""

    key = "money.invalid"
