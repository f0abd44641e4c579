"""Who may see and do what in sparring — the rules the services enforce (never only the
screens).

- A call (or visit) may be reviewed by the caller's buddy *at the time of the call*, or by
  a trainer. Nobody reviews their own call.
- A review is visible to the caller, its author and trainers.
- Team leads see aggregated numbers only, never a review's content.
- A caller may be observed live by their current buddy or a trainer.

Plain Python: the services pass in who acts and the facts from the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from canvass.domain.sparring import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting: their consultant id and role."""

    id: int
    role: Role


class AccessDenied(PermissionError):
    """Refused by the sparring rules; the message says why, in the UI language."""


def may_review(actor: Actor, caller_id: int, buddy_at_call: int | None) -> bool:
    """``buddy_at_call``: the caller's buddy when the call started (None: no buddy)."""
    if actor.id == caller_id:
        return False
    return actor.role is Role.TRAINER or actor.id == buddy_at_call


def may_see_review(actor: Actor, caller_id: int, author_id: int) -> bool:
    """The caller, the review's author and trainers see a review; team leads do not."""
    return actor.id in (caller_id, author_id) or actor.role is Role.TRAINER


def may_observe(actor: Actor, caller_id: int, current_buddy: int | None) -> bool:
    """The caller's current buddy or a trainer may follow the caller's calls live."""
    if actor.id == caller_id:
        return False
    return actor.role is Role.TRAINER or actor.id == current_buddy
