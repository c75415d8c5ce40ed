"""Trade sectors of the supplier pool: what they sell, in which unit, at which VAT rate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Item:
    """A catalogue item: price range in cents, quantity range, unit and VAT."""

    description: str
    unit_code: str
    price_cents: tuple[int, int]
    quantity: tuple[int, int]
    vat_rate: Decimal
    vat_category: str = "S"
    fractional: bool = False  # quantities with 2 decimals (kg, hours, m3)


@dataclass(frozen=True, slots=True)
class Sector:
    """A trade: its items, the services that buy from it, its contract style."""

    key: str
    items: tuple[Item, ...]
    service_codes: tuple[str, ...]
    contract_style: str  # "MARCHE" | "ACCORD" | "NONE"


_20 = Decimal("20")
_10 = Decimal("10")
_5_5 = Decimal("5.5")
_2_1 = Decimal("2.1")
_0 = Decimal("0")

EXEMPTION_REASONS = {
    "E": "Exonération de TVA, article 261-4-4° a du CGI",
    "Z": "Taux zéro",
}

SECTORS: dict[str, Sector] = {
    "BTP": Sector(
        "BTP",
        (
            Item(
                "Terrassement en pleine masse",
                "MTQ",
                (1_800, 4_500),
                (5, 400),
                _20,
                fractional=True,
            ),
            Item(
                "Beton dose a 350 kg C25/30", "MTQ", (11_000, 16_500), (1, 60), _20, fractional=True
            ),
            Item("Main d'oeuvre compagnon", "HUR", (3_800, 5_600), (4, 160), _20),
            Item("Enrobe a chaud BBSG 0/10", "TNE", (8_500, 12_000), (2, 90), _20, fractional=True),
            Item("Bordure de trottoir T2", "MTR", (2_200, 4_800), (10, 300), _20),
            Item("Refection toiture ecole (renovation)", "MTK", (4_000, 9_000), (20, 400), _10),
            Item("Installation de chantier", "C62", (50_000, 250_000), (1, 1), _20),
            Item("Peinture murs interieurs (renovation)", "MTK", (1_200, 2_800), (30, 800), _10),
        ),
        ("TECHNIQUE",),
        "MARCHE",
    ),
    "PAPETERIE": Sector(
        "PAPETERIE",
        (
            Item("Ramette papier A4 80g", "C62", (390, 690), (5, 500), _20),
            Item("Stylo bille bleu (boite de 50)", "BX", (1_250, 2_400), (1, 20), _20),
            Item("Classeur a levier dos 80 mm", "C62", (190, 450), (10, 200), _20),
            Item("Enveloppes C4 (carton de 250)", "BX", (2_100, 3_900), (1, 30), _20),
            Item("Toner imprimante laser noir", "C62", (4_500, 13_900), (1, 40), _20),
            Item("Cahier 96 pages 17x22", "C62", (60, 180), (20, 1_500), _20),
            Item("Manuel scolaire", "C62", (1_200, 2_900), (10, 300), _5_5),
        ),
        ("FINANCES", "ECOLES", "LOGISTIQUE", "ACHATS"),
        "ACCORD",
    ),
    "PHARMA": Sector(
        "PHARMA",
        (
            Item(
                "Specialite remboursable - paracetamol 1 g inj.",
                "C62",
                (90, 450),
                (50, 5_000),
                _2_1,
            ),
            Item("Specialite remboursable - anticoagulant", "C62", (1_200, 9_000), (10, 800), _2_1),
            Item("Dispositif medical - seringue 10 ml", "C62", (8, 35), (500, 20_000), _20),
            Item("Compresses steriles (boite de 100)", "BX", (350, 990), (10, 500), _20),
            Item("Solution hydroalcoolique 500 ml", "C62", (290, 690), (20, 1_000), _5_5),
            Item("Gants nitrile (boite de 100)", "BX", (450, 1_190), (20, 600), _20),
        ),
        ("PHARMACIE", "ACHATS"),
        "MARCHE",
    ),
    "RESTAURATION": Sector(
        "RESTAURATION",
        (
            Item("Repas enfant restauration scolaire", "C62", (280, 520), (200, 9_000), _10),
            Item("Pommes de terre", "KGM", (90, 220), (20, 800), _5_5, fractional=True),
            Item("Yaourt nature (lot de 24)", "C62", (420, 790), (10, 400), _5_5),
            Item("Pain frais", "KGM", (280, 460), (10, 300), _5_5, fractional=True),
            Item("Livraison en liaison froide", "C62", (3_500, 9_500), (1, 22), _20),
        ),
        ("ECOLES", "ACHATS"),
        "MARCHE",
    ),
    "FORMATION": Sector(
        "FORMATION",
        (
            Item(
                "Formation professionnelle continue - journee stagiaire",
                "DAY",
                (18_000, 45_000),
                (1, 30),
                _0,
                "E",
            ),
            Item(
                "Formation habilitation electrique H0B0", "C62", (15_000, 32_000), (1, 15), _0, "E"
            ),
            Item("Frais pedagogiques", "C62", (5_000, 60_000), (1, 1), _0, "E"),
        ),
        ("FINANCES", "TECHNIQUE", "ACHATS", "LOGISTIQUE"),
        "NONE",
    ),
    "INFORMATIQUE": Sector(
        "INFORMATIQUE",
        (
            Item("Ordinateur portable 14 pouces", "C62", (62_000, 139_000), (1, 60), _20),
            Item("Ecran 24 pouces", "C62", (12_900, 24_900), (1, 80), _20),
            Item("Licence logiciel - abonnement annuel", "C62", (4_900, 59_000), (1, 250), _20),
            Item("Prestation ingenieur systeme", "DAY", (55_000, 98_000), (1, 40), _20),
            Item("Maintenance applicative mensuelle", "MON", (30_000, 450_000), (1, 12), _20),
            Item("Cable reseau RJ45 cat.6 3 m", "C62", (290, 890), (10, 400), _20),
        ),
        ("INFORMATIQUE", "FINANCES", "ACHATS", "BIOMED"),
        "ACCORD",
    ),
    "ENERGIE": Sector(
        "ENERGIE",
        (
            Item("Consommation electricite", "KWH", (12, 28), (800, 250_000), _20),
            Item("Abonnement electricite (part fixe)", "MON", (2_500, 48_000), (1, 3), _5_5),
            Item("Consommation gaz naturel", "KWH", (6, 14), (1_000, 400_000), _20),
            Item("Contribution au service public (CSPE)", "KWH", (1, 3), (800, 250_000), _20),
        ),
        ("FINANCES", "TECHNIQUE", "LOGISTIQUE"),
        "ACCORD",
    ),
    "NETTOYAGE": Sector(
        "NETTOYAGE",
        (
            Item(
                "Nettoyage des locaux - forfait mensuel", "MON", (150_000, 1_200_000), (1, 1), _20
            ),
            Item("Nettoyage vitrerie", "MTK", (180, 450), (50, 2_000), _20),
            Item(
                "Intervention ponctuelle agent",
                "HUR",
                (2_400, 3_600),
                (2, 80),
                _20,
                fractional=True,
            ),
        ),
        ("TECHNIQUE", "LOGISTIQUE", "ACHATS"),
        "MARCHE",
    ),
    "TRANSPORT": Sector(
        "TRANSPORT",
        (
            Item("Transport scolaire - circuit journalier", "DAY", (18_000, 42_000), (1, 22), _10),
            Item("Transport de personnes - sortie", "C62", (35_000, 120_000), (1, 4), _10),
            Item("Kilometres supplementaires", "KMT", (120, 290), (10, 600), _10),
        ),
        ("ECOLES", "CULTURE", "LOGISTIQUE"),
        "MARCHE",
    ),
    "BIOMEDICAL": Sector(
        "BIOMEDICAL",
        (
            Item("Maintenance preventive echographe", "C62", (45_000, 180_000), (1, 4), _20),
            Item("Piece detachee sonde", "C62", (12_000, 390_000), (1, 3), _20),
            Item("Contrat de maintenance trimestriel", "C62", (250_000, 1_500_000), (1, 1), _20),
        ),
        ("BIOMED", "ACHATS"),
        "MARCHE",
    ),
    "LIVRES": Sector(
        "LIVRES",
        (
            Item("Livre - fonds mediatheque", "C62", (890, 4_500), (1, 120), _5_5),
            Item("Abonnement periodique", "C62", (3_900, 29_000), (1, 12), _2_1),
            Item("Equipement et plastification", "C62", (90, 250), (1, 120), _20),
        ),
        ("CULTURE", "ECOLES"),
        "ACCORD",
    ),
}
