"""The sandbox's own SQLite store: structures, services, accounts, invoices, history, requests.

Invoices keep their metadata here; full content is regenerated from ``(seed, gen_index)`` (or
read from ``content`` for invoices the simulator derived from others). Every change of an
invoice sets ``etat_ms`` from a store-wide clock that strictly increases.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.sandbox.codec import invoice_to_blob
from desktop_app.sandbox.generator.model import GeneratedInvoice, RecipientService

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS structures (
  id INTEGER PRIMARY KEY, siret TEXT NOT NULL, name TEXT NOT NULL, state_entity INTEGER NOT NULL,
  street TEXT, postcode TEXT, city TEXT, country TEXT);
CREATE TABLE IF NOT EXISTS services (
  id INTEGER PRIMARY KEY, structure_id INTEGER NOT NULL REFERENCES structures(id),
  code TEXT NOT NULL, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS accounts (
  login TEXT PRIMARY KEY, kind TEXT NOT NULL, password TEXT, role TEXT NOT NULL,
  first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, phone TEXT, user_id INTEGER);
CREATE TABLE IF NOT EXISTS account_services (
  login TEXT NOT NULL, service_id INTEGER NOT NULL, PRIMARY KEY (login, service_id));
CREATE TABLE IF NOT EXISTS invoices (
  id INTEGER PRIMARY KEY, gen_index INTEGER, origin TEXT NOT NULL, content BLOB,
  numero TEXT NOT NULL, type_facture TEXT NOT NULL, type_dp TEXT NOT NULL, cadre TEXT NOT NULL,
  syntax TEXT NOT NULL, mode_depot TEXT NOT NULL, devise TEXT NOT NULL,
  date_facture TEXT NOT NULL, date_depot TEXT NOT NULL, date_echeance TEXT,
  montant_ht TEXT NOT NULL, montant_tva TEXT NOT NULL, montant_ttc TEXT NOT NULL,
  montant_a_payer TEXT NOT NULL, ht_cents INTEGER NOT NULL, ttc_cents INTEGER NOT NULL,
  apayer_cents INTEGER NOT NULL, bon_commande TEXT, marche TEXT,
  structure_id INTEGER NOT NULL, service_id INTEGER NOT NULL,
  fournisseur_id INTEGER NOT NULL, fournisseur_code TEXT NOT NULL, fournisseur_nom TEXT NOT NULL,
  statut TEXT NOT NULL, etat_ms INTEGER NOT NULL UNIQUE, commentaire_etat TEXT,
  telechargee INTEGER NOT NULL DEFAULT 0, taille INTEGER NOT NULL,
  doublon INTEGER NOT NULL DEFAULT 0,
  rejetee_id INTEGER, rejetee_numero TEXT, nb_lignes INTEGER NOT NULL, created_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_inv_etat ON invoices (etat_ms);
CREATE INDEX IF NOT EXISTS ix_inv_service ON invoices (service_id, etat_ms);
CREATE INDEX IF NOT EXISTS ix_inv_statut ON invoices (statut, etat_ms);
CREATE INDEX IF NOT EXISTS ix_inv_numero ON invoices (numero);
CREATE INDEX IF NOT EXISTS ix_inv_dup ON invoices (fournisseur_code, numero);
CREATE TABLE IF NOT EXISTS status_history (
  id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL, code TEXT NOT NULL, at_ms INTEGER NOT NULL,
  author TEXT NOT NULL, comment TEXT, motif TEXT, motif_code TEXT, mandate_number TEXT,
  mandate_amount TEXT, treated_on TEXT, actor TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_sh_invoice ON status_history (invoice_id, at_ms);
CREATE TABLE IF NOT EXISTS action_history (
  id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL, code TEXT NOT NULL, at_ms INTEGER NOT NULL,
  author TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_ah_invoice ON action_history (invoice_id, at_ms);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL, libelle TEXT NOT NULL, qui TEXT NOT NULL,
  at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_ev_invoice ON events (invoice_id, at_ms);
CREATE TABLE IF NOT EXISTS extra_attachments (
  id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL, designation TEXT NOT NULL,
  extension TEXT NOT NULL, mime TEXT NOT NULL, type_code TEXT NOT NULL, content BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS account_files (
  id INTEGER PRIMARY KEY, login TEXT NOT NULL, name TEXT NOT NULL, mime TEXT, extension TEXT,
  content BLOB NOT NULL, at_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS processed_requests (
  key TEXT NOT NULL, login TEXT NOT NULL, status INTEGER NOT NULL, response BLOB NOT NULL,
  at_ms INTEGER NOT NULL, body_hash TEXT, PRIMARY KEY (login, key));
CREATE TABLE IF NOT EXISTS revoked_serials (serial TEXT PRIMARY KEY, at_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS seen_nonces (
  keyid TEXT NOT NULL, nonce TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (keyid, nonce));
CREATE INDEX IF NOT EXISTS ix_nonce_at ON seen_nonces (at);
"""

