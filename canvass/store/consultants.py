"""The consultant's own details (name, phone, e-mail), changed from the app or the CLI."""

from __future__ import annotations

from sqlmodel import Session

from canvass.domain.consultant import Me
from canvass.store.models import Consultant


def update_me(session: Session, consultant_id: int, me: Me) -> Consultant:
    """Store checked details (see :func:`canvass.domain.consultant.check_me`)."""
    found = session.get(Consultant, consultant_id)
    if found is None:
        raise LookupError(consultant_id)
    found.name, found.phone, found.email = me.name, me.phone, me.email
    session.add(found)
    session.flush()
    return found
