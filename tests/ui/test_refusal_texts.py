"""Platform refusals in the user's language: never a raw code, libelle or idempotency key."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.ui.i18n import install_language
from desktop_app.ui.refusal_texts import outbox_message, refusal_message


@pytest.fixture
def english(qapp: Any) -> Any:
    assert install_language("en")
    yield
    install_language("fr")


def test_comment_too_long_is_said_in_french(qapp: Any) -> None:
    install_language("fr")
    text = outbox_message("20004", "COMMENTAIRE_TROP_LONG")
    assert text == "Le motif envoyé est trop long pour la plateforme : raccourcissez-le."


def test_a_corrected_row_shows_the_reason_without_the_key(qapp: Any) -> None:
    install_language("fr")
    raw = "refused 20004: COMMENTAIRE_TROP_LONG; key 7fe0c0de-1111-2222-3333-444455556666"
    text = outbox_message("fixed", raw)
    assert "7fe0" not in text and "refused" not in text and "COMMENTAIRE" not in text
    assert text.startswith("Corrigée après un refus (Le motif envoyé est trop long")


def test_english_texts(english: Any) -> None:
    assert refusal_message(20002, "STATUT_CIBLE_NON_AUTORISE") == (
        "This status change is not allowed from the current status."
    )
    raw = "refused 20004: COMMENTAIRE_TROP_LONG; key 7fe0"
    assert outbox_message("fixed", raw) == (
        "Corrected after a refusal (The reason sent is too long for the platform: shorten it);"
        " waiting to be resent."
    )
    assert outbox_message("sync.offline", "boom").startswith("Temporary failure, will retry:")


def test_unknown_and_legacy_refusals(qapp: Any) -> None:
    install_language("fr")
    assert refusal_message(-1, "GDP_MSG_11.008").startswith("La plateforme ne trouve plus")
    assert (
        refusal_message(29999, "QUELQUE_CHOSE") == "La plateforme a refusé la demande (code 29999)."
    )
    assert outbox_message(None, None) == ""


def test_fix_and_resend_refills_the_dialog_from_motif_alone(qapp: Any) -> None:
    """A Chorus Pro profile sent no codeMotif / commentaire: the dialog reads ``motif``."""
    from desktop_app.domain import actions
    from desktop_app.sync.actions import CONFIRMED, process_payload
    from desktop_app.ui.adapters.sync_adapter import OutboxRow
    from desktop_app.ui.dialogs.suspend_dialog import SuspendDialog
    from desktop_app.ui.outbox_view import OutboxView

    change = actions.suspend("MISE_A_DISPOSITION", "JUSTIF_ABS", "Merci", ["PV", "BL"])
    payload = process_payload(7, change, CONFIRMED)
    row = OutboxRow(
        7,
        7,
        "F-7",
        "ACME",
        "suspend",
        "needs_attention",
        1,
        "COMMENTAIRE_TROP_LONG",
        payload,
        None,
        "MISE_A_DISPOSITION",
        None,
        "20004",
    )
    dialog = SuspendDialog("F-7", "MISE_A_DISPOSITION")
    OutboxView._prefill(dialog, row)
    assert dialog.motif.code() == "JUSTIF_ABS"
    assert dialog.comment.text() == "Merci"
    assert dialog.requested() == ["PV", "BL"]
    assert dialog.build("MISE_A_DISPOSITION") == change
    dialog.deleteLater()
