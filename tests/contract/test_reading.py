"""Recorded answers of the real API replayed through the client's reading code.

Fixtures and their sources: ``fixtures/SOURCES.json`` (Pastell's FakeCPP recorded answers,
go-choruspro's test bodies). These tests decide; the sandbox follows them.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from desktop_app.models.database import Database
from desktop_app.models.invoices import Attachment, Blob, Invoice, InvoiceDocument
from desktop_app.sync import client as client_module
from desktop_app.sync.client import PlatformClient, is_last_page
from desktop_app.sync.errors import ValidationRefused, refusal_key
from desktop_app.sync.files import DocumentFetcher
from desktop_app.sync.mapping import (
    attachment_rows,
    detail_values,
    history_values,
    invoice_values,
    page_watermark,
)
from desktop_app.sync.pull import Puller, PullOptions

from .conftest import FAST, Recorded, download_answer, fixture_bytes, fixture_json

SEARCH = client_module.SEARCH
DOWNLOAD = client_module.DOWNLOAD
CONSULT = client_module.CONSULT
PROCESS = client_module.PROCESS
PASTELL_LIST = "pastell/CPPListeFactures.json"
PIVOT = "pastell/CPPFichierFormatPivot.xml"


def _pull(client: PlatformClient, database: Database, structure: int = 164) -> int:
    options = PullOptions(page_size=1000, history=False, backoff=FAST, payment_types=("FACTURE",))
    return Puller(client, database, options=options).run([structure]).seen


def _watermark(database: Database) -> str | None:
    with database.engine.connect() as connection:
        value = connection.execute(text("SELECT watermark FROM sync_state")).scalar()
    return None if value is None else str(value)


# --- the list (rechercherFactureParRecipiendaire) ---------------------------------------


def test_pastells_recorded_list_with_null_paging_is_pulled_and_stored(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    answer = fixture_json(PASTELL_LIST)
    assert answer["pageCourante"] is None and answer["pages"] is None  # what is replayed
    assert not any("dateHeureEtatCourant" in e for e in answer["listeFactures"])
    recorded.on(SEARCH, answer)
    assert _pull(client, database) == 4
    with database.read() as session:
        stored = {i.id: i for i in session.scalars(select(Invoice))}
    assert sorted(stored) == [1221, 1222, 1223, 1224]
    assert stored[1221].status == "MISE_A_DISPOSITION"
    assert stored[1222].status == "MISE_A_DISPOSITION_COMPTABLE"
    assert stored[1221].amount_incl_vat == Decimal("9822.5")
    assert stored[1221].supplier_code == "92752571570002"
    assert [p for p, _ in recorded.requests] == [SEARCH]  # one page: 4 entries < 1000


def test_without_dateheureetatcourant_the_watermark_moves_so_the_next_pull_is_incremental(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    recorded.on(SEARCH, fixture_json(PASTELL_LIST))
    _pull(client, database)
    newest_deposit = max(e["dateDepot"] for e in fixture_json(PASTELL_LIST)["listeFactures"])
    assert _watermark(database) == f"{newest_deposit}T00:00:00.000Z"
    recorded.requests.clear()
    _pull(client, database)
    since = recorded.requests[0][1].get("periodeDateHeureEtatCourantDu")
    assert since is not None and since.startswith("2015-08-21T23:50")  # watermark - overlap


def test_a_status_change_is_seen_even_without_dateheureetatcourant(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    answer = fixture_json(PASTELL_LIST)
    recorded.on(SEARCH, answer)
    _pull(client, database)
    moved = json.loads(json.dumps(answer))
    moved["listeFactures"][0]["statut"] = "SUSPENDUE"
    recorded.on(SEARCH, moved)
    _pull(client, database)
    with database.read() as session:
        invoice = session.get(Invoice, 1221)
        assert invoice is not None and invoice.status == "SUSPENDUE"


def test_go_choruspro_search_body_maps(client: PlatformClient) -> None:
    body = fixture_json("go-choruspro/rechercher_facture_par_recipiendaire.json")
    entry = body["listeFactures"][0]
    values = invoice_values(entry, "2026-01-01T00:00:00.000Z")
    assert values[0] == 1 and "2023-01-01T00:00:00Z" in values
    assert page_watermark([entry]) == "2023-01-01T00:00:00Z"
    assert is_last_page(body, 1, 1, 1000)


@pytest.mark.parametrize(
    ("paging", "count", "last"),
    [
        ({"pageCourante": None, "pages": None}, 4, True),
        ({"pageCourante": None, "pages": None}, 1000, False),
        ({}, 999, True),
        ({"pageCourante": "1", "pages": "3"}, 1000, False),
        ({"pageCourante": 3, "pages": 3}, 1000, True),
        ({"pageCourante": None, "pages": 2}, 1000, False),
        ({"pageCourante": 1, "pages": 1}, 0, True),
    ],
)
def test_paging_fields_are_read_tolerantly(
    paging: dict[str, object], count: int, last: bool
) -> None:
    assert is_last_page(paging, 1, count, 1000) is last


def test_services_with_null_paging_do_not_crash(client: PlatformClient, recorded: Recorded) -> None:
    recorded.on(
        client_module.SERVICES,
        {
            "codeRetour": 0,
            "libelle": "TRA_MSG_00.000",
            "listeServices": [{"idService": 10136557, "codeService": "FACTURES_PUBLIQUES"}],
            "parametresRetour": {"pageCourante": None, "pages": None},
        },
    )
    assert [s["idService"] for s in client.services(25783752)] == [10136557]


# --- downloads (telechargerGroupeFacture) -----------------------------------------------


def _facture(invoice_id: int) -> dict[str, object]:
    return {"idFacture": invoice_id, "listeDesPiecesJointes": {"pieceJointe": []}}


def _seed(database: Database, client: PlatformClient, recorded: Recorded) -> None:
    recorded.on(SEARCH, fixture_json(PASTELL_LIST))
    _pull(client, database)


def test_a_raw_pivot_download_is_stored_with_its_attachments(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    _seed(database, client, recorded)
    pivot = fixture_bytes(PIVOT)
    recorded.on(CONSULT, {"codeRetour": 0, "libelle": "OK", "facture": _facture(1221)})
    recorded.on(DOWNLOAD, download_answer(pivot))
    fetcher = DocumentFetcher(client, database, fmt="PIVOT", backoff=FAST, workers=1)
    assert fetcher.fetch([1221]) == 1
    with database.read() as session:
        document = session.get(InvoiceDocument, 1221)
        assert document is not None and document.file_format == "PIVOT"
        blob = session.get(Blob, document.blob_id)
        assert blob is not None and bytes(blob.content) == pivot
        attachments = list(session.scalars(select(Attachment).where(Attachment.invoice_id == 1221)))
        names = sorted(f"{a.designation}.{a.extension}" for a in attachments)
        assert names == [
            "FACAVA2015092332682006500083.pdf",
            "PJFACAVA2015092332682006500083.pdf",
        ]
        for attachment in attachments:
            content = session.get(Blob, attachment.blob_id)
            assert content is not None and bytes(content.content).startswith(b"%PDF")  # unzipped
        invoice = session.get(Invoice, 1221)
        assert invoice is not None and invoice.file_synced_at is not None


def test_in_a_flow_of_several_invoices_the_unit_of_the_invoice_number_is_used(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    listing = fixture_json(PASTELL_LIST)
    listing["listeFactures"][2]["numeroFacture"] = "AVA20150925"  # DonneesFacture/Id of unit 3
    recorded.on(SEARCH, listing)
    _pull(client, database)
    recorded.on(CONSULT, {"codeRetour": 0, "libelle": "OK", "facture": _facture(1223)})
    recorded.on(DOWNLOAD, download_answer(fixture_bytes(PIVOT)))
    DocumentFetcher(client, database, fmt="PIVOT", backoff=FAST, workers=1).fetch([1223])
    with database.read() as session:
        rows = list(session.scalars(select(Attachment).where(Attachment.invoice_id == 1223)))
    assert [(r.designation, r.extension, r.type_code) for r in rows] == [
        ("UblInvoice_Test", "xml", "01")
    ]


def test_pivot_attachments_land_on_the_consulted_rows_of_the_same_name(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    _seed(database, client, recorded)
    facture = {
        "idFacture": 1221,
        "pieceJointePrincipale": {"idPieceJointePrincipale": 77},
        "listeDesPiecesJointes": {
            "pieceJointe": [
                {
                    "pieceJointeId": 77,
                    "pieceJointeDesignation": "FACAVA2015092332682006500083",
                    "pieceJointeExtension": "PDF",
                }
            ]
        },
    }
    recorded.on(CONSULT, {"codeRetour": 0, "libelle": "OK", "facture": facture})
    recorded.on(DOWNLOAD, download_answer(fixture_bytes(PIVOT)))
    DocumentFetcher(client, database, fmt="PIVOT", backoff=FAST, workers=1).fetch([1221])
    with database.read() as session:
        rows = list(session.scalars(select(Attachment).where(Attachment.invoice_id == 1221)))
    by_id = {r.platform_attachment_id: r for r in rows}
    assert by_id[77].blob_id is not None and by_id[77].is_main
    assert len(rows) == 2  # the second PJ, not in the consult answer, got its own row


def test_a_raw_pdf_download_is_stored_as_the_invoice_file(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    _seed(database, client, recorded)
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    recorded.on(CONSULT, {"codeRetour": 0, "libelle": "OK", "facture": _facture(1222)})
    recorded.on(DOWNLOAD, download_answer(pdf))
    DocumentFetcher(client, database, fmt="PDF", backoff=FAST, workers=1).fetch([1222])
    with database.read() as session:
        document = session.get(InvoiceDocument, 1222)
        assert document is not None and document.file_format == "PDF"
        blob = session.get(Blob, document.blob_id)
        assert blob is not None and bytes(blob.content) == pdf


def test_the_zip_packaging_still_works(
    client: PlatformClient, recorded: Recorded, database: Database
) -> None:
    _seed(database, client, recorded)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("1223/facture.xml", b"<Invoice/>")
    recorded.on(CONSULT, {"codeRetour": 0, "libelle": "OK", "facture": _facture(1223)})
    recorded.on(DOWNLOAD, download_answer(buffer.getvalue()))
    DocumentFetcher(client, database, fmt="XML", backoff=FAST, workers=1).fetch([1223])
    with database.read() as session:
        document = session.get(InvoiceDocument, 1223)
        assert document is not None and document.blob_id is not None


@pytest.mark.parametrize(
    "answer",
    [
        {"codeRetour": 0, "libelle": "OK", "fichierResultat": "pas du base64 !"},
        download_answer(b"\x00\x01 garbage that is no known file"),
        {"codeRetour": 0, "libelle": "OK"},
        b"<html>proxy error</html>",
    ],
    ids=["not-base64", "unknown-content", "no-file", "not-json"],
)
def test_an_unreadable_download_needs_attention_and_is_not_retried_forever(
    client: PlatformClient, recorded: Recorded, database: Database, answer: object
) -> None:
    _seed(database, client, recorded)
    recorded.on(CONSULT, {"codeRetour": 0, "libelle": "OK", "facture": _facture(1224)})
    recorded.on(DOWNLOAD, answer)  # type: ignore[arg-type]
    fetcher = DocumentFetcher(client, database, fmt="PIVOT", backoff=FAST, workers=1)
    assert fetcher.fetch([1224]) == 1  # no exception: the run goes on
    with database.read() as session:
        document = session.get(InvoiceDocument, 1224)
        assert document is not None and document.parse_error_key == "sync.download_unreadable"
        assert document.blob_id is None
    assert 1224 not in fetcher.stale_ids()  # not fetched again until the invoice changes
    from desktop_app.ui.adapters.documents_adapter import PreviewUnavailable, render_pdf

    with pytest.raises(PreviewUnavailable) as shown:
        render_pdf(database, 1224, "fr")
    assert shown.value.reason == "preview.document_error"
    assert "illisible" in shown.value.detail and "Chorus Pro" in shown.value.detail


# --- consult and history bodies (go-choruspro, Pastell) ---------------------------------


def _with_unit_code(facture: dict[str, object], unit: object) -> dict[str, object]:
    copy = json.loads(json.dumps(facture))
    for line in copy["lignesDePoste"]["lignePoste"]:
        line["lignePosteUniteCode"] = unit
    return copy  # type: ignore[no-any-return]


@pytest.mark.parametrize("unit", [1, "C62"], ids=["integer-go-choruspro", "string-sandbox"])
def test_consult_answers_with_an_integer_or_string_unit_code_are_stored(
    client: PlatformClient, recorded: Recorded, database: Database, unit: object
) -> None:
    facture = fixture_json("go-choruspro/consulter_facture_par_recipiendaire.json")["facture"]
    lines = facture["lignesDePoste"]["lignePoste"]
    assert lines and all(line["lignePosteUniteCode"] == 1 for line in lines)  # int in Go
    _seed(database, client, recorded)
    facture = _with_unit_code(facture, unit)
    recorded.on(CONSULT, {"codeRetour": 0, "libelle": "OK", "facture": facture})
    assert DocumentFetcher(client, database, with_files=False, backoff=FAST).fetch([1221]) == 1
    with database.read() as session:
        invoice = session.get(Invoice, 1221)
        assert invoice is not None and invoice.detail_synced_at is not None
        rows = list(session.scalars(select(Attachment).where(Attachment.invoice_id == 1221)))
    assert [r.platform_attachment_id for r in rows] == [1]
    assert detail_values(facture)["frame"] is not None
    assert attachment_rows(1221, facture)[0]["designation"] == "p"


@pytest.mark.parametrize(
    "name", ["pastell/CPPHistoStatutFacture.json", "go-choruspro/consulter_historique.json"]
)
def test_recorded_histories_map(name: str) -> None:
    rows = history_values(1221, fixture_json(name))
    assert rows and all(r[2] for r in rows)


# --- errors ------------------------------------------------------------------------------


def test_the_legacy_retourfonctionnel_shape_is_an_error_not_a_success(
    client: PlatformClient, recorded: Recorded
) -> None:
    recorded.on(PROCESS, fixture_json("pastell/Traiter-facture-recue-output-error.json"))
    with pytest.raises(ValidationRefused) as refused:
        client.process(b'{"idFacture": 1221}', "k1")
    assert refused.value.code_retour == 20001  # GDP_MSG_11.008: unknown payment request
    assert refusal_key(refused.value.code_retour, refused.value.libelle) == (
        "refusal.unknown_invoice"
    )


def test_a_refusal_inside_a_200_is_an_error(client: PlatformClient, recorded: Recorded) -> None:
    recorded.on(PROCESS, fixture_json("pastell/CPPResultStatutKO.json"))
    with pytest.raises(ValidationRefused) as refused:
        client.process(b'{"idFacture": 1221}', "k2")
    assert refused.value.code_retour == 20002
    assert refusal_key(20002, refused.value.libelle) == "refusal.status_not_allowed"


def test_a_non_numeric_coderetour_is_a_refusal(client: PlatformClient, recorded: Recorded) -> None:
    recorded.on(PROCESS, {"codeRetour": "GDP_MSG_11.008", "libelle": "inconnue"})
    with pytest.raises(ValidationRefused):
        client.process(b'{"idFacture": 1221}', "k3")


@pytest.mark.parametrize(
    "name", ["pastell/CPPResultStatutOK.json", "go-choruspro/traiter_facture_recue_response.json"]
)
def test_recorded_process_successes(client: PlatformClient, recorded: Recorded, name: str) -> None:
    answer = fixture_json(name)
    if name.startswith("go-"):
        answer["codeRetour"] = 0  # the Go test's placeholder 1 is not an answer of the platform
    recorded.on(PROCESS, answer)
    assert client.process(b'{"idFacture": 1}', "k4")["idFacture"] in (1, 1221)


def test_fixture_sources_are_named_and_match() -> None:
    import hashlib

    sources = fixture_json("SOURCES.json")["fixtures"]
    assert len(sources) >= 10
    for entry in sources:
        assert entry["repository"] and len(entry["commit"]) == 40 and entry["path"]
        digest = hashlib.sha256(fixture_bytes(entry["file"])).hexdigest()
        assert digest == entry["sha256"], entry["file"]


def test_base64_helper_round_trips() -> None:
    assert base64.b64decode(download_answer(b"x")["fichierResultat"]) == b"x"
