"""One desktop notification per sync run: what the run brings is held until it ends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.sync.events import (
    ConnectionChanged,
    ConnectionState,
    EventBus,
    InvoicesChanged,
    OutboxChanged,
    SyncFinished,
)
from desktop_app.ui.notifications import Notifier, new_invoices_line
from desktop_app.ui.qt import QSettings


def test_one_notification_per_sync_run(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "n.ini"), QSettings.Format.IniFormat)
    bus = EventBus()
    notifier = Notifier(bus, settings)
    notifier.timer.setInterval(10)  # outside a run, events would show after 10 ms
    bus.publish(ConnectionChanged(ConnectionState.SYNCING))
    bus.publish(InvoicesChanged(new_ids=tuple(range(1, 11))))
    qtbot.wait(100)
    bus.publish(InvoicesChanged(new_ids=(11, 12)))  # the confirming pull of the same run
    bus.publish(OutboxChanged(1, 5, "done"))
    qtbot.wait(100)
    assert notifier.shown == []  # the run is not over
    bus.publish(ConnectionChanged(ConnectionState.ONLINE))
    bus.publish(SyncFinished(new_count=12))
    qtbot.waitUntil(lambda: len(notifier.shown) == 1, timeout=2000)
    body = notifier.shown[0][1]
    assert body.splitlines()[0] == "12 nouvelles factures"
    assert "1 action(s) envoyée(s)" in body
    # the next run, a single invoice: its own notification, singular
    bus.publish(ConnectionChanged(ConnectionState.SYNCING))
    bus.publish(InvoicesChanged(new_ids=(13,)))
    bus.publish(SyncFinished(new_count=1))
    qtbot.waitUntil(lambda: len(notifier.shown) == 2, timeout=2000)
    assert notifier.shown[1][1] == "1 nouvelle facture"
    notifier.close()


def test_new_invoices_line_in_english(qapp: Any) -> None:
    from desktop_app.ui.i18n import install_language

    install_language("en")
    try:
        assert new_invoices_line(12) == "12 new invoices"
        assert new_invoices_line(1) == "1 new invoice"
    finally:
        install_language("fr")
