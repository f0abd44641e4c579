"""The review queue and the review screen, driven with Pilot on the demo data plus a fixed
sparring morning (tests/ui/review_data.py) and a rubric from a fixture file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text as sa_text
from textual.widgets import Input, OptionList

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.ui.app import CanvassApp
from canvass.ui.screens.review import ReviewScreen
from canvass.ui.screens.review_dialogs import HistoryDialog, ObservationDialog
from canvass.ui.screens.review_queue import ReviewQueueScreen
from canvass.ui.text import Plain
from canvass.ui.widgets.rubric_panel import RubricPanel

from .helpers import settle
from .review_data import Sparring, add_sparring, call_rubric, with_rubrics


@pytest.fixture
def sparring(store) -> Sparring:  # type: ignore[no-untyped-def]
    return add_sparring(store)


@pytest.fixture
def review_app(make_app: Callable[..., CanvassApp], sparring: Sparring) -> CanvassApp:
    app = make_app()
    app.library = with_rubrics(app.library, call_rubric())
    return app


def _text(app: CanvassApp, selector: str) -> str:
    widget = app.screen.query_one(selector)
    return str(widget.render())


async def _open_review(pilot, app: CanvassApp, call_id: int) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    assert app.consultant is not None
    screen = ReviewScreen(app.services, app.consultant, app.library, app.clock, call_id=call_id)
    await app.push_screen(screen)
    await settle(pilot)
    return screen


async def test_queue_lists_the_buddys_calls_unreviewed_first(review_app, sparring):  # type: ignore[no-untyped-def]
    app = review_app
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert app.consultant is not None
        queue = ReviewQueueScreen(app.services, app.consultant, app.library, app.clock)
        await app.push_screen(queue)
        await settle(pilot)
        keys = list(queue.rows)
        assert keys[:3] == [
            f"call:{sparring.short_call_id}",
            f"call:{sparring.call_id}",
            f"visit:{sparring.visit_id}",
        ]
        assert all(row.caller == "MK" for row in queue.rows.values())
        await pilot.press("o")  # outcome: the first outcome, "meeting"
        await settle(pilot)
        assert list(queue.rows) == [f"call:{sparring.call_id}"]
        assert "udfald (o): Møde booket" in _text(app, "#rq-filters")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("3")  # scale? the first checkpoint is yes/no: refused, nothing set
        await pilot.press("j")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is queue
        await pilot.press("o")  # the next outcome: none of MK's calls
        await settle(pilot)
        assert queue.rows == {}


async def test_full_review_on_the_screen(review_app, sparring):  # type: ignore[no-untyped-def]
    app = review_app
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_review(pilot, app, sparring.call_id)
        assert "udkast · ikke gemt" in _text(app, "#rv-status")
        timeline = _text(app, "#rv-timeline-text")
        assert "Book besøg (voksenlærling)" in timeline
        assert "Jeg har ikke tid lige nu" in timeline and "[godt]" in timeline
        assert "stoppede før Accept af løsning" in timeline
        panel = screen.query_one(RubricPanel)
        assert panel.has_focus
        assert "Hvad tænkte du, da kunden tog telefonen?" in str(panel.render())

        await pilot.press("minus")  # mandatory: refused
        assert "praesentation" not in panel.answers
        await pilot.press("j", "down", "4")
        await pilot.press("tab")  # Analyse
        assert panel.phase.id == "analyse"
        await pilot.press("3")
        await pilot.press("enter")  # an observation, pinned to AB's note at 02:10
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ObservationDialog)
        await pilot.press(*"Lod kunden tale", "enter")
        moments = dialog.query_one(OptionList)
        labels = [str(moments.get_option_at_index(i).prompt) for i in range(moments.option_count)]
        note_index = next(i for i, label in enumerate(labels) if "januar-travlheden" in label)
        moments.highlighted = note_index
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        answer = panel.answers["aabne-spoergsmaal"]
        assert (answer.value, answer.observation) == (3, "Lod kunden tale")
        assert answer.pin is not None and answer.pin.note == sparring.note_id
        assert "@02:10 (observatør)" in str(panel.render())
        await pilot.press("down", "n", "down", "minus")
        await pilot.press("tab", "tab")  # past the last phase: to what worked
        assert isinstance(app.focused, Input) and app.focused.id == "rv-worked-0"
        await pilot.press(*"Rolig åbning")

        await pilot.press("ctrl+t")  # share without a commitment: refused, all kept
        await settle(pilot)
        assert "Ikke gemt" in _text(app, "#rv-message")
        assert screen.query_one("#rv-worked-0", Input).value == "Rolig åbning"
        assert panel.answers["aabne-spoergsmaal"].observation == "Lod kunden tale"

        await pilot.press("ctrl+s")  # a draft without a commitment is fine
        await settle(pilot)
        assert "udkast · version 1" in _text(app, "#rv-status")
        screen.query_one("#rv-commitment", Input).value = "Spørg om behovet to gange"
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert "delt · version 2" in _text(app, "#rv-status")

        await pilot.press("escape")  # from the field back to the rubric
        assert panel.has_focus
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryDialog)
        history = str(app.screen.query_one(Plain).render())
        assert "Version 2 · AB" in history and "Version 1 · AB" in history
        assert "forpligtelse: Spørg om behovet to gange" in history
        await pilot.press("escape")

    ab = app.consultant
    assert ab is not None
    saved = app.services.reviews.get(Actor(ab.id, Role.CONSULTANT), screen.record.id)  # type: ignore[union-attr]
    assert saved.status == "shared" and saved.commitment == "Spørg om behovet to gange"
    assert saved.answers["praesentation"].value == "yes"
    assert saved.answers["formaal"].value == 4
    assert saved.answers["lyttede"].na


async def test_a_colleague_who_is_not_the_buddy_is_refused(make_app, sparring, store):  # type: ignore[no-untyped-def]
    app = make_app(user="PN")  # a consultant new here: nobody's buddy, no trainer
    app.library = with_rubrics(app.library, call_rubric())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_review(pilot, app, sparring.call_id)
        assert "makkeren" in _text(app, "#rv-refused")
        assert screen.record is None and not screen.query(RubricPanel)
        await pilot.press("ctrl+s")  # nothing to save, nothing breaks
        await settle(pilot)
        queue = ReviewQueueScreen(app.services, app.consultant, app.library, app.clock)  # type: ignore[arg-type]
        await app.push_screen(queue)
        await settle(pilot)
        assert f"call:{sparring.call_id}" not in queue.rows


async def test_no_rubric_loaded_says_so(make_app, sparring):  # type: ignore[no-untyped-def]
    app = make_app()
    app.library = with_rubrics(app.library)
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_review(pilot, app, sparring.call_id)
        assert "Ingen rubrik" in _text(app, "#rv-refused")
        assert "Book besøg" in _text(app, "#rv-timeline-text")


async def test_queue_filters_by_period_and_script(review_app, sparring):  # type: ignore[no-untyped-def]
    app = review_app
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        app.open_review_queue()
        await settle(pilot)
        queue = app.screen
        assert isinstance(queue, ReviewQueueScreen)
        everything = set(queue.rows)
        await pilot.press("d")  # today (the fixed clock's day, 23/11)
        await settle(pilot)
        assert "periode (d): i dag" in _text(app, "#rq-filters")
        assert set(queue.rows) == everything  # all of MK's rows are from this morning
        await pilot.press("s")  # the first script by id: den-gode-jobordre, none of MK's
        await settle(pilot)
        assert queue.rows == {} and "manuskript (s): den-gode-jobordre" in _text(app, "#rq-filters")
        while "fleksjob" not in _text(app, "#rq-filters"):
            await pilot.press("s")
            await settle(pilot)
        assert list(queue.rows) == [f"call:{sparring.short_call_id}"]


async def test_team_lead_sees_the_refusal_not_the_queue(make_app, sparring, store):  # type: ignore[no-untyped-def]
    with store.session(write=True) as s:
        s.execute(sa_text("UPDATE consultant SET role = 'teamlead' WHERE initials = 'JH'"))
    app = make_app(user="JH")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.open_review_queue()
        await settle(pilot)
        assert isinstance(app.screen, ReviewQueueScreen) and app.screen.rows == {}
        assert "Teamledere ser kun tal" in _text(app, "#rq-bar")
        app.open_review(call_id=sparring.call_id)
        await settle(pilot)
        assert "Teamledere ser kun tal" in _text(app, "#rv-refused")
        assert "Book besøg" not in _text(app, "#rv-timeline-text")


async def test_trainer_queue_holds_everyones_calls(make_app, sparring):  # type: ignore[no-untyped-def]
    app = make_app(user="SL")
    app.library = with_rubrics(app.library, call_rubric())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.open_review_queue()
        await settle(pilot)
        queue = app.screen
        assert isinstance(queue, ReviewQueueScreen)
        assert "Alles opkald og besøg" in _text(app, "#rq-bar")
        assert {row.caller for row in queue.rows.values()} > {"MK"}
        assert "SL" not in {row.caller for row in queue.rows.values()}
        app.open_review(call_id=sparring.call_id)  # not SL's buddy: a trainer may
        await settle(pilot)
        assert app.screen.query(RubricPanel)


async def test_visit_review_with_the_shipped_rubric(make_app, sparring):  # type: ignore[no-untyped-def]
    app = make_app()  # the shipped rubrics/*.yaml
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        app.open_review(meeting_id=sparring.visit_id)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.rubric is not None
        assert screen.rubric.rubric == "besoeg"
        assert "Voksenlærling på lageret" in _text(app, "#rv-timeline-text")
        panel = screen.query_one(RubricPanel)
        assert panel.phase.id == "forberedelse"
        point = panel.point
        await pilot.press("j" if point.kind.value == "yes_no" else "3")
        screen.query_one("#rv-worked-0", Input).value = "Godt forberedt"
        screen.query_one("#rv-commitment", Input).value = "Send opsummering samme dag"
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert "delt · version 1" in _text(app, "#rv-status")
    assert screen.record is not None and screen.record.rubric_id == "besoeg"
    assert point.id in screen.record.answers


async def test_call_review_with_the_shipped_rubric_refuses_na_on_mandatory(make_app, sparring):  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        app.open_review(call_id=sparring.call_id)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.rubric is not None
        assert screen.rubric.rubric == "opkald"
        panel = screen.query_one(RubricPanel)
        assert panel.point.mandatory
        await pilot.press("minus")
        assert panel.point.id not in panel.answers
        await pilot.press("j", "ctrl+s")
        await settle(pilot)
        assert "udkast · version 1" in _text(app, "#rv-status")


async def test_the_palette_opens_the_queue(review_app, sparring):  # type: ignore[no-untyped-def]
    app = review_app
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"giv sparring")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewQueueScreen)
        assert f"call:{sparring.call_id}" in app.screen.rows


async def test_help_lists_the_review_keys_and_esc_asks_before_losing_changes(review_app, sparring):  # type: ignore[no-untyped-def]
    from canvass.ui.screens.help import HelpScreen

    app = review_app
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_review(pilot, app, sparring.call_id)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = dict((desc, keys) for keys, desc in app.screen.keys.screen)
        assert listed["fase"] == "tab" and listed["observation"] == "⏎"
        assert listed["gem"] == "^s" and listed["del"] == "^t"
        await pilot.press("escape")
        await pilot.press("j")  # a change, not saved
        await pilot.press("escape")
        assert app.screen is screen  # warned, still here
        await pilot.press("escape")
        assert app.screen is not screen


async def test_review_in_english(review_app, sparring):  # type: ignore[no-untyped-def]
    from canvass.i18n import set_language

    set_language("en")
    app = review_app
    async with app.run_test(size=(120, 34)) as pilot:
        await _open_review(pilot, app, sparring.call_id)
        assert "Review: MK" in _text(app, "#rv-head")
        assert "draft · not saved" in _text(app, "#rv-status")
        assert "goal:" in _text(app, "#rv-timeline-text")


async def test_a_saved_review_reopens_unchanged(review_app, sparring):  # type: ignore[no-untyped-def]
    app = review_app
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_review(pilot, app, sparring.call_id)
        await pilot.press("j")
        screen.query_one("#rv-try-next", Input).value = "Pause efter spørgsmålet"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("escape")  # saved: leaves at once
        await settle(pilot)
        assert app.screen is not screen
        again = await _open_review(pilot, app, sparring.call_id)
        assert again.record is not None and again.record.id == screen.record.id  # type: ignore[union-attr]
        assert not again.dirty and _text(app, "#rv-status").strip() == "udkast · version 1"
        assert again.query_one("#rv-try-next", Input).value == "Pause efter spørgsmålet"
        await pilot.press("j")  # the same answer again: nothing changed
        assert not again.dirty
        await pilot.press("n")
        assert again.dirty and "ændret" in _text(app, "#rv-status")
