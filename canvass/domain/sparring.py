"""Buddy-pair sparring (*makkerpar*): roles, the tools a caller plans to use, review states.

The supervision model of the seeds (module 2 "Makkerpar til sparring", module 4 "Træning og
supervision"): before the contact the consultant says what the goal is, which tools they
will use and what those should achieve; the buddy observes and takes notes; feedback
follows, binding, ending in one commitment. Plain Python: no Textual, no database.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a person does in the department; trainers and team leads see more (or less)."""

    CONSULTANT = "consultant"
    TRAINER = "trainer"
    TEAMLEAD = "teamlead"


class Tool(StrEnum):
    """A tool a caller can plan to use (the goal before the call). A named offer is stored
    as ``offer:<offer id>`` beside these (see :func:`offer_tool`)."""

    OPENING = "opening"  # the script's opening
    ANALYSIS = "analysis"  # the analysis questions
    BALA = "bala"
    OBJECTIONS = "objections"  # the objection bank
    TWO_TIMES = "two_times"  # a closing with two times


OFFER_PREFIX = "offer:"


def offer_tool(offer_id: str) -> str:
    """The stored key of a named offer as a planned tool."""
    return f"{OFFER_PREFIX}{offer_id}"


class ReviewStatus(StrEnum):
    """A review is a draft until its author shares it with the caller."""

    DRAFT = "draft"
    SHARED = "shared"


class CommitmentStatus(StrEnum):
    """The caller's one commitment from a review: open until kept or dropped."""

    OPEN = "open"
    KEPT = "kept"
    DROPPED = "dropped"
