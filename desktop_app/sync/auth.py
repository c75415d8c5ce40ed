"""PISTE authentication: OAuth2 client-credentials token (cached) and ``cpro-account``."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import httpx

from desktop_app.sync.errors import (
    CREDENTIAL_REFUSAL_CODES,
    BadResponseError,
    TokenRequestFailed,
    TransientPlatformError,
    auth_error,
)
from desktop_app.sync.transport import transport_error

TOKEN_MARGIN_S = 240  # renew this long before the token expires (OCA's margin)


@dataclass(frozen=True, slots=True)
class TechnicalAccount:
    """A Chorus Pro technical account (login and password; the password is a secret)."""

    login: str
    password: str

    def header(self) -> str:
        """The ``cpro-account`` value: base64("login:password")."""
        return base64.b64encode(f"{self.login}:{self.password}".encode()).decode("ascii")

    def __repr__(self) -> str:  # never print the password
        return f"TechnicalAccount(login={self.login!r})"


class TokenProvider:
    """OAuth2 client credentials; the token is reused until ``TOKEN_MARGIN_S`` before expiry."""

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        margin_s: float = TOKEN_MARGIN_S,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._secret = client_secret
        self.margin_s = margin_s
        self._token: str | None = None
        self._valid_until = 0.0
        self._lock = threading.Lock()
        self.issued = 0  # tokens obtained (tests and diagnostics)

    def __repr__(self) -> str:
        return f"TokenProvider(url={self.token_url!r}, client_id={self.client_id!r})"

    def token(
        self,
        http: httpx.Client,
        *,
        now: float | None = None,
        on_transport_error: Callable[[httpx.TransportError, str], Exception] | None = None,
    ) -> str:
        """A valid access token, asking a new one when none is cached or it is near expiry."""
        with self._lock:
            current = time.monotonic() if now is None else now
            if self._token is not None and current < self._valid_until:
                return self._token
            self._token, self._valid_until = self._request(http, current, on_transport_error)
            self.issued += 1
            return self._token

    def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token (after a 401), unless it was already replaced."""
        with self._lock:
            if token is None or token == self._token:
                self._token = None
                self._valid_until = 0.0

    @staticmethod
    def _refusal(response: httpx.Response) -> Exception:
        """A certificate refusal (9000x body) keeps its meaning; anything else is a bad login."""
        status = response.status_code
        if status == 429 or status >= 500:
            retry = response.headers.get("Retry-After")
            return TransientPlatformError(
                0, f"HTTP {status}", status, float(retry) if retry and retry.isdigit() else None
            )
        try:
            body = json.loads(response.content, parse_float=Decimal)
            code = int(body.get("codeRetour", 0)) if isinstance(body, dict) else 0
        except (ValueError, TypeError, AttributeError):
            body, code = {}, 0
        if code in CREDENTIAL_REFUSAL_CODES:
            return auth_error(code, str(body.get("libelle", "")), status, body)
        return TokenRequestFailed(code, f"HTTP {status}", status)

    def _request(
        self,
        http: httpx.Client,
        now: float,
        on_transport_error: Callable[[httpx.TransportError, str], Exception] | None,
    ) -> tuple[str, float]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._secret,
            "scope": "openid",
        }
        try:
            response = http.post(self.token_url, data=form)
        except httpx.TransportError as exc:
            if on_transport_error is not None:
                raise on_transport_error(exc, self.token_url) from exc
            raise transport_error(exc) from exc
        if response.status_code != 200:
            raise self._refusal(response)
        try:
            data = json.loads(response.content, parse_float=Decimal)
            token = str(data["access_token"])
            expires_in = float(data.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as exc:
            raise BadResponseError("token answer unreadable", detail="token") from exc
        return token, now + max(0.0, expires_in - self.margin_s)
