"""A download archive is bounded as a whole, not only member by member (zip bombs)."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest

from desktop_app.sync import download_reader
from desktop_app.sync.errors import BadResponseError


def _zip(sizes: list[int], invoice_id: int = 7) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{invoice_id}/facture.pdf", b"%PDF-1.4\n" + b"0" * sizes[0])
        for number, size in enumerate(sizes[1:], start=1):
            archive.writestr(f"{invoice_id}/pj/{number}_annexe.bin", b"\0" * size)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def test_members_each_under_the_limit_but_too_large_together_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(download_reader, "MAX_TOTAL_BYTES", 1_000_000)
    monkeypatch.setattr(download_reader, "MAX_MEMBER_BYTES", 600_000)
    with pytest.raises(BadResponseError, match="too large once inflated"):
        download_reader.read_download(_zip([500_000, 500_000, 500_000]), 7)
    fine = download_reader.read_download(_zip([400_000, 400_000]), 7)
    assert fine.invoice_file is not None and set(fine.attachments) == {1}


def test_the_real_limit_is_the_platforms_120_mb() -> None:
    assert download_reader.MAX_TOTAL_BYTES == 120 * 1024 * 1024
    assert download_reader.MAX_TOTAL_BYTES < download_reader.MAX_MEMBERS * (
        download_reader.MAX_MEMBER_BYTES
    )
