"""The store: one open database and the calls the UI makes on it.

Every method opens its own short session and returns frozen dataclasses, so results
can cross from a worker thread to the UI safely.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlmodel
from sqlalchemy import Engine
from sqlalchemy.exc import InternalError, OperationalError
from sqlmodel import Session

from canvass.domain.call_session import Event
from canvass.domain.consultant import Me
from canvass.domain.wrapup import WrapUp
from canvass.store import call_lists as lists
from canvass.store import calls, cards, claims, companies, consultants, followup
from canvass.store import today as day
from canvass.store.engine import Target, begin_session, parse_target, translate
from canvass.store.history_facade import HistoryMethods
from canvass.store.list_facade import ListAdminMethods
from canvass.store.models import Call, Company, Consultant, utcnow
from canvass.store.rows import CompanyRow, ConsultantInfo
from canvass.store.schema import open_engine


class Store(HistoryMethods, ListAdminMethods):
    """An open canvass database. Create with :meth:`Store.open`; finish with :meth:`close`."""

    def __init__(self, engine: Engine, target: Target) -> None:
        self.engine = engine
        self.target = target

    @classmethod
    def open(cls, url_or_path: str | Path, *, create_folder: bool = False) -> Store:
        """Open (creating and migrating as needed) the database at a path or SQLAlchemy URL.

        Raises :class:`canvass.errors.StoreError` with a readable message on any failure;
        a database that is not canvass's, or from a newer canvass, is left untouched, and
        so is a shared PostgreSQL database that needs ``canvass db upgrade``. The
        file's folder must exist unless ``create_folder`` (canvass's own default place):
        a typo in ``--db`` must not quietly open a new, empty database.
        """
        target = parse_target(url_or_path)
        return cls(open_engine(target, create_folder=create_folder), target)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises.

        ``write=True`` makes writers queue up at the start — SQLite's write lock (BEGIN
        IMMEDIATE), PostgreSQL's advisory write lock (see ``engine.py``): a transaction
        that reads and then writes could otherwise fail with "database is locked" or a
        serialization failure when another process committed in between. That wait is
        the only place writers meet, so it is retried with pauses (``begin_session``)
        before a clear message.
        Objects stay readable after the commit (``expire_on_commit=False``). A locked,
        unreachable or unreadable database raises :class:`StoreError`; constraint
        violations (``IntegrityError``) pass through for the caller to handle.
        """
        bind = self.engine.execution_options(canvass_begin="IMMEDIATE") if write else self.engine
        with begin_session(bind, self.target, write=write) as session:
            try:
                yield session
                session.commit()
            except (OperationalError, InternalError) as exc:
                session.rollback()
                raise translate(exc, self.target) from exc

    # -- companies ---------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True when the database holds no companies."""
        with self.session() as session:
            return session.exec(sqlmodel.select(Company.id).limit(1)).first() is None

    def count_companies(self, search: str = "") -> int:
        """How many companies match ``search`` (name, CVR, phone, city; case-insensitive)."""
        with self.session() as session:
            return companies.count_companies(session, search)

    def company_rows(
        self,
        search: str = "",
        offset: int = 0,
        limit: int = 200,
        *,
        now: datetime | None = None,
    ) -> list[CompanyRow]:
        """One page of the company list, ordered by name.

        ``now`` (aware) decides which meetings count as upcoming; default: the current time.
        """
        with self.session() as session:
            return companies.company_rows(session, search, offset, limit, now or utcnow())

    # -- consultants -------------------------------------------------------------------

    def consultant(self, initials: str) -> ConsultantInfo | None:
        """The consultant with these initials (any case), or None."""
        with self.session() as session:
            query = sqlmodel.select(Consultant).where(Consultant.initials == _initials(initials))
            found = session.exec(query).first()
            return _consultant_info(found) if found else None

    def ensure_consultant(self, initials: str, name: str | None = None) -> ConsultantInfo:
        """The consultant with these initials, created if missing (name defaults to initials).

        An existing consultant keeps their name. Raises ``ValueError`` for empty initials.
        """
        key = _initials(initials)
        with self.session(write=True) as session:
            query = sqlmodel.select(Consultant).where(Consultant.initials == key)
            found = session.exec(query).first()
            if found is not None:
                return _consultant_info(found)
            consultant = Consultant(initials=key, name=(name or "").strip() or key)
            session.add(consultant)
            session.flush()
            return _consultant_info(consultant)

    def update_me(self, consultant_id: int, me: Me) -> ConsultantInfo:
        """Store the consultant's checked name, phone and e-mail; the updated consultant."""
        with self.session(write=True) as session:
            return _consultant_info(consultants.update_me(session, consultant_id, me))

    def consultants(self) -> list[ConsultantInfo]:
        """Every consultant, ordered by initials."""
        with self.session() as session:
            query = sqlmodel.select(Consultant).order_by(sqlmodel.col(Consultant.initials))
            return [_consultant_info(found) for found in session.exec(query)]

    # -- calls -------------------------------------------------------------------------

    def company_card(
        self, company_id: int, consultant_id: int | None = None
    ) -> cards.CompanyCard | None:
        """The company, its contacts, its last calls and the open callbacks of colleagues
        (everyone but ``consultant_id``), for the call screen."""
        with self.session() as session:
            return cards.company_card(session, company_id, consultant_id=consultant_id)

    def last_script_id(self, company_id: int) -> str | None:
        """The script used on the company's latest call."""
        with self.session() as session:
            return calls.last_script_id(session, company_id)

    def start_call(
        self,
        *,
        company_id: int,
        consultant_id: int,
        script_id: str,
        script_version: int,
        script_hash: str,
        first_event: Event,
        contact_id: int | None = None,
    ) -> int:
        """Claim the company and start a call; raises :class:`calls.CompanyClaimed`."""
        with self.session(write=True) as session:
            return calls.start_call(
                session,
                company_id=company_id,
                consultant_id=consultant_id,
                script_id=script_id,
                script_version=script_version,
                script_hash=script_hash,
                first_event=first_event,
                contact_id=contact_id,
            )

    def record_events(self, call_id: int, events: Iterable[Event]) -> None:
        """Store events of a call as they happen."""
        with self.session(write=True) as session:
            calls.record_events(session, call_id, events)

    def set_call_script(
        self, call_id: int, script_id: str, version: int, content_hash: str
    ) -> None:
        """Record that the call switched to another script."""
        with self.session(write=True) as session:
            call = session.get(Call, call_id)
            if call is not None:
                call.script_id, call.script_version, call.script_hash = (
                    script_id,
                    version,
                    content_hash,
                )
                session.add(call)

    def open_call(self, consultant_id: int, company_id: int | None = None) -> calls.OpenCall | None:
        """The consultant's unfinished call (on ``company_id``, when given), or None."""
        with self.session() as session:
            return calls.open_call(session, consultant_id, company_id)

    def claim_company(self, company_id: int, consultant_id: int, at: datetime) -> None:
        """Claim the company for a call; raises :class:`calls.CompanyClaimed` if taken."""
        with self.session(write=True) as session:
            calls.claim_company(session, company_id, consultant_id, at)

    def live_claims(
        self, company_ids: Iterable[int], now: datetime, consultant_id: int | None
    ) -> dict[int, str | None]:
        """Initials of a colleague on a call with each company now, or None when free."""
        with self.session() as session:
            return claims.live_claims(session, company_ids, now, consultant_id)

    def finish_call(
        self, call_id: int, wrapup: WrapUp, at: datetime, notes: str | None = None
    ) -> int | None:
        """Store the outcome with its meeting, callback or job order (and the final
        ``notes``) in one transaction; returns the id of a contact person the wrap-up
        added, or None."""
        with self.session(write=True) as session:
            return calls.finish_call(session, call_id, wrapup, at, notes)

    def session_stats(self, consultant_id: int, since: datetime) -> calls.SessionStats:
        """The consultant's calls, reached and meetings since ``since``."""
        with self.session() as session:
            return calls.session_stats(session, consultant_id, since)

    def today(self, consultant_id: int, now: datetime) -> day.Today:
        """The consultant's callbacks due today or overdue, meetings today, first call."""
        with self.session() as session:
            return day.today(session, consultant_id, now)

    # -- follow-up: callbacks, meetings, job orders ------------------------------------

    def callback_rows(
        self, *, consultant_id: int | None, include_done: bool = False
    ) -> list[followup.CallbackRow]:
        """Callbacks, earliest due first; ``consultant_id=None`` means everyone's."""
        with self.session() as session:
            return followup.callback_rows(
                session, consultant_id=consultant_id, include_done=include_done
            )

    def mark_callback_done(self, callback_id: int, at: datetime) -> None:
        """Settle a callback at ``at``."""
        with self.session(write=True) as session:
            followup.mark_callback_done(session, callback_id, at)

    def reassign_callback(self, callback_id: int, consultant_id: int) -> None:
        """Hand a callback to a colleague."""
        with self.session(write=True) as session:
            followup.reassign_callback(session, callback_id, consultant_id)

    def meeting_rows(
        self, *, consultant_id: int | None, upcoming: bool, now: datetime
    ) -> list[followup.MeetingRow]:
        """Meetings from ``now`` on (soonest first), or before it (latest first)."""
        with self.session() as session:
            return followup.meeting_rows(
                session, consultant_id=consultant_id, upcoming=upcoming, now=now
            )

    def set_meeting_status(
        self,
        meeting_id: int,
        status: str,
        result_note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Mark a meeting booked, held or cancelled, optionally with a result note;
        a new status bumps its calendar SEQUENCE (``at``: when; default now)."""
        with self.session(write=True) as session:
            followup.set_meeting_status(session, meeting_id, status, result_note, at)

    def job_order_rows(self, *, status: str | None) -> list[followup.JobOrderRow]:
        """Job orders, newest first, all (``None``) or those with one status."""
        with self.session() as session:
            return followup.job_order_rows(session, status=status)

    def update_job_order(self, job_order_id: int, **fields: object) -> None:
        """Change fields of a job order; ``ValueError`` (translated) on bad values."""
        with self.session(write=True) as session:
            followup.update_job_order(session, job_order_id, **fields)

    # -- call lists and the prioritised order ------------------------------------------

    def call_lists(self) -> list[lists.CallListInfo]:
        """Every named call list with its member count, by name."""
        with self.session() as session:
            return lists.call_lists(session)

    def create_call_list(self, name: str, script_id: str | None = None) -> int:
        """Create a named list; returns its id."""
        with self.session(write=True) as session:
            return lists.create_call_list(session, name, script_id)

    def set_list_script(self, list_id: int, script_id: str | None) -> None:
        """Choose the script calls from this list start with."""
        with self.session(write=True) as session:
            lists.set_list_script(session, list_id, script_id)

    def prioritised_rows(
        self,
        *,
        list_id: int | None,
        search: str = "",
        offset: int = 0,
        limit: int = 200,
        now: datetime,
        consultant_id: int | None,
        recent_days: int,
        segments: Iterable[str] = (),
        include_skipped: bool = False,
        by_name: bool = False,
    ) -> list[lists.PriorityRow]:
        """One page of a list (``None``: every company) in the prioritised order.

        ``segments`` are the target segments of the list's script; ``by_name`` orders
        alphabetically instead. See :mod:`canvass.store.call_lists` for the rules.
        """
        query = lists.PriorityQuery(
            list_id,
            search,
            now,
            consultant_id,
            recent_days,
            tuple(segments),
            include_skipped,
            by_name,
        )
        with self.session() as session:
            return lists.prioritised_rows(session, query, offset, limit)

    def count_prioritised(
        self,
        *,
        list_id: int | None,
        search: str = "",
        now: datetime,
        consultant_id: int | None = None,
        recent_days: int,
        segments: Iterable[str] = (),
    ) -> lists.PriorityCounts:
        """How many companies the prioritised list shows, and how many it skips."""
        query = lists.PriorityQuery(
            list_id, search, now, consultant_id, recent_days, tuple(segments)
        )
        with self.session() as session:
            return lists.count_prioritised(session, query)

    def override_skip(
        self, company_id: int, consultant_id: int, kind: str, reason: str, at: datetime
    ) -> int:
        """Store the reason for calling a company the list skips (reklamebeskyttet, recent)."""
        with self.session(write=True) as session:
            return lists.override_skip(session, company_id, consultant_id, kind, reason, at)


def _initials(initials: str) -> str:
    key = initials.strip().upper()
    if not key or len(key) > 8 or not key.isalpha():
        raise ValueError(f"Initialer skal være 1–8 bogstaver: {initials!r}")
    return key


def _consultant_info(consultant: Consultant) -> ConsultantInfo:
    assert consultant.id is not None  # flushed or loaded, so it has an id
    return ConsultantInfo(
        id=consultant.id,
        initials=consultant.initials,
        name=consultant.name,
        phone=consultant.phone,
        email=consultant.email,
        buddy_id=consultant.buddy_id,
    )
