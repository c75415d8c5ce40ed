"""The history of a works statement: each passage with who acted, and for the platform's
tacit steps the document the statement became and its legal basis."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from desktop_app.domain.transitions import status_info
from desktop_app.domain.works_tacit import frame_label
from desktop_app.ui.i18n import current_language
from desktop_app.ui.qt import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget


def moment_text(passage: dict[str, Any]) -> str:
    """``04/12/2026 09:00`` from the passage's local time (``2026-12-04 09:00``), else the
    platform's text as it came."""
    local = str(passage.get("dateHeureLocale") or "")
    try:
        return datetime.strptime(local, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return local or str(passage.get("dateHeure") or "")


def status_text(code: str, language: str) -> str:
    """The status's label, or its code when the catalogue does not know it."""
    try:
        return status_info(code).label(language)
    except KeyError:
        return code


class WorksHistoryTable(QTableWidget):
    """Date, status, actor, comment, tacit step (frame and legal basis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("WorksHistory")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Statut"),
                self.tr("Par"),
                self.tr("Commentaire"),
                self.tr("Étape tacite (fondement)"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)

    def actor_text(self, passage: dict[str, Any]) -> str:
        role = str(passage.get("role") or "").upper()
        author = str(passage.get("auteur") or "")
        if role == "PLATEFORME":
            return self.tr("Chorus Pro (délai expiré)")
        return f"{author} ({role})" if role and author else author or role

    def tacit_text(self, passage: dict[str, Any], language: str) -> str:
        basis = str(passage.get("fondement") or "")
        frame = passage.get("cadre")
        if not basis and not frame:
            return ""
        parts = [frame_label(str(frame), language)] if frame else []
        if basis:
            parts.append(basis)
        return " — ".join(parts)

    def show_passages(self, passages: Iterable[dict[str, Any]]) -> None:
        """Fill with the passages, most recent first."""
        language = current_language()
        rows = list(passages)[::-1]
        self.setRowCount(len(rows))
        for row, passage in enumerate(rows):
            values = [
                moment_text(passage),
                status_text(str(passage.get("statut") or ""), language),
                self.actor_text(passage),
                str(passage.get("commentaire") or ""),
                self.tacit_text(passage, language),
            ]
            for column, value in enumerate(values):
                self.setItem(row, column, QTableWidgetItem(value))
        self.resizeColumnsToContents()
