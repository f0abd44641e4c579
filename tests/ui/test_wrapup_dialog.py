"""The wrap-up dialog: digit keys, the fields each outcome needs, errors, warnings, saving."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input, Static

from canvass.domain.outcomes import Outcome
from canvass.domain.when import COPENHAGEN
from canvass.domain.wrapup import OUTCOME_KEYS, WrapUp
from canvass.i18n import t
from canvass.ui.screens.wrapup_dialog import OutcomeChooser, WrapUpScreen

SIZE = (120, 34)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


class Host(App[None]):
    """A bare app that opens the wrap-up and keeps what it returns."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[WrapUp | None] = []

    def compose(self) -> ComposeResult:
        yield Static("Opkald med Hansen & Søn ApS")

    def on_mount(self) -> None:
        screen = WrapUpScreen(
            "Hansen & Søn ApS",
            "06:40",
            now=NOW,
            today=TODAY,
            attendees="Lars Hansen, AB",
            location="Ågade 12, 7100 Vejle",
        )
        self.push_screen(screen, self.results.append)


async def run(body: Callable[[Pilot[Any], Host], Awaitable[None]]) -> None:
    host = Host()
    async with host.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await body(pilot, host)


def error(pilot: Pilot[Any], name: str) -> str:
    return str(pilot.app.screen.query_one(f"#error-{name}", Static).render())


def status(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one("#wu-status", Static).render())


def focused_id(pilot: Pilot[Any]) -> str | None:
    return pilot.app.focused.id if pilot.app.focused else None


def visible(pilot: Pilot[Any], name: str) -> bool:
    """Rows are mounted the first time an outcome needs them."""
    rows = pilot.app.screen.query(f"#row-{name}")
    return bool(rows) and rows.first().display


async def test_meeting_saves_in_copenhagen_time() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        assert isinstance(pilot.app.focused, OutcomeChooser)
        await pilot.press("1")
        assert focused_id(pilot) == "field-date"
        await pilot.press(*"1/12/2026", "tab", *"10.00", "ctrl+s")
        await pilot.pause()
        [wrapup] = host.results
        assert wrapup is not None and wrapup.outcome is Outcome.MEETING
        assert wrapup.meeting is not None
        assert wrapup.meeting.starts_at == datetime(2026, 12, 1, 10, 0, tzinfo=COPENHAGEN)
        assert wrapup.meeting.duration_min == 60
        assert wrapup.meeting.attendees == "Lars Hansen, AB"
        assert wrapup.meeting.location == "Ågade 12, 7100 Vejle"

    await run(body)


async def test_bad_date_and_missing_time_are_shown_next_to_their_fields() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("1", *"32/12", "ctrl+s")
        await pilot.pause()
        assert host.results == []
        assert "findes ikke" in error(pilot, "date")
        assert error(pilot, "time") == "Skal udfyldes"
        assert focused_id(pilot) == "field-date"
        assert "Ret de markerede felter (2)" in status(pilot)

    await run(body)


