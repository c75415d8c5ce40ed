"""A fixed pool of French suppliers (same for every seed), each with a trade and a number style."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.sandbox.generator.catalog import SECTORS, Sector
from desktop_app.sandbox.generator.identifiers import make_fr_iban, make_siren, make_siret, vat_id
from desktop_app.sandbox.generator.model import Party


@dataclass(frozen=True, slots=True)
class Supplier:
    """A supplier of the pool: its party, its trade and how it numbers its invoices."""

    key: int
    party: Party
    sector: Sector
    number_format: str  # str.format pattern with {year}, {yy} and {n}


# (name, sector, street) — invented names in the style of French SME names.
_SUPPLIERS: tuple[tuple[str, str, str], ...] = (
    ("BTP RHONE SAS", "BTP", "14 RUE DES CARRIERES"),
    ("ROUTES ET RESEAUX DU SUD-EST", "BTP", "ZA DES PLATANES"),
    ("MACONNERIE DUPONT ET FILS", "BTP", "3 CHEMIN DU MOULIN"),
    ("COUVERTURE ZINGUERIE MARTIN", "BTP", "27 AVENUE JEAN JAURES"),
    ("ELEC BATIMENT SERVICES", "BTP", "8 RUE AMPERE"),
    ("TERRASSEMENTS DU VAL", "BTP", "LIEU-DIT LES GRANGES"),
    ("PAPETERIE DU CENTRE", "PAPETERIE", "22 RUE DE LA REPUBLIQUE"),
    ("BUREAU FOURNITURES PRO", "PAPETERIE", "110 BOULEVARD DE L'INDUSTRIE"),
    ("LIBRAIRIE SCOLAIRE DES ALPES", "PAPETERIE", "5 PLACE DU MARCHE"),
    ("OFFICE DEPOT REGIONAL", "PAPETERIE", "ZI NORD - RUE GUTENBERG"),
    ("PHARMA DISTRIBUTION SANTE", "PHARMA", "40 RUE PASTEUR"),
    ("LABORATOIRES GENERIQUES DE FRANCE", "PHARMA", "2 ALLEE DES SCIENCES"),
    ("MEDICAL HYGIENE SUD", "PHARMA", "17 RUE CLAUDE BERNARD"),
    ("DISPOSITIFS MEDICAUX ASSOCIES", "PHARMA", "9 IMPASSE DES TILLEULS"),
    ("RESTAURATION COLLECTIVE DU LYONNAIS", "RESTAURATION", "61 ROUTE DE VIENNE"),
    ("PRIMEURS DES MONTS", "RESTAURATION", "MARCHE DE GROS - CASE 12"),
    ("BOULANGERIE LE FOURNIL", "RESTAURATION", "4 RUE DU FOUR"),
    ("LAITERIE COOPERATIVE DU PLATEAU", "RESTAURATION", "LE BOURG"),
    ("INSTITUT FORMATION TERRITORIALE", "FORMATION", "33 QUAI DES ETATS-UNIS"),
    ("SECURITE PREVENTION FORMATION", "FORMATION", "12 RUE DE L'ARSENAL"),
    ("CABINET CONSEIL ET COMPETENCES", "FORMATION", "7 COURS LAFAYETTE"),
    ("INFORMATIQUE SERVICES PUBLICS", "INFORMATIQUE", "150 AVENUE DE L'EUROPE"),
    ("RESEAUX ET TELECOMS DE L'OUEST", "INFORMATIQUE", "3 RUE DES FIBRES"),
    ("LOGICIELS COLLECTIVITES SA", "INFORMATIQUE", "TECHNOPOLE - BATIMENT C"),
    ("MICRO DEPANNAGE 69", "INFORMATIQUE", "18 RUE VOLTAIRE"),
    ("ENERGIES DU TERRITOIRE", "ENERGIE", "1 PLACE DE LA LUMIERE"),
    ("GAZ ET CHALEUR REGIONAUX", "ENERGIE", "75 AVENUE THIERS"),
    ("NET PROPRETE SERVICES", "NETTOYAGE", "29 RUE DES LILAS"),
    ("CRISTAL NETTOYAGE", "NETTOYAGE", "ZA LES BRUYERES"),
    ("HYGIENE ET ENVIRONNEMENT SAS", "NETTOYAGE", "6 ALLEE VERTE"),
    ("AUTOCARS DU VAL DE SAONE", "TRANSPORT", "ROUTE NATIONALE 6"),
    ("TRANSPORTS VOYAGEURS REUNIS", "TRANSPORT", "45 RUE DE LA GARE"),
    ("BIOMEDICAL MAINTENANCE FRANCE", "BIOMEDICAL", "11 RUE DE L'INNOVATION"),
    ("IMAGERIE SERVICES HOSPITALIERS", "BIOMEDICAL", "PARC D'ACTIVITES DU SEXTANT"),
    ("LIBRAIRIE DES QUAIS", "LIVRES", "16 QUAI SAINT-ANTOINE"),
    ("PRESSE ET ABONNEMENTS DIFFUSION", "LIVRES", "90 RUE D'ALESIA"),
)

_CITIES: tuple[tuple[str, str], ...] = (
    ("69003", "LYON"),
    ("69100", "VILLEURBANNE"),
    ("38000", "GRENOBLE"),
    ("42000", "SAINT-ETIENNE"),
    ("13008", "MARSEILLE"),
    ("31000", "TOULOUSE"),
    ("75011", "PARIS"),
    ("33000", "BORDEAUX"),
    ("44000", "NANTES"),
    ("67000", "STRASBOURG"),
    ("01000", "BOURG-EN-BRESSE"),
    ("26000", "VALENCE"),
    ("73000", "CHAMBERY"),
    ("63000", "CLERMONT-FERRAND"),
)

_BICS = ("BNPAFRPPXXX", "CRLYFRPPXXX", "SOGEFRPPXXX", "AGRIFRPPXXX", "CCBPFRPPLYO", "CMCIFRPPXXX")

_NUMBER_FORMATS = (
    "F-{year}-{n:06d}",
    "FAC{yy}-{n:05d}",
    "{year}/{n:06d}",
    "FA{year}{n:07d}",
    "INV-{yy}{n:06d}",
    "{n:08d}",
)


@lru_cache(maxsize=1)
def supplier_pool() -> tuple[Supplier, ...]:
    """The fixed supplier pool (independent of the generation seed)."""
    rng = random.Random("invoice-desk-suppliers-v1")  # noqa: S311 - reproducible demo data, not secrets
    pool: list[Supplier] = []
    for key, (name, sector_key, street) in enumerate(_SUPPLIERS):
        siren = make_siren(rng)
        postcode, city = rng.choice(_CITIES)
        party = Party(
            name=name,
            siret=make_siret(siren, rng.randint(1, 120)),
            vat_id=vat_id(siren),
            street=street,
            postcode=postcode,
            city=city,
            iban=make_fr_iban(rng),
            bic=rng.choice(_BICS),
        )
        pool.append(Supplier(key, party, SECTORS[sector_key], rng.choice(_NUMBER_FORMATS)))
    return tuple(pool)
