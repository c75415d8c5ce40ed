"""Header, parties, references, payment, notes and attachments of the reconstituted invoice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop_app.documents.messages import value_kind_label
from desktop_app.documents.model import Address, Invoice, Party
from desktop_app.documents.render import fmt
from desktop_app.documents.render.fonts import BOLD
from desktop_app.documents.render.labels import (
    PAYMENT_MEANS,
    TYPE_CODES,
    code_name,
)
from desktop_app.documents.render.styles import (
    ACCENT,
    LIGHT,
    RULE,
    WARN,
    WARN_BG,
    Markup,
    Styles,
    WrapOnceParagraph,
    grid_style,
    para,
)

FRAME_WIDTH = 180 * mm
TERM_LABELS = {
    "BT-2": "issue_date",
    "BT-9": "due_date",
    "BT-7": "tax_point",
    "BT-72": "delivery_date",
    "BT-109": "tax_exclusive",
    "BT-110": "tax_total",
    "BT-112": "tax_inclusive",
    "BT-115": "payable",
}


class Ctx:
    """Rendering context: language, labels and styles."""

    def __init__(self, language: str, labels: dict[str, str], styles: Styles) -> None:
        self.lang = language
        self.t = labels
        self.s = styles

    def date_or_raw(self, inv: Invoice, value: Any, term: str) -> str:
        """A date, or the unreadable raw text flagged, or empty."""
        if value is not None:
            return fmt.day(value, self.lang)
        bad = inv.invalid(term)
        if bad is not None:
            return f"⚠ « {bad.raw} » ({value_kind_label(bad.kind, self.lang)})"
        return ""


def header(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """Title (FACTURE / AVOIR), origin banner and the key facts box."""
    t, s = ctx.t, ctx.s
    title = t["credit_note"] if inv.is_credit_note else t["invoice"]
    left: list[Flowable] = [para(title, s.title)]
    type_name = code_name(TYPE_CODES, inv.type_code, ctx.lang)
    if type_name:
        left.append(para(type_name, s.body))
    syntax = inv.syntax if not inv.embedded_syntax else f"Factur-X / {inv.embedded_syntax}"
    left.append(Spacer(1, 2 * mm))
    left.append(para(t["reconstituted"].format(syntax=syntax), s.small))
    facts = [
        (t["number"], inv.number or t["unknown"]),
        (t["issue_date"], ctx.date_or_raw(inv, inv.issue_date, "BT-2") or t["unknown"]),
    ]
    due = "; ".join(fmt.day(d, ctx.lang) for d in inv.due_dates) or ctx.date_or_raw(
        inv, None, "BT-9"
    )
    if due:
        facts.append((t["due_date"], due))
    if inv.currency:
        facts.append((t["currency"], inv.currency))
    rows = [[para(label, s.small), para(value, s.bold)] for label, value in facts]
    box = Table(rows, colWidths=[30 * mm, 52 * mm])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            ]
        )
    )
    top = Table([[left, box]], colWidths=[FRAME_WIDTH - 84 * mm, 84 * mm])
    top.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    return [top, Spacer(1, 5 * mm)]


def _address_lines(address: Address) -> list[str]:
    lines = list(address.lines)
    city = " ".join(x for x in (address.postcode, address.city) if x)
    if city:
        lines.append(city)
    tail = ", ".join(x for x in (address.subdivision, address.country) if x)
    if tail:
        lines.append(tail)
    return lines


def party_block(title: str, party: Party, ctx: Ctx) -> list[Flowable]:
    """One party: name, address, SIRET, VAT, identifiers, contact."""
    t, s = ctx.t, ctx.s
    out: list[Flowable] = [
        para(title.upper(), s.box_title),
        para(party.name or t["unknown"], s.bold),
    ]
    if party.trading_name:
        out.append(para(party.trading_name, s.body))
    for line in _address_lines(party.address):
        out.append(para(line, s.body))
    facts: list[tuple[str, str]] = []
    siret = party.siret
    if siret:
        facts.append((t["siret"], siret))
    elif party.legal_id:
        scheme = f" ({party.legal_id.scheme})" if party.legal_id.scheme else ""
        facts.append((t["legal_id"], party.legal_id.value + scheme))
    if party.vat_id:
        facts.append((t["vat_id"], party.vat_id))
    if party.tax_registration_id:
        facts.append((t["tax_reg"], party.tax_registration_id))
    for ident in party.identifiers[:4]:
        if siret and ident.value.replace(" ", "") == siret:
            continue
        scheme = f" ({ident.scheme})" if ident.scheme else ""
        facts.append((t["ident"], ident.value + scheme))
    if party.service_code or party.service_name:
        facts.append(
            (t["service"], " – ".join(x for x in (party.service_code, party.service_name) if x))
        )
    contact = ", ".join(
        x for x in (party.contact.name, party.contact.phone, party.contact.email) if x
    )
    if contact:
        facts.append((t["contact"], contact))
    if party.electronic_address:
        facts.append((t["electronic_address"], party.electronic_address.value))
    if party.legal_info:
        facts.append(("", party.legal_info))
    for label, value in facts:
        out.append(_fact(label, value, ctx))
    return out


def _fact(label: str, value: str, ctx: Ctx) -> WrapOnceParagraph:
    """« Label : value », the label in bold (its fragments copied from a parsed skeleton).

    A value with a line break goes through the parser as before (where a line break is a
    space, not the ``<br/>`` that :meth:`Markup.text` would make of it).
    """
    label = f"{label} :" if label and ctx.lang == "fr" else (f"{label}:" if label else "")
    if "\n" in value or "\r" in value:
        prefix = f"<font name='{BOLD}'>{label}</font> " if label else ""
        return WrapOnceParagraph(prefix + escape(value), ctx.s.body)
    markup = Markup()
    if label:
        markup.tag(f"<font name='{BOLD}'>")
        markup.text(label).tag("</font> ")
    if value:
        markup.text(value)
    paragraph: WrapOnceParagraph = markup.paragraph(ctx.s.body)
    return paragraph


def parties(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """Seller and buyer side by side, then payee / tax representative when present."""
    t = ctx.t
    width = FRAME_WIDTH / 2
    row = [party_block(t["seller"], inv.seller, ctx), party_block(t["buyer"], inv.buyer, ctx)]
    boxes = Table([row], colWidths=[width, width], hAlign="LEFT")
    boxes.setStyle(_box_style(2))
    out: list[Flowable] = [boxes]
    extra = []
    if inv.payee is not None:
        extra.append(party_block(t["payee"], inv.payee, ctx))
    if inv.tax_representative is not None:
        extra.append(party_block(t["tax_rep"], inv.tax_representative, ctx))
    if extra:
        while len(extra) < 2:
            extra.append([])
        more = Table([extra], colWidths=[width, width], hAlign="LEFT")
        more.setStyle(_box_style(2))
        out += [Spacer(1, 3 * mm), more]
    return [*out, Spacer(1, 4 * mm)]


def _box_style(columns: int) -> TableStyle:
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for col in range(columns):
        commands.append(("BOX", (col, 0), (col, 0), 0.6, RULE))
    commands += [
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    return TableStyle(commands)


def references(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """The references and dates that identify the purchase (two label/value columns)."""
    t, lang = ctx.t, ctx.lang
    items: list[tuple[str, str | None]] = [
        (t["engagement"], inv.order_reference),
        (t["contract"], inv.contract_reference),
        (t["buyer_reference"], inv.buyer_reference),
        (t["project"], inv.project_reference),
        (t["sales_order"], inv.sales_order_reference),
        (t["despatch"], inv.despatch_advice_reference),
        (t["receiving"], inv.receiving_advice_reference),
        (t["tender"], inv.tender_reference),
        (t["invoiced_object"], inv.invoiced_object),
        (t["accounting"], inv.accounting_reference),
        (t["frame"], inv.invoicing_frame),
    ]
    for ref in inv.preceding_invoices:
        when = f" ({fmt.day(ref.issue_date, lang)})" if ref.issue_date else ""
        items.append((t["preceding"], ref.id + when))
    if inv.invoicing_period:
        p = inv.invoicing_period
        items.append((t["period"], f"{fmt.day(p.start, lang)} – {fmt.day(p.end, lang)}"))
    items.append((t["tax_point"], ctx.date_or_raw(inv, inv.tax_point_date, "BT-7") or None))
    items.append((t["delivery_date"], ctx.date_or_raw(inv, inv.delivery_date, "BT-72") or None))
    place = [x for x in (inv.delivery_party_name, inv.delivery_location_id) if x]
    if inv.delivery_address is not None:
        place += _address_lines(inv.delivery_address)
    if place:
        items.append((t["delivery_place"], ", ".join(place)))
    if inv.specification:
        items.append((t["specification"], inv.specification))
    present = [(label, value) for label, value in items if value]
    if not present:
        return []
    return [para(t["references"], ctx.s.heading), _pairs_table(present, ctx, columns=2)]


def _pairs_table(pairs: list[tuple[str, str]], ctx: Ctx, columns: int) -> Table:
    s = ctx.s
    cells = [[para(label, s.small), para(value, s.body)] for label, value in pairs]
    rows: list[list[Any]] = []
    per_row = columns
    for i in range(0, len(cells), per_row):
        row: list[Any] = []
        for cell in cells[i : i + per_row]:
            row += cell
        while len(row) < 2 * per_row:
            row.append("")
        rows.append(row)
    label_w = 38 * mm
    value_w = FRAME_WIDTH / per_row - label_w
    table = Table(rows, colWidths=[label_w, value_w] * per_row)
    table.setStyle(grid_style(header=False))
    return table


def invalid_values(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """A warning box listing the values that could not be read."""
    if not inv.invalid_values:
        return []
    s = ctx.s
    lines = [para(ctx.t["invalid_values"], s.bold)]
    for item in inv.invalid_values[:50]:
        label = ctx.t.get(TERM_LABELS.get(item.term, ""), "")
        where = f" – {item.where}" if item.where else ""
        text = (
            f"{item.term} {label}{where} : « {item.raw} » ({value_kind_label(item.kind, ctx.lang)})"
        )
        lines.append(para(text, s.warn))
    box = Table([[lines]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.8, WARN), ("BACKGROUND", (0, 0), (-1, -1), WARN_BG)]
        )
    )
    return [Spacer(1, 2 * mm), box, Spacer(1, 2 * mm)]


def payment(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """Payment means, bank accounts, references and terms."""
    t, pay = ctx.t, inv.payment
    pairs: list[tuple[str, str]] = []
    means = code_name(PAYMENT_MEANS, pay.means_code, ctx.lang)
    if pay.means_text and pay.means_text not in means:
        means = f"{means} – {pay.means_text}" if means else pay.means_text
    if means:
        pairs.append((t["means"], means))
    for account in pay.accounts:
        pairs.append((t["iban"], _group_iban(account.iban)))
        if account.bic:
            pairs.append((t["bic"], account.bic))
        if account.name:
            pairs.append((t["account_name"], account.name))
    optional: list[tuple[str, str | None]] = [
        (t["remittance"], pay.remittance_info),
        (t["mandate"], pay.mandate_id),
        (t["creditor_id"], pay.creditor_id),
        (t["debited_account"], pay.debited_account),
        (t["card"], " ".join(x for x in (pay.card_number, pay.card_holder) if x) or None),
    ]
    pairs += [(label, value) for label, value in optional if value]
    for term in pay.terms:
        pairs.append((t["terms"], term))
    if not pairs:
        return []
    return [KeepTogether([para(t["payment"], ctx.s.heading), _pairs_table(pairs, ctx, columns=1)])]


def _group_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    if len(compact) < 15 or not compact[:2].isalpha():
        return iban
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def notes(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """Free-text notes (BG-1)."""
    if not inv.notes:
        return []
    out: list[Flowable] = [para(ctx.t["notes"], ctx.s.heading)]
    for note in inv.notes[:200]:
        prefix = f"[{note.subject_code}] " if note.subject_code else ""
        out.append(para(prefix + note.text[:5000], ctx.s.body))
        out.append(Spacer(1, 1.5 * mm))
    return out


def attachments(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """The supporting documents and PDF file attachments, with content checks."""
    files = inv.all_attachments()
    if not files:
        return []
    t, s = ctx.t, ctx.s
    rows: list[list[Any]] = [
        [t["col_ref"], t["col_name"], t["col_mime"], t["col_detected"], t["col_size"]]
    ]
    for att in files:
        name = att.filename or att.uri or ""
        if att.uri and not att.filename:
            name = f"{att.uri} ({t['external']})"
        if att.description:
            name = f"{name}\n{att.description}" if name else att.description
        if att.origin == "pdf":
            name = f"{name}\n({t['pdf_file']})"
        detected = att.detected_mime or ""
        detected_cell: Flowable = para(detected, s.cell)
        if att.mime_mismatch:
            detected_cell = para(f"{detected}\n⚠ {t['mismatch']}", s.warn)
        elif att.error_key:
            from desktop_app.documents.messages import format_message

            msg = format_message(
                att.error_key,
                ctx.lang,
                {"name": att.filename or att.id or "", "size": att.size, "limit": "", "detail": ""},
            )
            detected_cell = para(f"⚠ {msg}", s.warn)
        rows.append(
            [
                para(att.id or "", s.cell),
                para(name, s.cell),
                para(att.mime or "", s.cell),
                detected_cell,
                fmt.size(att.size, ctx.lang),
            ]
        )
    widths = [30 * mm, 62 * mm, 30 * mm, 40 * mm, 18 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(right_from=4))
    return [para(t["attachments"], s.heading), table]


Builder = Callable[[Invoice, Ctx], list[Flowable]]
