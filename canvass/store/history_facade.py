"""The :class:`~canvass.store.store.Store` methods for call history and corrections.

A mixin, so the facade keeps one short session per call without growing store.py.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime

from sqlmodel import Session

from canvass.domain.wrapup import WrapUp
from canvass.store import corrections, history


class HistoryMethods:
    """History of calls, the search across companies, and correcting today's calls."""

    def session(self, *, write: bool = False) -> AbstractContextManager[Session]:
        raise NotImplementedError  # provided by Store

    def company_history(
        self, company_id: int, *, offset: int = 0, limit: int | None = None
    ) -> list[history.HistoryCall]:
        """The company's finished calls in full, newest first."""
        with self.session() as session:
            return history.company_history(session, company_id, offset=offset, limit=limit)

    def search_calls(
        self, text: str, *, offset: int = 0, limit: int = 50
    ) -> list[history.HistoryCall]:
        """One page of the calls of every company whose notes or outcome contain ``text``."""
        with self.session() as session:
            return history.search_calls(session, text, offset=offset, limit=limit)

    def call_revisions(self, call_id: int) -> list[history.Revision]:
        """The corrections of a call, oldest first."""
        with self.session() as session:
            return history.call_revisions(session, call_id)

    def todays_calls(self, consultant_id: int, now: datetime) -> list[history.HistoryCall]:
        """The consultant's finished calls of today (Copenhagen), newest first."""
        with self.session() as session:
            return corrections.todays_calls(session, consultant_id, now)

    def call_state(self, call_id: int) -> corrections.CallState | None:
        """A saved call with its outcome and what it made, to correct it."""
        with self.session() as session:
            return corrections.call_state(session, call_id)

    def correct_call(
        self,
        call_id: int,
        consultant_id: int,
        at: datetime,
        *,
        wrapup: WrapUp | None = None,
        notes: str | None = None,
    ) -> bool:
        """Correct one's own call of today in one transaction, keeping a revision.

        False when nothing changed; ``ValueError`` (translated) when not allowed.
        """
        with self.session(write=True) as session:
            return corrections.correct_call(
                session, call_id, consultant_id, at, wrapup=wrapup, notes=notes
            )
