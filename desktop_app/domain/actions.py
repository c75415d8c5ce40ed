"""Validation of the recipient's actions, producing the exact status change to send."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import Money
from desktop_app.domain.motif_catalog import COMMENT_MAX_LENGTH, MOTIF_REQUIRED_FOR, MOTIFS
from desktop_app.domain.motif_text import MOTIF_MAX_LENGTH, compose_motif, recycle_target_line
from desktop_app.domain.permissions import TARGET_STATUS, ActionKind
from desktop_app.domain.status_types import Actor, MotifInfo
from desktop_app.domain.transitions import check_transition

MANDATE_NUMBER_MAX_LENGTH = 50
SERVICE_CODE_MAX_LENGTH = 100
ATTACHMENT_REQUEST_MAX = 20
_MOTIFS_BY_CODE: dict[str, MotifInfo] = {motif.code: motif for motif in MOTIFS}


def motif(code: str) -> MotifInfo:
    """The normalised motive ``code``; raises :class:`ValidationError` when unknown."""
    try:
        return _MOTIFS_BY_CODE[code]
    except KeyError:
        raise ValidationError("validation.motif_unknown", code=code) from None


def motifs_for(target_status: str) -> tuple[MotifInfo, ...]:
    """Motives applicable to ``target_status``, in contract order."""
    return tuple(m for m in MOTIFS if target_status in m.applies_to)


def clean_comment(text: str | None, *, required: bool, field: str = "comment") -> str:
    """Trim ``text``; refuse it when required and empty, or when over 2,000 characters."""
    cleaned = (text or "").strip()
    if required and not cleaned:
        raise ValidationError("validation.comment_required", field=field)
    if len(cleaned) > COMMENT_MAX_LENGTH:
        raise ValidationError(
            "validation.comment_too_long", field=field, length=len(cleaned), max=COMMENT_MAX_LENGTH
        )
    return cleaned


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A validated request to move one invoice to ``target_status`` (``traiterFactureRecue``)."""

    kind: ActionKind
    target_status: str
    motif_code: str | None = None
    comment: str = ""
    requested_attachments: tuple[str, ...] = ()
    mandate_number: str | None = None
    mandate_amount: Money | None = None
    target_service_code: str | None = None  # recycling: the service the invoice should go to
    target_service_name: str = ""

    def platform_comment(self) -> str:
        """The comment as sent to the platform, with the requested attachments listed."""
        if not self.requested_attachments:
            return self.comment
        listed = "; ".join(self.requested_attachments)
        prefix = f"{self.comment}\n" if self.comment else ""
        return f"{prefix}Pièces demandées : {listed}"

    def motif_label(self, language: str = "fr") -> str:
        """Readable motive (its French label is the head of the platform's ``motif``)."""
        return motif(self.motif_code).label(language) if self.motif_code else ""

    def motif_text(self) -> str:
        """The ``motif`` sent to the platform: label, comment, requested attachments."""
        text = compose_motif(self.motif_label("fr"), self.comment, self.requested_attachments)
        if not self.target_service_code:
            return text
        line = recycle_target_line(self.target_service_code, self.target_service_name)
        return f"{text}\n{line}" if text else line


def _check_motif(code: str | None, target: str) -> MotifInfo | None:
    if not code:
        if target in MOTIF_REQUIRED_FOR:
            raise ValidationError("validation.motif_required", target=target)
        return None
    found = motif(code)
    if target not in found.applies_to:
        raise ValidationError("validation.motif_not_applicable", code=code, target=target)
    return found


