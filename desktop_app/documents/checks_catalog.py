"""The rules the invoice checks apply: identifier, severity, tolerance, source and texts.

Sources (cited in each rule's ``source``):

- ``CEN``: ConnectingEurope/eInvoicing-EN16931, commit b6c9e06a59812fb1a83585da40923b3678a649ad,
  ``ubl/schematron/abstract/EN16931-model.sch`` (rule texts) and
  ``ubl/schematron/UBL/EN16931-UBL-model.sch`` (the tests, hence the tolerances).
- ``PEPPOL``: OpenPEPPOL/peppol-bis-invoice-3, commit 78d7f7dfa223f39f8ebd8d35c127f2690e646322,
  ``rules/sch/PEPPOL-EN16931-UBL.sch`` (R120 line net with ``u:slack(..., 0.02)``, R121).
- ``CPRO``: Chorus Pro structure parameters ``codeServiceDoitEtreRenseigne``,
  ``numeroEJDoitEtreRenseigne``, ``gestionNumeroEJOuCodeService`` (consulterStructure, read in
  ``desktop_app/sync/structure_settings.py``) and the SIRET (INSEE: 14 digits, Luhn key; La
  Poste's SIREN 356000000 uses a digit sum multiple of 5 instead).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.engagements import SuggestedAction


class Severity(StrEnum):
    """An error breaks a rule; a warning is worth a look but the rule is met."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule the invoice does not meet (values as stated, never corrected)."""

    rule: str  # official identifier, e.g. "BR-CO-10"
    severity: Severity
    where: str = ""  # "" (document), "line 3", "S 20"
    stated: Decimal | None = None  # what the invoice says
    expected: Decimal | None = None  # what the rule computes from the invoice's own values
    params: dict[str, str] = field(default_factory=dict)  # extra values for the message
    also: tuple[str, ...] = ()  # other rules the same fact breaks (BR-S-09 is also BR-CO-17)

    @property
    def rules(self) -> tuple[str, ...]:
        """This finding's rule and the ones it also breaks."""
        return (self.rule, *self.also)

    @property
    def difference(self) -> Decimal | None:
        if self.stated is None or self.expected is None:
            return None
        return self.stated - self.expected


