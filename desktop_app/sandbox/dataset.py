"""Initial sandbox data: structures, demo accounts, invoices with a plausible life so far.

Everything derives from the seed: the same seed gives the same invoices, statuses and
histories (timestamps are anchored on the invoices' deposit dates, not on the wall clock).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import OrderedDict
from collections.abc import Callable, Sequence
from decimal import Decimal

from desktop_app.sandbox.codec import PARIS, invoice_from_blob
from desktop_app.sandbox.generator.model import Attachment, GeneratedInvoice, RecipientService
from desktop_app.sandbox.store import HistoryEntry, Store

InvoiceFactory = Callable[[int, int, Sequence[RecipientService]], GeneratedInvoice]

PLATFORM_AUTHOR = "CHORUS PRO"
ACCOUNTING_AUTHOR = "HELIOS"
SUPPLIER_AUTHOR = "FOURNISSEUR"

#: Technical accounts (PISTE mode): login -> (password, role, first, last, all services?).
TECHNICAL_ACCOUNTS: dict[str, tuple[str, str, str, str, bool]] = {
    "TECH_IDESK": ("Demo-Tech-2026!", "manager", "Compte", "TECHNIQUE", True),
    "TECH_CLERK": ("Demo-Clerk-2026!", "clerk", "Compte", "AGENT", True),
    "TECH_LIMITE": ("Demo-Limite-2026!", "clerk", "Compte", "LIMITE", False),
}
#: PISTE application credentials: client_id -> client_secret.
PISTE_CLIENTS: dict[str, str] = {"invoice-desk-demo": "piste-secret-demo-2026"}

# Final status of the initial invoices (weights out of 100) and the path that leads there.
_LIFE: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("MISE_A_DISPOSITION", 46, ()),
    ("SERVICE_FAIT", 10, ("SERVICE_FAIT",)),
    ("MANDATEE", 9, ("SERVICE_FAIT", "MANDATEE")),
    ("MISE_A_DISPOSITION_COMPTABLE", 4, ("MANDATEE", "MISE_A_DISPOSITION_COMPTABLE")),
    ("COMPTABILISEE", 3, ("MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE")),
    ("MISE_EN_PAIEMENT", 10, ("SERVICE_FAIT", "MANDATEE", "MISE_EN_PAIEMENT")),
    ("SUSPENDUE", 5, ("SUSPENDUE",)),
    ("COMPLETEE", 3, ("SUSPENDUE", "COMPLETEE")),
    ("REJETEE", 6, ("REJETEE",)),
    ("A_RECYCLER", 4, ("A_RECYCLER",)),
)
_ACTOR = {
    "COMPLETEE": ("supplier", SUPPLIER_AUTHOR),
    "MISE_A_DISPOSITION_COMPTABLE": ("accounting", ACCOUNTING_AUTHOR),
    "COMPTABILISEE": ("accounting", ACCOUNTING_AUTHOR),
    "MISE_EN_PAIEMENT": ("accounting", ACCOUNTING_AUTHOR),
}
_MOTIVES = {
    "SUSPENDUE": ("JUSTIF_ABS", "Justificatif absent ou insuffisant", "Bon de livraison manquant"),
    "REJETEE": (
        "MONTANTTOTAL_ERR",
        "Montant total erroné",
        "Le total ne correspond pas au bon de commande",
    ),
    "A_RECYCLER": (
        "CODE_ROUTAGE_ERR",
        "Code service / routage absent ou erroné",
        "Mauvais service destinataire",
    ),
}


def default_factory() -> InvoiceFactory:
    """The project's generator (``generator.invoices.generate_invoice``)."""
    from desktop_app.sandbox.generator.invoices import generate_invoice

    return generate_invoice


def default_recipients() -> tuple[RecipientService, ...]:
    """The generator's demo recipient structures and services."""
    from desktop_app.sandbox.generator.recipients import demo_recipients

    return tuple(demo_recipients())


class InvoiceSource:
    """Full invoice content from the store row: regenerated from ``(seed, index)`` or decoded."""

    def __init__(
        self,
        seed: int,
        recipients: Sequence[RecipientService],
        factory: InvoiceFactory | None = None,
        cache_size: int = 512,
    ) -> None:
        self.seed = seed
        self.recipients = tuple(recipients)
        self.factory = factory or default_factory()
        self._cache: OrderedDict[int, GeneratedInvoice] = OrderedDict()
        self._cache_size = cache_size

    def generate(self, index: int) -> GeneratedInvoice:
        return self.factory(self.seed, index, self.recipients)

    def load(self, store: Store, invoice_id: int) -> GeneratedInvoice:
        """The invoice with its supplier-added attachments."""
        cached = self._cache.get(invoice_id)
        if cached is not None:
            self._cache.move_to_end(invoice_id)
            return cached
        row = store.invoice(invoice_id)
        if row is None:
            raise KeyError(invoice_id)
        base = (
            invoice_from_blob(row["content"])
            if row["content"] is not None
            else self.generate(int(row["gen_index"]))
        )
        extra = store.db.execute(
            "SELECT * FROM extra_attachments WHERE invoice_id = ? ORDER BY id", (invoice_id,)
        ).fetchall()
        if extra:
            added = tuple(
                Attachment(
                    attachment_id=int(r["id"]),
                    designation=r["designation"],
                    extension=r["extension"],
                    mime_type=r["mime"],
                    type_code=r["type_code"],
                    content=bytes(r["content"]),
                )
                for r in extra
            )
            base = dataclasses.replace(base, attachments=base.attachments + added)
        self._cache[invoice_id] = base
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return base

    def forget(self, invoice_id: int) -> None:
        self._cache.pop(invoice_id, None)


