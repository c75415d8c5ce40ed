"""Reader for the Chorus Pro flows CPPFacturePivot and CPPFactureMixte (E2)."""

from __future__ import annotations

from lxml import etree

from desktop_app.documents.attachments import fill_from_base64
from desktop_app.documents.limits import DEFAULT_LIMITS, Limits
from desktop_app.documents.model import (
    Attachment,
    BankAccount,
    DocumentReference,
    Identifier,
    Invoice,
    InvoiceLine,
    Party,
    VatBreakdown,
)
from desktop_app.documents.values import Finder, ValueReader, clean

F = Finder({})
# Chorus Pro TypeIdentifiant: 1 SIRET, 2 EU outside France, 3 outside EU, 4 RIDET, 5 TAHITI,
# 6 being registered, 7 private person.
_ID_SCHEMES = {"1": "SIRET", "2": "UE_HORS_FRANCE", "3": "HORS_UE", "4": "RIDET", "5": "TAHITI"}
ROOTS = {"CPPFacturePivot": "PIVOT", "CPPFactureMixte": "CPP_MIXTE"}


def read_chorus_flow(root: etree._Element, limits: Limits = DEFAULT_LIMITS) -> Invoice:
    """Map the first invoice of a Chorus Pro pivot or mixed flow to an :class:`Invoice`."""
    syntax = ROOTS[etree.QName(root).localname]
    values = ValueReader()
    inv = Invoice(syntax=syntax, specification=_schema_name(root))
    unit = _first_child(F.el(root, "CPPFactures"))
    if unit is None:
        return inv
    inv.seller = _party(F.el(unit, "Fournisseur"), "RaisonSociale", inv)
    inv.buyer = _party(F.el(unit, "Debiteur"), "Nom", inv)
    inv.buyer_reference = inv.buyer.service_code
    data = F.el(unit, "DonneesFacture")
    inv.number = F.text(data, "Id")
    origin = F.text(data, "IdFactureOrigine")
    if origin:
        inv.preceding_invoices.append(DocumentReference(origin))
    inv.type_code = F.text(data, "Type")
    inv.invoicing_frame = F.text(data, "Cadre")
    inv.issue_date = values.date(F.text(data, "DateEmissionFacture"), "BT-2")
    inv.delivery_date = values.date(F.text(data, "DateLivraison"), "BT-72")
    due = values.date(F.text(data, "DateEcheance"), "BT-9")
    if due is not None:
        inv.due_dates.append(due)
    inv.payment.means_code = F.text(data, "ModePaiement/Code")
    inv.payment.means_text = F.text(data, "ModePaiement/Libelle")
    inv.currency = F.text(data, "Devise")
    amounts = F.el(data, "Montants")
    inv.totals.tax_exclusive = values.decimal(F.text(amounts, "MontantHT"), "BT-109")
    inv.totals.tax_inclusive = values.decimal(F.text(amounts, "MontantTTC"), "BT-112")
    inv.totals.payable = values.decimal(F.text(amounts, "MontantNetAPayer"), "BT-115")
    inv.totals.tax_total = values.decimal(F.text(amounts, "MontantTVA"), "BT-110")
    for container in ("TVAs", "TVAS", "TVAS_"):
        for tva in F.all(data, f"{container}/TVA"):
            inv.vat_breakdown.append(
                VatBreakdown(
                    category=F.text(tva, "Categorie") or F.text(tva, "CodeCategorie"),
                    rate=values.decimal(F.text(tva, "Taux"), "BT-119", "percent"),
                    taxable_amount=values.decimal(F.text(tva, "BaseHt"), "BT-116"),
                    tax_amount=values.decimal(F.text(tva, "MontantTVA"), "BT-117"),
                    exemption_reason=F.text(tva, "MotifExoneration"),
                )
            )
    engagement = F.el(data, "Engagement")
    inv.contract_reference = F.text(engagement, "NumeroMarche")
    inv.order_reference = F.text(engagement, "NumeroEngagement")
    for ligne in F.all(data, "Lignes/Ligne")[: limits.max_lines]:
        inv.lines.append(_line(ligne, values))
    for pj in F.all(unit, "PJ"):
        att = Attachment(
            id=F.text(pj, "IdOriginal"),  # BT-122: the supplier's own reference of the file
            filename=F.text(pj, "NomPJ"),
            mime=F.text(pj, "MimeTypePJ"),
            type_code=F.text(pj, "TypePJ"),
            description=F.text(pj, "CategoriePJ") or F.text(pj, "NomPJOrigine"),
        )
        fill_from_base64(att, _raw_text(F.el(pj, "Contenu")), limits)
        inv.attachments.append(att)
    inv.invalid_values = values.invalid
    return inv


def _raw_text(node: etree._Element | None) -> str | None:
    return node.text if node is not None else None


def _schema_name(root: etree._Element) -> str | None:
    location = root.get("{http://www.w3.org/2001/XMLSchema-instance}noNamespaceSchemaLocation")
    return clean(location.removesuffix(".xsd")) if location else etree.QName(root).localname


def _first_child(node: etree._Element | None) -> etree._Element | None:
    if node is None:
        return None
    for child in node:
        if isinstance(child.tag, str):
            return child
    return None


def _party(node: etree._Element | None, name_tag: str, inv: Invoice) -> Party:
    party = Party()
    if node is None:
        return party
    party.name = F.text(node, name_tag) or F.text(node, "RaisonSociale") or F.text(node, "Nom")
    ident = F.text(node, "Identifiant")
    if ident:
        scheme = _ID_SCHEMES.get(F.text(node, "TypeIdentifiant") or "")
        party.legal_id = Identifier(ident, scheme)
    party.address.country = F.text(node, "CodePays")
    party.service_code = F.text(node, "CodeService")
    party.service_name = F.text(node, "NomService")
    for child in node.iter():
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        text = clean(child.text)
        if text and "tva" in tag and party.vat_id is None:
            party.vat_id = text
    bank = F.el(node, "ReferenceBancaire")
    if bank is not None:
        iban = bic = None
        for child in bank.iter():
            if not isinstance(child.tag, str):
                continue
            tag, text = child.tag.lower(), clean(child.text)
            if (text and "iban" in tag) or (text and tag in {"compte", "numerocompte"}):
                iban = iban or text
            elif text and "bic" in tag:
                bic = bic or text
        if iban:
            inv.payment.accounts.append(BankAccount(iban, None, bic))
    return party


def _line(node: etree._Element, values: ValueReader) -> InvoiceLine:
    ident = node.get("NumOrdre") or F.text(node, "NumOrdre") or ""
    where = f"line {ident}"
    line = InvoiceLine(id=ident.lstrip("0") or ident)
    line.seller_item_id = F.text(node, "ReferenceProduit")
    line.name = F.text(node, "Designation") or F.text(node, "Libelle") or line.seller_item_id
    line.quantity = values.decimal(F.text(node, "Quantite"), "BT-129", "quantity", where)
    line.unit_code = F.text(node, "Unite") or F.text(node, "CodeUnite")
    line.net_price = values.decimal(F.text(node, "PrixUnitaire"), "BT-146", where=where)
    line.net_amount = values.decimal(F.text(node, "MontantHT"), "BT-131", where=where)
    line.vat_rate = values.decimal(F.text(node, "TauxTVA"), "BT-152", "percent", where)
    line.vat_category = F.text(node, "CategorieTVA")
    return line
