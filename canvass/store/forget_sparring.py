"""``canvass forget`` on sparring: the goals, observer notes, reviews (every version),
comment threads and commitments that belong to an erased person's company.

A call *with* the person (``emptied``) loses the free text of its sparring too: its goal,
the observer's notes, its reviews' observations, what worked, what to try, every saved
version, the thread and the commitment's words. Every other call and visit of the company
keeps its words with each mention of the person erased. Counts and scores stay.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import sqlmodel
from sqlmodel import Session, col

from canvass.store.models import Call, Meeting
from canvass.store.scrub import Mentions
from canvass.store.sparring_models import (
    ObserverNote,
    Review,
    ReviewComment,
    ReviewVersion,
    SparringCommitment,
)

#: The free-text columns of sparring rows scanned for a person's whole name elsewhere.
SPARRING_TEXTS: tuple[tuple[str, str], ...] = (
    ("call", "goal"),
    ("call", "goal_effect"),
    ("meeting", "goal"),
    ("meeting", "goal_effect"),
    ("observer_note", "text"),
    ("review", "answers_json"),
    ("review", "worked_json"),
    ("review", "try_next"),
    ("review_version", "content_json"),
    ("review_comment", "text"),
    ("sparring_commitment", "text"),
)

Setter = Callable[[object, str, Any], None]


def _in(session: Session, model: Any, column: Any, ids: list[int]) -> list[Any]:
    if not ids:
        return []
    return list(session.exec(sqlmodel.select(model).where(col(column).in_(ids))))


def _answers(mentions: Mentions, text: str, blank: bool) -> str:
    """A review's answers with each observation scrubbed (or emptied); scores stay."""
    try:
        data = json.loads(text)
    except ValueError:
        return "{}" if blank else mentions.scrub(text)
    if not isinstance(data, dict):
        return "{}"
    for answer in data.values():
        if isinstance(answer, dict) and isinstance(answer.get("observation"), str):
            answer["observation"] = "" if blank else mentions.scrub(answer["observation"])
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _texts(mentions: Mentions, text: str, blank: bool) -> str:
    try:
        items = json.loads(text)
    except ValueError:
        items = [text]
    if not isinstance(items, list):
        items = [str(items)]
    kept = [] if blank else [mentions.scrub(str(i)) for i in items]
    return json.dumps(kept, ensure_ascii=False)


def _content(mentions: Mentions, text: str, blank: bool) -> str:
    """A saved review version: the same scrubbing as the review it was."""
    try:
        data = json.loads(text)
    except ValueError:
        return "{}" if blank else mentions.scrub(text)
    if not isinstance(data, dict):
        return "{}"
    if isinstance(data.get("answers"), dict):
        data["answers"] = json.loads(_answers(mentions, json.dumps(data["answers"]), blank))
    if isinstance(data.get("worked"), list):
        data["worked"] = json.loads(_texts(mentions, json.dumps(data["worked"]), blank))
    for key in ("try_next", "commitment"):
        if isinstance(data.get(key), str):
            data[key] = "" if blank else mentions.scrub(data[key])
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def erase_sparring(
    session: Session,
    calls: list[Call],
    meetings: list[Meeting],
    mentions: Mentions,
    emptied: set[int],
    setter: Setter,
    *,
    everything: bool,
) -> None:
    """Scrub (or, for the ``emptied`` calls, empty) the sparring text of the company's
    calls and visits; ``setter(row, field, value)`` counts each change."""
    for call in calls:
        blank = call.id in emptied
        setter(call, "goal", None if blank or not call.goal else mentions.scrub(call.goal))
        setter(call, "goal_effect", "" if blank else mentions.scrub(call.goal_effect))
        session.add(call)
    blank_meetings: set[int] = set()
    for meeting in meetings:
        blank = everything or meeting.call_id in emptied
        if blank and meeting.id is not None:
            blank_meetings.add(meeting.id)
        goal = meeting.goal
        setter(meeting, "goal", None if blank or not goal else mentions.scrub(goal))
        setter(meeting, "goal_effect", "" if blank else mentions.scrub(meeting.goal_effect))
        session.add(meeting)
    call_ids = [c.id for c in calls if c.id is not None]
    for note in _in(session, ObserverNote, ObserverNote.call_id, call_ids):
        setter(note, "text", "" if note.call_id in emptied else mentions.scrub(note.text))
        session.add(note)
    reviews = _in(session, Review, Review.call_id, call_ids) + _in(
        session, Review, Review.meeting_id, [m.id for m in meetings if m.id is not None]
    )
    blank_reviews = {
        r.id for r in reviews if r.call_id in emptied or r.meeting_id in blank_meetings
    }
    for review in reviews:
        blank = review.id in blank_reviews
        setter(review, "answers_json", _answers(mentions, review.answers_json, blank))
        setter(review, "worked_json", _texts(mentions, review.worked_json, blank))
        setter(review, "try_next", "" if blank else mentions.scrub(review.try_next))
        session.add(review)
    review_ids = [r.id for r in reviews if r.id is not None]
    for version in _in(session, ReviewVersion, ReviewVersion.review_id, review_ids):
        blank = version.review_id in blank_reviews
        setter(version, "content_json", _content(mentions, version.content_json, blank))
        session.add(version)
    for comment in _in(session, ReviewComment, ReviewComment.review_id, review_ids):
        blank = comment.review_id in blank_reviews
        setter(comment, "text", "" if blank else mentions.scrub(comment.text))
        session.add(comment)
    for commitment in _in(session, SparringCommitment, SparringCommitment.review_id, review_ids):
        blank = commitment.review_id in blank_reviews
        setter(commitment, "text", "" if blank else mentions.scrub(commitment.text))
        session.add(commitment)
