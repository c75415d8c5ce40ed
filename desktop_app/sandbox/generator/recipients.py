"""Demo recipient structures (a town hall, a hospital, a State service) and their services."""

from __future__ import annotations

from functools import lru_cache

from desktop_app.sandbox.generator.identifiers import luhn_complete, make_siret, vat_id
from desktop_app.sandbox.generator.model import Party, RecipientService

# (structure_id, SIREN prefix (8 digits), NIC, name, street, postcode, city, state entity,
#  services: (service_id, code, name))
_STRUCTURES: tuple[
    tuple[int, str, int, str, str, str, str, bool, tuple[tuple[int, str, str], ...]], ...
] = (
    (
        25_010_001,
        "21690123",
        1,
        "COMMUNE DE DEMO",
        "1 PLACE DE LA MAIRIE",
        "69123",
        "DEMO-SUR-RHONE",
        False,
        (
            (1_001, "FINANCES", "DIRECTION DES FINANCES"),
            (1_002, "TECHNIQUE", "SERVICES TECHNIQUES"),
            (1_003, "ECOLES", "AFFAIRES SCOLAIRES ET RESTAURATION"),
            (1_004, "CULTURE", "CULTURE ET MEDIATHEQUE"),
        ),
    ),
    (
        25_010_002,
        "26690456",
        17,
        "CENTRE HOSPITALIER DE DEMO",
        "12 AVENUE DES HOPITAUX",
        "69456",
        "DEMO-LES-BAINS",
        False,
        (
            (2_001, "FINANCES", "DIRECTION DES AFFAIRES FINANCIERES"),
            (2_002, "PHARMACIE", "PHARMACIE A USAGE INTERIEUR"),
            (2_003, "ACHATS", "DIRECTION DES ACHATS ET DE LA LOGISTIQUE"),
            (2_004, "TECHNIQUE", "SERVICES TECHNIQUES ET TRAVAUX"),
            (2_005, "BIOMED", "INGENIERIE BIOMEDICALE"),
        ),
    ),
    (
        25_010_003,
        "13000789",
        25,
        "DIRECTION DEPARTEMENTALE DE DEMO",
        "5 RUE DE LA PREFECTURE",
        "69789",
        "DEMOVILLE",
        True,
        (
            (3_001, "FINANCES", "SERVICE BUDGET ET COMPTABILITE"),
            (3_002, "LOGISTIQUE", "LOGISTIQUE ET MOYENS GENERAUX"),
            (3_003, "INFORMATIQUE", "SYSTEMES D'INFORMATION"),
        ),
    ),
)


@lru_cache(maxsize=1)
def demo_recipients() -> tuple[RecipientService, ...]:
    """All demo services, grouped by structure, with stable ids and Luhn-valid SIRETs."""
    services: list[RecipientService] = []
    for structure_id, prefix, nic, name, street, postcode, city, state, rows in _STRUCTURES:
        siren = luhn_complete(prefix)
        party = Party(
            name=name,
            siret=make_siret(siren, nic),
            vat_id=vat_id(siren),
            street=street,
            postcode=postcode,
            city=city,
        )
        for service_id, code, service_name in rows:
            services.append(
                RecipientService(
                    structure_id=structure_id,
                    structure=party,
                    service_id=service_id,
                    service_code=code,
                    service_name=service_name,
                    state_entity=state,
                )
            )
    return tuple(services)
