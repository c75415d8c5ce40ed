"""Supplier-side and accounting-side activity: deposits, completions, re-deposits, duplicates,
payments. Run on command (admin endpoint, CLI) or on a schedule (``--supplier-interval``)."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.context import Sandbox
from desktop_app.sandbox.dataset import ACCOUNTING_AUTHOR, PLATFORM_AUTHOR, SUPPLIER_AUTHOR
from desktop_app.sandbox.generator.model import GeneratedInvoice
from desktop_app.sandbox.store import HistoryEntry

ACTIONS = ("deposit", "complete", "redeposit", "duplicate", "pay")


def _next_index(sandbox: Sandbox) -> int:
    row = sandbox.store.db.execute("SELECT MAX(gen_index) FROM invoices").fetchone()
    return 0 if row[0] is None else int(row[0]) + 1


def _is_duplicate(sandbox: Sandbox, invoice: GeneratedInvoice) -> bool:
    year = str(invoice.issue_date.year)
    row = sandbox.store.db.execute(
        "SELECT 1 FROM invoices WHERE fournisseur_code = ? AND numero = ? "
        "AND substr(date_facture, 1, 4) = ? LIMIT 1",
        (invoice.supplier.siret, invoice.number, year),
    ).fetchone()
    return row is not None


def _insert_new(sandbox: Sandbox, invoice: GeneratedInvoice, origin: str) -> int:
    store = sandbox.store
    doublon = _is_duplicate(sandbox, invoice)
    deposited = store.tick()
    available = store.tick()
    store.insert_invoice_rows(
        [
            store.invoice_values(
                invoice,
                origin=origin,
                status="MISE_A_DISPOSITION",
                etat_ms=available,
                doublon=doublon,
                keep_content=origin != "gen",
            )
        ]
    )
    store.insert_history(
        invoice.invoice_id,
        [
            HistoryEntry("DEPOSEE", deposited, PLATFORM_AUTHOR, "platform"),
            HistoryEntry("MISE_A_DISPOSITION", available, PLATFORM_AUTHOR, "platform"),
        ],
    )
    if doublon:
        store.add_event(
            invoice.invoice_id, "Doublon potentiel détecté (IPM5-034)", PLATFORM_AUTHOR, available
        )
    return invoice.invoice_id


def deposit(sandbox: Sandbox, count: int) -> list[int]:
    """The supplier deposits ``count`` new invoices (next indexes of the seed's sequence)."""
    created = []
    with sandbox.store.transaction():
        start = _next_index(sandbox)
        for index in range(start, start + count):
            created.append(_insert_new(sandbox, sandbox.source.generate(index), "gen"))
    return created


def duplicate(sandbox: Sandbox, count: int) -> list[int]:
    """Exact duplicates of the oldest invoices not yet duplicated (flagged doublonPotentiel)."""
    from desktop_app.sandbox.generator.variants import duplicate_of

    created = []
    with sandbox.store.transaction() as db:
        rows = db.execute(
            "SELECT id FROM invoices i WHERE origin = 'gen' AND NOT EXISTS "
            "(SELECT 1 FROM invoices d WHERE d.origin = 'dup' AND d.numero = i.numero "
            "AND d.fournisseur_code = i.fournisseur_code) "
            "ORDER BY id LIMIT ?",
            (count,),
        ).fetchall()
        index = _next_index(sandbox)
        for row in rows:
            original = sandbox.source.load(sandbox.store, int(row["id"]))
            copy = duplicate_of(original, index)
            created.append(_insert_new(sandbox, copy, "dup"))
            index += 1
    return created


def redeposit(sandbox: Sandbox, count: int) -> list[int]:
    """Corrected invoices for rejected ones without a successor (IPM5-019 link)."""
    from desktop_app.sandbox.generator.variants import redeposit_after_rejection

    created = []
    with sandbox.store.transaction() as db:
        rows = db.execute(
            "SELECT id FROM invoices i WHERE statut = 'REJETEE' AND NOT EXISTS "
            "(SELECT 1 FROM invoices n WHERE n.rejetee_id = i.id) ORDER BY etat_ms LIMIT ?",
            (count,),
        ).fetchall()
        index = _next_index(sandbox)
        for row in rows:
            original = sandbox.source.load(sandbox.store, int(row["id"]))
            created.append(
                _insert_new(sandbox, redeposit_after_rejection(original, index), "redeposit")
            )
            index += 1
    return created


def complete(sandbox: Sandbox, count: int) -> list[int]:
    """Suspended invoices completed by the supplier with the requested document."""
    from desktop_app.sandbox.generator.variants import completion_attachment

    store = sandbox.store
    done = []
    with store.transaction() as db:
        rows = db.execute(
            "SELECT id FROM invoices WHERE statut = 'SUSPENDUE' ORDER BY etat_ms LIMIT ?", (count,)
        ).fetchall()
        for row in rows:
            invoice_id = int(row["id"])
            asked = db.execute(
                "SELECT motif_code, comment FROM status_history WHERE invoice_id = ? AND code = "
                "'SUSPENDUE' ORDER BY at_ms DESC LIMIT 1",
                (invoice_id,),
            ).fetchone()
            requested = (
                " ".join(filter(None, (asked["comment"], asked["motif_code"])))
                if asked
                else "JUSTIF_ABS"
            )
            attachment = completion_attachment(sandbox.source.load(store, invoice_id), requested)
            taken = db.execute(
                "SELECT 1 FROM extra_attachments WHERE id = ?", (attachment.attachment_id,)
            ).fetchone()
            db.execute(
                "INSERT INTO extra_attachments "
                "(id, invoice_id, designation, extension, mime, type_code, content) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    None if taken else attachment.attachment_id,
                    invoice_id,
                    attachment.designation,
                    attachment.extension,
                    attachment.mime_type,
                    attachment.type_code,
                    attachment.content,
                ),
            )
            at = store.tick()
            comment = f"Pièce ajoutée : {attachment.designation}.{attachment.extension.lower()}"
            store.set_status(
                invoice_id,
                HistoryEntry("COMPLETEE", at, SUPPLIER_AUTHOR, "supplier", comment=comment),
                comment,
            )
            sandbox.source.forget(invoice_id)
            done.append(invoice_id)
    return done