def _ms(day: dt.date, minutes: int) -> int:
    moment = dt.datetime.combine(day, dt.time(8, 0), PARIS) + dt.timedelta(minutes=minutes)
    return int(moment.timestamp() * 1000)


def plan_history(invoice: GeneratedInvoice, seed: int, now_ms: int) -> list[HistoryEntry]:
    """The deterministic life of an initial invoice up to its current status."""
    rng = random.Random(f"life:{seed}:{invoice.index}")  # noqa: S311 - demo data
    draw = rng.randrange(100)
    path: tuple[str, ...] = ()
    for _, weight, steps in _LIFE:
        if draw < weight:
            path = steps
            break
        draw -= weight
    minutes = rng.randrange(600)
    entries = [
        HistoryEntry("DEPOSEE", _ms(invoice.deposit_date, minutes), PLATFORM_AUTHOR, "platform"),
        HistoryEntry(
            "MISE_A_DISPOSITION",
            _ms(invoice.deposit_date, minutes + 1),
            PLATFORM_AUTHOR,
            "platform",
        ),
    ]
    day_offset = 0
    for step in path:
        day_offset += rng.randint(1, 6)
        at = min(
            _ms(invoice.deposit_date + dt.timedelta(days=day_offset), minutes), now_ms - 60_000
        )
        at = max(at, entries[-1].at_ms + 60_000)
        actor, author = _ACTOR.get(step, ("recipient", "TECH_IDESK"))
        entry = HistoryEntry(step, at, author, actor, treated_on=None)
        if step in _MOTIVES:
            code, label, comment = _MOTIVES[step]
            entry = dataclasses.replace(
                entry, motif=comment, motif_code=code, comment=f"{label} — {comment}"
            )
        if step == "MANDATEE":
            number = f"{invoice.issue_date.year}-{invoice.index + 1:06d}"
            amount = f"{invoice.amount_due:.2f}"
            entry = dataclasses.replace(
                entry,
                mandate_number=number,
                mandate_amount=amount,
                comment=f"Mandat n° {number} — {amount} EUR",
            )
        if actor == "recipient":
            entry = dataclasses.replace(
                entry, treated_on=dt.datetime.fromtimestamp(at / 1000, PARIS).date().isoformat()
            )
        entries.append(entry)
    return entries


def seed_reference_data(store: Store, recipients: Sequence[RecipientService]) -> None:
    """Structures, services and accounts (technical accounts and certificate users)."""
    from desktop_app.sandbox.certs import DEMO_USERS

    with store.transaction():
        store.add_recipients(recipients)
        first_structure = min(r.structure_id for r in recipients)
        for login, (password, role, first, last, everything) in TECHNICAL_ACCOUNTS.items():
            services = (
                None
                if everything
                else [r.service_id for r in recipients if r.structure_id == first_structure]
            )
            store.add_account(
                login,
                kind="technical",
                role=role,
                first_name=first,
                last_name=last,
                password=password,
                email=f"{login.lower()}@demo.invalid",
                service_ids=services,
            )
        for user in DEMO_USERS:
            store.add_account(
                user.login,
                kind="user",
                role=user.role,
                first_name=user.first_name,
                last_name=user.last_name,
                email=user.email,
            )


def populate(store: Store, source: InvoiceSource, count: int, batch: int = 2000) -> int:
    """Insert invoices ``0 .. count-1`` (skipping those already there); returns how many."""
    start = store.max_gen_index() + 1
    if start >= count:
        return 0
    now_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    used: set[int] = {r[0] for r in store.db.execute("SELECT etat_ms FROM invoices")}
    for chunk_start in range(start, count, batch):
        rows = []
        histories: list[tuple[int, list[HistoryEntry]]] = []
        for index in range(chunk_start, min(count, chunk_start + batch)):
            invoice = source.generate(index)
            entries = plan_history(invoice, source.seed, now_ms)
            etat = entries[-1].at_ms
            while etat in used:
                etat += 1
            used.add(etat)
            entries[-1] = dataclasses.replace(entries[-1], at_ms=etat)
            last = entries[-1]
            rows.append(
                store.invoice_values(
                    invoice, origin="gen", status=last.code, etat_ms=etat, comment=last.comment
                )
            )
            histories.append((invoice.invoice_id, entries))
        with store.transaction():
            store.insert_invoice_rows(rows)
            for invoice_id, entries in histories:
                store.insert_history(invoice_id, entries)
        store.tick(max(used) + 1)
    store.save_clock()
    return count - start


def amount(text: str) -> Decimal:
    """Decimal of a stored amount."""
    return Decimal(text)
