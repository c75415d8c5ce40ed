"""Lines, allowances and charges, VAT breakdown and totals of the reconstituted invoice."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.model import AllowanceCharge, Invoice, InvoiceLine
from desktop_app.documents.render import fmt
from desktop_app.documents.render.blocks import FRAME_WIDTH, Ctx
from desktop_app.documents.render.fonts import BOLD
from desktop_app.documents.render.labels import UNITS, VAT_CATEGORIES, code_name
from desktop_app.documents.render.styles import ACCENT, LIGHT, Markup, grid_style, para

LINE_WIDTHS = [11 * mm, 77 * mm, 16 * mm, 15 * mm, 21 * mm, 13 * mm, 27 * mm]


def _unit(code: str | None, lang: str) -> str:
    if not code:
        return ""
    return UNITS.get(lang, {}).get(code, code)


def _ac_text(ac: AllowanceCharge, ctx: Ctx) -> str:
    kind = ctx.t["charge"] if ac.is_charge else ctx.t["allowance"]
    reason = ac.reason or ac.reason_code or ""
    pct = f" {fmt.percent(ac.percent, ctx.lang)}" if ac.percent is not None else ""
    sign = "+" if ac.is_charge else "−"
    return f"{kind}{pct} {reason}: {sign}{fmt.amount(ac.amount, ctx.lang)}".strip()


def _designation(line: InvoiceLine, ctx: Ctx, depth: int) -> Paragraph:
    t, lang = ctx.t, ctx.lang
    markup = Markup()
    if depth:
        markup.text("↳ " * depth)
    markup.tag(f"<font name='{BOLD}'>").text(line.name or line.description or "").tag("</font>")
    small: list[str] = []
    if line.description and line.description != line.name:
        small.append(line.description[:2000])
    refs = [x for x in (line.seller_item_id, line.buyer_item_id) if x]
    if line.standard_item_id:
        refs.append(line.standard_item_id.value)
    if refs:
        small.append(f"{t['item_id']} {' / '.join(refs)}")
    if line.gross_price is not None and line.gross_price != line.net_price:
        small.append(f"{t['gross_price']} {fmt.amount(line.gross_price, lang)}")
    if line.price_base_quantity is not None and line.price_base_quantity != 1:
        unit = _unit(line.price_base_unit or line.unit_code, lang)
        base = fmt.quantity(line.price_base_quantity, lang)
        small.append(f"{t['col_price']} {t['price_base']} {base} {unit}")
    if line.period and (line.period.start or line.period.end):
        small.append(f"{fmt.day(line.period.start, lang)} – {fmt.day(line.period.end, lang)}")
    for attr in line.attributes[:10]:
        small.append(f"{attr.name}: {attr.value}")
    for ac in line.allowances_charges:
        small.append(_ac_text(ac, ctx))
    if line.note:
        small.append(line.note[:2000])
    if small:
        markup.tag("<br/><font size='7'>")
        for index, text in enumerate(small):
            if index:
                markup.tag("<br/>")
            markup.text(text)
        markup.tag("</font>")
    return markup.paragraph(ctx.s.cell)


def _line_rows(line: InvoiceLine, ctx: Ctx, depth: int, out: list[list[Any]]) -> None:
    lang = ctx.lang
    ident: Any = line.id if len(line.id) <= 5 else para(line.id, ctx.s.cell)
    out.append(
        [
            ident,
            _designation(line, ctx, depth),
            fmt.quantity(line.quantity, lang),
            _unit(line.unit_code, lang),
            fmt.amount(line.net_price, lang) if line.net_price is not None else "",
            fmt.percent(line.vat_rate, lang) or (line.vat_category or ""),
            fmt.amount(line.net_amount, lang),
        ]
    )
    for sub in line.sub_lines:
        _line_rows(sub, ctx, depth + 1, out)


def lines_table(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """The lines table; it flows across pages with its header row repeated."""
    t = ctx.t
    heading = para(t["lines"], ctx.s.heading)
    if not inv.lines:
        return [heading, para(t["no_lines"], ctx.s.small)]
    header = [
        t["col_id"],
        t["col_item"],
        t["col_qty"],
        t["col_unit"],
        t["col_price"],
        t["col_vat"],
        t["col_amount"],
    ]
    parents = {line.id for line in inv.lines}
    rows: list[list[Any]] = [header]
    for line in inv.lines:
        depth = 1 if line.parent_line_id and line.parent_line_id in parents else 0
        _line_rows(line, ctx, depth, rows)
    style = grid_style(right_from=2)
    style.add("ALIGN", (3, 0), (3, -1), "LEFT")
    table = Table(rows, colWidths=LINE_WIDTHS, repeatRows=1, splitByRow=1)
    table.setStyle(style)
    return [heading, table]


def document_allowances(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """Document-level allowances and charges (BG-20, BG-21)."""
    if not inv.allowances_charges:
        return []
    t, lang = ctx.t, ctx.lang
    rows: list[list[Any]] = [
        [
            t["col_kind"],
            t["col_reason"],
            t["col_base"],
            t["col_percent"],
            t["col_vat"],
            t["col_amount"],
        ]
    ]
    for ac in inv.allowances_charges:
        vat = fmt.percent(ac.vat_rate, lang) or ""
        if ac.vat_category:
            vat = f"{ac.vat_category} {vat}".strip()
        amount = fmt.amount(ac.amount, lang)
        rows.append(
            [
                t["charge"] if ac.is_charge else t["allowance"],
                para(" – ".join(x for x in (ac.reason_code, ac.reason) if x), ctx.s.cell),
                fmt.amount(ac.base_amount, lang) if ac.base_amount is not None else "",
                fmt.percent(ac.percent, lang),
                vat,
                amount if ac.is_charge or not amount else f"−{amount}",
            ]
        )
    table = Table(
        rows, colWidths=[22 * mm, 74 * mm, 24 * mm, 16 * mm, 18 * mm, 26 * mm], repeatRows=1
    )
    table.setStyle(grid_style(right_from=2))
    return [KeepTogether([para(t["doc_allowances"], ctx.s.heading), table])]


def vat_and_totals(inv: Invoice, ctx: Ctx) -> list[Flowable]:
    """VAT breakdown (left) and totals box (right), kept together."""
    t, lang = ctx.t, ctx.lang
    left: list[Flowable] = [para(t["vat_breakdown"], ctx.s.heading)]
    if inv.vat_breakdown:
        rows: list[list[Any]] = [[t["col_category"], t["col_rate"], t["col_taxable"], t["col_tax"]]]
        for vat in inv.vat_breakdown:
            category = code_name(VAT_CATEGORIES, vat.category, lang)
            reason = " – ".join(x for x in (vat.exemption_code, vat.exemption_reason) if x)
            cell = para(f"{category}\n{reason}" if reason else category, ctx.s.cell)
            rows.append(
                [
                    cell,
                    fmt.percent(vat.rate, lang),
                    fmt.amount(vat.taxable_amount, lang),
                    fmt.amount(vat.tax_amount, lang),
                ]
            )
        table = Table(rows, colWidths=[38 * mm, 14 * mm, 22 * mm, 22 * mm])
        table.setStyle(grid_style(right_from=1))
        left.append(table)
    else:
        left.append(para("—", ctx.s.small))
    right = [para(t["totals"], ctx.s.heading), _totals_box(inv, ctx)]
    both = Table([[left, right]], colWidths=[100 * mm, FRAME_WIDTH - 100 * mm])
    both.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 3 * mm), KeepTogether([both])]


def _totals_box(inv: Invoice, ctx: Ctx) -> Table:
    t, lang, tot = ctx.t, ctx.lang, inv.totals
    cur = inv.currency or ""
    entries = [
        ("line_total", tot.line_total, "BT-106"),
        ("allowance_total", tot.allowance_total, "BT-107"),
        ("charge_total", tot.charge_total, "BT-108"),
        ("tax_exclusive", tot.tax_exclusive, "BT-109"),
        ("tax_total", tot.tax_total, "BT-110"),
        ("tax_inclusive", tot.tax_inclusive, "BT-112"),
        ("prepaid", tot.prepaid, "BT-113"),
        ("rounding", tot.rounding, "BT-114"),
        ("payable", tot.payable, "BT-115"),
    ]
    rows: list[list[Any]] = []
    for key, value, term in entries:
        if value is None:
            bad = inv.invalid(term)
            if bad is None:
                continue
            rows.append([t[key], f"⚠ « {bad.raw} »"])
            continue
        text = fmt.amount(value, lang)
        if key == "allowance_total" and value:
            text = f"−{text}"
        rows.append([t[key], f"{text} {cur}".strip()])
    if tot.tax_total_accounting is not None and inv.tax_currency:
        label = t["tax_total_accounting"].format(currency=inv.tax_currency)
        rows.append([label, f"{fmt.amount(tot.tax_total_accounting, lang)} {inv.tax_currency}"])
    if not rows:
        rows.append([t["payable"], "—"])
    table = Table(rows, colWidths=[44 * mm, FRAME_WIDTH - 100 * mm - 44 * mm])
    style = grid_style(header=False, right_from=1)
    last = len(rows) - 1
    payable_row = next((i for i, r in enumerate(rows) if r[0] == t["payable"]), last)
    style.add("BACKGROUND", (0, payable_row), (-1, payable_row), LIGHT)
    style.add("FONTNAME", (0, payable_row), (-1, payable_row), BOLD)
    style.add("FONTSIZE", (0, payable_row), (-1, payable_row), 10)
    style.add("LEADING", (0, payable_row), (-1, payable_row), 13)
    style.add("TEXTCOLOR", (0, payable_row), (-1, payable_row), ACCENT)
    style.add("BOX", (0, 0), (-1, -1), 0.6, ACCENT)
    table.setStyle(style)
    return table
