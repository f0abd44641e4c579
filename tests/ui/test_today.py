"""The morning panel, reminders with a moving clock, and the session bar's daily goal."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from textual.widgets import Static

from canvass.services import Services
from canvass.store.call_lists import Priority
from canvass.store.calls import SessionStats
from canvass.store.models import Call
from canvass.ui.app import CanvassApp
from canvass.ui.formatting import session_text
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.widgets.today_panel import CHECK_EVERY, TodayPanel
from tests.ui.helpers import listed, settle

from .conftest import NOW
from .test_call_screen import SteppingClock


def _active(app: CanvassApp) -> set[str]:
    """The actions whose keys work now (check_action allows them)."""
    screen = app.screen
    return {
        b.binding.action
        for b in screen.active_bindings.values()
        if screen.check_action(b.binding.action, ()) is not False
    }


def _panel(app: CanvassApp) -> TodayPanel:
    return app.call_list.query_one(TodayPanel)


async def test_the_morning_panel_agrees_with_the_list(settings, store, library) -> None:
    app = CanvassApp(settings, store, library, clock=SteppingClock(NOW))
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        panel = _panel(app)
        assert panel.display and panel.today is not None
        text = str(panel.render())
        overdue, later = panel.today.overdue, panel.today.later_today
        assert overdue and later  # the demo data has both for AB
        assert f"ring tilbage nu: {panel.today.overdue_count}" in text
        assert f"senere i dag: {panel.today.later_count}" in text
        assert (len(overdue), len(later)) == (panel.today.overdue_count, panel.today.later_count)
        # Every company the panel names is in the list's callback groups, and the
        # list's overdue/today rows of AB's callbacks are exactly the panel's.
        rows = listed(app, limit=1000)
        mine = {cb.company_id for cb in overdue + later}
        in_list = {
            p: {r.id for r in rows if r.priority == p and r.id in mine}
            for p in (Priority.OVERDUE, Priority.DUE)
        }
        assert in_list[Priority.OVERDUE] == {cb.company_id for cb in overdue}
        assert in_list[Priority.DUE] == {cb.company_id for cb in later}
        for callback in (*overdue, *later):
            assert callback.company_name in text

        await pilot.press("a")
        assert not panel.display
        await pilot.press("a")
        assert panel.display


async def test_a_callback_falling_due_raises_one_notice_and_r_calls_it(
    settings, store, library
) -> None:
    clock = SteppingClock(NOW)
    app = CanvassApp(settings, store, library, clock=clock)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        panel = _panel(app)
        assert panel.today is not None
        coming = panel.today.later_today[0]
        assert not app._notifications  # the overdue ones are in the panel, not notices
        assert "call_due" not in _active(app)

        clock.now = coming.due_at - timedelta(seconds=1)
        panel.refresh_now()
        await settle(pilot)
        assert not app._notifications

        clock.now = coming.due_at + timedelta(seconds=CHECK_EVERY)
        panel.refresh_now()
        await settle(pilot)
        notices = [n.message for n in app._notifications]
        name = coming.company_name
        assert notices == [f"Ring tilbage til {name} nu — tryk c på opkaldslisten for at ringe."]

        clock.advance(CHECK_EVERY)
        panel.refresh_now()
        await settle(pilot)
        assert len(app._notifications) == 1  # never twice for the same callback
        assert "call_due" in _active(app)  # and so listed in `?` help

        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CallScreen) and screen.company_id == coming.company_id


async def test_the_session_bar_shows_the_goal_and_the_day(settings, store, library) -> None:
    anne = Services.of(store).consultants.consultant("AB")
    with store.session(write=True) as session:
        session.add(
            Call(company_id=1, consultant_id=anne.id, script_id="x",
                 started_at=NOW - timedelta(hours=1, minutes=12), ended_at=NOW)
        )  # fmt: skip
    goals = replace(settings, daily_goal_calls=25, daily_goal_meetings=3)
    app = CanvassApp(goals, store, library, clock=SteppingClock(NOW))
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        bar = str(app.call_list.query_one("#session", Static).render())
        assert "0/25 opkald" in bar and "0/3 møder" in bar and "⏱ dagen 1:12" in bar
        assert isinstance(app.screen, CallList)


def test_session_text_without_goals_and_before_the_first_call() -> None:
    stats = SessionStats(calls=12, reached=9, meetings=1)
    first = datetime(2026, 11, 23, 7, 48, tzinfo=UTC)
    assert session_text(stats, None, NOW) == (
        "i dag: 12 opkald · 9 nået · 1 møde · 11 % · ⏱ dagen –"
    )
    assert session_text(stats, first, NOW, goal_calls=25, goal_meetings=3) == (
        "i dag: 12/25 opkald · 9 nået · 1/3 møder · 11 % · ⏱ dagen 1:12"
    )


def test_the_panel_names_only_what_one_line_can_show_but_counts_all() -> None:
    """Thousands of overdue callbacks (a department's list) make a line of a few dozen
    names — laying out every one took half a second per look — and the count says all."""
    from canvass.store.today import Today
    from canvass.ui.widgets.today_panel import MAX_NAMED, panel_text

    due = [(n, n, f"Firma {n}", NOW - timedelta(days=1, minutes=5000 - n)) for n in range(5000)]
    text = panel_text(Today.of(NOW, due))
    counts, names = text.plain.split("\n")
    assert "5000" in counts
    assert names.count("Firma ") == MAX_NAMED
    assert "Firma 0 " in names + " " and f"Firma {MAX_NAMED} " not in names + " "
