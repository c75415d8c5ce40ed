"""The window's handle on the application service (``desktop_app.sync.service``): the same
service the command line uses, with the texts of its messages in the interface's language."""

from __future__ import annotations

from pathlib import Path

from desktop_app.models.database import Database
from desktop_app.sync.credentials import SecretStore
from desktop_app.sync.events import EventBus
from desktop_app.sync.service import AppService, OutboxRow, UserInfo
from desktop_app.ui.i18n import current_language

__all__ = ["OutboxRow", "SyncService", "UserInfo"]


class SyncService(AppService):
    """:class:`AppService` speaking the interface's current language."""

    def __init__(
        self,
        database: Database,
        bus: EventBus | None = None,
        settings_path: Path | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(database, bus, settings_path, secrets, language=current_language)
