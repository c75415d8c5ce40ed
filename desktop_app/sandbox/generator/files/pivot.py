"""Chorus Pro ``CPPFacturePivot`` XML, the platform's PIVOT download format for any invoice.

Structure follows the real pivot in the shared corpus (``pastell-chorus-facture-pivot.xml``):
envelope, supplier, debtor, invoice data, attachments. That sample has an empty ``<Lignes/>``;
the line elements (``Ligne`` with ``Numero``, ``Reference``, ``Denomination``, ``Quantite``,
``Unite``, ``MontantUnitaireHT``, ``TauxTva``, ``MontantHT``) and ``FactureOrigine`` are named
after the platform's ``lignePoste*`` API fields (assumed, no public pivot sample carries them).
"""

from __future__ import annotations

import base64

from desktop_app.sandbox.generator.attachments import tiny_pdf
from desktop_app.sandbox.generator.files.common import (
    PIVOT_PAYMENT_CODES,
    amount,
    base_filename,
    esc,
    frame_code,
    iso,
    number,
)
from desktop_app.sandbox.generator.model import GeneratedInvoice

_XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:type="xs:string"'
_EMISSION = {"FLUX": "flux", "DEPOT": "portail", "SAISIE": "portail"}


def _emission_mode(deposit_mode: str) -> str:
    if deposit_mode.endswith("_API"):
        return "api"
    return _EMISSION.get(deposit_mode.split("_", 1)[0], "flux")


def _image_pdf(invoice: GeneratedInvoice) -> bytes:
    """The cheap one-page image attached as the invoice document (TypePJ 01)."""
    return tiny_pdf(
        [
            f"{invoice.invoice_type} {invoice.number}",
            f"Fournisseur : {invoice.supplier.name} (SIRET {invoice.supplier.siret})",
            f"Destinataire : {invoice.recipient.structure.name} - {invoice.recipient.service_code}",
            f"Date : {iso(invoice.issue_date)}",
            f"Montant HT : {amount(invoice.total_excl_vat)} {invoice.currency}",
            f"Montant TTC : {amount(invoice.total_incl_vat)} {invoice.currency}",
            f"Net a payer : {amount(invoice.amount_due)} {invoice.currency}",
        ]
    )


def _pj(order: int, content: bytes, name: str, type_code: str, mime: str) -> str:
    data = base64.b64encode(content).decode("ascii")
    return (
        f'<PJ NumOrdre="{order}"><Contenu>{data}</Contenu><NomPJ>{esc(name)}</NomPJ>'
        f"<TypePJ>{type_code}</TypePJ><MimeTypePJ {_XS}>{esc(mime)}</MimeTypePJ></PJ>"
    )