INVOICE_COLUMNS = (
    "id, gen_index, origin, content, numero, type_facture, type_dp, cadre, syntax, mode_depot, "
    "devise, date_facture, date_depot, date_echeance, montant_ht, montant_tva, montant_ttc, "
    "montant_a_payer, ht_cents, ttc_cents, apayer_cents, bon_commande, marche, structure_id, "
    "service_id, fournisseur_id, fournisseur_code, fournisseur_nom, statut, etat_ms, "
    "commentaire_etat, telechargee, taille, doublon, rejetee_id, rejetee_numero, nb_lignes, "
    "created_ms"
)
_INSERT_INVOICE = (
    f"INSERT INTO invoices ({INVOICE_COLUMNS}) VALUES ("
    + ", ".join("?" * len(INVOICE_COLUMNS.split(",")))
    + ")"
)


class StoreError(Exception):
    """The store is inconsistent or a record is missing."""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One status change to record."""

    code: str
    at_ms: int
    author: str
    actor: str
    comment: str | None = None
    motif: str | None = None
    motif_code: str | None = None
    mandate_number: str | None = None
    mandate_amount: str | None = None
    treated_on: str | None = None


def supplier_id_of(siret: str) -> int:
    """Stable ``idFournisseur`` of a supplier SIRET."""
    return 31_000_000 + int(siret) % 9_000_000 if siret.isdigit() else 31_000_000


def _cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def estimated_size(invoice: GeneratedInvoice) -> int:
    """``taille``: approximate bytes of the invoice files."""
    return 4_000 + 350 * len(invoice.lines) + sum(len(a.content) for a in invoice.attachments)


class Store:
    """One SQLite file; use from a single thread (the server's event loop) at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(SCHEMA)
        columns = {r[1] for r in self.db.execute("PRAGMA table_info(processed_requests)")}
        if "body_hash" not in columns:  # a store written before keys were bound to the body
            self.db.execute("ALTER TABLE processed_requests ADD COLUMN body_hash TEXT")
        self.lock = threading.RLock()
        self._last_ms = int(self.meta("clock_ms") or 0)

    def close(self) -> None:
        """Persist the clock and close."""
        self.set_meta("clock_ms", str(self._last_ms))
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (rollback on error)."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    # --- meta ---

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def operator_password(self) -> str:
        """The sandbox's own secret protecting its CA and server PKCS#12 (created once)."""
        value = self.meta("operator_password")
        if value is None:
            value = secrets.token_urlsafe(24)
            self.set_meta("operator_password", value)
        return value

    def tick(self, at_least_ms: int | None = None) -> int:
        """Next value of the change clock: >= now (or ``at_least_ms``), > every previous one."""
        base = int(time.time() * 1000) if at_least_ms is None else at_least_ms
        self._last_ms = max(base, self._last_ms + 1)
        return self._last_ms

    def save_clock(self) -> None:
        self.set_meta("clock_ms", str(self._last_ms))

    # --- reference data ---

    def add_recipients(self, recipients: Iterable[RecipientService]) -> None:
        for service in recipients:
            party = service.structure
            self.db.execute(
                "INSERT OR IGNORE INTO structures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    service.structure_id,
                    party.siret,
                    party.name,
                    int(service.state_entity),
                    party.street,
                    party.postcode,
                    party.city,
                    party.country,
                ),
            )
            self.db.execute(
                "INSERT OR IGNORE INTO services (id, structure_id, code, name) VALUES (?, ?, ?, ?)",
                (
                    service.service_id,
                    service.structure_id,
                    service.service_code,
                    service.service_name,
                ),
            )

    def add_account(
        self,
        login: str,
        *,
        kind: str,
        role: str,
        first_name: str,
        last_name: str,
        password: str | None = None,
        email: str | None = None,
        service_ids: Iterable[int] | None = None,
    ) -> None:
        """Create or replace an account; ``service_ids=None`` means every service."""
        user_id = 7_000_000 + len(self.db.execute("SELECT login FROM accounts").fetchall())
        self.db.execute(
            "INSERT OR REPLACE INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (login, kind, password, role, first_name, last_name, email, "0100000000", user_id),
        )
        self.db.execute("DELETE FROM account_services WHERE login = ?", (login,))
        ids = (
            [r[0] for r in self.db.execute("SELECT id FROM services")]
            if service_ids is None
            else list(service_ids)
        )
        self.db.executemany(
            "INSERT INTO account_services VALUES (?, ?)", [(login, sid) for sid in ids]
        )

    def account(self, login: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM accounts WHERE login = ?", (login,)
        ).fetchone()
        return row

    def visible_services(self, login: str) -> frozenset[int]:
        rows = self.db.execute("SELECT service_id FROM account_services WHERE login = ?", (login,))
        return frozenset(r[0] for r in rows)

    # --- invoices ---

    def invoice_values(
        self,
        invoice: GeneratedInvoice,
        *,
        origin: str,
        status: str,
        etat_ms: int,
        comment: str | None = None,
        doublon: bool = False,
        keep_content: bool = False,
    ) -> tuple[Any, ...]:
        """The ``invoices`` row of ``invoice``."""
        return (
            invoice.invoice_id,
            invoice.index,
            origin,
            invoice_to_blob(invoice) if keep_content else None,
            invoice.number,
            invoice.invoice_type,
            "FACTURE",
            invoice.frame,
            invoice.syntax,
            invoice.deposit_mode,
            invoice.currency,
            invoice.issue_date.isoformat(),
            invoice.deposit_date.isoformat(),
            invoice.due_date.isoformat() if invoice.due_date else None,
            f"{invoice.total_excl_vat:.2f}",
            f"{invoice.total_vat:.2f}",
            f"{invoice.total_incl_vat:.2f}",
            f"{invoice.amount_due:.2f}",
            _cents(invoice.total_excl_vat),
            _cents(invoice.total_incl_vat),
            _cents(invoice.amount_due),
            invoice.engagement_number,
            invoice.contract_number,
            invoice.recipient.structure_id,
            invoice.recipient.service_id,
            supplier_id_of(invoice.supplier.siret),
            invoice.supplier.siret,
            invoice.supplier.name,
            status,
            etat_ms,
            comment,
            0,
            estimated_size(invoice),
            int(doublon),
            invoice.replaces_rejected_id,
            invoice.replaces_rejected_number,
            len(invoice.lines),
            etat_ms,
        )

    def insert_invoice_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.db.executemany(_INSERT_INVOICE, rows)

    def insert_history(self, invoice_id: int, entries: Iterable[HistoryEntry]) -> None:
        self.db.executemany(
            "INSERT INTO status_history (invoice_id, code, at_ms, author, comment, motif, "
            "motif_code, mandate_number, mandate_amount, treated_on, actor) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    invoice_id,
                    e.code,
                    e.at_ms,
                    e.author,
                    e.comment,
                    e.motif,
                    e.motif_code,
                    e.mandate_number,
                    e.mandate_amount,
                    e.treated_on,
                    e.actor,
                )
                for e in entries
            ],
        )

    def invoice(self, invoice_id: int) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM invoices WHERE id = ?", (invoice_id,)
        ).fetchone()
        return row

    def invoice_head(self, invoice_id: int) -> sqlite3.Row | None:
        """The few columns the history answer (3.4) and the visibility check need."""
        row: sqlite3.Row | None = self.db.execute(
            "SELECT id, service_id, numero, mode_depot, statut FROM invoices WHERE id = ?",
            (invoice_id,),
        ).fetchone()
        return row

    def set_status(self, invoice_id: int, entry: HistoryEntry, comment: str | None) -> None:
        """Move an invoice to ``entry.code`` (inside a transaction) and record the history."""
        cursor = self.db.execute(
            "UPDATE invoices SET statut = ?, etat_ms = ?, commentaire_etat = ? WHERE id = ?",
            (entry.code, entry.at_ms, comment, invoice_id),
        )
        if cursor.rowcount != 1:
            raise StoreError(f"invoice {invoice_id} missing")
        self.insert_history(invoice_id, [entry])

    def add_action(self, invoice_id: int, code: str, author: str, at_ms: int) -> int:
        cursor = self.db.execute(
            "INSERT INTO action_history (invoice_id, code, at_ms, author) VALUES (?, ?, ?, ?)",
            (invoice_id, code, at_ms, author),
        )
        return int(cursor.lastrowid or 0)

    def add_event(self, invoice_id: int, libelle: str, qui: str, at_ms: int) -> None:
        self.db.execute(
            "INSERT INTO events (invoice_id, libelle, qui, at_ms) VALUES (?, ?, ?, ?)",
            (invoice_id, libelle, qui, at_ms),
        )

    def max_gen_index(self) -> int:
        row = self.db.execute("SELECT MAX(gen_index) FROM invoices WHERE origin = 'gen'").fetchone()
        return -1 if row[0] is None else int(row[0])

    def count_invoices(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM invoices").fetchone()[0])

    # --- idempotency and revocation ---

    def processed(self, login: str, key: str) -> tuple[int, bytes, str | None] | None:
        """(status, answer, body hash) recorded for ``key`` sent by ``login``."""
        row = self.db.execute(
            "SELECT status, response, body_hash FROM processed_requests "
            "WHERE login = ? AND key = ?",
            (login, key),
        ).fetchone()
        return None if row is None else (int(row[0]), bytes(row[1]), row[2])

    def remember(
        self, login: str, key: str, status: int, response: bytes, at_ms: int, body_hash: str
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO processed_requests "
            "(key, login, status, response, at_ms, body_hash) VALUES (?, ?, ?, ?, ?, ?)",
            (key, login, status, response, at_ms, body_hash),
        )

    def revoked_serials(self) -> set[int]:
        return {int(r[0]) for r in self.db.execute("SELECT serial FROM revoked_serials")}

    def revoke(self, serial: int) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO revoked_serials VALUES (?, ?)",
            (str(serial), int(time.time() * 1000)),
        )

    def save_nonces(self, rows: list[tuple[str, str, float]], older_than: float) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM seen_nonces WHERE at < ?", (older_than,))
            db.executemany("INSERT OR IGNORE INTO seen_nonces VALUES (?, ?, ?)", rows)

    def load_nonces(self, newer_than: float) -> list[tuple[str, str, float]]:
        rows = self.db.execute(
            "SELECT keyid, nonce, at FROM seen_nonces WHERE at >= ?", (newer_than,)
        )
        return [(r[0], r[1], float(r[2])) for r in rows]

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
