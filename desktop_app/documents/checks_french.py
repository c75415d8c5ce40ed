"""French public-sector checks: SIRET of both parties, service code and commitment number.

The service code and commitment number are required only when the recipient structure says
so (``codeServiceDoitEtreRenseigne``, ``numeroEJDoitEtreRenseigne``,
``gestionNumeroEJOuCodeService`` of ``consulterStructure``); without those parameters the
rules are not applied (nothing is guessed).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.documents.checks_catalog import RULES, Finding
from desktop_app.documents.model import Invoice, Party

LA_POSTE_SIREN = "356000000"  # La Poste's establishments: digit sum multiple of 5 (INSEE)
CHORUS_SYNTAXES = frozenset({"PIVOT", "CPP_MIXTE"})


@dataclass(frozen=True, slots=True)
class BuyerRequirements:
    """What the recipient structure demands (Chorus Pro structure parameters)."""

    service_required: bool = False  # codeServiceDoitEtreRenseigne
    engagement_required: bool = False  # numeroEJDoitEtreRenseigne
    service_or_engagement: bool = False  # gestionNumeroEJOuCodeService


def siret_is_valid(siret: str) -> bool:
    """14 digits with a valid Luhn key (La Poste: digit sum multiple of 5)."""
    if len(siret) != 14 or not siret.isdigit():
        return False
    if siret.startswith(LA_POSTE_SIREN) and sum(int(d) for d in siret) % 5 == 0:
        return True
    total = 0
    for index, char in enumerate(reversed(siret)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _claimed_siret(party: Party) -> str | None:
    """A 14-digit identifier the party gives as SIRET (scheme 0009, SIRET or unstated)."""
    for ident in (party.legal_id, *party.identifiers):
        if ident is None:
            continue
        value = ident.value.replace(" ", "")
        scheme = (ident.scheme or "").upper()
        if scheme in {"0009", "SIRET", "1"} or (not scheme and len(value) == 14):
            return value
    return None


def _is_french(party: Party, default: bool) -> bool:
    country = (party.address.country or "").strip().upper()
    if country:
        return country == "FR"
    if party.vat_id:
        return party.vat_id.strip().upper().startswith("FR")
    return default


def _finding(rule_id: str, **params: str) -> Finding:
    rule = RULES[rule_id]
    return Finding(rule.id, rule.severity, params=dict(params))


def _siret(party: Party, missing: str, bad_key: str) -> list[Finding]:
    claimed = _claimed_siret(party)
    if claimed is None:
        return [_finding(missing)]
    if not siret_is_valid(claimed):
        return [_finding(bad_key, value=claimed)]
    return []


def french_findings(inv: Invoice, requirements: BuyerRequirements | None) -> list[Finding]:
    """The French rules that apply to ``inv`` (a French buyer, or a Chorus Pro flow)."""
    chorus = inv.syntax in CHORUS_SYNTAXES
    if not _is_french(inv.buyer, default=chorus):
        return []  # a foreign buyer: not an invoice to a French public entity
    out = _siret(inv.buyer, "FR-SIRET-ACHETEUR", "FR-SIRET-ACHETEUR-CLE")
    if _is_french(inv.seller, default=chorus):
        out += _siret(inv.seller, "FR-SIRET-VENDEUR", "FR-SIRET-VENDEUR-CLE")
    if requirements is None:
        return out
    service = (inv.service_code or "").strip()
    engagement = (inv.engagement_number or "").strip()
    if requirements.service_required and not service:
        out.append(_finding("FR-CODE-SERVICE"))
    if requirements.engagement_required and not engagement:
        out.append(_finding("FR-NUMERO-EJ"))
    if requirements.service_or_engagement and not (service or engagement):
        out.append(_finding("FR-EJ-OU-SERVICE"))
    return out
