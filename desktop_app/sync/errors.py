"""Typed errors of the sync layer, each with a user-facing message key (French and English).

Nothing the platform or the network does reaches the user as a bare traceback: the client
turns every failure into one of these, and the UI shows :func:`user_message`.
"""

from __future__ import annotations

from typing import Any

# message key -> (French, English). ``{…}`` fields are filled from the error's params.
MESSAGES: dict[str, tuple[str, str]] = {
    "sync.offline": (
        "Plateforme injoignable : vous travaillez hors ligne ; vos actions partiront au retour "
        "de la connexion.",
        "Platform unreachable: you are working offline; your actions will leave once the "
        "connection is back.",
    ),
    "sync.timeout": (
        "La plateforme ne répond pas à temps ; nouvel essai plus tard.",
        "The platform did not answer in time; will retry later.",
    ),
    "sync.server_unavailable": (
        "La plateforme est momentanément indisponible (HTTP {status}).",
        "The platform is temporarily unavailable (HTTP {status}).",
    ),
    "sync.rate_limited": (
        "Trop de requêtes : la plateforme demande d'attendre {retry_after} s.",
        "Too many requests: the platform asks to wait {retry_after} s.",
    ),
    "sync.bad_response": (
        "Réponse illisible de la plateforme ({detail}).",
        "Unreadable answer from the platform ({detail}).",
    ),
    "sync.platform_error": (
        "La plateforme a refusé la demande : {libelle} (code {code}).",
        "The platform refused the request: {libelle} (code {code}).",
    ),
    "sync.not_attached": (
        "Structure ou service non rattaché à votre compte technique ({libelle}).",
        "Structure or service not attached to your technical account ({libelle}).",
    ),
    "sync.too_large": (
        "Le téléchargement dépasse la taille maximale autorisée (120 Mo).",
        "The download exceeds the maximum size allowed (120 MB).",
    ),
    "auth.token_failed": (
        "Impossible d'obtenir un jeton d'accès PISTE : vérifiez l'identifiant et le secret.",
        "Could not obtain a PISTE access token: check the client id and secret.",
    ),
    "auth.token_rejected": (
        "Le jeton d'accès a été refusé par la plateforme ({libelle}).",
        "The access token was refused by the platform ({libelle}).",
    ),
    "auth.technical_account": (
        "Compte technique Chorus Pro refusé : vérifiez l'identifiant et le mot de passe.",
        "Chorus Pro technical account refused: check its login and password.",
    ),
    "auth.signature": (
        "La signature de la requête a été refusée ({libelle}) ; vérifiez l'horloge du poste.",
        "The request signature was refused ({libelle}); check the computer's clock.",
    ),
    "auth.basic": (
        "Identifiants du compte technique refusés (authentification basique).",
        "Technical account credentials refused (basic authentication).",
    ),
    "cert.missing_file": (
        "Fichier de certificat introuvable : {path}.",
        "Certificate file not found: {path}.",
    ),
    "cert.wrong_password": (
        "Mot de passe du certificat incorrect, ou fichier PKCS#12 illisible.",
        "Wrong certificate password, or unreadable PKCS#12 file.",
    ),
    "cert.password_required": (
        "Le mot de passe du certificat est nécessaire pour se connecter.",
        "The certificate password is needed to connect.",
    ),
    "cert.expired": (
        "Votre certificat a expiré le {not_after} : demandez-en un nouveau.",
        "Your certificate expired on {not_after}: request a new one.",
    ),
    "cert.not_yet_valid": (
        "Votre certificat n'est valable qu'à partir du {not_before}.",
        "Your certificate is only valid from {not_before}.",
    ),
    "cert.expires_soon": (
        "Votre certificat expire dans {days} jour(s) (le {not_after}) : pensez à le renouveler.",
        "Your certificate expires in {days} day(s) (on {not_after}): renew it soon.",
    ),
    "cert.revoked": (
        "Votre certificat a été révoqué : contactez votre administrateur.",
        "Your certificate has been revoked: contact your administrator.",
    ),
    "cert.invalid": (
        "Votre certificat est refusé par la plateforme ({detail}).",
        "Your certificate is refused by the platform ({detail}).",
    ),
    "cert.unknown_ca": (
        "Votre certificat n'est pas émis par une autorité reconnue par la plateforme.",
        "Your certificate is not issued by an authority the platform trusts.",
    ),
    "cert.required": (
        "La plateforme exige un certificat client : importez votre fichier PKCS#12.",
        "The platform requires a client certificate: import your PKCS#12 file.",
    ),
    "cert.server_untrusted": (
        "Le certificat du serveur n'est pas reconnu : connexion refusée par sécurité.",
        "The server's certificate is not trusted: connection refused for safety.",
    ),
    "profile.invalid": (
        "Profil de connexion invalide : {detail}.",
        "Invalid connection profile: {detail}.",
    ),
    "sandbox.connect_file": (
        "Fichier de connexion du bac à sable illisible ({path}) : {detail}.",
        "The sandbox's connection file cannot be read ({path}): {detail}.",
    ),
    "sandbox.start_failed": (
        "Le bac à sable n'a pas pu démarrer : {detail}.",
        "The sandbox could not start: {detail}.",
    ),
    "sync.cancelled": ("Synchronisation annulée.", "Synchronisation cancelled."),
    "sync.not_connected": (
        "Pas encore connecté à la plateforme.",
        "Not connected to the platform yet.",
    ),
    "sync.start_failed": (
        "La connexion n'a pas pu démarrer ; le détail est dans le journal.",
        "The connection could not start; the details are in the log.",
    ),
    "sync.download_unreadable": (
        "Le fichier de la facture reçu de la plateforme est illisible ({detail}) : "
        "à vérifier sur Chorus Pro ; il ne sera pas retéléchargé tant que la facture "
        "ne change pas.",
        "The invoice file received from the platform is unreadable ({detail}): check it on "
        "Chorus Pro; it will not be downloaded again until the invoice changes.",
    ),
}


