"""Managing call lists: create one from a search or a segment, add and remove companies,
rename and delete lists. Each function is one transaction in the caller's session.

Names are trimmed and their inner spaces collapsed; an empty name, one over 120
characters, or one another list has already (ignoring case) raises :class:`ListNameError`
with a translated message the dialog shows beside the field. Deleting a list removes
its memberships only: the companies stay. Plain Python: no Textual.
"""

from __future__ import annotations

from sqlalchemy import Select, delete, func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from canvass.store.call_lists import CallListInfo
from canvass.store.companies import search_filter
from canvass.store.list_values import (
    NAME_MAX as NAME_MAX,
)
from canvass.store.list_values import (
    CreatedList as CreatedList,
)
from canvass.store.list_values import (
    ListMissingError as ListMissingError,
)
from canvass.store.list_values import (
    ListNameError as ListNameError,
)
from canvass.store.list_values import (
    SegmentInfo as SegmentInfo,
)
from canvass.store.models import CallList

_T = SQLModel.metadata.tables
_COMPANY, _LIST, _MEMBER = _T["company"], _T["call_list"], _T["call_list_member"]


def clean_name(session: Session, name: str, *, except_id: int | None = None) -> str:
    """The tidied name, or :class:`ListNameError` when it is empty, too long or taken."""
    clean = " ".join(name.split())
    if not clean:
        raise ListNameError("empty", clean)
    if len(clean) > NAME_MAX:
        raise ListNameError("too_long", clean)
    query = select(_LIST.c.id).where(func.lower(_LIST.c.name) == clean.lower())
    if except_id is not None:
        query = query.where(_LIST.c.id != except_id)
    if session.execute(query.limit(1)).first() is not None:
        raise ListNameError("taken", clean)
    return clean


def _new_list(session: Session, name: str, script_id: str | None) -> tuple[int, str]:
    clean = clean_name(session, name)
    created = CallList(name=clean, script_id=script_id)
    session.add(created)
    try:
        session.flush()
    except IntegrityError as exc:  # another canvass took the name just now
        raise ListNameError("taken", clean) from exc
    assert created.id is not None
    return created.id, clean


def _fill(session: Session, list_id: int, companies: Select[tuple[int]]) -> int:
    """Put the companies ``companies`` selects on the list; how many."""
    rows = companies.with_only_columns(literal(list_id), _COMPANY.c.id)
    statement = insert(_MEMBER).from_select(["list_id", "company_id"], rows)
    # RETURNING, not rowcount: psycopg reports -1 for INSERT … SELECT through SQLAlchemy.
    return len(session.execute(statement.returning(_MEMBER.c.company_id)).all())


def create_list_from_search(
    session: Session,
    name: str,
    search: str,
    *,
    within: int | None = None,
    script_id: str | None = None,
) -> CreatedList:
    """A new list with every company the search finds (in list ``within``, if given)."""
    list_id, clean = _new_list(session, name, script_id)
    query = select(_COMPANY.c.id)
    where = search_filter(search)
    if where is not None:
        query = query.where(where)
    if within is not None:
        query = query.where(
            _COMPANY.c.id.in_(select(_MEMBER.c.company_id).where(_MEMBER.c.list_id == within))
        )
    return CreatedList(list_id, clean, _fill(session, list_id, query))


def create_list_from_segment(
    session: Session, name: str, segment: str, *, script_id: str | None = None
) -> CreatedList:
    """A new list with every company in ``segment`` (ignoring case and outer spaces)."""
    list_id, clean = _new_list(session, name, script_id)
    wanted = func.lower(func.trim(_COMPANY.c.segment)) == segment.strip().lower()
    query = select(_COMPANY.c.id).where(wanted)
    return CreatedList(list_id, clean, _fill(session, list_id, query))


def segments(session: Session) -> list[SegmentInfo]:
    """The segments the companies have, with their number of companies, by name."""
    name = func.trim(_COMPANY.c.segment)
    query = (
        select(func.min(name), func.count())
        .where(_COMPANY.c.segment.is_not(None), name != "")
        .group_by(func.lower(name))
        .order_by(func.lower(name))
    )
    return [SegmentInfo(str(row[0]), int(row[1])) for row in session.execute(query)]


def call_list(session: Session, list_id: int) -> CallListInfo | None:
    """One list with its member count, or None when there is no such list."""
    members = select(func.count()).select_from(_MEMBER).where(_MEMBER.c.list_id == list_id)
    query = select(_LIST.c.id, _LIST.c.name, _LIST.c.script_id, members.scalar_subquery())
    row = session.execute(query.where(_LIST.c.id == list_id)).first()
    return None if row is None else CallListInfo(*row)


def _require(session: Session, list_id: int) -> None:
    if session.execute(select(_LIST.c.id).where(_LIST.c.id == list_id)).first() is None:
        raise ListMissingError(list_id)


def add_to_list(session: Session, list_id: int, company_id: int) -> bool:
    """Put the company on the list; False when it was on it already."""
    _require(session, list_id)
    present = select(_MEMBER.c.list_id).where(
        _MEMBER.c.list_id == list_id, _MEMBER.c.company_id == company_id
    )
    if session.execute(present).first() is not None:
        return False
    session.execute(insert(_MEMBER).values(list_id=list_id, company_id=company_id))
    return True


def remove_from_list(session: Session, list_id: int, company_id: int) -> bool:
    """Take the company off the list; False when it was not on it."""
    statement = delete(_MEMBER).where(
        _MEMBER.c.list_id == list_id, _MEMBER.c.company_id == company_id
    )
    return bool(session.execute(statement).rowcount)  # type: ignore[attr-defined]


def rename_list(session: Session, list_id: int, name: str) -> str:
    """Give the list another name; returns the name as stored."""
    _require(session, list_id)
    clean = clean_name(session, name, except_id=list_id)
    try:
        session.execute(update(_LIST).where(_LIST.c.id == list_id).values(name=clean))
    except IntegrityError as exc:
        raise ListNameError("taken", clean) from exc
    return clean


def delete_list(session: Session, list_id: int) -> int:
    """Delete the list (its companies stay); how many memberships went with it."""
    _require(session, list_id)
    removed = session.execute(delete(_MEMBER).where(_MEMBER.c.list_id == list_id)).rowcount  # type: ignore[attr-defined]
    session.execute(delete(_LIST).where(_LIST.c.id == list_id))
    return int(removed or 0)
