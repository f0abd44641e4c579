"""The values of the merge fields for one call: company, contact, consultant, organisation.

The meeting fields (``moede_dato``, ``moede_ugedag``, ``moede_tid``, ``moede_sted``) have no
value until a meeting is agreed, so the close shows them as visible gaps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvass.domain.phone import format_phone

if TYPE_CHECKING:
    from canvass.content.trades import TradeNames
    from canvass.services.rows import CompanyCard, ConsultantInfo


def _first_name(name: str | None) -> str | None:
    return name.split()[0] if name and name.split() else None


def merge_values(
    card: CompanyCard,
    consultant: ConsultantInfo | None,
    organisation: str,
    trades: TradeNames | None = None,
) -> dict[str, str | None]:
    """Every declared merge field's value for this call (None where it is unknown)."""
    contact = card.contact
    # A name that is still the initials (never given) is a gap, not "det er MH".
    consultant_name = (
        consultant.name if consultant and consultant.name != consultant.initials else None
    )
    return {
        "virksomhed": card.name,
        "kontaktperson": contact.name if contact else None,
        "kontaktperson_fornavn": _first_name(contact.name if contact else None),
        "kontaktperson_rolle": contact.role if contact else None,
        "konsulent": consultant_name,
        "konsulent_fornavn": _first_name(consultant_name),
        "konsulent_telefon": format_phone(consultant.phone)
        if consultant and consultant.phone
        else None,
        "organisation": organisation,
        "branche": card.industry,
        "fag": trades.spoken(card.industry_code) if trades else None,
        "by": card.city,
        "ansatte": str(card.employees) if card.employees is not None else None,
        "moede_dato": None,
        "moede_ugedag": None,
        "moede_tid": None,
        "moede_sted": None,
    }
