"""Keys typed in one burst, without waiting for the dialog: each lands where it was meant.

The keys are posted straight to the app (no Pilot pause between them), as a consultant
types while the employer is still talking.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widgets import Input

from canvass.domain.when import COPENHAGEN
from tests.ui.test_wrapup_dialog import Host, error, focused_id, run, status

NAMED = {"tab", "shift+tab", "ctrl+s", "escape", "backspace", "enter", "ctrl+o"}


def burst(app: App[Any], *parts: str) -> None:
    """Post every key of ``parts`` at once: named keys as they are, other parts as text."""
    for part in parts:
        if part in NAMED:
            app.post_message(events.Key(part, "\t" if part == "tab" else None))
        else:
            for char in part:
                app.post_message(events.Key(_character_to_key(char), char))


async def drain(pilot: Pilot[Any]) -> None:
    for _ in range(4):
        await pilot.pause(0.05)


def value(pilot: Pilot[Any], name: str) -> str:
    return pilot.app.screen.query_one(f"#field-{name}", Input).value


async def test_callback_typed_in_one_burst() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        burst(pilot.app, "2", "3/12", "tab", "10.00", "tab", "travlt nu")
        await drain(pilot)
        assert (value(pilot, "date"), value(pilot, "time")) == ("3/12", "10.00")
        assert value(pilot, "reason") == "travlt nu"

    await run(body)


async def test_meeting_typed_in_one_burst_replaces_the_default_duration() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        burst(pilot.app, "1", "1/12/2026", "tab", "10.00", "tab", "90", "ctrl+s")
        await drain(pilot)
        [wrapup] = host.results
        assert wrapup is not None and wrapup.meeting is not None
        assert wrapup.meeting.starts_at == datetime(2026, 12, 1, 10, 0, tzinfo=COPENHAGEN)
        assert wrapup.meeting.duration_min == 90

    await run(body)


async def test_job_order_typed_in_one_burst_keeps_each_field_its_own() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        burst(pilot.app, "3", "Tømrer", "tab", "Nybyg i Vejle", "tab", "2", "tab", "37")
        burst(pilot.app, "tab", "4/1/2027", "tab", "15/12", "ctrl+s", "ctrl+s")
        await drain(pilot)
        [wrapup] = host.results
        assert wrapup is not None and (job := wrapup.job_order) is not None
        assert (job.title, job.description, job.positions) == ("Tømrer", "Nybyg i Vejle", 2)
        assert (job.hours_per_week, str(job.start_date), str(job.deadline)) == (
            37, "2027-01-04", "2026-12-15",
        )  # fmt: skip

    await run(body)


async def test_a_fixed_field_loses_its_error_at_once() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        burst(pilot.app, "2", "32/12", "tab", "10", "ctrl+s")
        await drain(pilot)
        assert "findes ikke" in error(pilot, "date")
        assert focused_id(pilot) == "field-date"
        burst(pilot.app, "3")  # the bad text is selected: typing replaces it
        await drain(pilot)
        assert value(pilot, "date") == "3"
        assert "findes ikke" in error(pilot, "date")  # "3" is no date yet: still marked
        burst(pilot.app, "/12")
        await drain(pilot)
        assert value(pilot, "date") == "3/12"
        assert error(pilot, "date") == "" and status(pilot) == ""
        assert not pilot.app.screen.query_one("#row-date").has_class("-bad")

    await run(body)


async def test_a_field_still_wrong_keeps_its_error_while_typing() -> None:
    async def body(pilot: Pilot[Any], host: Host) -> None:
        burst(pilot.app, "2", "tab", "10", "ctrl+s")
        await drain(pilot)
        assert error(pilot, "date") == "Skal udfyldes"
        burst(pilot.app, "3/1")  # "3/1" is a date: the error goes as soon as it is right
        await drain(pilot)
        assert error(pilot, "date") == ""
        assert "Ret de markerede felter" not in status(pilot)

    await run(body)
