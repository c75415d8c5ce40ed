"""Team mode switched on for a cache when the machine configuration names a team store.

:func:`start_for` (called once the window has connected) starts the cache's
:class:`~desktop_app.sync.team_sync.TeamSync` as the person's own database role — their
operating-system account, with a password from the keyring (``team-store:<login>``) when
there is one, else certificate or Kerberos as the server's pg_hba.conf says. Without a
``team_store`` address nothing starts and nothing changes (solo mode).
:func:`link_for` tells :mod:`desktop_app.sync.approvals` to route requests and decisions
through the team store.
"""

from __future__ import annotations

import getpass
import logging
import threading
from typing import TYPE_CHECKING

from desktop_app.models.database import Database
from desktop_app.sync.credentials import SecretStore
from desktop_app.sync.events import EventBus, InvoicesChanged
from desktop_app.sync.machine_config import MachineConfigError, account_key, read_machine_config

if TYPE_CHECKING:  # the driver is loaded in team mode only
    from desktop_app.sync.team_sync import TeamSync

log = logging.getLogger(__name__)
_LINKS: dict[int, TeamSync] = {}
_GUARD = threading.Lock()


def secret_name(login: str) -> str:
    """Keyring entry of a person's team store password."""
    return f"team-store:{login}"


def register(database: Database, link: TeamSync) -> None:
    """Use ``link`` for ``database`` (tests and :func:`start_for`)."""
    with _GUARD:
        _LINKS[id(database)] = link


def link_for(database: Database) -> TeamSync | None:
    """The running team link of ``database`` (``None``: solo mode)."""
    return _LINKS.get(id(database))


def start_for(
    database: Database, secrets: SecretStore | None = None, bus: EventBus | None = None
) -> TeamSync | None:
    """Start team mode when configured; a bad address is logged, never raised (solo stays).

    With ``bus``, invoices whose team state changed are published as
    :class:`~desktop_app.sync.events.InvoicesChanged` (their list rows refresh)."""
    if link_for(database) is not None:
        return link_for(database)
    try:
        url = read_machine_config().team_store
        if not url:
            return None
        from desktop_app.sync.team_address import parse_team_address

        address = parse_team_address(url)
    except (MachineConfigError, ValueError) as exc:  # TeamAddressError is a ValueError
        log.warning("team store not used: %s", exc)
        return None
    from desktop_app.sync.team_sync import TeamSync

    login = account_key(getpass.getuser())
    password = (secrets or SecretStore()).get(secret_name(login))

    def changed(ids: tuple[int, ...]) -> None:
        if bus is not None:
            bus.publish(InvoicesChanged(changed_ids=ids))

    link = TeamSync(database, address.conninfo(login, password), login, on_changed=changed)
    register(database, link)
    link.start()
    return link


def stop_for(database: Database) -> None:
    """Stop the team link of ``database`` (if any)."""
    with _GUARD:
        link = _LINKS.pop(id(database), None)
    if link is not None:
        link.stop()
