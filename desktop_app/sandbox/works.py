"""The sandbox's works store: a supplier's statements for a few works contracts (dossiers de
facturation) and the MOE / MOA circuit they go through.

Seeded once per store (``works_seeded`` meta), dated from the store's creation day so that
each step's deadline is running when a trainee opens the app:

- town hall, services techniques — contract ``2026-TRX-014`` (school renovation): two
  interim statements and the draft final statement, all waiting for the MOE (the
  acceptance scenario: two interim statements and a DGD);
- town hall — contract ``2026-TRX-021`` (road works): statement 1 validated by the MOA,
  statement 2 checked by the MOE and waiting for the MOA, statement 3 left by the MOE past
  his deadline (``ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE``: the MOA may act alone);
- hospital, services techniques — contract ``2025-TRX-107`` (operating theatre): the draft
  final statement replaced by the titulaire's tacit draft general statement (A22), ten days
  running for the MOA.

Works roles of the demo accounts (:data:`WORKS_ROLES`): ``moe`` is MOE, ``moa`` is MOA,
the PISTE-mode technical account ``TECH_IDESK`` holds both (one account for the entity).
The circuit's rules are the domain's (:mod:`desktop_app.domain.works_circuit`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.works_circuit import (
    ActionRule,
    WorksAction,
    WorksRole,
    issued_document,
)
from desktop_app.domain.works_tacit import due_step
from desktop_app.sandbox.codec import PARIS
from desktop_app.sandbox.store import Store

WORKS_ROLES: dict[str, frozenset[str]] = {
    "moe": frozenset({WorksRole.MOE.value}),
    "moa": frozenset({WorksRole.MOA.value}),
    "TECH_IDESK": frozenset({WorksRole.MOE.value, WorksRole.MOA.value}),
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS works_docs (
    id INTEGER PRIMARY KEY,
    numero TEXT NOT NULL,
    dossier TEXT NOT NULL,
    objet TEXT NOT NULL,
    rang INTEGER NOT NULL,
    type TEXT NOT NULL,
    cadre TEXT NOT NULL,
    statut TEXT NOT NULL,
    etat_ms INTEGER NOT NULL,
    date_depot TEXT NOT NULL,
    structure_id INTEGER NOT NULL,
    service_id INTEGER NOT NULL,
    fournisseur_code TEXT NOT NULL,
    fournisseur_nom TEXT NOT NULL,
    montant_ht TEXT NOT NULL,
    taux_tva TEXT NOT NULL,
    montant_moe TEXT,
    montant_moa TEXT
);
CREATE TABLE IF NOT EXISTS works_history (
    doc_id INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    statut TEXT NOT NULL,
    role TEXT NOT NULL,
    auteur TEXT NOT NULL,
    commentaire TEXT,
    montant TEXT,
    cadre TEXT,
    fondement TEXT
);
CREATE INDEX IF NOT EXISTS ix_works_history_doc ON works_history (doc_id, at_ms);
"""

TOWN_HALL, TOWN_WORKS_SERVICE = 25_010_001, 1002
HOSPITAL, HOSPITAL_WORKS_SERVICE = 25_010_002, 2004
FIRST_ID = 7_100_001


@dataclass(frozen=True, slots=True)
class SeedDoc:
    """One seeded statement (days before the store's creation day)."""

    dossier: str
    objet: str
    rang: int
    kind: str
    frame: str
    amount: str
    days_ago: int
    path: tuple[tuple[str, str, str | None], ...]  # (status, role, MOE/MOA amount)
    structure_id: int = TOWN_HALL
    service_id: int = TOWN_WORKS_SERVICE
    supplier: tuple[str, str] = ("41234567800012", "BATI-RHONE SAS")


_SCHOOL = ("2026-TRX-014", "Rénovation de l'école Jules Ferry — lot 1 gros œuvre")
_ROAD = ("2026-TRX-021", "Réfection de la voirie rue des Lilas")
_THEATRE = ("2025-TRX-107", "Extension du bloc opératoire — lot 3")
_TP = ("52345678900027", "TP DU LYONNAIS")
_ALPES = ("63456789000035", "CONSTRUCTIONS ALPES")
_MOE_DESK = ("MISE_A_DISPOSITION_MOE", "FOURNISSEUR", None)

