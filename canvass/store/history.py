"""The history of calls: one company's calls in full, and a search across every company.

Functions take an open :class:`Session`; the services (:mod:`canvass.services`) call them.
Results are frozen dataclasses, never ORM objects. Plain Python: no Textual.

The search folds case with Python's ``str.casefold`` on both sides (SQLite's ``lower()``
leaves æ, ø and å alone), through a function registered on the SQLite connection. On
PostgreSQL ``lower()`` follows the database's LC_CTYPE (a database made with the "C"
locale leaves Æ, Ø and Å alone too), so the capitals of Latin-1 and Latin Extended-A are
first mapped with ``translate()``, which every locale does the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlmodel
from sqlalchemy import func, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from canvass.domain.call_session import EventKind
from canvass.domain.outcomes import Outcome
from canvass.i18n import CATALOGUE
from canvass.store.models import (
    Call,
    CallEvent,
    CallOutcome,
    CallRevision,
    Company,
    Consultant,
)

_FOLD = "canvass_fold"


@dataclass(frozen=True)
class HistoryCall:
    """One finished call with everything the history shows about it."""

    call_id: int
    company_id: int
    company_name: str
    consultant_id: int
    consultant: str  # initials
    started_at: datetime
    outcome: str | None
    comment: str
    notes: str
    objection_ids: tuple[str, ...]
    revisions: int  # how many times it was corrected


@dataclass(frozen=True)
class Revision:
    """One correction of a call: who, when, and the values before and after."""

    changed_at: datetime
    consultant: str  # initials
    before: dict[str, Any]
    after: dict[str, Any]


#: Capitals outside ASCII with a one-letter lower case (Æ, Ø, Å, Ä, Ö, É, ...), and those.
_UPPER = "".join(
    chr(code)
    for code in range(0xC0, 0x250)
    if chr(code).lower() != chr(code) and len(chr(code).lower()) == 1
)
_LOWER = _UPPER.lower()


def _fold(value: str | None) -> str:
    return (value or "").casefold()


def _folded(session: Session, column: Any) -> ColumnElement[str]:
    """``column`` case-folded in the database, the same way :func:`_fold` does it."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return func.lower(func.translate(column, _UPPER, _LOWER))
    raw: Any = connection.connection.driver_connection
    raw.create_function(_FOLD, 1, _fold, deterministic=True)
    folded: ColumnElement[str] = getattr(func, _FOLD)(column)
    return folded


def _outcomes_matching(folded: str) -> list[str]:
    """Outcomes whose label (in either language) or value contains the folded text."""
    found = []
    for outcome in Outcome:
        labels = CATALOGUE.get(outcome.label_key, {}).values()
        if any(folded in text.casefold() for text in (*labels, outcome.value)):
            found.append(outcome.value)
    return found


def finished_calls() -> Any:
    """The query of finished calls with company, consultant and outcome, newest first."""
    return (
        sqlmodel.select(Call, Company.name, Consultant.initials, CallOutcome)
        .join(Company, col(Company.id) == Call.company_id)
        .join(Consultant, col(Consultant.id) == Call.consultant_id)
        .join(CallOutcome, col(CallOutcome.call_id) == Call.id, isouter=True)
        .where(col(Call.ended_at).is_not(None))
        .order_by(col(Call.started_at).desc(), col(Call.id).desc())
    )


def history_rows(session: Session, found: Sequence[Any]) -> list[HistoryCall]:
    """Rows of :func:`finished_calls` as :class:`HistoryCall`, with objections and revisions."""
    ids = [call.id for call, *_ in found]
    objections = _objections(session, ids)
    revisions = _revision_counts(session, ids)
    return [
        HistoryCall(
            call_id=call.id,
            company_id=call.company_id,
            company_name=name,
            consultant_id=call.consultant_id,
            consultant=initials,
            started_at=call.started_at,
            outcome=outcome.outcome if outcome else None,
            comment=outcome.comment if outcome else "",
            notes=call.notes,
            objection_ids=objections.get(call.id, ()),
            revisions=revisions.get(call.id, 0),
        )
        for call, name, initials, outcome in found
    ]


def _objections(session: Session, call_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The objections met per call, in the order met, each once."""
    rows = session.exec(
        sqlmodel.select(CallEvent.call_id, CallEvent.objection_id)
        .where(
            col(CallEvent.call_id).in_(list(call_ids)),
            CallEvent.kind == EventKind.OBJECTION.value,
            col(CallEvent.objection_id).is_not(None),
        )
        .order_by(col(CallEvent.at), col(CallEvent.id))
    )
    found: dict[int, dict[str, None]] = {}
    for call_id, objection_id in rows:
        found.setdefault(call_id, {})[objection_id or ""] = None
    return {call_id: tuple(ids) for call_id, ids in found.items()}


def _revision_counts(session: Session, call_ids: Iterable[int]) -> dict[int, int]:
    rows = session.exec(
        sqlmodel.select(CallRevision.call_id, func.count())
        .where(col(CallRevision.call_id).in_(list(call_ids)))
        .group_by(col(CallRevision.call_id))
    )
    return dict(rows.all())


def company_history(
    session: Session, company_id: int, *, offset: int = 0, limit: int | None = None
) -> list[HistoryCall]:
    """The company's finished calls, newest first."""
    query = finished_calls().where(Call.company_id == company_id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return history_rows(session, session.exec(query).all())


def search_calls(
    session: Session, text: str, *, offset: int = 0, limit: int = 50
) -> list[HistoryCall]:
    """Finished calls of every company whose notes, comment or outcome contain ``text``
    (case folded, so ``ØSTER`` finds ``Øster``), newest first; one page."""
    folded = " ".join(text.split()).casefold()
    if not folded:
        return []
    conditions = [
        _folded(session, Call.notes).contains(folded, autoescape=True),
        _folded(session, CallOutcome.comment).contains(folded, autoescape=True),
    ]
    outcomes = _outcomes_matching(folded)
    if outcomes:
        conditions.append(col(CallOutcome.outcome).in_(outcomes))
    query = finished_calls().where(or_(*conditions)).offset(offset).limit(limit)
    return history_rows(session, session.exec(query).all())


def call_revisions(session: Session, call_id: int) -> list[Revision]:
    """The corrections of a call, oldest first."""
    rows = session.exec(
        sqlmodel.select(CallRevision, Consultant.initials)
        .join(Consultant, col(Consultant.id) == CallRevision.consultant_id)
        .where(CallRevision.call_id == call_id)
        .order_by(col(CallRevision.changed_at), col(CallRevision.id))
    )
    return [
        Revision(
            changed_at=revision.changed_at,
            consultant=initials,
            before=json.loads(revision.before_json),
            after=json.loads(revision.after_json),
        )
        for revision, initials in rows
    ]
