"""Benchmark of the sandbox server: search page of 1,000, consult, history, batch download,
requests/s over mTLS with RFC 9421 signatures, and metadata+history invoices/s.

``python -m bench.sandbox_serve [--quick]`` prints a table and writes
bench/results/sandbox_serve.json.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.report import report
from desktop_app.sandbox.launcher import start_sandbox_process
from desktop_app.sync.http_signatures import (
    ClientIdentity,
    client_ssl_context,
    load_pkcs12_identity,
    sign_url_request,
)

SEARCH = "/cpro/factures/v1/rechercher/recipiendaire"
CONSULT = "/cpro/factures/v1/consulter/recipiendaire"
HISTORY = "/cpro/factures/v1/consulter/historique"
DOWNLOAD = "/cpro/factures/v1/telecharger/groupe"
ACCOUNT = base64.b64encode(b"TECH_IDESK:Demo-Tech-2026!").decode()


class Signer:
    """Builds signed headers for one identity and token."""

    def __init__(self, address: str, identity: ClientIdentity, token: str) -> None:
        self.address = address
        self.identity = identity
        self.base = {
            "Authorization": f"Bearer {token}",
            "cpro-account": ACCOUNT,
            "Content-Type": "application/json;charset=utf-8",
        }

    def __call__(self, path: str, payload: Any) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(payload).encode()
        headers = dict(self.base)
        headers.update(sign_url_request("POST", self.address + path, headers, body, self.identity))
        return body, headers


def _timed(function: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _post(http: httpx.Client, sign: Signer, path: str, payload: Any) -> dict[str, Any]:
    body, headers = sign(path, payload)
    response = http.post(path, content=body, headers=headers)
    response.raise_for_status()
    data: dict[str, Any] = response.json()
    return data


async def _throughput(
    address: str, ca: str, identity: ClientIdentity, token: str, ids: list[int], concurrency: int
) -> tuple[float, float]:
    """(history requests/s, metadata+history invoices/s) with ``concurrency`` connections.

    The client is aiohttp (lighter than httpx) so that the figure reflects the server.
    """
    import aiohttp

    sign = Signer(address, identity, token)
    context = client_ssl_context(identity, ca)
    connector = aiohttp.TCPConnector(ssl=context, limit=concurrency)
    async with aiohttp.ClientSession(base_url=address, connector=connector) as http:
        queue = list(ids)

        async def worker() -> None:
            while queue:
                invoice_id = queue.pop()
                body, headers = sign(HISTORY, {"idFacture": invoice_id})
                async with http.post(HISTORY, data=body, headers=headers) as response:
                    response.raise_for_status()
                    await response.read()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        history_rps = len(ids) / (time.perf_counter() - started)

        started = time.perf_counter()
        body, headers = sign(SEARCH, {"paramRecherche": {"nbResultatsParPage": 1000}})
        async with http.post(SEARCH, data=body, headers=headers) as response:
            page = (await response.json(content_type=None))["listeFactures"]
        queue = [f["idFacture"] for f in page]
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        pull_rate = len(page) / (time.perf_counter() - started)
    return history_rps, pull_rate


def run(quick: bool) -> list[dict[str, Any]]:
    invoices = 2000 if quick else 20000
    repeat = 5 if quick else 20
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        process = start_sandbox_process(Path(tmp), invoices=invoices, seed=1)
        start_s = time.perf_counter() - started
        with process:
            user = process.user("manager")
            identity = load_pkcs12_identity(Path(user["pkcs12"]), user["password"])
            # the clerk's EC key is the common case; the manager's RSA key is also measured
            clerk = process.user("clerk")
            ec_identity = load_pkcs12_identity(Path(clerk["pkcs12"]), clerk["password"])
            ca = str(process.ca_cert)
            http = httpx.Client(
                verify=client_ssl_context(ec_identity, ca), base_url=process.address, timeout=120
            )
            token = http.post(
                "/api/oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": "invoice-desk-demo",
                    "client_secret": "piste-secret-demo-2026",
                    "scope": "openid",
                },
            ).json()["access_token"]
            sign = Signer(process.address, ec_identity, token)
            page = {"paramRecherche": {"nbResultatsParPage": 1000}}
            search_ms = _timed(lambda: _post(http, sign, SEARCH, page), repeat)
            ids = [
                f["idFacture"]
                for f in _post(
                    http,
                    sign,
                    SEARCH,
                    {"paramRecherche": {"nbResultatsParPage": 1000, "triSens": "Descendant"}},
                )["listeFactures"]
            ]
            it = iter(ids * 10)
            consult_ms = _timed(
                lambda: _post(http, sign, CONSULT, {"identifiantFactureCPP": next(it)}), repeat * 5
            )
            history_ms = _timed(
                lambda: _post(http, sign, HISTORY, {"idFacture": next(it)}), repeat * 5
            )
            batches = iter([ids[i : i + 50] for i in range(0, 1000, 50)])

            def download() -> None:
                batch = next(batches)
                _post(
                    http,
                    sign,
                    DOWNLOAD,
                    {
                        "listeFacture": [{"idFacture": i} for i in batch],
                        "format": "PIVOT",
                        "avecPiecesJointesComplementaires": "OUI",
                    },
                )

            download_ms = _timed(download, 3 if quick else 6)
            warm_ms = _timed(
                lambda: _post(
                    http,
                    sign,
                    DOWNLOAD,
                    {"listeFacture": [{"idFacture": i} for i in ids[:50]], "format": "PIVOT"},
                ),
                3,
            )
            http.close()
            count = 400 if quick else 2000
            history_rps, pull_rate = asyncio.run(
                _throughput(
                    process.address,
                    ca,
                    ec_identity,
                    token,
                    ids[:count] if len(ids) >= count else ids * (count // len(ids) + 1),
                    4,
                )
            )
            rsa_http = httpx.Client(
                verify=client_ssl_context(identity, ca), base_url=process.address
            )
            rsa_sign = Signer(process.address, identity, token)
            rsa_ms = _timed(
                lambda: _post(rsa_http, rsa_sign, HISTORY, {"idFacture": ids[0]}), repeat * 2
            )
            rsa_http.close()
    median = statistics.median
    return [
        {
            "figure": f"cold start with {invoices} invoices (first run, PKI + data)",
            "value": round(start_s, 2),
            "unit": "s",
            "goal": "<= 15",
        },
        {
            "figure": "search page of 1,000 invoices (mTLS + signature), median",
            "value": round(median(search_ms), 1),
            "unit": "ms",
            "goal": "<= 150",
        },
        {
            "figure": "consult one invoice, median",
            "value": round(median(consult_ms), 2),
            "unit": "ms",
            "goal": "<= 20",
        },
        {
            "figure": "history of one invoice, median",
            "value": round(median(history_ms), 2),
            "unit": "ms",
            "goal": "<= 10",
        },
        {
            "figure": "history with an RSA-3072 certificate (rsa-pss-sha512), median",
            "value": round(median(rsa_ms), 2),
            "unit": "ms",
            "goal": "<= 15",
        },
        {
            "figure": "batch download of 50 invoices, PIVOT + attachments, cold, median",
            "value": round(median(download_ms), 1),
            "unit": "ms",
            "goal": "<= 1500",
        },
        {
            "figure": "batch download of 50 invoices, PIVOT, cached, median",
            "value": round(median(warm_ms), 1),
            "unit": "ms",
            "goal": "<= 300",
        },
        {
            "figure": "signed history requests/s over mTLS, 4 connections",
            "value": round(history_rps),
            "unit": "req/s",
            "goal": ">= 1000",
        },
        {
            "figure": "metadata + history pull (page of 1,000 + 1,000 histories), 4 connections",
            "value": round(pull_rate),
            "unit": "invoices/s",
            "goal": ">= 2000",
        },
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 invoices, fewer repeats")
    args = parser.parse_args(argv)
    report("sandbox_serve", run(args.quick), quick=args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