def _clean_attachments(names: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(name.strip() for name in names if name and name.strip())
    if len(cleaned) > ATTACHMENT_REQUEST_MAX:
        raise ValidationError("validation.too_many_attachments", max=ATTACHMENT_REQUEST_MAX)
    return cleaned


def _checked(
    change: StatusChange, current_status: str, max_length: int = MOTIF_MAX_LENGTH
) -> StatusChange:
    """Transition allowed and the composed ``motif`` within the profile's ``max_length``."""
    check_transition(current_status, change.target_status, Actor.RECIPIENT)
    length = len(change.motif_text())
    if length > max_length:
        raise ValidationError(
            "validation.comment_too_long", field="comment", length=length, max=max_length
        )
    return change


def suspend(
    current_status: str,
    motif_code: str | None,
    comment: str | None,
    requested_attachments: Sequence[str] = (),
    *,
    max_length: int = MOTIF_MAX_LENGTH,
) -> StatusChange:
    """Suspension: a motive and a comment are required; missing attachments may be listed."""
    _check_motif(motif_code, "SUSPENDUE")
    change = StatusChange(
        ActionKind.SUSPEND,
        "SUSPENDUE",
        motif_code=motif_code,
        comment=clean_comment(comment, required=True),
        requested_attachments=_clean_attachments(requested_attachments),
    )
    return _checked(change, current_status, max_length)


def reject(
    current_status: str,
    motif_code: str | None,
    comment: str | None,
    *,
    max_length: int = MOTIF_MAX_LENGTH,
) -> StatusChange:
    """Rejection: a normalised motive and a comment of at most 2,000 characters."""
    _check_motif(motif_code, "REJETEE")
    change = StatusChange(
        ActionKind.REJECT,
        "REJETEE",
        motif_code=motif_code,
        comment=clean_comment(comment, required=True),
    )
    return _checked(change, current_status, max_length)


def recycle(
    current_status: str,
    motif_code: str | None,
    comment: str | None,
    *,
    target_service_code: str | None = None,
    target_service_name: str = "",
    current_service_code: str | None = None,
    max_length: int = MOTIF_MAX_LENGTH,
) -> StatusChange:
    """Send back for re-routing (wrong recipient, service or engagement): motive required.

    ``target_service_code`` names the entity's service the invoice should go to (written in
    the ``motif`` the supplier reads, :func:`~desktop_app.domain.motif_text.recycle_target_line`);
    it may not be the invoice's current service.
    """
    found = _check_motif(motif_code, "A_RECYCLER")
    required = found.comment_required if found else True
    target = (target_service_code or "").strip() or None
    if target is not None and len(target) > SERVICE_CODE_MAX_LENGTH:
        raise ValidationError("validation.service_code_too_long", max=SERVICE_CODE_MAX_LENGTH)
    if target is not None and current_service_code and target == current_service_code.strip():
        raise ValidationError("validation.recycle_same_service", code=target)
    change = StatusChange(
        ActionKind.RECYCLE,
        "A_RECYCLER",
        motif_code=motif_code,
        comment=clean_comment(comment, required=required),
        target_service_code=target,
        target_service_name=(target_service_name or "").strip() if target else "",
    )
    return _checked(change, current_status, max_length)


def mark_service_done(
    current_status: str, comment: str | None = None, *, max_length: int = MOTIF_MAX_LENGTH
) -> StatusChange:
    """Service fait: the comment is optional."""
    change = StatusChange(
        ActionKind.SERVICE_DONE, "SERVICE_FAIT", comment=clean_comment(comment, required=False)
    )
    return _checked(change, current_status, max_length)


def record_mandate(
    current_status: str,
    mandate_number: str | None,
    amount: object,
    currency: str = "EUR",
    comment: str | None = None,
    *,
    max_length: int = MOTIF_MAX_LENGTH,
) -> StatusChange:
    """Mandatée: a mandate number and a non-negative exact amount."""
    number = (mandate_number or "").strip()
    if not number:
        raise ValidationError("validation.mandate_number_required")
    if len(number) > MANDATE_NUMBER_MAX_LENGTH:
        raise ValidationError("validation.mandate_number_too_long", max=MANDATE_NUMBER_MAX_LENGTH)
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        raise ValidationError("validation.mandate_amount_required")
    money = Money.of(amount, currency)
    if money.is_negative():
        raise ValidationError("validation.mandate_amount_negative", amount=str(money.amount))
    change = StatusChange(
        ActionKind.MANDATE,
        "MANDATEE",
        comment=clean_comment(comment, required=False),
        mandate_number=number,
        mandate_amount=money,
    )
    return _checked(change, current_status, max_length)


def set_accounting_status(
    kind: ActionKind,
    current_status: str,
    comment: str | None = None,
    *,
    max_length: int = MOTIF_MAX_LENGTH,
) -> StatusChange:
    """A manager sets an accounting status by hand (where no accounting system pushes it)."""
    if kind not in (
        ActionKind.SEND_TO_ACCOUNTANT,
        ActionKind.MARK_ACCOUNTED,
        ActionKind.MARK_PAID,
    ):
        raise ValidationError("validation.not_accounting_action", action=kind.value)
    change = StatusChange(kind, TARGET_STATUS[kind], comment=clean_comment(comment, required=False))
    return _checked(change, current_status, max_length)


@dataclass(frozen=True, slots=True)
class ApprovalDecision:
    """A manager's approval or refusal of a pending action."""

    approved: bool
    comment: str


def decide(approved: bool, comment: str | None) -> ApprovalDecision:
    """Approve (comment optional) or refuse (comment required)."""
    return ApprovalDecision(approved, clean_comment(comment, required=not approved))