CEN = "EN 16931 (CEN schematron, ConnectingEurope/eInvoicing-EN16931 b6c9e06)"
PEPPOL = "Peppol BIS Billing 3 (OpenPEPPOL/peppol-bis-invoice-3 78d7f7d)"
CPRO = "Chorus Pro (paramètres de la structure destinataire)"
INSEE = "INSEE (SIRET : 14 chiffres, clé de Luhn)"
EXACT = Decimal(0)
ONE_UNIT = Decimal(1)


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: ``tolerance`` is the difference allowed (``strict``: strictly below it)."""

    id: str
    severity: Severity
    source: str
    fr: str
    en: str
    tolerance: Decimal = EXACT
    strict: bool = False
    #: what the clerk is advised to do (the structure's requirements: suspend or recycle)
    suggested: SuggestedAction = SuggestedAction.NONE

    def allows(self, difference: Decimal) -> bool:
        """True when ``difference`` (stated − computed, rounded) is within the tolerance."""
        gap = abs(difference)
        return gap < self.tolerance if self.strict else gap <= self.tolerance

    def tolerance_text(self, language: str) -> str:
        """The tolerance as a clerk reads it."""
        if self.tolerance == 0:
            return "au centime près" if language == "fr" else "to the cent"
        value = f"{self.tolerance:f}".replace(".", ",") if language == "fr" else f"{self.tolerance}"
        if self.strict:
            return f"écart < {value}" if language == "fr" else f"difference < {value}"
        return f"écart ≤ {value}" if language == "fr" else f"difference ≤ {value}"


def _r(
    rule_id: str,
    fr: str,
    en: str,
    *,
    source: str = CEN,
    severity: Severity = Severity.ERROR,
    tolerance: Decimal = EXACT,
    strict: bool = False,
    suggested: SuggestedAction = SuggestedAction.NONE,
) -> Rule:
    return Rule(rule_id, severity, source, fr, en, tolerance, strict, suggested)


_ALL = [
    # Mandatory fields (BR-01..BR-16, BR-CO-18)
    _r(
        "BR-01",
        "Identifiant de spécification absent (BT-24).",
        "No specification identifier (BT-24).",
    ),
    _r("BR-02", "Numéro de facture absent (BT-1).", "No invoice number (BT-1)."),
    _r("BR-03", "Date d'émission absente (BT-2).", "No issue date (BT-2)."),
    _r("BR-04", "Code de type de facture absent (BT-3).", "No invoice type code (BT-3)."),
    _r("BR-05", "Devise de la facture absente (BT-5).", "No invoice currency (BT-5)."),
    _r("BR-06", "Nom du vendeur absent (BT-27).", "No seller name (BT-27)."),
    _r("BR-07", "Nom de l'acheteur absent (BT-44).", "No buyer name (BT-44)."),
    _r("BR-08", "Adresse postale du vendeur absente (BG-5).", "No seller postal address (BG-5)."),
    _r("BR-09", "Code pays du vendeur absent (BT-40).", "No seller country code (BT-40)."),
    _r("BR-10", "Adresse postale de l'acheteur absente (BG-8).", "No buyer postal address (BG-8)."),
    _r("BR-11", "Code pays de l'acheteur absent (BT-55).", "No buyer country code (BT-55)."),
    _r(
        "BR-12",
        "Somme des montants nets des lignes absente (BT-106).",
        "No sum of invoice line net amounts (BT-106).",
    ),
    _r("BR-13", "Total hors TVA absent (BT-109).", "No total without VAT (BT-109)."),
    _r("BR-14", "Total TTC absent (BT-112).", "No total with VAT (BT-112)."),
    _r("BR-15", "Montant à payer absent (BT-115).", "No amount due for payment (BT-115)."),
    _r("BR-16", "La facture n'a aucune ligne (BG-25).", "The invoice has no line (BG-25)."),
    _r("BR-CO-18", "Aucun récapitulatif de TVA (BG-23).", "No VAT breakdown (BG-23)."),
    # Lines
    _r("BR-21", "Ligne sans identifiant (BT-126).", "Line without identifier (BT-126)."),
    _r(
        "BR-22",
        "Ligne sans quantité facturée (BT-129).",
        "Line without invoiced quantity (BT-129).",
    ),
    _r("BR-24", "Ligne sans montant net (BT-131).", "Line without net amount (BT-131)."),
    _r(
        "BR-25", "Ligne sans désignation de l'article (BT-153).", "Line without item name (BT-153)."
    ),
    _r("BR-26", "Ligne sans prix net unitaire (BT-146).", "Line without item net price (BT-146)."),
    _r(
        "BR-27",
        "Prix net unitaire négatif : {stated}.",
        "Negative item net price: {stated}.",
    ),
    _r("BR-28", "Prix brut unitaire négatif : {stated}.", "Negative item gross price: {stated}."),
    _r(
        "BR-CO-04",
        "Ligne sans catégorie de TVA (BT-151).",
        "Line without VAT category code (BT-151).",
    ),
    _r(
        "PEPPOL-EN16931-R120",
        "Montant net indiqué {stated}, or {quantity} × {price} / {base} + frais {charges} "
        "− remises {allowances} = {expected} (écart {difference}).",
        "Stated line net amount {stated}, but {quantity} × {price} / {base} + charges {charges} "
        "− allowances {allowances} = {expected} (difference {difference}).",
        source=PEPPOL,
        tolerance=ONE_UNIT,
    ),
    _r(
        "PEPPOL-EN16931-R120/ROUNDING",
        "Montant net indiqué {stated}, or {quantity} × {price} / {base} + frais {charges} "
        "− remises {allowances} = {expected} (écart {difference}, moins d'une unité : arrondi ?).",
        "Stated line net amount {stated}, but {quantity} × {price} / {base} + charges {charges} "
        "− allowances {allowances} = {expected} (difference {difference}, below one unit: "
        "rounding?).",
        source=PEPPOL,
        severity=Severity.WARNING,
        tolerance=Decimal("0.02"),
    ),
    _r(
        "PEPPOL-EN16931-R121",
        "Quantité de base du prix non positive : {stated}.",
        "Item price base quantity is not positive: {stated}.",
        source=PEPPOL,
    ),
    # Totals
    _r(
        "BR-CO-10",
        "Somme des lignes indiquée {stated}, somme des montants nets des lignes {expected} "
        "(écart {difference}).",
        "Stated sum of lines {stated}, sum of the line net amounts {expected} "
        "(difference {difference}).",
    ),
    _r(
        "BR-CO-11",
        "Total des remises indiqué {stated}, somme des remises {expected} (écart {difference}).",
        "Stated allowance total {stated}, sum of the allowances {expected} "
        "(difference {difference}).",
    ),
    _r(
        "BR-CO-12",
        "Total des frais indiqué {stated}, somme des frais {expected} (écart {difference}).",
        "Stated charge total {stated}, sum of the charges {expected} (difference {difference}).",
    ),
    _r(
        "BR-CO-13",
        "Total HT indiqué {stated}, lignes − remises + frais = {expected} (écart {difference}).",
        "Stated total without VAT {stated}, lines − allowances + charges = {expected} "
        "(difference {difference}).",
    ),
    _r(
        "BR-CO-14",
        "Total de TVA indiqué {stated}, somme de la TVA par catégorie {expected} "
        "(écart {difference}).",
        "Stated VAT total {stated}, sum of the VAT per category {expected} "
        "(difference {difference}).",
    ),
    _r(
        "BR-CO-15",
        "Total TTC indiqué {stated}, HT + TVA = {expected} (écart {difference}).",
        "Stated total with VAT {stated}, without VAT + VAT = {expected} (difference {difference}).",
    ),
    _r(
        "BR-CO-16",
        "Montant à payer indiqué {stated}, TTC − déjà payé + arrondi = {expected} "
        "(écart {difference}).",
        "Stated amount due {stated}, total with VAT − paid + rounding = {expected} "
        "(difference {difference}).",
    ),
    _r(
        "BR-CO-16/MINIMUM",
        "Montant à payer indiqué {stated}, TTC − déjà payé + arrondi = {expected} "
        "(écart {difference}) ; le profil MINIMUM ne peut pas indiquer le montant déjà payé.",
        "Stated amount due {stated}, total with VAT − paid + rounding = {expected} "
        "(difference {difference}); the MINIMUM profile cannot state a paid amount.",
        severity=Severity.WARNING,
    ),
    # VAT breakdown
    _r(
        "BR-CO-17",
        "TVA {where} : montant indiqué {stated}, base × taux = {expected} (écart {difference}).",
        "VAT {where}: stated amount {stated}, base × rate = {expected} (difference {difference}).",
        tolerance=ONE_UNIT,
        strict=True,
    ),
    _r(
        "BR-S-09",
        "TVA {where} : montant indiqué {stated}, base × taux = {expected} (écart {difference}).",
        "VAT {where}: stated amount {stated}, base × rate = {expected} (difference {difference}).",
        tolerance=ONE_UNIT,
        strict=True,
    ),
    _r(
        "BR-CO-17/CENT",
        "TVA {where} : montant indiqué {stated}, base × taux = {expected} (écart {difference}, "
        "admis par la norme qui tolère moins d'une unité).",
        "VAT {where}: stated amount {stated}, base × rate = {expected} (difference "
        "{difference}, allowed by the standard, which tolerates less than one unit).",
        severity=Severity.WARNING,
    ),
    _r(
        "BR-S-09/CENT",
        "TVA {where} : montant indiqué {stated}, base × taux = {expected} (écart {difference}, "
        "admis par la norme qui tolère moins d'une unité).",
        "VAT {where}: stated amount {stated}, base × rate = {expected} (difference "
        "{difference}, allowed by the standard, which tolerates less than one unit).",
        severity=Severity.WARNING,
    ),
    *(
        _r(
            f"BR-{family}-08",
            "Base de TVA {where} indiquée {stated}, lignes + frais − remises de cette catégorie "
            "= {expected} (écart {difference}).",
            "VAT base {where} stated {stated}, lines + charges − allowances of that category "
            "= {expected} (difference {difference}).",
            tolerance=ONE_UNIT if family == "S" else EXACT,
            strict=family == "S",
        )
        for family in ("S", "Z", "E", "AE", "IC", "G", "O", "AF", "AG")
    ),
    # French public sector (Chorus Pro)
    _r(
        "FR-SIRET-VENDEUR",
        "SIRET du fournisseur absent (BT-30 ou BT-29) alors que le fournisseur est français.",
        "No supplier SIRET (BT-30 or BT-29) although the supplier is French.",
        source=CPRO,
        severity=Severity.WARNING,
    ),
    _r(
        "FR-SIRET-VENDEUR-CLE",
        "SIRET du fournisseur {value} invalide (clé de contrôle).",
        "Supplier SIRET {value} is invalid (check digit).",
        source=INSEE,
    ),
    _r(
        "FR-SIRET-ACHETEUR",
        "SIRET de l'acheteur public absent (BT-47 ou BT-46).",
        "No SIRET of the public buyer (BT-47 or BT-46).",
        source=CPRO,
        severity=Severity.WARNING,
    ),
    _r(
        "FR-SIRET-ACHETEUR-CLE",
        "SIRET de l'acheteur {value} invalide (clé de contrôle).",
        "Buyer SIRET {value} is invalid (check digit).",
        source=INSEE,
    ),
    _r(
        "FR-CODE-SERVICE",
        "Code service absent (BT-10) alors que la structure l'exige "
        "(codeServiceDoitEtreRenseigne).",
        "No service code (BT-10) although the structure requires it "
        "(codeServiceDoitEtreRenseigne).",
        source=CPRO,
        # the invoice reached the structure without its service: recycle it to the right one
        suggested=SuggestedAction.RECYCLE,
    ),
    _r(
        "FR-NUMERO-EJ",
        "Numéro d'engagement absent (BT-13) alors que la structure l'exige "
        "(numeroEJDoitEtreRenseigne).",
        "No commitment number (BT-13) although the structure requires it "
        "(numeroEJDoitEtreRenseigne).",
        source=CPRO,
        # as the engagement matching's MISSING state: suspend asking the supplier for it
        suggested=SuggestedAction.SUSPEND,
    ),
    _r(
        "FR-EJ-OU-SERVICE",
        "Ni code service (BT-10) ni numéro d'engagement (BT-13) alors que la structure exige "
        "l'un des deux (gestionNumeroEJOuCodeService).",
        "Neither service code (BT-10) nor commitment number (BT-13) although the structure "
        "requires one of them (gestionNumeroEJOuCodeService).",
        source=CPRO,
        suggested=SuggestedAction.SUSPEND,
    ),
]

RULES: dict[str, Rule] = {rule.id: rule for rule in _ALL}
