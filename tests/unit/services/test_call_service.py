"""Opening a call without a screen: script choice, claim, start, resume, refusals."""

from __future__ import annotations

from dataclasses import replace

import sqlmodel

from canvass.content.validate import Library
from canvass.domain.phases import Phase
from canvass.services import OpenedCall, Refusal, Services, choose_script
from canvass.store.models import Call, CallEvent

from .conftest import T0


def _open(services: Services, library: Library, initials: str = "AB", **kw: object):
    consultant = services.consultants.consultant(initials)
    assert consultant is not None
    return services.calls.open(
        library,
        company_id=1,
        consultant_id=consultant.id,
        at=T0,
        **kw,  # type: ignore[arg-type]
    )


def test_a_new_call_picks_the_segments_script_claims_and_records_its_start(
    services: Services, library: Library
) -> None:
    opened = _open(services, library)
    assert isinstance(opened, OpenedCall)
    assert opened.resumed is None
    assert opened.script is not None and opened.script.id == "rekruttering-besoeg"
    assert opened.card.contact is not None and opened.card.contact.name == "Lone Hansen"
    assert opened.session.phase is Phase.AABNING
    with services.store.session() as session:
        call = session.get(Call, opened.call_id)
        assert call is not None and call.script_id == "rekruttering-besoeg"
        assert call.script_hash == library.content_hash("rekruttering-besoeg")
        kinds = session.exec(sqlmodel.select(CallEvent.kind)).all()
    assert kinds == ["phase_entered"]
    assert services.companies.live_claims([1], T0, None) == {1: "AB"}


def test_the_call_lists_script_and_the_chosen_contact_come_first(
    services: Services, library: Library
) -> None:
    card = services.calls.company_card(1)
    assert card is not None
    second = card.contacts[1].id
    opened = _open(services, library, preferred_script="fleksjob", contact_id=second)
    assert isinstance(opened, OpenedCall)
    assert opened.script is not None and opened.script.id == "fleksjob"
    assert opened.card.contact is not None and opened.card.contact.id == second
    with services.store.session() as session:
        call = session.get(Call, opened.call_id)
        assert call is not None and call.contact_id == second


def test_a_colleague_on_the_phone_with_the_company_is_a_refusal(
    services: Services, library: Library
) -> None:
    assert isinstance(_open(services, library, "AB"), OpenedCall)
    refused = _open(services, library, "MK")
    assert isinstance(refused, Refusal) and not refused.gone
    assert "AB" in refused.message and "Hansen & Søn ApS" in refused.message


def test_my_own_unfinished_call_is_resumed_never_doubled(
    services: Services, library: Library
) -> None:
    first = _open(services, library)
    assert isinstance(first, OpenedCall)
    again = _open(services, library)
    assert isinstance(again, OpenedCall)
    assert again.call_id == first.call_id
    assert again.resumed is not None and again.resumed.call_id == first.call_id
    with services.store.session() as session:
        assert len(session.exec(sqlmodel.select(Call)).all()) == 1


def test_a_company_that_is_gone_or_a_library_without_scripts_opens_nothing(
    services: Services, library: Library
) -> None:
    consultant = services.consultants.consultant("AB")
    assert consultant is not None
    gone = services.calls.open(library, company_id=99, consultant_id=consultant.id, at=T0)
    assert isinstance(gone, Refusal) and gone.gone
    empty = replace(library, scripts={})
    refused = services.calls.open(empty, company_id=1, consultant_id=consultant.id, at=T0)
    assert isinstance(refused, Refusal) and not refused.gone and refused.message


def test_choose_script_rules(library: Library) -> None:
    # The most specific script for the segment wins ...
    assert choose_script(library, "industri", None).id == "rekruttering-besoeg"  # type: ignore[union-attr]
    assert choose_script(library, "Hotel og restauration", None).id == "praktik-loentilskud"  # type: ignore[union-attr]
    # ... unless the one used last time also fits the segment.
    assert choose_script(library, "industri", "fastholdelse").id == "fastholdelse"  # type: ignore[union-attr]
    # No segment match: last used, else the recruitment script.
    assert choose_script(library, "rumfart", "fleksjob").id == "fleksjob"  # type: ignore[union-attr]
    assert choose_script(library, None, None).id == "rekruttering-besoeg"  # type: ignore[union-attr]
    # The call list's own script beats them all.
    assert choose_script(library, "industri", "fastholdelse", "fleksjob").id == "fleksjob"  # type: ignore[union-attr]