def render_pivot(invoice: GeneratedInvoice) -> bytes:
    """The invoice as ``CPPFacturePivot`` XML (UTF-8 bytes), whatever its deposit syntax."""
    supplier = invoice.supplier
    recipient = invoice.recipient
    out: list[str] = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        '<CPPFacturePivot xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="CPPFacturePivot_V1_22.xsd">',
        '<Enveloppe><EnveloppeUnitaire NumOrdre="1"><Parametres>',
        '<ParametreIndiv NumOrdre="0001"><Code>DtPrd</Code>'
        f"<Valeurparametre>{iso(invoice.deposit_date)}</Valeurparametre></ParametreIndiv>",
        '<ParametreIndiv NumOrdre="0002"><Code>IdFlx</Code>'
        f"<Valeurparametre>{invoice.invoice_id}</Valeurparametre></ParametreIndiv>",
        "</Parametres><Partenaires>",
        f"<Recepteur><Id>{recipient.structure.siret}</Id>"
        f"<Libelle>{esc(recipient.structure.name)}</Libelle></Recepteur>",
        "<Emetteur><Id>CPP001</Id><Libelle>CPP</Libelle></Emetteur>",
        "</Partenaires></EnveloppeUnitaire></Enveloppe>",
        '<CPPFactures Compteur="1"><CPPFacturePivotUnitaire NumOrdre="1">',
        "<Fournisseur><TypeIdentifiant>1</TypeIdentifiant>",
        f"<Identifiant {_XS}>{supplier.siret}</Identifiant>",
        f"<RaisonSociale {_XS}>{esc(supplier.name)}</RaisonSociale>",
        f"<CodePays>{supplier.country}</CodePays>",
        f"<ModeEmission>{_emission_mode(invoice.deposit_mode)}</ModeEmission></Fournisseur>",
        "<Debiteur><TypeIdentifiant>1</TypeIdentifiant>",
        f"<Identifiant>{recipient.structure.siret}</Identifiant>",
        f"<Nom {_XS}>{esc(recipient.structure.name)}</Nom>",
        f"<CodeService>{esc(recipient.service_code)}</CodeService>",
        f"<NomService>{esc(recipient.service_name)}</NomService></Debiteur>",
        "<DonneesFacture>",
        f"<Id>{esc(invoice.number)}</Id><Type>{invoice.type_code}</Type>",
        f"<Cadre>{frame_code(invoice)}</Cadre>",
        f"<DateEmissionFacture>{iso(invoice.issue_date)}</DateEmissionFacture>",
        f"<ModePaiement><Code>{PIVOT_PAYMENT_CODES.get(invoice.payment_means, '31')}</Code>"
        f"<Libelle>{esc(invoice.payment_means)}</Libelle></ModePaiement>",
        f"<DateReception>{iso(invoice.deposit_date)}</DateReception>",
        f"<Devise>{invoice.currency}</Devise>",
        f"<Montants><MontantHT>{amount(invoice.total_excl_vat)}</MontantHT>"
        f"<MontantTTC>{amount(invoice.total_incl_vat)}</MontantTTC>"
        f"<MontantNetAPayer>{amount(invoice.amount_due)}</MontantNetAPayer></Montants>",
        "<TVAs>",
    ]
    out.extend(
        f"<TVA><Taux>{number(b.rate)}</Taux><BaseHt>{amount(b.taxable_amount)}</BaseHt>"
        f"<MontantTVA>{amount(b.tax_amount)}</MontantTVA></TVA>"
        for b in invoice.vat_breakdown
    )
    out.append("</TVAs>")
    if invoice.contract_number or invoice.engagement_number:
        out.append("<Engagement>")
        if invoice.contract_number:
            out.append(f"<NumeroMarche>{esc(invoice.contract_number)}</NumeroMarche>")
        if invoice.engagement_number:
            out.append(f"<NumeroEngagement>{esc(invoice.engagement_number)}</NumeroEngagement>")
        out.append("</Engagement>")
    if invoice.preceding_invoice_number:
        out.append(f"<FactureOrigine><Numero>{esc(invoice.preceding_invoice_number)}</Numero>")
        if invoice.preceding_invoice_date is not None:
            out.append(f"<Date>{iso(invoice.preceding_invoice_date)}</Date>")
        out.append("</FactureOrigine>")
    out.append("<Lignes>")
    out.extend(
        f'<Ligne NumOrdre="{line.number}"><Numero>{line.number}</Numero>'
        f"<Reference>{esc(line.item_reference or '')}</Reference>"
        f"<Denomination>{esc(line.description)}</Denomination>"
        f"<Quantite>{number(line.quantity)}</Quantite><Unite>{line.unit_code}</Unite>"
        f"<MontantUnitaireHT>{line.unit_price}</MontantUnitaireHT>"
        f"<TauxTva>{number(line.vat_rate)}</TauxTva>"
        f"<MontantHT>{amount(line.net_amount)}</MontantHT></Ligne>"
        for line in invoice.lines
    )
    out.append("</Lignes></DonneesFacture>")
    out.append(
        _pj(1, _image_pdf(invoice), f"{base_filename(invoice)}.pdf", "01", "application/pdf")
    )
    for order, attachment in enumerate(invoice.attachments, start=2):
        name = f"{attachment.designation}.{attachment.extension.lower()}"
        out.append(_pj(order, attachment.content, name, "02", attachment.mime_type))
    out.append("</CPPFacturePivotUnitaire></CPPFactures></CPPFacturePivot>\n")
    return "".join(out).encode("utf-8")
