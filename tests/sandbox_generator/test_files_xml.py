"""UBL, CII and pivot files: well-formed, schema-valid, values consistent with the invoice."""

from __future__ import annotations

import base64
from decimal import Decimal

import pytest

from desktop_app.sandbox.generator.files import (
    render_cii,
    render_invoice_file,
    render_pivot,
    render_ubl,
)
from desktop_app.sandbox.generator.invoices import generate_invoice
from desktop_app.sandbox.generator.model import GeneratedInvoice, RecipientService
from tests.sandbox_generator.xmlcheck import (
    CII_EN16931_XSD,
    CII_NS,
    UBL_CREDIT_NOTE_XSD,
    UBL_INVOICE_XSD,
    UBL_NS,
    child,
    parse,
    paths,
    schema,
    text,
)


def _sample(invoices: list[GeneratedInvoice], syntax: str | None, n: int) -> list[GeneratedInvoice]:
    """``n`` invoices (of ``syntax`` if given) covering credit notes and attachments."""
    pool = [i for i in invoices if syntax is None or i.syntax == syntax]
    picked = pool[:n]
    picked += [i for i in pool if i.invoice_type == "AVOIR"][:3]
    picked += [i for i in pool if i.attachments][:3]
    picked += [i for i in pool if i.frame.startswith(("A9_", "A2_"))][:2]
    return list({i.index: i for i in picked}.values())


def test_ubl_valid_and_consistent(invoices_2000: list[GeneratedInvoice], corpus_dir) -> None:  # type: ignore[no-untyped-def]
    corpus_root = parse((corpus_dir / "ubl" / "cen-ubl-tc434-example1.xml").read_bytes())
    for invoice in _sample(invoices_2000, None, 25):
        root = parse(render_ubl(invoice))
        credit = invoice.invoice_type == "AVOIR"
        xsd = schema(UBL_CREDIT_NOTE_XSD if credit else UBL_INVOICE_XSD)
        assert xsd.validate(root), xsd.error_log
        expected_ns = UBL_NS["cn"] if credit else corpus_root.nsmap[None]
        assert root.tag == f"{{{expected_ns}}}{'CreditNote' if credit else 'Invoice'}"
        ns = UBL_NS
        assert text(root, "cbc:CustomizationID", ns) == corpus_root.findtext(
            "cbc:CustomizationID", namespaces=ns
        )
        assert text(root, "cbc:ID", ns) == invoice.number
        assert text(root, "cbc:UBLVersionID", ns) == "2.1"
        notes = [str(n.text) for n in root.findall("cbc:Note", ns)]
        assert [n.split("#", 2)[2] for n in notes] == list(invoice.notes)
        assert text(root, "cbc:IssueDate", ns) == invoice.issue_date.isoformat()
        assert text(root, "cbc:ProfileID", ns) == invoice.frame.split("_")[0]
        supplier = child(root, "cac:AccountingSupplierParty/cac:Party", ns)
        endpoint = child(supplier, "cbc:EndpointID", ns)
        assert endpoint.get("schemeID") == "0009"
        assert endpoint.text == invoice.supplier.siret
        buyer_id = child(
            root, "cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID", ns
        )
        assert buyer_id.text == invoice.recipient.structure.siret
        assert text(root, "cbc:BuyerReference", ns) == invoice.recipient.service_code
        totals = child(root, "cac:LegalMonetaryTotal", ns)
        assert Decimal(text(totals, "cbc:PayableAmount", ns)) == invoice.amount_due
        assert Decimal(text(totals, "cbc:TaxExclusiveAmount", ns)) == invoice.total_excl_vat
        assert Decimal(text(root, "cac:TaxTotal/cbc:TaxAmount", ns)) == invoice.total_vat
        line_tag = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
        lines = root.findall(line_tag, ns)
        assert len(lines) == len(invoice.lines)
        line_sum = sum(
            Decimal(str(x.findtext("cbc:LineExtensionAmount", namespaces=ns))) for x in lines
        )
        assert line_sum == invoice.total_excl_vat
        if invoice.engagement_number:
            assert text(root, "cac:OrderReference/cbc:ID", ns) == invoice.engagement_number
        if credit:
            assert text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", ns) == (
                invoice.preceding_invoice_number
            )
        embedded = root.findall(
            "cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject", ns
        )
        assert [base64.b64decode(str(e.text)) for e in embedded] == [
            a.content for a in invoice.attachments
        ]
        assert all(e.get("mimeCode") == "application/pdf" for e in embedded)


