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
from desktop_app.sync.events import EventBus, InvoicesChanged, TeamLinkChanged, TeamNoticeRaised
from desktop_app.sync.machine_config import MachineConfigError, account_key, read_machine_config

if TYPE_CHECKING:  # the driver is loaded in team mode only
    from desktop_app.sync.team_address import TeamAddress
    from desktop_app.sync.team_results import TeamNotice
    from desktop_app.sync.team_sync import TeamSync, TeamSyncResult

log = logging.getLogger(__name__)
_LINKS: dict[int, TeamSync] = {}
_ADDRESSES: dict[int, TeamAddress] = {}
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
    :class:`~desktop_app.sync.events.InvoicesChanged` (their list rows refresh), notices as
    :class:`~desktop_app.sync.events.TeamNoticeRaised` and the link's state as
    :class:`~desktop_app.sync.events.TeamLinkChanged`."""
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
    login = account_key(getpass.getuser())
    return open_link(database, address, login, secrets or SecretStore(), bus)


def open_link(
    database: Database,
    address: TeamAddress,
    login: str,
    secrets: SecretStore,
    bus: EventBus | None = None,
    *,
    poll_s: float = 2.0,
) -> TeamSync:
    """Start the link of ``database`` to the store at ``address`` as ``login`` (the password,
    if any, from ``secrets``: the keyring or this session), its outcomes on ``bus``."""
    from desktop_app.sync.team_sync import TeamSync

    password = secrets.get(secret_name(login))

    def changed(ids: tuple[int, ...]) -> None:
        if bus is not None:
            bus.publish(InvoicesChanged(changed_ids=ids))

    def noticed(notice: TeamNotice) -> None:
        if bus is not None:
            bus.publish(notice_event(database, notice))

    def status(result: TeamSyncResult) -> None:
        if bus is not None:
            bus.publish(link_event(result, link.pending_count()))

    link = TeamSync(
        database,
        address.conninfo(login, password),
        login,
        poll_s=poll_s,
        on_notice=noticed,
        on_changed=changed,
        on_status=status,
    )
    register(database, link)
    with _GUARD:
        _ADDRESSES[id(database)] = address
    link.start()
    return link


def link_event(result: TeamSyncResult, pending: int) -> TeamLinkChanged:
    """What the window's team indicator shows for one round of the link."""
    from desktop_app.sync.team_sync import PASSWORD_REASONS

    if result.online:
        return TeamLinkChanged("online", None, pending)
    reason = result.error or "team.unreachable"
    if reason in PASSWORD_REASONS:
        state = "password"
    elif reason == "team.unreachable":
        state = "offline"
    else:
        state = "refused"
    return TeamLinkChanged(state, reason, pending)


def notice_event(database: Database, notice: TeamNotice) -> TeamNoticeRaised:
    """``notice`` for the window, with the invoice's number (the person knows invoices by it)."""
    from desktop_app.models.invoices import Invoice

    params = dict(notice.params)
    if notice.invoice_id is not None:
        with database.read() as session:
            invoice = session.get(Invoice, notice.invoice_id)
            params.setdefault("number", invoice.number if invoice else str(notice.invoice_id))
    return TeamNoticeRaised(notice.key, notice.invoice_id, tuple(sorted(params.items())))


def use_password(database: Database, secrets: SecretStore, password: str, remember: bool) -> bool:
    """Connect with ``password`` from now on: kept for this session, and in the keyring when
    ``remember`` and there is one (True: stored in the keyring)."""
    link = link_for(database)
    address = _ADDRESSES.get(id(database))
    if link is None or address is None:
        raise LookupError("no team link for this cache")
    stored = secrets.set(secret_name(link.user), password, remember=remember)
    link.use_conninfo(address.conninfo(link.user, password))
    return stored


def stop_for(database: Database) -> None:
    """Stop the team link of ``database`` (if any)."""
    with _GUARD:
        link = _LINKS.pop(id(database), None)
        _ADDRESSES.pop(id(database), None)
    if link is not None:
        link.stop()
