"""FeedbackService on both backends: the caller's inbox, acknowledging, the thread,
commitments, the scores per phase over time, and who is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from canvass.domain.sparring import CommitmentStatus, Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.services import Services
from canvass.store.sparring_models import Review
from tests.feedback_data import RUBRICS, FeedbackData, add_feedback

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def data(services: Services) -> FeedbackData:
    return services.store.write(add_feedback)


def _actor(data: FeedbackData, who: str) -> Actor:
    ids = {"caller": data.caller, "author": data.author, "trainer": data.trainer,
           "teamlead": data.teamlead, "other": data.other}  # fmt: skip
    roles = {"trainer": Role.TRAINER, "teamlead": Role.TEAMLEAD}
    return Actor(ids[who], roles.get(who, Role.CONSULTANT))


def _new_version(services: Services, review_id: int) -> None:
    """The author saves the review again (what the reviewer's side does on a save)."""

    def work(session: object) -> None:
        review = session.get(Review, review_id)  # type: ignore[attr-defined]
        review.version += 1
        session.add(review)  # type: ignore[attr-defined]

    services.store.write(work)


def test_inbox_lists_shared_reviews_latest_first_all_new(
    services: Services, data: FeedbackData
) -> None:
    inbox = services.feedback.inbox(_actor(data, "caller"))
    assert [row.review_id for row in inbox] == [data.review_c, data.review_b, data.review_a]
    assert all(row.new for row in inbox)
    first = inbox[-1]
    assert (first.author_initials, first.subject.kind, first.subject.outcome) == (
        "MK",
        "call",
        "meeting",
    )
    assert first.subject.company_name == "Hansen & Søn ApS"
    assert services.feedback.unread_count(data.caller) == 3
    assert services.feedback.unread_count(data.other) == 1
    assert services.feedback.inbox(_actor(data, "author")) == []  # MK was never reviewed


def test_acknowledge_clears_the_flag_and_a_newer_version_raises_it_again(
    services: Services, data: FeedbackData
) -> None:
    caller = _actor(data, "caller")
    assert services.feedback.acknowledge(caller, data.review_a, now=NOW) == 1
    flags = {row.review_id: row.new for row in services.feedback.inbox(caller)}
    assert flags == {data.review_a: False, data.review_b: True, data.review_c: True}
    assert services.feedback.unread_count(data.caller) == 2
    seen = services.feedback.read(caller, data.review_a)
    assert (seen.acknowledged_at, seen.acknowledged_version, seen.new) == (NOW, 1, False)

    _new_version(services, data.review_a)
    assert services.feedback.unread_count(data.caller) == 3
    assert services.feedback.read(caller, data.review_a).new
    assert services.feedback.acknowledge(caller, data.review_a, now=NOW) == 2
    assert services.feedback.unread_count(data.caller) == 2


def test_acknowledge_with_a_comment_adds_it_to_the_thread(
    services: Services, data: FeedbackData
) -> None:
    caller = _actor(data, "caller")
    services.feedback.acknowledge(caller, data.review_b, "  Tak, jeg prøver det  ", now=NOW)
    thread = services.feedback.read(caller, data.review_b).comments
    assert [(c.author_initials, c.at, c.text) for c in thread] == [
        ("AB", NOW, "Tak, jeg prøver det")
    ]
    services.feedback.acknowledge(caller, data.review_c, "   ", now=NOW)  # blank: no comment
    assert services.feedback.read(caller, data.review_c).comments == ()


def test_thread_between_caller_and_author(services: Services, data: FeedbackData) -> None:
    caller, author = _actor(data, "caller"), _actor(data, "author")
    later = NOW.replace(hour=10)
    services.feedback.comment(caller, data.review_a, "Jeg tænkte, de ville lægge på", now=NOW)
    services.feedback.comment(author, data.review_a, "Godt set — spørg så åbent", now=later)
    thread = services.feedback.read(author, data.review_a).comments
    assert [(c.author_initials, c.text) for c in thread] == [
        ("MK", "Hvad tænkte du, da kunden sagde »ikke tid«?"),  # from the data set
        ("AB", "Jeg tænkte, de ville lægge på"),
        ("MK", "Godt set — spørg så åbent"),
    ]
    with pytest.raises(ValueError, match="tom"):
        services.feedback.comment(caller, data.review_a, "  ")
    with pytest.raises(ValueError, match="1001 tegn"):
        services.feedback.comment(caller, data.review_a, "x" * 1001)
    with pytest.raises(AccessDenied):  # a trainer reads, but the thread is the pair's
        services.feedback.comment(_actor(data, "trainer"), data.review_a, "Hej")


def test_read_groups_answers_by_phase_with_the_rubric(
    services: Services, data: FeedbackData
) -> None:
    review = services.feedback.read(_actor(data, "caller"), data.review_a, RUBRICS)
    assert [p.title for p in review.phases] == ["Åbning — skab kontakt", "Analyse — find behovet"]
    opening, analysis = review.phases
    assert [a.text for a in opening.answers] == [
        "Præsenterede sig og formålet",
        "Roligt tempo og god stemme",
    ]
    assert opening.answers[0].observation == "Klar [intro] med navn"
    assert (opening.answers[1].value, opening.answers[1].level) == (3, "Roligt")
    assert opening.score is not None and opening.score.score == pytest.approx(7 / 9)
    assert [a.na for a in analysis.answers] == [True, False]
    assert review.worked == ("God åbning", "Lyttede")
    assert review.try_next == "Spørg om behovet to gange"
    assert review.commitment == "Spørg om behovet to gange før løsningen"
    assert (review.author_initials, review.subject.goal) == ("MK", "Book besøg")
    # Without the rubric: ids stand in for the texts, every weight is 1.
    bare = services.feedback.read(_actor(data, "caller"), data.review_a)
    assert [a.text for a in bare.phases[0].answers] == ["praesenterede", "tempo"]
    assert bare.phases[0].title == "Åbning"
    assert bare.phases[0].score is not None
    assert bare.phases[0].score.score == pytest.approx((1 + 2 / 3) / 2)


def test_commitments_settle_and_reopen(services: Services, data: FeedbackData) -> None:
    caller = _actor(data, "caller")
    rows = services.feedback.commitments(caller)
    assert [r.review_id for r in rows] == [data.review_c, data.review_b, data.review_a]
    assert {r.status for r in rows} == {"open"}
    services.feedback.settle(caller, data.commitment_a, CommitmentStatus.KEPT, now=NOW)
    services.feedback.settle(caller, data.commitment_b, "dropped", now=NOW)
    by_id = {r.id: r for r in services.feedback.commitments(caller)}
    assert (by_id[data.commitment_a].status, by_id[data.commitment_a].settled_at) == ("kept", NOW)
    assert by_id[data.commitment_b].status == "dropped"
    services.feedback.reopen(caller, data.commitment_a)
    reopened = {r.id: r for r in services.feedback.commitments(caller)}[data.commitment_a]
    assert (reopened.status, reopened.settled_at) == ("open", None)
    with pytest.raises(ValueError):
        services.feedback.settle(caller, data.commitment_a, "open")
    with pytest.raises(AccessDenied):  # only the caller settles their commitment
        services.feedback.settle(_actor(data, "author"), data.commitment_a, "kept")
    with pytest.raises(AccessDenied):
        services.feedback.settle(_actor(data, "trainer"), data.commitment_a, "kept")
    assert services.feedback.commitments(_actor(data, "author")) == []


def test_phase_trend_hand_computed(services: Services, data: FeedbackData) -> None:
    trends = services.feedback.phase_trend(_actor(data, "caller"), data.caller, RUBRICS)
    assert [t.phase_id for t in trends] == ["aabning", "analyse"]
    opening, analysis = trends
    # By call time: A (1 Nov), C (3 Nov), B (5 Nov); the draft and SL's review are left out.
    assert [p.review_id for p in opening.points] == [data.review_a, data.review_c, data.review_b]
    assert [p.score for p in opening.points] == pytest.approx([7 / 9, 1.0, 2 / 3])
    assert [p.answered for p in opening.points] == [2, 1, 2]
    assert opening.count == 3
    assert [p.review_id for p in analysis.points] == [data.review_a, data.review_b]
    assert [p.score for p in analysis.points] == pytest.approx([0.0, 1 / 3])
    assert [p.answered for p in analysis.points] == [1, 1]
    assert analysis.latest == pytest.approx(1 / 3)
    # A trainer sees the same numbers.
    trainer = services.feedback.phase_trend(_actor(data, "trainer"), data.caller, RUBRICS)
    assert trainer == trends


@pytest.mark.parametrize("who", ["other", "teamlead"])
def test_others_and_team_leads_are_refused_a_reviews_content(
    services: Services, data: FeedbackData, who: str
) -> None:
    actor = _actor(data, who)
    with pytest.raises(AccessDenied, match="Kun den, der ringede"):
        services.feedback.read(actor, data.review_a)
    with pytest.raises(AccessDenied):
        services.feedback.acknowledge(actor, data.review_a)
    with pytest.raises(AccessDenied):
        services.feedback.comment(actor, data.review_a, "Hej")
    with pytest.raises(AccessDenied):
        services.feedback.phase_trend(actor, data.caller)
    with pytest.raises(AccessDenied, match="Kun trænere"):
        services.feedback.inbox(actor, data.caller)
    with pytest.raises(AccessDenied):
        services.feedback.commitments(actor, data.caller)


def test_a_trainer_and_the_author_may_read_the_caller_only_once_shared(
    services: Services, data: FeedbackData
) -> None:
    trainer = services.feedback.read(_actor(data, "trainer"), data.review_a)
    assert trainer.commitment == "Spørg om behovet to gange før løsningen"
    as_trainer = services.feedback.inbox(_actor(data, "trainer"), data.caller)
    assert as_trainer == services.feedback.inbox(_actor(data, "caller"))
    commitments = services.feedback.commitments(_actor(data, "trainer"), data.caller)
    assert len(commitments) == 3
    assert services.feedback.read(_actor(data, "author"), data.draft).status == "draft"
    with pytest.raises(AccessDenied, match="ikke delt"):
        services.feedback.read(_actor(data, "caller"), data.draft)
    with pytest.raises(AccessDenied):  # the author cannot acknowledge for the caller
        services.feedback.acknowledge(_actor(data, "author"), data.review_a)
    with pytest.raises(LookupError):
        services.feedback.read(_actor(data, "caller"), 99999)


def test_read_takes_the_rubric_version_the_review_was_made_with(
    services: Services, data: FeedbackData
) -> None:
    [rubric] = RUBRICS.values()
    newer = rubric.model_copy(update={"version": rubric.version + 1, "title": "Ny udgave"})
    asked: list[tuple[str, int]] = []

    def rubric_at(rubric_id: str, version: int):  # type: ignore[no-untyped-def]
        asked.append((rubric_id, version))
        return rubric if version == rubric.version else None

    caller = _actor(data, "caller")
    review = services.feedback.read(
        caller, data.review_a, {rubric.rubric: newer}, rubric_at=rubric_at
    )
    assert asked == [(rubric.rubric, rubric.version)]
    assert review.rubric_title == rubric.title != "Ny udgave"
    # Its version gone: the rubric loaded now stands in.
    gone = services.feedback.read(
        caller, data.review_a, {rubric.rubric: newer}, rubric_at=lambda rid, v: None
    )
    assert gone.rubric_title == "Ny udgave"


def test_phase_trend_weights_each_review_by_its_own_rubric_version(
    services: Services, data: FeedbackData
) -> None:
    [rubric] = RUBRICS.values()
    opening = rubric.phases[0]
    even = tuple(point.model_copy(update={"weight": 1}) for point in opening.checkpoints)
    assert even != opening.checkpoints  # the weights differ, so the scores would
    newer = rubric.model_copy(
        update={
            "version": rubric.version + 1,
            "phases": (opening.model_copy(update={"checkpoints": even}), *rubric.phases[1:]),
        }
    )
    caller = _actor(data, "caller")
    own = services.feedback.phase_trend(caller, data.caller, RUBRICS)
    asked: list[tuple[str, int]] = []

    def rubric_at(rubric_id: str, version: int):  # type: ignore[no-untyped-def]
        asked.append((rubric_id, version))
        return rubric if version == rubric.version else None

    kept = services.feedback.phase_trend(
        caller, data.caller, {rubric.rubric: newer}, rubric_at=rubric_at
    )
    assert kept == own and asked == [(rubric.rubric, rubric.version)] * 3
    # Without the versions, the newer weights would change the old scores.
    assert services.feedback.phase_trend(caller, data.caller, {rubric.rubric: newer}) != own
