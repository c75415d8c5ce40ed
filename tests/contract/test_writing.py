"""traiterFactureRecue bodies compared field by field with what the public clients send.

``fixtures/traiter_facture_recue_clients.json`` holds the bodies of Pastell's
``CPPWrapper::traiterFactureRecue`` and go-choruspro's ``TraiterFactureRecueOptions`` (with
repository, commit and path). With a Chorus Pro profile (IPM5 off) the client must send
nothing else, and the clerk's words must be inside ``motif``. The sandbox then follows: the
same body, motif alone up to the limit, is accepted and kept as sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain import actions
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH, split_motif
from desktop_app.sandbox.server import ThreadedSandbox
from desktop_app.sync.actions import CONFIRMED_FIELDS, IPM5_FIELDS, process_payload
from desktop_app.sync.errors import ProfileError
from desktop_app.sync.profiles import ConnectionProfile, ProfileKind, builtin_profiles
from desktop_app.ui.dialogs.reject_dialog import RejectDialog
from desktop_app.ui.dialogs.suspend_dialog import SuspendDialog
from tests.sandbox.client import HISTORY, PROCESS, SEARCH, ApiClient
from tests.sandbox.conftest import start

from .conftest import fixture_json

MAD = "MISE_A_DISPOSITION"
TYPES = {"int": int, "string": str}


def _clients() -> list[dict[str, Any]]:
    clients: list[dict[str, Any]] = fixture_json("traiter_facture_recue_clients.json")["clients"]
    return clients


def _chorus_wires() -> list[Any]:
    profiles = builtin_profiles()
    return [profiles["qualification"].wire(), profiles["production"].wire()]


def _examples() -> list[actions.StatusChange]:
    return [
        actions.reject(MAD, "CALCUL_ERR", "Total HT faux ligne 3."),
        actions.suspend(MAD, "JUSTIF_ABS", "Merci de joindre", ["PV de réception", "BL signé"]),
        actions.recycle(MAD, "DEST_ERR", "Pas notre service"),
        actions.mark_service_done(MAD, "Livré le 3 mars"),
        actions.record_mandate("SERVICE_FAIT", "M-2026-0042", "1200.50"),
    ]


@pytest.mark.parametrize("change", _examples(), ids=lambda c: c.kind.value)
def test_chorus_pro_bodies_carry_only_the_fields_the_public_clients_send(
    change: actions.StatusChange,
) -> None:
    for wire in _chorus_wires():
        body = process_payload(120455871, change, wire)
        for public in _clients():
            fields: dict[str, str] = public["fields"]
            assert set(body) <= set(fields), (public["client"], set(body) - set(fields))
            for name, value in body.items():
                assert isinstance(value, TYPES[fields[name]]), (public["client"], name)
        pastell = next(c for c in _clients() if c["client"].startswith("Pastell"))
        assert list(body) == pastell["always_sent"]  # same fields, same order as Pastell
        assert tuple(body) == CONFIRMED_FIELDS


def test_a_suspensions_comment_and_requested_attachments_reach_the_platform_inside_motif() -> None:
    change = actions.suspend(MAD, "JUSTIF_ABS", "Merci de joindre", ["PV de réception", "BL signé"])
    for wire in _chorus_wires():
        body = process_payload(1, change, wire)
        assert body["motif"] == (
            "Justificatif absent ou insuffisant — Merci de joindre\n"
            "Pièces demandées : PV de réception; BL signé"
        )
        assert not set(IPM5_FIELDS) & set(body)
        _label, comment, requested = split_motif(
            body["motif"], ["Justificatif absent ou insuffisant"]
        )
        assert (comment, requested) == ("Merci de joindre", ("PV de réception", "BL signé"))


def test_the_sandbox_profile_adds_the_ipm5_fields_around_the_same_motif() -> None:
    change = actions.suspend(MAD, "JUSTIF_ABS", "Merci de joindre", ["PV de réception"])
    body = process_payload(1, change, builtin_profiles()["sandbox"].wire())
    assert body["motif"] == process_payload(1, change, _chorus_wires()[0])["motif"]
    assert body["codeMotif"] == "JUSTIF_ABS"
    assert body["commentaire"] == "Merci de joindre\nPièces demandées : PV de réception"


def test_ipm5_is_off_for_chorus_pro_and_on_for_the_sandbox_unless_set() -> None:
    profiles = builtin_profiles()
    assert profiles["sandbox"].ipm5()
    assert not profiles["qualification"].ipm5() and not profiles["production"].ipm5()
    custom = ConnectionProfile("c", ProfileKind.CUSTOM, ipm5_fields=True)
    assert custom.wire().ipm5
    assert ConnectionProfile.from_json(custom.to_json()).ipm5_fields is True


def test_the_motif_limit_is_a_profile_setting_of_2000_or_255() -> None:
    assert builtin_profiles()["production"].wire().motif_max_length == MOTIF_MAX_LENGTH == 2000
    older = ConnectionProfile("old", ProfileKind.SANDBOX, motif_max_length=255)
    older.validate()
    assert older.wire().motif_max_length == 255
    with pytest.raises(ProfileError):
        ConnectionProfile("bad", ProfileKind.SANDBOX, motif_max_length=300).validate()


def test_the_255_limit_of_an_older_platform_is_counted_by_the_dialog(qtbot: Any) -> None:
    dialog = SuspendDialog("Facture F-1", MAD, motif_limit=255)
    qtbot.addWidget(dialog)
    dialog.motif.select_code("JUSTIF_ABS")
    dialog.comment.set_text("c" * 200)
    dialog.attachments.setPlainText("PV de réception\nBL signé")
    sent = (
        len("Justificatif absent ou insuffisant — ")
        + 200
        + len("\nPièces demandées : PV de réception; BL signé")
    )
    assert dialog.comment.length() == sent > 255
    assert dialog.comment.counter.text().endswith("/ 255 caractères envoyés")
    dialog.try_accept()
    assert dialog.change is None and "le maximum est 255" in dialog.error.text()


# --- the sandbox follows ------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedSandbox]:
    running = start(Path(tmp_path_factory.mktemp("contract-sandbox")), invoices=60)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def clerk(server: ThreadedSandbox) -> Iterator[ApiClient]:
    client = ApiClient(server.info, "clerk")
    yield client
    client.close()


def _available(clerk: ApiClient, skip: int) -> int:
    data = clerk.ok(
        SEARCH,
        {
            "statutCourant": [MAD],
            "montantHTMax": 10000,
            "paramRecherche": {"nbResultatsParPage": 10, "triSens": "Descendant"},
        },
    )
    return int(data["listeFactures"][skip]["idFacture"])


def _kept(clerk: ApiClient, invoice_id: int) -> str:
    history = clerk.ok(HISTORY, {"idFacture": invoice_id})
    entries = history["historiquesDesStatuts"]["histoStatut"]
    return str(max(entries, key=lambda e: e["histoStatutId"])["histoStatutCommentaire"])


@pytest.mark.parametrize("profile", ["production", "sandbox"])
def test_a_2000_character_reject_accepted_by_the_dialog_is_accepted_by_the_sandbox(
    qtbot: Any, clerk: ApiClient, profile: str
) -> None:
    wire = builtin_profiles()[profile].wire()
    dialog = RejectDialog("Facture", MAD, motif_limit=wire.motif_max_length)
    qtbot.addWidget(dialog)
    dialog.motif.select_code("AUTRE")
    room = 2000 - len("Autre motif — ")
    dialog.comment.set_text("é" * room)
    assert dialog.comment.counter.text() == "2\u202f000 / 2\u202f000 caractères envoyés"
    dialog.try_accept()
    assert dialog.change is not None
    invoice = _available(clerk, 0 if profile == "production" else 1)
    body = process_payload(invoice, dialog.change, wire)
    assert len(body["motif"]) == 2000
    response = clerk.post(PROCESS, body)
    assert response.status_code == 200, response.text
    assert _kept(clerk, invoice) == body["motif"]  # stored as sent: no label prepended


def test_the_sandbox_refuses_a_motif_over_the_limit(clerk: ApiClient) -> None:
    invoice = _available(clerk, 2)
    body = {"idFacture": invoice, "nouveauStatut": "REJETEE", "motif": "x" * 2001}
    response = clerk.post(PROCESS, body)
    assert (response.status_code, response.json()["libelle"]) == (400, "COMMENTAIRE_TROP_LONG")


def test_the_older_ipm5_shape_with_a_2000_character_comment_is_kept_not_refused(
    clerk: ApiClient,
) -> None:
    """Issue 13.3: label in ``motif``, 2,000 characters in ``commentaire``: the sandbox used
    to prepend the label and refuse (COMMENTAIRE_TROP_LONG) what the dialog had accepted."""
    invoice = _available(clerk, 3)
    comment = "c" * 2000
    body = {
        "idFacture": invoice,
        "nouveauStatut": "REJETEE",
        "motif": "Autre motif",
        "codeMotif": "AUTRE",
        "commentaire": comment,
    }
    response = clerk.post(PROCESS, body)
    assert response.status_code == 200, response.text
    assert _kept(clerk, invoice) == comment
