"""What the recipient structure demands of an invoice, for the invoice checks.

Read from the cache's ``structure_requirements`` (``consulterStructure`` ``parametres``
``numeroEJDoitEtreRenseigne``, ``codeServiceDoitEtreRenseigne``,
``gestionNumeroEJOuCodeService``, learnt at each pull by ``sync/engagements.py``); an
invoice whose structure was never read gets no requirement (nothing is guessed).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.checks_french import BuyerRequirements
from desktop_app.models.engagements import StructureRequirement
from desktop_app.models.invoices import Invoice


def structure_requirements(session: Session, invoice_id: int) -> BuyerRequirements | None:
    """The requirements of ``invoice_id``'s structure; None when unknown."""
    row = session.execute(
        select(
            StructureRequirement.service_required,
            StructureRequirement.engagement_required,
            StructureRequirement.service_or_engagement,
        )
        .join(Invoice, Invoice.structure_id == StructureRequirement.structure_id)
        .where(Invoice.id == invoice_id)
    ).first()
    if row is None:
        return None
    service, engagement, either = row
    return BuyerRequirements(bool(service), bool(engagement), bool(either))