def pay(sandbox: Sandbox, count: int) -> list[int]:
    """The accounting system moves mandated invoices to MISE_EN_PAIEMENT."""
    store = sandbox.store
    done = []
    with store.transaction() as db:
        rows = db.execute(
            "SELECT id FROM invoices WHERE statut IN ('MANDATEE', 'MISE_A_DISPOSITION_COMPTABLE', "
            "'COMPTABILISEE') ORDER BY etat_ms LIMIT ?",
            (count,),
        ).fetchall()
        for row in rows:
            at = store.tick()
            store.set_status(
                int(row["id"]),
                HistoryEntry("MISE_EN_PAIEMENT", at, ACCOUNTING_AUTHOR, "accounting"),
                None,
            )
            done.append(int(row["id"]))
    return done


def run_action(sandbox: Sandbox, action: str, count: int) -> dict[str, Any]:
    """Dispatch one simulator action; returns the ids touched."""
    functions = {
        "deposit": deposit,
        "complete": complete,
        "redeposit": redeposit,
        "duplicate": duplicate,
        "pay": pay,
    }
    if action not in functions:
        raise ValueError(f"unknown supplier action {action!r}; known: {ACTIONS}")
    if not 0 < count <= 10_000:
        raise ValueError("count must be within 1..10000")
    ids = functions[action](sandbox, count)
    sandbox.store.save_clock()
    return {"action": action, "ids": ids, "count": len(ids)}


def scheduled_round(sandbox: Sandbox) -> dict[str, int]:
    """One scheduled round: a few deposits, completions, re-deposits and payments."""
    batch = sandbox.config.supplier_batch
    result = {}
    for action, count in (("deposit", batch), ("complete", 1), ("redeposit", 1), ("pay", 1)):
        result[action] = run_action(sandbox, action, count)["count"]
    return result


__all__ = [
    "ACTIONS",
    "complete",
    "deposit",
    "duplicate",
    "pay",
    "redeposit",
    "run_action",
    "scheduled_round",
]
