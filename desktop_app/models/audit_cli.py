"""``invoice-desk audit verify|export``: check the audit trail's chain and signed anchors,
or export them."""

from __future__ import annotations

import argparse
import sys

from desktop_app.models.audit_signers import (
    default_signers_path,
    normalise_fingerprint,
    trusted_fingerprints,
)
from desktop_app.models.audit_store import export_csv, export_json, verify_trail
from desktop_app.models.cache_health import integrity_problems, message_fr, problem_text
from desktop_app.models.database import default_database_path, open_database
from desktop_app.models.migrations_runner import DatabaseOpenError

BREAK_MESSAGES_FR = {
    "edited": "l'événement {id} a été modifié",
    "deleted": "un ou plusieurs événements ont été supprimés avant l'événement {id}",
    "reordered": "l'ordre des événements a été modifié à l'événement {id}",
    "truncated": (
        "les derniers événements ont été supprimés à partir de l'événement {id}"
        " (l'ancre signée n° {anchor} les couvrait)"
    ),
    "anchor_forged": (
        "l'ancre signée n° {anchor} (événement {id}) est falsifiée :"
        " sa signature ou son certificat ne correspond pas"
    ),
    "anchor_mismatch": "l'événement {id} ne correspond plus à l'ancre signée n° {anchor}",
}


def run(args: argparse.Namespace) -> int:
    """Verify (exit 0 intact, 1 broken) or export the trail."""
    path = args.database or default_database_path()
    try:
        database = open_database(path)
        damage = integrity_problems(path) if args.action == "verify" else []
    except DatabaseOpenError as exc:
        print(problem_text(exc), file=sys.stderr)
        return 3
    if damage:
        database.close()
        print(
            f"Piste d'audit non vérifiable : le fichier du cache est endommagé"
            f" ({'; '.join(damage[:3])}). {message_fr('database.damaged')}",
            file=sys.stderr,
        )
        return 1
    with database, database.read() as session:
        if args.action == "verify":
            trusted = (
                {normalise_fingerprint(f) for f in args.trusted_fingerprint}
                if args.trusted_fingerprint
                else trusted_fingerprints(args.signers_file or default_signers_path())
            )
            result = verify_trail(session, trusted)
            if trusted is None and result.anchors_checked:
                print(
                    "Attention : aucun certificat de confiance connu ici, les signataires des"
                    " ancres ne sont pas contrôlés (--trusted-fingerprint).",
                    file=sys.stderr,
                )
            broken = result.problem
            if broken is None:
                print(
                    f"Piste d'audit intègre : {result.event_count} événements vérifiés,"
                    f" {result.anchors_checked} ancre(s) signée(s) vérifiée(s)."
                )
                return 0
            message = BREAK_MESSAGES_FR[broken.kind.value].format(
                id=broken.event_id, anchor=broken.anchor_id
            )
            print(f"Piste d'audit ALTÉRÉE : {message} ({broken.detail}).", file=sys.stderr)
            return 1
        text = export_json(session) if args.format == "json" else export_csv(session)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
