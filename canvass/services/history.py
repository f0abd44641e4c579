"""Earlier calls: a company's history, the search across every call, and correcting
one's own calls of today."""

from __future__ import annotations

from datetime import datetime

from canvass.domain.wrapup import WrapUp
from canvass.services.base import Service
from canvass.store import corrections, history


class HistoryService(Service):
    """Read finished calls and correct today's, keeping a revision."""

    def company_history(
        self, company_id: int, *, offset: int = 0, limit: int | None = None
    ) -> list[history.HistoryCall]:
        """The company's finished calls in full, newest first."""
        return self._store.read(
            lambda s: history.company_history(s, company_id, offset=offset, limit=limit)
        )

    def search_calls(
        self, text: str, *, offset: int = 0, limit: int = 50
    ) -> list[history.HistoryCall]:
        """One page of the calls of every company whose notes or outcome contain ``text``."""
        return self._store.read(lambda s: history.search_calls(s, text, offset=offset, limit=limit))

    def call_revisions(self, call_id: int) -> list[history.Revision]:
        """The corrections of a call, oldest first."""
        return self._store.read(lambda s: history.call_revisions(s, call_id))

    def todays_calls(self, consultant_id: int, now: datetime) -> list[history.HistoryCall]:
        """The consultant's finished calls of today (Copenhagen), newest first."""
        return self._store.read(lambda s: corrections.todays_calls(s, consultant_id, now))

    def call_state(self, call_id: int) -> corrections.CallState | None:
        """A saved call with its outcome and what it made, to correct it."""
        return self._store.read(lambda s: corrections.call_state(s, call_id))

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
        return self._store.write(
            lambda s: corrections.correct_call(
                s, call_id, consultant_id, at, wrapup=wrapup, notes=notes
            )
        )