def test_cii_valid_and_consistent(invoices_2000: list[GeneratedInvoice], corpus_dir) -> None:  # type: ignore[no-untyped-def]
    corpus_root = parse((corpus_dir / "cii" / "cen-CII_example1.xml").read_bytes())
    ns = CII_NS
    for invoice in _sample(invoices_2000, None, 25):
        root = parse(render_cii(invoice))
        xsd = schema(CII_EN16931_XSD)
        assert xsd.validate(root), xsd.error_log
        assert root.tag == corpus_root.tag
        guideline = (
            "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
        )
        assert root.findtext(guideline, namespaces=ns) == corpus_root.findtext(
            guideline, namespaces=ns
        )
        assert root.findtext("rsm:ExchangedDocument/ram:ID", namespaces=ns) == invoice.number
        assert (
            root.findtext("rsm:ExchangedDocument/ram:TypeCode", namespaces=ns) == invoice.type_code
        )
        issue = root.findtext(
            "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString", namespaces=ns
        )
        assert issue == invoice.issue_date.strftime("%Y%m%d")
        trade = child(root, "rsm:SupplyChainTradeTransaction", ns)
        seller_id = child(
            trade, "ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:GlobalID", ns
        )
        assert seller_id.get("schemeID") == "0009"
        assert seller_id.text == invoice.supplier.siret
        summation = child(
            trade,
            "ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation",
            ns,
        )
        assert Decimal(str(summation.findtext("ram:GrandTotalAmount", namespaces=ns))) == (
            invoice.total_incl_vat
        )
        assert (
            Decimal(str(summation.findtext("ram:DuePayableAmount", namespaces=ns)))
            == invoice.amount_due
        )
        taxes = trade.findall("ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", ns)
        assert sum(
            Decimal(str(t.findtext("ram:CalculatedAmount", namespaces=ns))) for t in taxes
        ) == (invoice.total_vat)
        assert len(trade.findall("ram:IncludedSupplyChainTradeLineItem", ns)) == len(invoice.lines)
        binaries = trade.findall(
            "ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument", ns
        )
        assert len(binaries) == len(invoice.attachments)
        for node, attachment in zip(binaries, invoice.attachments, strict=True):
            assert node.findtext("ram:TypeCode", namespaces=ns) == "916"
            blob = child(node, "ram:AttachmentBinaryObject", ns)
            assert base64.b64decode(str(blob.text)) == attachment.content


