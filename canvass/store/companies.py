"""Queries behind the company list: search, count and one page of rows.

Fast with 100,000 companies: the page is picked first (by the ``sort_name`` index),
then the next meeting is looked up for those rows only (the last call, its outcome and
the next callback are the derived call state, on the row).
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, literal_column, select
from sqlmodel import Session, SQLModel

from canvass.domain.folding import fold

# Importing models registers the tables in SQLModel.metadata.
from canvass.store import search_index
from canvass.store.models import MeetingStatus
from canvass.store.rows import CompanyRow

# Core tables: the page query is plain SQL, no ORM objects.
_COMPANY = SQLModel.metadata.tables["company"]
_MEETING = SQLModel.metadata.tables["meeting"]

_PHONE_PUNCTUATION = re.compile(r"[\s\-+().]")
#: A search of one- or two-letter terms matching at least this many companies walks the
#: name order checking each key, instead of sorting every match (see few_letters).
MANY_MATCHES = 1000


def search_terms(search: str) -> list[str]:
    """The folded terms a search must all contain (folded like ``company.search_key``).

    A search made of digits and phone punctuation ("+45 75 82 11 40", "2425 6790") is
    one term with the spaces removed, so it finds phones and CVR numbers as typed.
    """
    text = search.strip()
    if not text:
        return []
    compact = _PHONE_PUNCTUATION.sub("", text)
    if compact.isdigit():
        if len(compact) == 12 and compact.startswith("0045"):
            compact = compact[4:]
        elif len(compact) == 10 and compact.startswith("45"):
            compact = compact[2:]
        return [compact]
    return fold(text).split()


def search_filter(search: str) -> ColumnElement[bool] | None:
    """A WHERE clause for ``search``, or None to match every company: every term must
    occur in the folded ``search_key`` (answered by the trigram index, see
    :mod:`canvass.store.search_index`)."""
    terms = search_terms(search)
    if not terms:
        return None
    return search_index.search_filter(_COMPANY.c.search_key, _COMPANY.c.id, terms)


def scan_filter(search: str) -> ColumnElement[bool] | None:
    """The rows of :func:`search_filter`, checked row by row instead of looked up in the
    index (see :func:`canvass.store.search_index.scan_filter`); None for every company."""
    terms = search_terms(search)
    return search_index.scan_filter(_COMPANY.c.search_key, terms) if terms else None


def few_letters(search: str) -> bool:
    """True for a search whose every term is shorter than the search index can answer
    (one or two letters): it is checked against every company's key."""
    terms = search_terms(search)
    return bool(terms) and all(len(term) < search_index.MIN_INDEXED for term in terms)


def many_match(session: Session, search: str, at_least: int) -> bool:
    """True when at least ``at_least`` companies match ``search`` (reads no more than
    that many matches): a walk down an ordered index then finds a page quickly."""
    where = search_filter(search)
    if where is None:
        return True
    found = select(_COMPANY.c.id).where(where).limit(at_least).subquery()
    return int(session.execute(select(func.count()).select_from(found)).scalar_one()) >= at_least


def count_companies(session: Session, search: str = "") -> int:
    """How many companies match ``search`` (on SQLite, terms of three letters or more
    are counted in the search index alone, without reading the companies)."""
    terms = search_terms(search)
    if terms and session.get_bind().dialect.name == "sqlite" and not _short(terms):
        return int(session.execute(search_index.indexed_count(terms)).scalar_one())
    query = select(func.count()).select_from(_COMPANY)
    where = search_filter(search)
    if where is not None:
        query = query.where(where)
    return int(session.execute(query).scalar_one())


def _short(terms: list[str]) -> bool:
    return any(len(term) < search_index.MIN_INDEXED for term in terms)


def _page_query(search: str, offset: int, limit: int, walk: bool) -> Select[tuple[int]]:
    c = _COMPANY.c
    query = select(c.id).offset(max(offset, 0)).limit(max(limit, 0))
    where = search_filter(search)
    if where is None or walk:
        # Walk the (sort_name, id) index and stop after the page: a few ms at any offset
        # (with a search of a letter or two that matches many, checking each key).
        where = scan_filter(search)
        query = query if where is None else query.where(where)
        return query.order_by(c.sort_name, c.id)
    # With a search, scanning the table once and sorting the matches is far faster than
    # walking the index row by row when matches are rare; `|| ''` keeps SQLite off the index.
    return query.where(where).order_by(c.sort_name.op("||")(literal_column("''")), c.id)


def detail_columns(now: datetime) -> list[ColumnElement[object]]:
    """The columns of a :class:`CompanyRow`, in order, as correlated to ``company``.

    Meant for a page of rows only: the next meeting is looked up per row through its
    (company_id, ...) index; the last call, its outcome and the next callback are the
    derived call state (:mod:`canvass.store.call_state`), read with the row.
    """
    c = _COMPANY.c
    meeting = _MEETING.c
    next_meeting = (
        select(func.min(meeting.starts_at))
        .where(
            meeting.company_id == c.id,
            meeting.status == MeetingStatus.BOOKED.value,
            meeting.starts_at >= now,
        )
        .scalar_subquery()
    )
    return [
        c.id,
        c.name,
        c.cvr,
        c.phone,
        c.industry,
        c.employees,
        c.city,
        c.segment,
        c.key_account,
        c.ad_protected,
        c.do_not_call,
        c.last_call_at,
        c.last_outcome,
        c.next_callback_at,
        next_meeting,
    ]


def company_rows(
    session: Session, search: str, offset: int, limit: int, now: datetime
) -> list[CompanyRow]:
    """One page of companies matching ``search``, ordered by name (Danish order)."""
    c = _COMPANY.c
    walk = few_letters(search) and many_match(session, search, MANY_MATCHES)
    page = _page_query(search, offset, limit, walk).subquery("page")
    query = select(*detail_columns(now)).join(page, page.c.id == c.id).order_by(c.sort_name, c.id)
    return [CompanyRow(*row) for row in session.execute(query).all()]


def is_empty(session: Session) -> bool:
    """True when the database holds no companies."""
    return session.execute(select(_COMPANY.c.id).limit(1)).first() is None