SEED: tuple[SeedDoc, ...] = (
    SeedDoc(
        *_SCHOOL, 1, "ETAT_ACOMPTE", "A5_ETAT_ACOMPTE_FOURNISSEUR", "48000.00", 4, (_MOE_DESK,)
    ),
    SeedDoc(
        *_SCHOOL, 2, "ETAT_ACOMPTE", "A5_ETAT_ACOMPTE_FOURNISSEUR", "36500.00", 2, (_MOE_DESK,)
    ),
    SeedDoc(
        *_SCHOOL,
        3,
        "PROJET_DECOMPTE_FINAL",
        "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR",
        "12300.00",
        1,
        (_MOE_DESK,),
    ),
    SeedDoc(
        *_ROAD,
        1,
        "PROJET_DECOMPTE_MENSUEL",
        "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR",
        "60000.00",
        40,
        (
            _MOE_DESK,
            ("TRANSMISE_MOA", "MOE", "58500.00"),
            ("PRISE_EN_COMPTE_MOA", "MOA", "58500.00"),
        ),
        supplier=_TP,
    ),
    SeedDoc(
        *_ROAD,
        2,
        "PROJET_DECOMPTE_MENSUEL",
        "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR",
        "42000.00",
        12,
        (_MOE_DESK, ("TRANSMISE_MOA", "MOE", "41000.00")),
        supplier=_TP,
    ),
    SeedDoc(
        *_ROAD,
        3,
        "PROJET_DECOMPTE_MENSUEL",
        "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR",
        "27800.00",
        9,
        (_MOE_DESK, ("ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE", "PLATEFORME", None)),
        supplier=_TP,
    ),
    SeedDoc(
        *_THEATRE,
        1,
        "PROJET_DECOMPTE_FINAL",
        "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR",
        "215400.00",
        50,
        (
            _MOE_DESK,
            ("TRANSMISE_MOA", "MOE", "214900.00"),
            ("REMPLACEE_PAR_A22", "PLATEFORME", None),
        ),
        HOSPITAL,
        HOSPITAL_WORKS_SERVICE,
        _ALPES,
    ),
    SeedDoc(
        *_THEATRE,
        2,
        "PROJET_DECOMPTE_FINAL",
        "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE",
        "215400.00",
        3,
        (("MISE_A_DISPOSITION_MOA", "FOURNISSEUR", None),),
        HOSPITAL,
        HOSPITAL_WORKS_SERVICE,
        _ALPES,
    ),
)


HISTORY_INSERT = (
    "INSERT INTO works_history (doc_id, at_ms, statut, role, auteur, commentaire, montant, "
    "cadre, fondement) VALUES (?,?,?,?,?,?,?,?,?)"
)


def ensure_schema(store: Store) -> None:
    """Create the works tables (idempotent; a store written before the tacit steps gets the
    history's frame and legal-basis columns)."""
    store.db.executescript(SCHEMA)
    columns = {r[1] for r in store.db.execute("PRAGMA table_info(works_history)")}
    for column in ("cadre", "fondement"):
        if column not in columns:
            store.db.execute(f"ALTER TABLE works_history ADD COLUMN {column} TEXT")


def _ms(day: dt.date, hour: int) -> int:
    moment = dt.datetime.combine(day, dt.time(hour, 0), PARIS)
    return int(moment.timestamp() * 1000)


def seed_demo(store: Store, today: dt.date) -> bool:
    """The demo statements, once per store; True when it seeded."""
    if store.meta("works_seeded") is not None:
        return False
    with store.transaction() as db:
        for offset, doc in enumerate(SEED):
            doc_id = FIRST_ID + offset
            deposited = today - dt.timedelta(days=doc.days_ago)
            moe = next((a for s, r, a in doc.path if r == "MOE"), None)
            moa = next((a for s, r, a in doc.path if r == "MOA"), None)
            at = [_ms(deposited, 9) + step * 3_600_000 for step in range(len(doc.path))]
            if len(doc.path) > 1:  # later steps a few days after the deposit
                at = [at[0]] + [
                    _ms(deposited + dt.timedelta(days=3 * i), 10) for i in range(1, len(doc.path))
                ]
            db.execute(
                "INSERT INTO works_docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc_id,
                    f"{doc.dossier}-{doc.rang:02d}",
                    doc.dossier,
                    doc.objet,
                    doc.rang,
                    doc.kind,
                    doc.frame,
                    doc.path[-1][0],
                    at[-1],
                    deposited.isoformat(),
                    doc.structure_id,
                    doc.service_id,
                    doc.supplier[0],
                    doc.supplier[1],
                    doc.amount,
                    "20.00",
                    moe,
                    moa,
                ),
            )
            for (status, role, amount), when in zip(doc.path, at, strict=True):
                author = {"FOURNISSEUR": doc.supplier[1], "MOE": "moe", "MOA": "moa"}
                db.execute(
                    HISTORY_INSERT,
                    (
                        doc_id,
                        when,
                        status,
                        role,
                        author.get(role, "Chorus Pro"),
                        None,
                        amount,
                        None,
                        None,
                    ),
                )
        db.execute("INSERT OR REPLACE INTO meta VALUES ('works_seeded', '1')")
    return True