def test_pivot_matches_corpus_structure(invoices_2000: list[GeneratedInvoice], corpus_dir) -> None:  # type: ignore[no-untyped-def]
    corpus_root = parse((corpus_dir / "chorus" / "pastell-chorus-facture-pivot.xml").read_bytes())
    corpus_paths = paths(corpus_root)
    for invoice in _sample(invoices_2000, None, 15):
        root = parse(render_pivot(invoice))
        assert root.tag == corpus_root.tag == "CPPFacturePivot"
        generated = paths(root)
        missing = corpus_paths - generated
        if not invoice.contract_number:
            missing -= {
                "/CPPFactures/CPPFacturePivotUnitaire/DonneesFacture/Engagement/NumeroMarche"
            }
        if not invoice.engagement_number:
            missing -= {
                "/CPPFactures/CPPFacturePivotUnitaire/DonneesFacture/Engagement/NumeroEngagement"
            }
        if not (invoice.contract_number or invoice.engagement_number):
            missing -= {"/CPPFactures/CPPFacturePivotUnitaire/DonneesFacture/Engagement"}
        assert not missing
        data = child(root, "CPPFactures/CPPFacturePivotUnitaire/DonneesFacture")
        assert data.findtext("Id") == invoice.number
        assert data.findtext("Type") == invoice.type_code
        assert Decimal(str(data.findtext("Montants/MontantTTC"))) == invoice.total_incl_vat
        assert Decimal(str(data.findtext("Montants/MontantNetAPayer"))) == invoice.amount_due
        vat = sum((Decimal(text(t, "MontantTVA")) for t in data.findall("TVAs/TVA")), Decimal(0))
        assert vat == invoice.total_vat
        assert len(data.findall("Lignes/Ligne")) == len(invoice.lines)
        unit = child(root, "CPPFactures/CPPFacturePivotUnitaire")
        assert unit.findtext("Fournisseur/Identifiant") == invoice.supplier.siret
        assert unit.findtext("Debiteur/CodeService") == invoice.recipient.service_code
        pjs = unit.findall("PJ")
        assert len(pjs) == 1 + len(invoice.attachments)
        assert base64.b64decode(str(pjs[0].findtext("Contenu"))).startswith(b"%PDF")


@pytest.mark.parametrize("syntax", ["UBL", "CII", "PIVOT"])
def test_invoice_file_dispatch(invoices_2000: list[GeneratedInvoice], syntax: str) -> None:
    invoice = next(i for i in invoices_2000 if i.syntax == syntax)
    name, content = render_invoice_file(invoice)
    assert name.endswith(".xml")
    assert invoice.supplier.siret in name
    assert "/" not in name
    root = parse(content)
    expected = {"UBL": "Invoice", "CII": "CrossIndustryInvoice", "PIVOT": "CPPFacturePivot"}
    local = root.tag.rsplit("}", 1)[-1]
    assert local == expected[syntax] or (syntax == "UBL" and local == "CreditNote")
    assert render_invoice_file(invoice) == (name, content)


def test_files_deterministic(recipients: tuple[RecipientService, ...]) -> None:
    a = generate_invoice(9, 5, recipients)
    b = generate_invoice(9, 5, recipients)
    for render in (render_ubl, render_cii, render_pivot):
        assert render(a) == render(b)
    other = generate_invoice(10, 5, recipients)
    assert render_ubl(other) != render_ubl(a)


def test_thousand_line_invoice_files(recipients: tuple[RecipientService, ...]) -> None:
    index = next(i for i in range(5000) if len(generate_invoice(1, i, recipients).lines) == 1000)
    invoice = generate_invoice(1, index, recipients)
    ubl = parse(render_ubl(invoice))
    assert (
        len(ubl.findall("cac:InvoiceLine", UBL_NS)) + len(ubl.findall("cac:CreditNoteLine", UBL_NS))
        == 1000
    )
    cii = parse(render_cii(invoice))
    assert schema(CII_EN16931_XSD).validate(cii)
    pivot = parse(render_pivot(invoice))
    assert (
        len(pivot.findall("CPPFactures/CPPFacturePivotUnitaire/DonneesFacture/Lignes/Ligne"))
        == 1000
    )


def test_escaping_of_special_characters(recipients: tuple[RecipientService, ...]) -> None:
    import dataclasses

    invoice = generate_invoice(1, 3, recipients)
    tricky = dataclasses.replace(
        invoice,
        number='F&<1>"2',
        notes=("A & B < C > D \"quoted\" 'apos'",),
        supplier=dataclasses.replace(invoice.supplier, name="L'ATELIER & CIE <SARL>"),
    )
    for render in (render_ubl, render_cii, render_pivot):
        root = parse(render(tricky))
        assert 'F&<1>"2' in "".join(str(t) for t in root.itertext())
