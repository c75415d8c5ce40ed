"""Per-user notification choices: which events, for which services (kept in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.ui.qt import QSettings

NEW_INVOICES = "new_invoices"
STATUS_CHANGES = "status_changes"
OUTBOX_OUTCOMES = "outbox_outcomes"
APPROVALS = "approvals"
ALL_EVENTS = (NEW_INVOICES, STATUS_CHANGES, OUTBOX_OUTCOMES, APPROVALS)


@dataclass(frozen=True, slots=True)
class NotificationPrefs:
    """What one user wants to be told about; empty ``services`` = every service."""

    events: frozenset[str] = field(default_factory=lambda: frozenset(ALL_EVENTS))
    services: frozenset[str] = field(default_factory=frozenset)

    def wants(self, event: str) -> bool:
        """True when ``event`` (one of :data:`ALL_EVENTS`) is wanted."""
        return event in self.events

    def covers(self, service_code: str | None) -> bool:
        """True when invoices of ``service_code`` are wanted."""
        return not self.services or (service_code or "") in self.services


def _key(user: str, name: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in user) or "_"
    return f"notifications/users/{safe}/{name}"


def _split(value: object) -> frozenset[str]:
    if value is None:
        return frozenset()
    items = [str(v) for v in value] if isinstance(value, list | tuple) else str(value).split(",")
    return frozenset(item.strip() for item in items if item.strip())


def load_prefs(settings: QSettings, user: str) -> NotificationPrefs:
    """The user's choices (every event, every service when never saved)."""
    events = settings.value(_key(user, "events"))
    return NotificationPrefs(
        events=frozenset(ALL_EVENTS) if events is None else _split(events) & set(ALL_EVENTS),
        services=_split(settings.value(_key(user, "services"))),
    )


def save_prefs(settings: QSettings, user: str, prefs: NotificationPrefs) -> None:
    """Keep the user's choices."""
    settings.setValue(_key(user, "events"), ",".join(sorted(prefs.events)) or ",")
    settings.setValue(_key(user, "services"), ",".join(sorted(prefs.services)))
