"""The platform client against the real sandbox: auth modes, typed errors, certificate errors."""

from __future__ import annotations

import socket
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.sync.auth import TechnicalAccount
from desktop_app.sync.client import CONSULT, ClientSettings, PlatformClient
from desktop_app.sync.credentials import (
    SecretStore,
    expiry_warning,
    load_certificate,
    unlock_certificate,
)
from desktop_app.sync.errors import (
    CertificateError,
    CertificateRefused,
    NetworkError,
    PasswordRequired,
    TechnicalAccountError,
    ValidationRefused,
    user_message,
)
from desktop_app.sync.http_signatures import load_pkcs12_identity
from desktop_app.sync.sandbox_door import settings_from_connect_info
from tests.sync.conftest import Admin, make_client


def _user(sandbox, login: str) -> dict:
    return sandbox.user(login)


def test_search_parses_exact_decimals_and_reuses_token(client: PlatformClient) -> None:
    page = client.search_invoices(structure_id=None, since=None, page_size=5)
    assert page["codeRetour"] == 0 and len(page["listeFactures"]) == 5
    amounts = [entry["montantTTC"] for entry in page["listeFactures"]]
    assert all(isinstance(amount, Decimal) for amount in amounts)
    client.structures()
    client.structures()
    assert client.token_provider is not None and client.token_provider.issued == 1


def test_expired_token_is_renewed_once(client: PlatformClient, admin: Admin) -> None:
    client.structures()
    assert admin.post("tokens/expire", {})["expired"] >= 1
    assert client.structures()
    assert client.token_provider is not None and client.token_provider.issued == 2


def test_functional_error_is_typed_with_platform_code(client: PlatformClient) -> None:
    with pytest.raises(ValidationRefused) as caught:
        client.call(CONSULT, {"identifiantFactureCPP": 1, "codeLangue": "FR"})
    error = caught.value
    assert error.code_retour == 20001 and error.libelle == "FACTURE_INCONNUE"
    assert "FACTURE_INCONNUE" in error.user_message("fr")
    assert "refused" in error.user_message("en")


def test_wrong_technical_account_is_an_auth_error(sandbox) -> None:
    settings, _ = settings_from_connect_info(sandbox.info)
    from dataclasses import replace

    bad = replace(settings, account=TechnicalAccount("TECH_IDESK", "wrong"))
    with PlatformClient(bad) as client, pytest.raises(TechnicalAccountError) as caught:
        client.structures()
    assert caught.value.code_retour == 90013
    assert "Compte technique" in caught.value.user_message("fr")


def test_expired_certificate_refused_locally_with_message(sandbox) -> None:
    user = _user(sandbox, "expired")
    with pytest.raises(CertificateError) as caught:
        load_certificate(Path(user["pkcs12"]), user["password"])
    assert caught.value.key == "cert.expired"
    assert "a expiré" in caught.value.user_message("fr")
    assert "expired" in caught.value.user_message("en")


def test_expired_certificate_refused_by_platform(sandbox) -> None:
    user = _user(sandbox, "expired")
    identity = load_pkcs12_identity(Path(user["pkcs12"]), user["password"])
    with (
        make_client(sandbox, identity=identity) as client,
        pytest.raises(CertificateRefused) as caught,
    ):
        client.structures()
    assert caught.value.code_retour == 90007 and caught.value.key == "cert.expired"


def test_revoked_certificate(sandbox) -> None:
    with (
        make_client(sandbox, user="revoked") as client,
        pytest.raises(CertificateRefused) as caught,
    ):
        client.structures()
    assert caught.value.key == "cert.revoked"
    assert "révoqué" in caught.value.user_message("fr")


def test_wrong_password(sandbox) -> None:
    user = _user(sandbox, "clerk")
    with pytest.raises(CertificateError) as caught:
        load_certificate(Path(user["pkcs12"]), "not-the-password")
    assert caught.value.key == "cert.wrong_password"
    assert "Mot de passe du certificat incorrect" in caught.value.user_message("fr")


def test_certificate_of_unknown_ca(sandbox) -> None:
    with make_client(sandbox, user="foreign") as client, pytest.raises(CertificateError) as caught:
        client.structures()
    assert caught.value.key == "cert.unknown_ca"
    assert "autorité" in caught.value.user_message("fr")


def test_server_of_unknown_ca(sandbox) -> None:
    foreign_ca = Path(sandbox.info["foreignCaCert"])
    with (
        make_client(sandbox, ca_file=foreign_ca) as client,
        pytest.raises(CertificateError) as caught,
    ):
        client.structures()
    assert caught.value.key == "cert.server_untrusted"


def test_offline_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = ClientSettings(
        api_base=f"https://127.0.0.1:{port}",
        auth_mode="piste",
        token_url=f"https://127.0.0.1:{port}/api/oauth/token",
        client_id="x",
        client_secret="y",
        timeout_s=2,
    )
    with PlatformClient(settings) as client, pytest.raises(NetworkError) as caught:
        client.structures()
    assert caught.value.key == "sync.offline"
    assert "hors ligne" in caught.value.user_message("fr")


def test_piste_mode_without_certificate(tmp_path: Path) -> None:
    from tests.sync.conftest import start

    with start(tmp_path, invoices=20, mode="piste") as sandbox:
        settings, identity = settings_from_connect_info(sandbox.info)
        assert identity is None
        with PlatformClient(settings) as client:
            page = client.search_invoices(structure_id=None, since=None)
            assert page["total"] == 20


def test_expiry_warning_thirty_days_ahead(sandbox) -> None:
    user = _user(sandbox, "clerk")
    identity = load_certificate(Path(user["pkcs12"]), user["password"])
    not_after = identity.certificate.not_valid_after_utc
    assert expiry_warning(identity, now=not_after - timedelta(days=40)) is None
    warning = expiry_warning(identity, now=not_after - timedelta(days=10, hours=1))
    assert warning is not None and warning.days_left == 10
    text = user_message(warning.key, "fr", days=warning.days_left, not_after=warning.not_after)
    assert "10 jour" in text


def test_password_from_store_or_prompt(sandbox) -> None:
    user = _user(sandbox, "clerk")
    path = Path(user["pkcs12"])
    store = SecretStore(use_keyring=False)
    with pytest.raises(PasswordRequired):
        unlock_certificate(path, store)
    answers = iter(["wrong", user["password"]])
    asked: list[bool] = []

    def prompt(_path: Path, failed: bool) -> str | None:
        asked.append(failed)
        return next(answers)

    identity = unlock_certificate(path, store, prompt=prompt)
    assert asked == [False, True]
    assert identity.thumbprint == user["thumbprint"]
    # kept for the session: no second prompt
    assert unlock_certificate(path, store).thumbprint == user["thumbprint"]
