"""The dashboard's figures match the cache, and each one lists exactly what it counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from desktop_app.models.dashboard import read_dashboard
from desktop_app.models.invoices import Invoice
from desktop_app.models.queries import count
from desktop_app.sync.derived import refresh_after_pull
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.qt import QToolButton


def test_each_figure_counts_what_its_list_shows(window: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=10_000)
    figures = window.dashboard.figures
    assert figures is not None
    with window.database.read() as session:
        total = session.scalar(select(func.count()).select_from(Invoice))
        suspended = session.scalar(select(func.count()).where(Invoice.status == "SUSPENDUE"))
        for figure in (figures.late, figures.due_soon, figures.waiting_supplier, *figures.groups):
            assert count(session, figure.criteria) == figure.count, figure.key
        assert sum(g.count for g in figures.groups) == total
        assert sum(s.count for s in figures.services) == total
        assert figures.waiting_supplier.count == suspended
    assert figures.in_progress.count + figures.finished.count == total


def test_clicking_a_figure_opens_its_list(window: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=10_000)
    figures = window.dashboard.figures
    assert figures is not None
    button: QToolButton = window.dashboard.buttons["waiting_supplier"]
    assert "Suspendues" in button.text()
    button.click()
    qtbot.waitUntil(lambda: window.list.model().rowCount() > 0, timeout=10_000)
    assert window.current_filter().inbox == figures.waiting_supplier.criteria.inbox
    service_menu = window.dashboard.buttons["services"].menu()
    first = service_menu.actions()[0]
    first.trigger()
    assert window.current_filter().service_id == figures.services[0].criteria.service_id


def test_late_and_due_soon_follow_the_day(cache: Any) -> None:
    with cache.read() as session:
        ids = list(session.scalars(select(Invoice.id)))
    refresh_after_pull(cache, ids, today=date(2026, 6, 1))  # deadlines as the sync derives them
    with cache.read() as session:
        early = read_dashboard(session, today=date(2020, 1, 1))
        late = read_dashboard(session, today=date(2030, 1, 1))
    assert early.late.count == 0
    assert late.late.count > 0, "by 2030 every running deadline has passed"
    assert late.due_soon.count == 0
