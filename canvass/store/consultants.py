"""The consultant's own details (name, phone, e-mail), changed from the app or the CLI."""

from __future__ import annotations

import sqlmodel
from sqlmodel import Session

from canvass.domain.consultant import Me
from canvass.store.models import Consultant
from canvass.store.rows import ConsultantInfo


def update_me(session: Session, consultant_id: int, me: Me) -> Consultant:
    """Store checked details (see :func:`canvass.domain.consultant.check_me`)."""
    found = session.get(Consultant, consultant_id)
    if found is None:
        raise LookupError(consultant_id)
    found.name, found.phone, found.email = me.name, me.phone, me.email
    session.add(found)
    session.flush()
    return found


def initials_key(initials: str) -> str:
    """The stored form of initials (upper case); ``ValueError`` unless 1–8 letters."""
    key = initials.strip().upper()
    if not key or len(key) > 8 or not key.isalpha():
        raise ValueError(f"Initialer skal være 1–8 bogstaver: {initials!r}")
    return key


def consultant_info(consultant: Consultant) -> ConsultantInfo:
    """The plain, frozen view of a consultant row."""
    assert consultant.id is not None  # flushed or loaded, so it has an id
    return ConsultantInfo(
        id=consultant.id,
        initials=consultant.initials,
        name=consultant.name,
        phone=consultant.phone,
        email=consultant.email,
        buddy_id=consultant.buddy_id,
        role=consultant.role,
    )


def find_consultant(session: Session, initials: str) -> ConsultantInfo | None:
    """The consultant with these initials (any case), or None."""
    query = sqlmodel.select(Consultant).where(Consultant.initials == initials_key(initials))
    found = session.exec(query).first()
    return consultant_info(found) if found else None


def ensure_consultant(session: Session, initials: str, name: str | None = None) -> ConsultantInfo:
    """The consultant with these initials, created if missing (name defaults to initials).

    An existing consultant keeps their name. Raises ``ValueError`` for bad initials.
    """
    key = initials_key(initials)
    found = session.exec(sqlmodel.select(Consultant).where(Consultant.initials == key)).first()
    if found is not None:
        return consultant_info(found)
    consultant = Consultant(initials=key, name=(name or "").strip() or key)
    session.add(consultant)
    session.flush()
    return consultant_info(consultant)


def all_consultants(session: Session) -> list[ConsultantInfo]:
    """Every consultant, ordered by initials."""
    query = sqlmodel.select(Consultant).order_by(sqlmodel.col(Consultant.initials))
    return [consultant_info(found) for found in session.exec(query)]