async def test_weekend_warns_first_and_saves_on_second_ctrl_s() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("1", *"28/11/2026", "tab", *"10", "ctrl+s")
        await pilot.pause()
        assert host.results == []
        assert "weekenddag" in status(pilot) and "^s igen" in status(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        [wrapup] = host.results
        assert wrapup is not None and wrapup.meeting is not None
        assert wrapup.meeting.starts_at.date() == date(2026, 11, 28)

    await run(body)


async def test_changing_the_form_after_a_warning_warns_again() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("2", *"28/11", "tab", *"10", "ctrl+s")
        await pilot.press("shift+tab", "ctrl+u", *"29/11", "ctrl+s")
        await pilot.pause()
        assert host.results == [] and "weekenddag" in status(pilot)

    await run(body)


async def test_not_reached_needs_only_the_outcome() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("7")
        assert not visible(pilot, "date") and visible(pilot, "comment")
        # The cursor stays on the outcomes, where a/b/c make a callback; tab: the comment.
        assert isinstance(pilot.app.focused, OutcomeChooser)
        await pilot.press("tab")
        assert focused_id(pilot) == "field-comment"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert host.results == [WrapUp(outcome=Outcome.NO_ANSWER)]

    await run(body)


async def test_no_outcome_asks_for_one() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("ctrl+s")
        assert host.results == [] and status(pilot) == "Vælg et udfald (0–9, f)"
        assert isinstance(pilot.app.focused, OutcomeChooser)

    await run(body)


async def test_escape_goes_back_to_the_call_with_none() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("1", *"1/12", "escape")
        await pilot.pause()
        assert host.results == [None]

    await run(body)


async def test_job_order_fields_and_missing_title() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("3")
        assert visible(pilot, "title") and visible(pilot, "p_number")
        assert not visible(pilot, "date")
        assert focused_id(pilot) == "field-title"
        await pilot.press("ctrl+s")
        assert error(pilot, "title") == "Skal udfyldes" and host.results == []
        await pilot.press(*"Tømrer", "tab", "tab", *"2", "ctrl+s")
        await pilot.pause()
        [wrapup] = host.results
        assert wrapup is not None and wrapup.job_order is not None
        assert (wrapup.job_order.title, wrapup.job_order.positions) == ("Tømrer", 2)

    await run(body)


async def test_digits_type_in_fields_and_shift_tab_returns_to_the_outcomes() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("1", "2")  # the 2 is part of the date, not "ring tilbage"
        assert pilot.app.screen.query_one("#field-date", Input).value == "2"
        await pilot.press("shift+tab", "2")
        assert focused_id(pilot) == "field-date" and not visible(pilot, "duration_min")
        assert visible(pilot, "reason")

    await run(body)


async def test_phone_meeting_clears_the_prefilled_address() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        await pilot.press("1", *"1/12", "tab", *"10", "tab", "tab", "right", "enter")
        location = pilot.app.screen.query_one("#field-location", Input)
        assert location.value == ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        [wrapup] = host.results
        assert wrapup is not None and wrapup.meeting is not None
        assert wrapup.meeting.location_kind == "phone"

    await run(body)


def test_snapshot_meeting_with_date_and_time(snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press("1", *"1/12/2026", "tab", *"10.00")
        await pilot.pause()

    assert snap_compare(Host(), terminal_size=SIZE, run_before=run_before)


async def test_click_on_an_outcome_chooses_it() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        chooser = pilot.app.screen.query_one(OutcomeChooser)
        await pilot.click(OutcomeChooser, offset=chooser.position_of("2"))
        await pilot.pause()
        assert visible(pilot, "reason") and focused_id(pilot) == "field-date"
        assert chooser.chosen is Outcome.CALLBACK
        await pilot.click(OutcomeChooser, offset=chooser.position_of("0"))  # not reached, line 3
        await pilot.pause()
        assert chooser.chosen is Outcome.BUSY

    await run(body)


def test_snapshot_at_80x24_shows_every_outcome_and_the_fields(snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press("1", *"i morgen", "tab", *"10.00")
        await pilot.pause()

    assert snap_compare(Host(), terminal_size=(80, 24), run_before=run_before)


def test_snapshot_at_80x24_job_order_scrolls(snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press("3", "ctrl+s")  # the title is missing: marked, and the cursor on it
        await pilot.pause()

    assert snap_compare(Host(), terminal_size=(80, 24), run_before=run_before)


async def test_at_80x24_every_outcome_is_drawn_and_the_last_field_scrolls_into_view() -> None:
    host = Host()
    async with host.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chooser = pilot.app.screen.query_one(OutcomeChooser)
        drawn = chooser.render().plain
        assert chooser.size.width <= 76 and len(drawn.splitlines()) == chooser.size.height == 5
        for key, outcome in OUTCOME_KEYS.items():  # every outcome whole, with its key
            assert f" {key} {t(outcome.label_key)}" in drawn
        await pilot.press("3", *["tab"] * 17)  # job order: from the title to the comment
        await pilot.pause()
        assert focused_id(pilot) == "field-comment"
        comment = pilot.app.screen.query_one("#field-comment")
        form = pilot.app.screen.query_one("#wu-form")
        assert form.scroll_y > 0 and form.region.contains_region(comment.region)
        assert pilot.app.screen.query_one("#wu-keys").region.bottom <= 24
