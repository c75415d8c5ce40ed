"""The ``motif`` text: composed once, counted by the dialogs, read back for corrections."""

from __future__ import annotations

from desktop_app.domain import actions
from desktop_app.domain.motif_text import compose_motif, motif_length, split_motif


def test_label_comment_and_attachments_are_composed_once() -> None:
    assert compose_motif("Autre motif", "Voir PJ", ["PV", " BL "]) == (
        "Autre motif — Voir PJ\nPièces demandées : PV; BL"
    )
    assert compose_motif("", "Livré", ()) == "Livré"
    assert compose_motif("Facture en doublon", "  ") == "Facture en doublon"
    assert compose_motif("", "", ["PV"]) == "Pièces demandées : PV"
    assert motif_length("Autre motif", "x" * 10) == len("Autre motif — ") + 10


def test_the_status_change_sends_what_the_dialog_counts() -> None:
    change = actions.suspend("MISE_A_DISPOSITION", "JUSTIF_ABS", " Merci ", ["PV de réception"])
    assert change.motif_text() == compose_motif(
        "Justificatif absent ou insuffisant", "Merci", ["PV de réception"]
    )


def test_a_sent_motif_is_read_back_for_fix_and_resend() -> None:
    text = compose_motif("Autre motif", "Un — tiret", ["PV", "BL"])
    assert split_motif(text, ["Autre", "Autre motif"]) == (
        "Autre motif",
        "Un — tiret",
        ("PV", "BL"),
    )
    assert split_motif("texte libre", ["Autre motif"]) == ("", "texte libre", ())
    assert split_motif("Autre motif", ["Autre motif"]) == ("Autre motif", "", ())