def history(store: Store, doc_id: int) -> list[sqlite3.Row]:
    """The document's history, oldest first."""
    return list(
        store.db.execute(
            "SELECT * FROM works_history WHERE doc_id = ? ORDER BY at_ms, rowid", (doc_id,)
        )
    )


def apply_action(
    store: Store,
    doc: sqlite3.Row,
    rule: ActionRule,
    author: str,
    comment: str,
    amount: Decimal | None,
) -> tuple[str, int, str]:
    """Move ``doc`` by ``rule`` (inside the caller's transaction): (status, at_ms, issued)."""
    at = store.tick()
    kept = amount
    if kept is None and rule.action in (WorksAction.MOE_VALIDATE, WorksAction.MOA_VALIDATE):
        previous = doc["montant_moe"] if rule.action is WorksAction.MOA_VALIDATE else None
        kept = Decimal(previous or doc["montant_ht"])
    column = "montant_moe" if rule.role is WorksRole.MOE else "montant_moa"
    text = None if kept is None else f"{kept:.2f}"
    store.db.execute(
        f"UPDATE works_docs SET statut = ?, etat_ms = ?, {column} = COALESCE(?, {column}) "
        "WHERE id = ?",
        (rule.target, at, text, doc["id"]),
    )
    store.db.execute(
        HISTORY_INSERT,
        (doc["id"], at, rule.target, rule.role.value, author, comment or None, text, None, None),
    )
    return rule.target, at, issued_document(rule.action, doc["type"])


def _day_of(ms: int) -> dt.date:
    return dt.datetime.fromtimestamp(ms / 1000, PARIS).date()


def play_deadlines(store: Store, today: dt.date) -> int:
    """Take the tacit steps whose deadline passed before ``today`` (the sandbox's day, see
    :func:`desktop_app.sandbox.approvals.sandbox_today`); returns how many were taken.

    Each step is a history passage of the platform (role ``PLATEFORME``) with the frame of
    the document the statement becomes and its legal basis; a statement may take several
    in a row (the MOE's lapse, then later the MOA's general statement's acceptance).
    """
    taken = 0
    with store.transaction() as db:
        for _round in range(3):  # a step can open the next one (at most three in a row)
            moved = 0
            for doc in db.execute("SELECT * FROM works_docs").fetchall():
                step = due_step(
                    doc["statut"],
                    doc["type"],
                    doc["cadre"],
                    dt.date.fromisoformat(doc["date_depot"]),
                    _day_of(doc["etat_ms"]),
                    today,
                )
                if step is None:
                    continue
                # the passage is dated the day it took effect; the statement's change clock
                # moves on (a pull by change date sees it)
                effective = max(_ms(step.effective, 0), doc["etat_ms"] + 1)
                at = store.tick(effective)
                db.execute(
                    "UPDATE works_docs SET statut = ?, etat_ms = ?, cadre = COALESCE(?, cadre), "
                    "type = COALESCE(?, type) WHERE id = ?",
                    (step.status, at, step.frame, step.works_kind, doc["id"]),
                )
                db.execute(
                    HISTORY_INSERT,
                    (
                        doc["id"],
                        effective,
                        step.status,
                        "PLATEFORME",
                        "Chorus Pro",
                        None,
                        None,
                        step.frame,
                        step.basis,
                    ),
                )
                moved += 1
            taken += moved
            if not moved:
                break
    return taken
