"""The follow-up screens, driven with Pilot: callbacks, meetings, job orders."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import DataTable, Input, Static

from canvass.services import Services
from canvass.store import Store
from canvass.store.models import Callback, JobOrder, Meeting
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.callbacks import CallbacksScreen
from canvass.ui.screens.followup_dialogs import ConsultantPicker, NoteDialog
from canvass.ui.screens.job_order_edit import JobOrderEditScreen
from canvass.ui.screens.job_orders import JobOrdersScreen
from canvass.ui.screens.meetings import MeetingsScreen

from .conftest import NOW
from .helpers import settle


def _table(app: CanvassApp) -> DataTable[object]:
    return app.screen.query_one(DataTable)


def _bar(app: CanvassApp) -> str:
    return str(app.screen.query_one("#fu-bar", Static).render())


def _ids(app: CanvassApp) -> list[int]:
    return [int(key.value) for key in _table(app).rows if key.value is not None]


def _anne(store: Store) -> int:
    info = Services.of(store).consultants.consultant("AB")
    assert info is not None
    return info.id


async def test_callbacks_overdue_done_and_everyone(
    make_app: Callable[..., CanvassApp], store: Store
):
    mine = Services.of(store).followup.callback_rows(consultant_id=_anne(store))
    overdue = [row for row in mine if row.due_at < NOW]
    assert overdue and len(overdue) < len(mine)  # the demo has both kinds
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, CallbacksScreen)
        assert _ids(app) == [row.id for row in mine]
        assert f"{len(overdue)} overskredet" in _bar(app)
        assert "mine (AB)" in _bar(app)
        first = _table(app).get_row_at(0)
        assert "red" in str(first[0].style) and str(first[-1]) == "overskredet"
        later = _table(app).get_row_at(len(overdue))
        assert "red" not in str(later[0].style)

        await pilot.press("d")
        await settle(pilot)
        with store.session() as session:
            done = session.get(Callback, mine[0].id)
            assert done is not None and done.done_at == NOW
        assert _ids(app) == [row.id for row in mine[1:]]
        assert f"{len(overdue) - 1} overskredet" in _bar(app)

        await pilot.press("a")
        await settle(pilot)
        assert _ids(app) == [
            row.id for row in Services.of(store).followup.callback_rows(consultant_id=None)
        ]
        assert "alle konsulenter" in _bar(app)
        await pilot.press("a")
        await settle(pilot)
        assert "mine (AB)" in _bar(app)

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CallList)


async def test_callback_reassign_and_call(make_app: Callable[..., CanvassApp], store: Store):
    first = Services.of(store).followup.callback_rows(consultant_id=_anne(store))[0]
    jonas = Services.of(store).consultants.consultant("JH")
    assert jonas is not None
    app = make_app()
    started: list[int] = []
    app.start_call = lambda company_id, resume=None: started.append(company_id)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("enter")
        assert started == [first.company_id]

        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ConsultantPicker)
        await pilot.press("enter")  # the first colleague: JH (AB has it now)
        await settle(pilot)
        assert isinstance(app.screen, CallbacksScreen)
        with store.session() as session:
            moved = session.get(Callback, first.id)
            assert moved is not None and moved.consultant_id == jonas.id
        assert first.id not in _ids(app)

        await pilot.press("r", "escape")  # cancelled: nothing changes
        await settle(pilot)
        assert isinstance(app.screen, CallbacksScreen)


async def test_meetings_held_with_note_and_past(make_app: Callable[..., CanvassApp], store: Store):
    upcoming = Services.of(store).followup.meeting_rows(
        consultant_id=_anne(store), upcoming=True, now=NOW
    )
    past = Services.of(store).followup.meeting_rows(
        consultant_id=_anne(store), upcoming=False, now=NOW
    )
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
        assert _ids(app) == [row.id for row in upcoming]
        assert "kommende" in _bar(app)

        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"Aftalt to praktikpladser", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
        with store.session() as session:
            held = session.get(Meeting, upcoming[0].id)
            assert held is not None
            assert (held.status, held.result_note) == ("held", "Aftalt to praktikpladser")

        await pilot.press("down", "c", "escape")  # escape: the meeting stays booked
        await settle(pilot)
        with store.session() as session:
            kept = session.get(Meeting, upcoming[1].id)
            assert kept is not None and kept.status == "booked"

        await pilot.press("u")
        await settle(pilot)
        assert _ids(app) == [row.id for row in past]
        assert "tidligere" in _bar(app)


async def test_job_orders_filter_edit_and_status(make_app: Callable[..., CanvassApp], store: Store):
    every = Services.of(store).followup.job_order_rows(status=None)
    open_orders = Services.of(store).followup.job_order_rows(status="open")
    assert open_orders and len(open_orders) < len(every)
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, JobOrdersScreen)
        assert _ids(app) == [row.id for row in every]
        assert "filter: alle" in _bar(app)

        await pilot.press("f")
        await settle(pilot)
        assert _ids(app) == [row.id for row in open_orders]
        assert "filter: åben" in _bar(app)

        target = open_orders[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, JobOrderEditScreen)
        title = app.screen.query_one("#fu-field-title", Input)
        assert title.has_focus and title.value == target.title
        title.value = ""
        await pilot.press(*"Tømrer, svend", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, JobOrdersScreen)
        with store.session() as session:
            saved = session.get(JobOrder, target.id)
            assert saved is not None and saved.title == "Tømrer, svend"

        await pilot.press("enter")  # den gode jobordre's fields, typed as words or letters
        await pilot.pause()
        for name, typed in (("employment", "t"), ("sharing", "k"), ("hours_per_week", "37,5")):
            app.screen.query_one(f"#fu-field-{name}", Input).value = typed
        app.screen.query_one("#fu-field-how_to_apply", Input).value = "Ring til Ole"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, JobOrdersScreen)
        with store.session() as session:
            saved = session.get(JobOrder, target.id)
            assert saved is not None
            assert (saved.employment, saved.sharing, saved.hours_per_week) == (
                "temporary",
                "colleagues",
                37.5,
            )
            assert saved.how_to_apply == "Ring til Ole"
        await pilot.press("enter")
        await pilot.pause()
        shown = app.screen.query_one("#fu-field-employment", Input).value
        assert shown == "tidsbegrænset"
        app.screen.query_one("#fu-field-employment", Input).value = "deltid"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = str(app.screen.query_one("#fu-error-employment", Static).render())
        assert "fast / tidsbegrænset" in error
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#fu-field-title", Input).value = "x" * 101
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, JobOrderEditScreen)
        error = str(app.screen.query_one("#fu-error-title", Static).render())
        assert error == "Højst 100 tegn"
        await pilot.press("escape")
        await settle(pilot)
        with store.session() as session:
            kept = session.get(JobOrder, target.id)
            assert kept is not None and kept.title == "Tømrer, svend"

        await pilot.press("s")  # open -> enough candidates: it leaves the "open" list
        await settle(pilot)
        with store.session() as session:
            moved = session.get(JobOrder, target.id)
            assert moved is not None and moved.status == "enough_candidates"
        assert target.id not in _ids(app)
