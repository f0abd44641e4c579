"""The observer screen at 80×24 and 120×34: MK follows AB's call, fixed data and clock.

Sync tests: snap_compare runs the app. The observer's polling thread never ends while
the screen is open, so these wait for what is drawn, never for every worker.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta

import pytest
import sqlmodel
from textual.pilot import Pilot

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.domain.call_session import CallSession
from canvass.domain.phases import Phase
from canvass.services import Services
from canvass.store import Store
from canvass.store.models import Call, Company, Consultant
from canvass.ui.app import CanvassApp
from canvass.ui.screens.observer import ObserverScreen

from .conftest import NOW, fixed_clock


def _a_call_in_progress(store: Store, library: Library) -> None:
    """AB's call to a company, 4:12 in: opening, analysis with two BALA steps, an objection."""
    services = Services.of(store)
    with store.session() as session:
        ab = session.exec(sqlmodel.select(Consultant).where(Consultant.initials == "AB")).one()
        mk = session.exec(sqlmodel.select(Consultant).where(Consultant.initials == "MK")).one()
        company_id = session.exec(
            sqlmodel.select(Company.id).where(Company.name == "Kantinen Torvet")
        ).one()
        ab_id, mk_id = ab.id, mk.id
    assert ab_id is not None and mk_id is not None
    start = NOW - timedelta(seconds=252)
    call, first = CallSession.begin(start)
    call_id = services.calls.start_call(
        company_id=company_id,
        consultant_id=ab_id,
        script_id="rekruttering-besoeg",
        script_version=2,
        script_hash="",
        first_event=first,
    )

    def at(seconds: int):  # type: ignore[no-untyped-def]
        return start + timedelta(seconds=seconds)

    record = services.calls.record_events
    record(call_id, call.go_to(Phase.ANALYSE, at(40)))
    record(call_id, [call.reach_bala(at(151))])  # type: ignore[list-item]
    record(call_id, [call.reach_bala(at(178))])  # type: ignore[list-item]
    record(call_id, call.go_to(Phase.INDVENDINGER, at(204)))
    objection = library.objections[sorted(library.objections)[0]]
    record(call_id, [call.use_objection(objection.id, objection.answers[0].id, at(211))])
    with store.session(write=True) as session:
        row = session.get(Call, call_id)
        assert row is not None
        row.goal, row.goal_tools = "Book besøg om voksenlærling", '["opening", "bala"]'
        row.goal_effect = "Behovet er afdækket før løsningen"
        session.add(row)
    services.observe.add_note(call_id, mk_id, "gode hv-spørgsmål", 70, Phase.ANALYSE, at(70))
    services.observe.add_note(
        call_id,
        mk_id,
        "accept-spørgsmålet kom før behovet var afdækket",
        175,
        Phase.ANALYSE,
        at(175),
    )


@pytest.mark.parametrize("size", [(80, 24), (120, 34)], ids=["80x24", "120x34"])
def test_observer_screen(  # type: ignore[no-untyped-def]
    snap_compare, settings: Settings, store: Store, library: Library, size: tuple[int, int]
):
    _a_call_in_progress(store, library)
    app = CanvassApp(replace(settings, user="MK"), store, library, clock=fixed_clock, observe="AB")

    async def run_before(pilot: Pilot[None]) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            screen = pilot.app.screen
            if isinstance(screen, ObserverScreen) and screen._snap is not None:
                break
            await pilot.pause(0.05)
        assert isinstance(pilot.app.screen, ObserverScreen)
        await pilot.pause(0.3)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
