"""Full-text hits in the list's order: the index's rowid is the invoice's *list key*.

Revision 0012 keys each full-text row by ``deposit day << 40 | invoice id``, so descending
keys are the list's default order (deposit date, then id, both descending). A frequent
word's first page then streams out of the full-text index, newest first, and stops after a
page, each hit joined to its invoice by primary key; a rare word's hits are fetched as ids
(``rowid & ID_MASK``) and sorted, as any short list is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, column, table, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Join

from desktop_app.models.invoices import Invoice

ID_BITS = 40  # as migration 0012 keys the full-text rows
ID_MASK = (1 << ID_BITS) - 1

full_text = table("invoices_fts", column("rowid", Integer))
list_key = full_text.c.rowid


class CrossJoin(Join):
    """``a CROSS JOIN b ON …``: SQLite's documented way to keep ``a`` the outer loop (here the
    full-text index, walked in key order; probing it once per invoice row instead would read
    its lists again for every row)."""

    inherit_cache = True


@compiles(CrossJoin)
def _compile_cross_join(element: CrossJoin, compiler: SQLCompiler, **kw: Any) -> str:
    plain = str(compiler.visit_join(element, **kw))  # type: ignore[no-untyped-call]
    return plain.replace(" JOIN ", " CROSS JOIN ", 1)


def hits_in_list_order() -> CrossJoin:
    """FROM: the full-text rows joined to their invoices (order them by :data:`list_key`)."""
    return CrossJoin(full_text, Invoice.__table__, Invoice.id == list_key.op("&")(ID_MASK))


def match_condition(match: str) -> Any:
    """``invoices_fts MATCH :match`` (with :func:`hits_in_list_order`)."""
    return text("invoices_fts MATCH :match").bindparams(match=match)


def hit_ids(match: str) -> Any:
    """``SELECT`` of the invoice ids the full-text index matches (any order)."""
    return (
        text(f"SELECT rowid & {ID_MASK} AS rowid FROM invoices_fts WHERE invoices_fts MATCH :match")
        .bindparams(match=match)
        .columns(column("rowid", Integer))
    )
