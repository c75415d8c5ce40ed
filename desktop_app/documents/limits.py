"""Size limits applied to every untrusted document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds on input, XML, PDF streams and attachments (bytes unless stated)."""

    max_input_bytes: int = 64 * 1024 * 1024
    max_xml_bytes: int = 48 * 1024 * 1024
    max_pdf_stream_bytes: int = 32 * 1024 * 1024
    max_embedded_xml_bytes: int = 24 * 1024 * 1024
    max_attachment_bytes: int = 16 * 1024 * 1024
    max_pdf_attachments: int = 64
    max_lines: int = 100_000


DEFAULT_LIMITS = Limits()
