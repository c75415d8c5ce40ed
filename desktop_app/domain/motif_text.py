"""The text a ``traiterFactureRecue`` carries in ``motif``, composed once for every use.

Every independent client (Pastell ``CPPWrapper::traiterFactureRecue``, go-choruspro
``TraiterFactureRecueOptions``) sends the clerk's words in ``motif``: it is the one free-text
field the platform is known to keep. So ``motif`` holds the normalised motive's label, the
clerk's comment and, for a suspension, the attachments asked of the supplier. The dialogs
count this exact text, the domain refuses it when it is longer than the profile's limit, the
sync layer sends it as is and the sandbox stores it as is: a text the dialog accepts is never
refused for length afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

#: ``motif`` limit since IPM5 (the comment limit of the contract).
MOTIF_MAX_LENGTH = 2000
#: limit of an older platform (Pastell truncates ``motif`` to 255 characters).
LEGACY_MOTIF_MAX_LENGTH = 255
#: the limits a profile may choose.
MOTIF_LIMITS: tuple[int, ...] = (MOTIF_MAX_LENGTH, LEGACY_MOTIF_MAX_LENGTH)

LABEL_SEPARATOR = " — "
ATTACHMENTS_PREFIX = "Pièces demandées : "
ATTACHMENTS_SEPARATOR = "; "
#: head of the line naming the service a recycled invoice should go to (see
#: :func:`recycle_target_line`); the sandbox's simulated supplier reads it back.
RECYCLE_TARGET_PREFIX = "Service destinataire : "


def compose_motif(label: str, comment: str, requested: Sequence[str] = ()) -> str:
    """``label — comment`` then, on its own line, ``Pièces demandées : a; b``.

    Empty parts are left out (no dangling separator); the parts are trimmed.
    """
    label, comment = label.strip(), comment.strip()
    head = LABEL_SEPARATOR.join(part for part in (label, comment) if part)
    names = [name.strip() for name in requested if name and name.strip()]
    if not names:
        return head
    listed = ATTACHMENTS_PREFIX + ATTACHMENTS_SEPARATOR.join(names)
    return f"{head}\n{listed}" if head else listed


def recycle_target_line(code: str, name: str = "") -> str:
    """``Service destinataire : CODE — Nom``: where a recycled invoice should be re-routed."""
    code, name = code.strip(), name.strip()
    return RECYCLE_TARGET_PREFIX + LABEL_SEPARATOR.join(part for part in (code, name) if part)


def recycle_target_of(text: str | None) -> str | None:
    """The service code a :func:`recycle_target_line` in ``text`` names, or None."""
    for line in (text or "").split("\n"):
        if line.startswith(RECYCLE_TARGET_PREFIX):
            code = line[len(RECYCLE_TARGET_PREFIX) :].split(LABEL_SEPARATOR)[0].strip()
            return code or None
    return None


def motif_length(label: str, comment: str, requested: Sequence[str] = ()) -> int:
    """Length of :func:`compose_motif` (what the dialogs' counters show)."""
    return len(compose_motif(label, comment, requested))


def valid_limit(limit: int) -> bool:
    """True for a ``motif`` limit a profile may use."""
    return limit in MOTIF_LIMITS


def split_motif(text: str, labels: Sequence[str] = ()) -> tuple[str, str, tuple[str, ...]]:
    """(label, comment, requested attachments) of a text made by :func:`compose_motif`.

    ``labels`` are the motive labels that may head it (the label is recognised only then,
    since a comment may itself contain the separator).
    """
    head = text
    requested: tuple[str, ...] = ()
    lines = text.split("\n")
    if lines and lines[-1].startswith(ATTACHMENTS_PREFIX):
        head = "\n".join(lines[:-1])
        names = lines[-1][len(ATTACHMENTS_PREFIX) :].split(ATTACHMENTS_SEPARATOR)
        requested = tuple(name.strip() for name in names if name.strip())
    for label in sorted(labels, key=len, reverse=True):
        if head == label:
            return label, "", requested
        if label and head.startswith(label + LABEL_SEPARATOR):
            return label, head[len(label) + len(LABEL_SEPARATOR) :], requested
    return "", head, requested