class SyncError(Exception):
    """Base of every sync failure; ``key`` names the user message, ``params`` fill it."""

    key = "sync.platform_error"

    def __init__(self, message: str, *, key: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if key is not None:
            self.key = key
        self.params = params

    def user_message(self, language: str = "fr") -> str:
        """The translated message for the user."""
        return user_message(self.key, language, **self.params)


class NetworkError(SyncError):
    """The platform cannot be reached (offline, DNS, refused, reset, timeout)."""

    key = "sync.offline"


class TimeoutNetworkError(NetworkError):
    """The platform did not answer in time."""

    key = "sync.timeout"


class BadResponseError(SyncError):
    """An answer that is not the JSON the contract promises (truncated, garbled)."""

    key = "sync.bad_response"


class PlatformError(SyncError):
    """The platform answered with an error: ``code_retour``, ``libelle`` and the HTTP status."""

    def __init__(
        self,
        code_retour: int,
        libelle: str,
        http_status: int,
        *,
        key: str | None = None,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> None:
        self.code_retour = code_retour
        self.libelle = libelle
        self.http_status = http_status
        self.body = body or {}
        params.setdefault("code", code_retour)
        params.setdefault("libelle", libelle)
        params.setdefault("status", http_status)
        super().__init__(
            f"HTTP {http_status} codeRetour={code_retour} {libelle}", key=key, **params
        )


class ValidationRefused(PlatformError):
    """A functional refusal (HTTP 400 or 200 with codeRetour != 0): not retried blindly."""


class NotAttachedError(PlatformError):
    """HTTP 403: the structure or service is not attached to the account."""

    key = "sync.not_attached"


class TooLargeError(PlatformError):
    """HTTP 413: the download exceeds 120 MB."""

    key = "sync.too_large"


class TransientPlatformError(PlatformError):
    """5xx or 429: retry later (``retry_after`` seconds when the platform said so)."""

    key = "sync.server_unavailable"

    def __init__(
        self, code_retour: int, libelle: str, http_status: int, retry_after: float | None = None
    ) -> None:
        self.retry_after = retry_after
        key = "sync.rate_limited" if http_status == 429 else "sync.server_unavailable"
        super().__init__(
            code_retour,
            libelle,
            http_status,
            key=key,
            retry_after=retry_after if retry_after is not None else "?",
        )


class AuthError(PlatformError):
    """Authentication refused (HTTP 401 or a token problem)."""

    key = "auth.token_rejected"


class TokenError(AuthError):
    """The OAuth2 token could not be obtained or was refused (90010-90012)."""

    key = "auth.token_rejected"


class TokenRequestFailed(TokenError):
    """The token endpoint refused the client credentials."""

    key = "auth.token_failed"


class TechnicalAccountError(AuthError):
    """``cpro-account`` refused (90013) or HTTP Basic refused (90014)."""

    key = "auth.technical_account"


class SignatureRefused(AuthError):
    """An RFC 9421 signature problem (90001-90006)."""

    key = "auth.signature"


class CertificateRefused(AuthError):
    """The platform refused the client certificate (90007 expired/revoked/usage, 90008 absent)."""

    key = "cert.invalid"


# codeRetour of a 401 -> (error class, message key)
AUTH_CODES: dict[int, tuple[type[AuthError], str]] = {
    90001: (SignatureRefused, "auth.signature"),
    90002: (SignatureRefused, "auth.signature"),
    90003: (SignatureRefused, "auth.signature"),
    90004: (SignatureRefused, "auth.signature"),
    90005: (SignatureRefused, "auth.signature"),
    90006: (SignatureRefused, "auth.signature"),
    90007: (CertificateRefused, "cert.invalid"),
    90008: (CertificateRefused, "cert.required"),
    90010: (TokenError, "auth.token_rejected"),
    90011: (TokenError, "auth.token_rejected"),
    90012: (TokenError, "auth.token_rejected"),
    90013: (TechnicalAccountError, "auth.technical_account"),
    90014: (TechnicalAccountError, "auth.basic"),
}
CERT_MOTIF_KEYS = {
    "CERT_EXPIRE": "cert.expired",
    "CERT_REVOQUE": "cert.revoked",
    "CERT_USAGE_INVALIDE": "cert.invalid",
}


#: codeRetour meaning the client certificate was issued by an authority the platform ignores.
UNKNOWN_CA_CODE = 90009
TOKEN_CODES = frozenset({90010, 90011, 90012})
#: 401 codes that keep their own meaning even on the token endpoint (certificate, signature,
#: technical account), as opposed to the token problems the token request itself answers.
CREDENTIAL_REFUSAL_CODES = frozenset(AUTH_CODES) - TOKEN_CODES | {UNKNOWN_CA_CODE}


def auth_error(
    code: int, libelle: str, http_status: int, body: dict[str, Any]
) -> AuthError | CertificateError:
    """The typed error for a 401 answer."""
    if code == UNKNOWN_CA_CODE:
        return CertificateError(libelle or "unknown CA", key="cert.unknown_ca", detail=libelle)
    cls, key = AUTH_CODES.get(code, (AuthError, "auth.token_rejected"))
    motif = str(body.get("motif") or "")
    if cls is CertificateRefused and motif in CERT_MOTIF_KEYS:
        key = CERT_MOTIF_KEYS[motif]
    return cls(
        code, libelle, http_status, key=key, body=body, detail=motif or libelle, not_after="?"
    )


class CertificateError(SyncError):
    """The local certificate cannot be used (missing file, wrong password, expired...)."""

    key = "cert.invalid"


class PasswordRequired(CertificateError):
    """No PKCS#12 password in the keyring and the user gave none."""

    key = "cert.password_required"


class ProfileError(SyncError):
    """A connection profile is incomplete or inconsistent."""

    key = "profile.invalid"


class SyncCancelled(SyncError):
    """The user cancelled the run."""

    key = "sync.cancelled"


# --- platform refusals: codeRetour / libelle -> a message key the UI translates -------------

#: libelle (stable text codes) -> message key; checked before the per-service numbers.
REFUSAL_LIBELLES: dict[str, str] = {
    "FACTURE_INCONNUE": "refusal.unknown_invoice",
    "GDP_MSG_11.008": "refusal.unknown_invoice",  # legacy: "demande de paiement inconnue"
    "STATUT_CIBLE_NON_AUTORISE": "refusal.status_not_allowed",
    "MOTIF_OBLIGATOIRE": "refusal.motif_required",
    "COMMENTAIRE_OBLIGATOIRE": "refusal.comment_required",
    "COMMENTAIRE_TROP_LONG": "refusal.comment_too_long",
    "MOTIF_INCONNU": "refusal.motif_unknown",
    "PARAMETRE_INVALIDE": "refusal.invalid_parameter",
    "STRUCTURE_NON_RATTACHEE": "refusal.not_attached",
    "HABILITATION_INSUFFISANTE": "refusal.not_allowed",
    "APPROBATION_REQUISE": "refusal.approval_required",
}
#: traiterFactureRecue's codeRetour (codes are per service) -> message key.
REFUSAL_CODES: dict[int, str] = {
    20001: "refusal.unknown_invoice",
    20002: "refusal.status_not_allowed",
    20003: "refusal.motif_required",
    20004: "refusal.comment_too_long",
    20005: "refusal.motif_unknown",
    20010: "refusal.invalid_parameter",
    20020: "refusal.not_attached",
}
REFUSAL_OTHER = "refusal.other"
#: legacy ``retourFonctionnel.codeRetourFonctionnel`` values with a known codeRetour.
LEGACY_CODES: dict[str, int] = {"GDP_MSG_11.008": 20001}
LEGACY_UNKNOWN_CODE = -1


def refusal_key(code: int | str | None, libelle: str | None) -> str:
    """The message key of a platform refusal (``refusal.other`` when unknown)."""
    text = (libelle or "").strip()
    if text in REFUSAL_LIBELLES:
        return REFUSAL_LIBELLES[text]
    try:
        number = int(code) if code is not None else None
    except (TypeError, ValueError):
        number = None
    return REFUSAL_CODES.get(number, REFUSAL_OTHER) if number is not None else REFUSAL_OTHER


def legacy_refusal(data: dict[str, Any], http_status: int) -> ValidationRefused | None:
    """A refusal in a legacy shape, else None.

    ``{"retourFonctionnel": {"codeRetourFonctionnel", "libelleRetourFonctionnel"}}`` without
    ``codeRetour`` (Pastell's FakeCPP ``Traiter-facture-recue-output-error.json``), or a
    ``codeRetour`` that is not a number: both are errors, never successes.
    """
    block = data.get("retourFonctionnel")
    if "codeRetour" not in data and isinstance(block, dict):
        code_text = str(block.get("codeRetourFonctionnel") or "")
        detail = str(block.get("libelleRetourFonctionnel") or code_text)
        code = LEGACY_CODES.get(code_text, LEGACY_UNKNOWN_CODE)
        return ValidationRefused(code, code_text or detail, http_status, body=data, detail=detail)
    value = data.get("codeRetour")
    if isinstance(value, str) and value.strip() and not value.strip().lstrip("-").isdigit():
        libelle = str(data.get("libelle") or value)
        return ValidationRefused(
            LEGACY_UNKNOWN_CODE, value.strip(), http_status, body=data, detail=libelle
        )
    return None


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def user_message(key: str, language: str = "fr", **params: Any) -> str:
    """The text of ``key`` in French (default) or English, with ``params`` filled in."""
    french, english = MESSAGES.get(key, MESSAGES["sync.platform_error"])
    template = english if language.lower().startswith("en") else french
    return template.format_map(_Defaults(params))
