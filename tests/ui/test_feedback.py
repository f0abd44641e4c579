"""The caller's feedback in the app: flagged on the call list, read, acknowledged with a
comment, answered in the thread, a commitment kept, the trends — on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import cast

import pytest
from sqlmodel import Session
from textual.widgets import DataTable, OptionList, Sparkline

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.services import Services
from canvass.store import Store
from canvass.store.demo import fill_demo
from canvass.store.sparring_models import Review
from canvass.ui.app import CanvassApp
from canvass.ui.feedback_format import as_plain
from canvass.ui.screens.feedback import FeedbackScreen
from canvass.ui.screens.feedback_dialogs import CommentDialog
from canvass.ui.text import Plain
from canvass.ui.widgets.feedback_flag import FeedbackFlag
from tests.feedback_data import RUBRICS, FeedbackData, add_feedback

from .conftest import TODAY, fixed_clock
from .helpers import settle


@pytest.fixture
def filled(db_url: str) -> Iterator[tuple[Store, FeedbackData]]:
    """A database of either backend with the demo data and the fixed reviews."""
    store = Store.open(db_url)
    fill_demo(store, today=TODAY, practice=False)
    data = store.write(add_feedback)
    yield store, data
    store.close()


def _text(app: CanvassApp, selector: str) -> str:
    content = app.screen.query_one(selector, Plain).content
    return content if isinstance(content, str) else as_plain(content, width=200)


def _flag(app: CanvassApp) -> FeedbackFlag:
    return app.call_list.query_one(FeedbackFlag)


async def test_feedback_flow(
    filled: tuple[Store, FeedbackData], settings: Settings, library: Library
) -> None:
    store, data = filled
    app = CanvassApp(settings, store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await settle(pilot)  # the flag counts once the consultant is known
        assert _flag(app).count == 3
        assert "Ny sparring (3)" in str(_flag(app).render())

        await pilot.press("ctrl+p")  # the palette's "Sparring: min feedback"
        await settle(pilot)
        await pilot.press(*"min feedback")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FeedbackScreen)
        assert [row.review_id for row in screen.inbox] == [
            data.review_c, data.review_b, data.review_a,
        ]  # fmt: skip
        assert screen.review is not None and screen.review.review_id == data.review_c
        assert "Vent tre sekunder efter et nej" in _text(app, "#fb-review-text")

        await pilot.press("down", "down")  # review A: the one with observations
        await settle(pilot)
        assert screen.review is not None and screen.review.review_id == data.review_a
        review = _text(app, "#fb-review-text")
        assert "»Klar [intro] med navn«" in review  # literal, never markup
        assert "Spørg om behovet to gange før løsningen" in review

        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, CommentDialog)
        await pilot.press(*"Tak, det prøver jeg", "enter")
        await settle(pilot)
        assert screen.review is not None and not screen.review.new
        assert "Tak, det prøver jeg" in _text(app, "#fb-thread")

        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")  # empty: refused in the dialog, which stays open
        await pilot.pause()
        assert isinstance(app.screen, CommentDialog)
        await pilot.press(*"Jeg tænkte, de ville lægge på", "escape")  # kept, not lost
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        thread = _text(app, "#fb-thread")
        assert "AB" in thread and "Jeg tænkte, de ville lægge på" in thread

        await pilot.press("tab")
        await settle(pilot)
        table = screen.query_one("#fb-commitments", DataTable)
        assert table.row_count == 3
        await pilot.press("h")  # the newest first: review C's commitment kept
        await settle(pilot)
        assert [row.status for row in screen.commitments] == ["kept", "open", "open"]

        await pilot.press("tab")
        await settle(pilot)
        lines = screen.query(Sparkline)  # no rubric at hand: every weight 1
        assert [list(line.data or []) for line in lines] == [
            pytest.approx([5 / 6, 1.0, 1 / 2]),
            pytest.approx([0.0, 1 / 3]),
        ]

        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.call_list
        assert _flag(app).count == 2

    # What the screen did, as the service reads it.
    caller = screen._actor
    assert app.services.feedback.unread_count(data.caller) == 2
    comments = app.services.feedback.read(caller, data.review_a).comments
    assert [c.text for c in comments][-2:] == [
        "Tak, det prøver jeg",
        "Jeg tænkte, de ville lægge på",
    ]


async def test_the_screen_uses_the_rubric_texts_and_weights(
    filled: tuple[Store, FeedbackData], settings: Settings, library: Library
) -> None:
    store, _ = filled
    app = CanvassApp(settings, store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert app.consultant is not None
        screen = FeedbackScreen(app.services, app.consultant, fixed_clock, rubrics=RUBRICS,
                                tab="trends")  # fmt: skip
        await app.push_screen(screen)
        await settle(pilot)
        lines = list(screen.query(Sparkline))
        assert [list(line.data or []) for line in lines] == [
            pytest.approx([7 / 9, 1.0, 2 / 3]),
            pytest.approx([0.0, 1 / 3]),
        ]
        options = screen.query_one("#fb-inbox", OptionList)
        assert options.option_count == 3


async def test_a_team_lead_sees_no_review_content(
    filled: tuple[Store, FeedbackData], settings: Settings, library: Library
) -> None:
    store, _ = filled
    app = CanvassApp(replace(settings, user="TL"), store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert _flag(app).count == 0
        assert not _flag(app).display
        app.action_feedback()
        await settle(pilot)
        screen = cast(FeedbackScreen, app.screen)
        assert screen.inbox == [] and screen.review is None
        assert "Ingen sparring delt med dig" in _text(app, "#fb-review-text")
        await pilot.press("escape")
        caller = app.services.consultants.consultant("AB")
        assert app.consultant is not None and caller is not None
        other = FeedbackScreen(app.services, app.consultant, fixed_clock, consultant=caller)
        await app.push_screen(other)
        await settle(pilot)
        assert other.inbox == [] and other.review is None  # refused by the service
        assert "Kun trænere" in _text(app, "#fb-review-text")


async def test_a_trainer_reads_a_consultants_feedback_without_acting_for_them(
    filled: tuple[Store, FeedbackData], settings: Settings, library: Library
) -> None:
    store, data = filled
    app = CanvassApp(replace(settings, user="TR"), store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert app.consultant is not None and app.consultant.role == "trainer"
        caller = app.services.consultants.consultant("AB")
        assert caller is not None
        screen = FeedbackScreen(app.services, app.consultant, fixed_clock, consultant=caller)
        await app.push_screen(screen)
        await settle(pilot)
        assert [row.review_id for row in screen.inbox] == [
            data.review_c, data.review_b, data.review_a,
        ]  # fmt: skip
        assert "Vent tre sekunder efter et nej" in _text(app, "#fb-review-text")
        assert screen.check_action("acknowledge", ()) is None  # shown dimmed: not theirs
        assert screen.check_action("comment", ()) is None
        await pilot.press("a")
        await settle(pilot)
        assert app.screen is screen  # no dialog
        await pilot.press("tab", "h")
        await settle(pilot)
        assert {row.status for row in screen.commitments} == {"open"}


async def test_the_flag_comes_back_when_an_acknowledged_review_is_changed(
    filled: tuple[Store, FeedbackData], settings: Settings, library: Library
) -> None:
    store, data = filled
    caller = Actor(data.caller, Role.CONSULTANT)
    for review_id in (data.review_a, data.review_b, data.review_c):
        Services.of(store).feedback.acknowledge(caller, review_id, now=fixed_clock())
    app = CanvassApp(settings, store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert _flag(app).count == 0 and not _flag(app).display

        def edit(session: Session) -> None:  # the author saves review B again
            review = session.get(Review, data.review_b)
            assert review is not None
            review.version += 1
            session.add(review)

        store.write(edit)
        _flag(app).check()  # what the 30-second look does
        await settle(pilot)
        assert _flag(app).count == 1 and _flag(app).display
        assert "Ny sparring (1)" in str(_flag(app).render())
