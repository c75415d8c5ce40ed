"""Who is working: one :class:`Identity` established before the window opens.

* certificate mode: the person named by the client certificate's subject (``CN``, e-mail);
  its role is the subject ``OU`` when it names one (the sandbox's convention), else IT's
  role mapping, else clerk;
* PISTE mode: every user of an entity shares the technical account, so the person is the
  operating-system account (:func:`os_account`), with the role IT maps to it in the machine
  configuration (``roles = manager:alice,bob; admin:carol``), default clerk;
* sandbox: the « Utilisateur de démonstration » chosen in the settings (its certificate in
  certificate mode, its name and demo role in PISTE mode).

The identity's ``login`` is the actor the audit trail records. No Qt and no HTTP here.
"""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_app.domain.status_types import Role
from desktop_app.sync.machine_config import (
    MachineConfigError,
    account_key,
    read_machine_config,
)

if TYPE_CHECKING:  # cryptography loads with the first certificate read
    from cryptography import x509

log = logging.getLogger(__name__)

ROLE_ORDER = (Role.CLERK, Role.MANAGER, Role.ADMIN)
# The sandbox's demo users a trainee may act as (desktop_app/sandbox/certs.py DEMO_USERS).
DEMO_USERS: dict[str, tuple[str, Role]] = {
    "clerk": ("Claire MARTIN", Role.CLERK),
    "manager": ("Marc DURAND", Role.MANAGER),
    "admin": ("Alice BERNARD", Role.ADMIN),
    "delegate": ("Denis ROUX", Role.CLERK),
    # the works circuit's project manager and contracting authority (sandbox/works.py)
    "moe": ("Mathieu OEUVRE", Role.CLERK),
    "moa": ("Agnes OUVRAGE", Role.MANAGER),
}


class IdentitySource(StrEnum):
    """Where the identity came from (shown in the settings)."""

    CERTIFICATE = "certificate"
    OS_ACCOUNT = "os-account"
    SANDBOX_DEMO = "sandbox-demo"


@dataclass(frozen=True, slots=True)
class Identity:
    """The person using the app: login (the audit actor), display name, roles, source."""

    login: str
    display_name: str
    roles: tuple[Role, ...]
    source: IdentitySource
    email: str | None = None

    @property
    def role(self) -> Role:
        """The highest of the roles (what the UI offers)."""
        return max(self.roles, key=ROLE_ORDER.index) if self.roles else Role.CLERK


def role_mapping(mapping: Mapping[str, str] | None = None) -> dict[str, Role]:
    """IT's account -> role mapping (the machine configuration's ``roles``) as roles.

    A broken machine configuration is logged and maps nobody (everyone is then a clerk).
    """
    if mapping is None:
        try:
            mapping = read_machine_config().role_mapping()
        except MachineConfigError as exc:
            log.warning("machine configuration unreadable, no role mapping: %s", exc)
            mapping = {}
    return {account_key(k): Role(v) for k, v in mapping.items()}


def os_account() -> str:
    """The operating-system account of the person at the keyboard (Windows: its USERNAME)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no passwd entry and no LOGNAME/USER/USERNAME
        return os.environ.get("USERNAME") or "utilisateur"


def _mapped(keys: list[str], mapping: Mapping[str, Role]) -> Role:
    for key in keys:
        if key and account_key(key) in mapping:
            return mapping[account_key(key)]
    return Role.CLERK


def from_os_account(
    mapping: Mapping[str, Role] | None = None, *, account: str | None = None
) -> Identity:
    """PISTE mode: the OS account, with IT's mapped role (clerk when not listed)."""
    login = account or os_account()
    roles = role_mapping() if mapping is None else mapping
    return Identity(
        login=login,
        display_name=login,
        roles=(_mapped([login], roles),),
        source=IdentitySource.OS_ACCOUNT,
    )


def _attribute(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def from_certificate(cert: x509.Certificate, mapping: Mapping[str, Role] | None = None) -> Identity:
    """Certificate mode: the subject's CN (else its e-mail), role from OU or IT's mapping."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    common_name = _attribute(cert, NameOID.COMMON_NAME)
    email = _attribute(cert, NameOID.EMAIL_ADDRESS)
    if email is None:
        try:
            names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
            emails = names.value.get_values_for_type(x509.RFC822Name)
            email = emails[0] if emails else None
        except x509.ExtensionNotFound:
            email = None
    login = common_name or email or cert.subject.rfc4514_string()
    unit = (_attribute(cert, NameOID.ORGANIZATIONAL_UNIT_NAME) or "").lower()
    if unit in {r.value for r in Role}:
        role = Role(unit)
    else:
        roles = role_mapping() if mapping is None else mapping
        role = _mapped([login, email or ""], roles)
    return Identity(
        login=login,
        display_name=common_name or login,
        roles=(role,),
        source=IdentitySource.CERTIFICATE,
        email=email,
    )


def sandbox_demo(login: str, role: str | None = None) -> Identity:
    """A sandbox demo user (PISTE sandbox: no certificate names the person)."""
    name, known = DEMO_USERS.get(login, (login, Role.CLERK))
    chosen = Role(role) if role in {r.value for r in Role} else known
    return Identity(login, name, (chosen,), IdentitySource.SANDBOX_DEMO)


def establish(
    certificate: x509.Certificate | None,
    *,
    sandbox_user: str | None = None,
    sandbox_role: str | None = None,
    mapping: Mapping[str, Role] | None = None,
) -> Identity:
    """The identity of a connection: its certificate, else the sandbox demo user, else the
    OS account (PISTE)."""
    if certificate is not None:
        return from_certificate(certificate, mapping)
    if sandbox_user is not None:
        return sandbox_demo(sandbox_user, sandbox_role)
    return from_os_account(mapping)


__all__ = [
    "DEMO_USERS",
    "Identity",
    "IdentitySource",
    "establish",
    "from_certificate",
    "from_os_account",
    "os_account",
    "role_mapping",
    "sandbox_demo",
]
