"""JSON responses and the contract's error answers."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from desktop_app.sandbox.codec import dumps

JSON_TYPE = "application/json;charset=utf-8"
OK_GCU = "GCU_MSG_01_000"
OK_TRA = "TRA_MSG_00.000"


def json_response(
    payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A JSON answer (exact decimals)."""
    return web.Response(
        body=dumps(payload), status=status, headers={"Content-Type": JSON_TYPE, **(headers or {})}
    )


class ApiError(Exception):
    """A functional or auth refusal: HTTP ``status`` with ``{codeRetour, libelle}``."""

    def __init__(
        self,
        status: int,
        code: int,
        libelle: str,
        *,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.libelle = libelle
        self.extra = extra or {}
        self.headers = headers or {}
        super().__init__(f"{status} {code} {libelle}")

    def response(self) -> web.Response:
        body = {"codeRetour": self.code, "libelle": self.libelle, **self.extra}
        return json_response(body, self.status, self.headers)


def bad_param(detail: str) -> ApiError:
    """20010 PARAMETRE_INVALIDE (HTTP 400)."""
    return ApiError(400, 20010, "PARAMETRE_INVALIDE", extra={"detail": detail})


def unknown_invoice() -> ApiError:
    """20001 FACTURE_INCONNUE (HTTP 400)."""
    return ApiError(400, 20001, "FACTURE_INCONNUE")


def not_attached() -> ApiError:
    """20020 STRUCTURE_NON_RATTACHEE (HTTP 403)."""
    return ApiError(403, 20020, "STRUCTURE_NON_RATTACHEE")
