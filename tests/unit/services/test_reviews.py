"""ReviewService on both backends: the queue, the timeline, saving versions with the one
commitment, the history, and the privacy rules held in the service."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlmodel

from canvass.domain.review import Answer, Pin, ReviewContent, phase_scores
from canvass.domain.sparring_access import AccessDenied
from canvass.services import Services
from canvass.store.sparring_models import ReviewVersion, SparringCommitment

from .review_fixtures import RUBRIC, T0, VISIT_RUBRIC, World, build_world


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services.store)


def _content(note: int | None = None, **changes: object) -> ReviewContent:
    base = {
        "answers": {
            "praesenterede": Answer("aabning", "yes_no", "yes"),
            "aabne-spoergsmaal": Answer(
                "analyse",
                "scale",
                3,
                observation="Lod kunden fortælle",
                pin=note and Pin(note=note),
            ),
            "accept": Answer("analyse", "yes_no", "no"),
        },
        "worked": ("Rolig åbning", ""),
        "try_next": "Spørg to gange",
        "commitment": "Spørg om behovet to gange før løsningen",
    }
    return ReviewContent(**(base | changes))  # type: ignore[arg-type]


# The queue ---------------------------------------------------------------------------------


def test_queue_is_the_buddys_at_the_time_unreviewed_first(services: Services, world: World):
    mk_queue = services.reviews.queue(world.mk)  # not AB's voicemail: nothing to review
    assert [(r.kind, r.id) for r in mk_queue] == [
        ("visit", world.visit),
        ("call", world.early_call),
    ]
    jh_queue = services.reviews.queue(world.jh)
    assert [(r.kind, r.id) for r in jh_queue] == [("call", world.late_call)]
    assert jh_queue[0].caller == "AB" and jh_queue[0].outcome == "not_interested"
    # A trainer sees everyone's; the caller's own calls are nobody's queue of theirs.
    assert {r.id for r in services.reviews.queue(world.sl) if r.kind == "call"} == {
        world.early_call,
        world.late_call,
    }
    assert services.reviews.queue(world.ab) == []
    # Opened but never saved: still waiting, still first.
    services.reviews.open_review(world.mk, RUBRIC, call_id=world.early_call)
    assert [r.status for r in services.reviews.queue(world.mk)] == [None, None]

    review = services.reviews.open_review(world.sl, RUBRIC, call_id=world.late_call)
    services.reviews.save(world.sl, review.id, _content(), rubric=RUBRIC)
    rows = services.reviews.queue(world.sl)
    assert rows[-1].id == world.late_call and rows[-1].status == "draft"  # reviewed: last
    assert all(r.status is None for r in rows[:-1])
    assert [r.at for r in rows[:-1]] == sorted((r.at for r in rows[:-1]), reverse=True)


def test_queue_filters(services: Services, world: World):
    queue = services.reviews.queue
    assert [r.id for r in queue(world.sl, outcome="meeting")] == [world.early_call]
    assert [r.id for r in queue(world.sl, script_id="kort")] == [world.late_call]
    found = queue(world.sl, since=T0 + timedelta(minutes=20), until=T0 + timedelta(hours=1))
    assert [(r.kind, r.id) for r in found] == [("visit", world.visit)]


# The timeline ------------------------------------------------------------------------------


def test_timeline_of_a_call(services: Services, world: World):
    line = services.reviews.timeline(world.mk, world.early_call)
    assert line.goal.text == "book besøg" and line.goal.tools == ("bala", "objections")
    assert [(p.phase, p.seconds) for p in line.phases] == [
        ("aabning", 40),
        ("analyse", 160),
        ("indvendinger", 100),
    ]
    assert line.bala == ("behov", "accept_behov") and line.stopped_before == "loesning"
    assert line.objections == (("ikke-tid", "afklar"),)
    assert [(n.offset_s, n.text if hasattr(n, "text") else n.detail) for n in line.notes] == [
        (130, "Accept kom før behovet [sic]")
    ]
    assert line.notes[0].author == "MK" and line.outcome == "meeting"
    assert any(m.kind == "event" and m.id == world.bala_event for m in line.moments)


def test_timeline_of_a_visit(services: Services, world: World):
    line = services.reviews.timeline(world.mk, meeting_id=world.visit)
    assert (line.kind, line.purpose, line.result_note) == (
        "visit",
        "Voksenlærling",
        "Aftalt opstart i januar",
    )
    assert line.goal.text == "afklare behov"
    with pytest.raises(ValueError, match="afholdte"):
        services.reviews.timeline(world.sl, meeting_id=world.booked_visit)


# Saving, versions, commitment, history -----------------------------------------------------


def test_full_review_saved_edited_and_shared(services: Services, world: World):
    reviews = services.reviews
    opened = reviews.open_review(world.mk, RUBRIC, call_id=world.early_call, at=T0)
    assert (opened.version, opened.status, opened.rubric_id) == (0, "draft", "test-opkald")
    assert reviews.open_review(world.mk, RUBRIC, call_id=world.early_call).id == opened.id

    first = reviews.save(
        world.mk, opened.id, _content(world.note), rubric=RUBRIC, at=T0 + timedelta(hours=3)
    )
    assert first.answers["aabne-spoergsmaal"].pin == Pin(note=world.note)
    assert (first.version, first.status, first.worked) == (1, "draft", ("Rolig åbning",))
    edited = _content(
        answers={**_content(world.note).answers, "accept": Answer("analyse", "yes_no", "yes")},
        commitment="Lyt til slut",
    )
    second = reviews.save(
        world.mk, opened.id, edited, share=True, rubric=RUBRIC, at=T0 + timedelta(hours=4)
    )
    assert (second.version, second.status, second.commitment) == (2, "shared", "Lyt til slut")
    assert second.shared_at is not None

    history = reviews.history(world.mk, opened.id)
    assert [(v.version, v.author) for v in history] == [(1, "MK"), (2, "MK")]
    assert history[1].saved_at > history[0].saved_at
    changed = {(c.what, c.checkpoint) for c in history[1].changes}
    assert changed == {("answer", "accept"), ("commitment", None), ("status", None)}
    assert history[0].content.commitment == "Spørg om behovet to gange før løsningen"

    with services.store.session() as s:
        kept = s.exec(sqlmodel.select(SparringCommitment)).all()
        assert [(c.text, c.status, c.consultant_id) for c in kept] == [
            ("Lyt til slut", "open", world.ab.id)
        ]
        stored = s.exec(sqlmodel.select(ReviewVersion).order_by(ReviewVersion.version)).all()
        assert len(stored) == 2 and '"status": "shared"' in stored[1].content_json

    assert phase_scores(RUBRIC, second.answers) == {"aabning": 1.0, "analyse": pytest.approx(5 / 6)}
    # Shared stays shared: the caller has seen it.
    assert reviews.save(world.mk, opened.id, edited, rubric=RUBRIC).status == "shared"


def test_bad_content_is_refused_and_nothing_saved(services: Services, world: World):
    reviews = services.reviews
    opened = reviews.open_review(world.mk, RUBRIC, call_id=world.early_call)
    with pytest.raises(ValueError, match="forpligtelse"):
        reviews.save(world.mk, opened.id, _content(commitment="  "), share=True, rubric=RUBRIC)
    with pytest.raises(ValueError, match="Virkede"):
        reviews.save(world.mk, opened.id, _content(worked=()), share=True, rubric=RUBRIC)
    with pytest.raises(ValueError, match="Højst 3"):
        reviews.save(world.mk, opened.id, _content(worked=("a", "b", "c", "d")), rubric=RUBRIC)
    mandatory_na = {"praesenterede": Answer("aabning", "yes_no", None, na=True)}
    with pytest.raises(ValueError, match="ikke relevant"):
        reviews.save(world.mk, opened.id, _content(answers=mandatory_na), rubric=RUBRIC)
    with pytest.raises(ValueError, match="passer ikke"):
        bad = {"formaal": Answer("aabning", "scale", 7)}
        reviews.save(world.mk, opened.id, _content(answers=bad), rubric=RUBRIC)
    elsewhere = {"accept": Answer("analyse", "yes_no", "no", pin=Pin(event=world.bala_event + 999))}
    with pytest.raises(ValueError, match="øjeblik"):
        reviews.save(world.mk, opened.id, _content(answers=elsewhere), rubric=RUBRIC)
    with pytest.raises(ValueError, match="ikke til et besøg"):
        reviews.open_review(world.mk, RUBRIC, meeting_id=world.visit)
    assert reviews.get(world.mk, opened.id).version == 0
    # A draft may have no commitment yet; it is kept only once written.
    saved = reviews.save(world.mk, opened.id, _content(commitment=""), rubric=RUBRIC)
    assert saved.version == 1 and saved.commitment == ""


# Privacy -----------------------------------------------------------------------------------


def test_only_the_buddy_at_the_time_or_a_trainer_reviews(services: Services, world: World):
    reviews = services.reviews
    with pytest.raises(AccessDenied, match="makkeren"):
        reviews.open_review(world.jh, RUBRIC, call_id=world.early_call)  # not AB's buddy then
    with pytest.raises(AccessDenied):
        reviews.open_review(world.mk, RUBRIC, call_id=world.late_call)  # no longer AB's buddy
    with pytest.raises(AccessDenied):
        reviews.open_review(world.ab, RUBRIC, call_id=world.early_call)  # one's own call
    with pytest.raises(AccessDenied, match="Teamledere"):
        reviews.open_review(world.tl, RUBRIC, call_id=world.early_call)
    with pytest.raises(AccessDenied):
        reviews.timeline(world.jh, world.early_call)
    # MK was AB's buddy at the time of the call; the pair has changed since.
    assert reviews.open_review(world.mk, VISIT_RUBRIC, meeting_id=world.visit).version == 0
    assert reviews.open_review(world.sl, RUBRIC, call_id=world.early_call).version == 0


def test_reading_a_review(services: Services, world: World):
    reviews = services.reviews
    opened = reviews.open_review(world.mk, RUBRIC, call_id=world.early_call)
    reviews.save(world.mk, opened.id, _content(), rubric=RUBRIC)
    with pytest.raises(AccessDenied, match="udkast"):
        reviews.get(world.ab, opened.id)  # a draft is the author's
    reviews.save(world.mk, opened.id, _content(), share=True, rubric=RUBRIC)
    assert reviews.get(world.ab, opened.id).status == "shared"
    assert len(reviews.history(world.ab, opened.id)) == 2
    assert reviews.get(world.sl, opened.id).id == opened.id
    assert reviews.timeline(world.ab, world.early_call).id == world.early_call
    for outsider in (world.jh, world.tl):
        with pytest.raises(AccessDenied):
            reviews.get(outsider, opened.id)
        with pytest.raises(AccessDenied):
            reviews.history(outsider, opened.id)
    with pytest.raises(AccessDenied):  # the caller reads but never edits
        reviews.save(world.ab, opened.id, _content(commitment="Jeg vil selv"), rubric=RUBRIC)
    with pytest.raises(AccessDenied):
        reviews.save(world.jh, opened.id, _content(), rubric=RUBRIC)
    # A trainer may edit a buddy's review; the history names who saved what.
    reviews.save(world.sl, opened.id, _content(try_next="Pause efter spørgsmålet"), rubric=RUBRIC)
    assert [v.author for v in reviews.history(world.mk, opened.id)] == ["MK", "MK", "SL"]
    # MK, still looking at version 2, cannot overwrite SL's version 3 unseen.
    with pytest.raises(ValueError, match="i mellemtiden"):
        reviews.save(world.mk, opened.id, _content(), rubric=RUBRIC, expected_version=2)
    assert reviews.save(world.mk, opened.id, _content(), expected_version=3).version == 4


def test_team_lead_gets_counts_only(services: Services, world: World):
    reviews = services.reviews
    opened = reviews.open_review(world.mk, RUBRIC, call_id=world.early_call)
    reviews.save(world.mk, opened.id, _content(), share=True, rubric=RUBRIC)
    visit = reviews.open_review(world.mk, VISIT_RUBRIC, meeting_id=world.visit)
    visit_answers = {"havde-maal": Answer("forberedelse", "yes_no", "yes")}
    reviews.save(world.mk, visit.id, _content(answers=visit_answers), rubric=VISIT_RUBRIC)
    reviews.open_review(world.sl, RUBRIC, call_id=world.late_call)  # opened, never saved
    counts = reviews.counts(world.tl)
    assert [(c.first, c.second, c.shared, c.drafts) for c in counts] == [("AB", "MK", 1, 1)]
    assert reviews.counts(world.sl) == counts
    with pytest.raises(AccessDenied):
        reviews.counts(world.mk)
    with pytest.raises(AccessDenied):
        reviews.queue(world.tl)
    with pytest.raises(AccessDenied):
        reviews.timeline(world.tl, world.early_call)
