"""The consultant's day: what is due today, and how the session is going."""

from __future__ import annotations

from collections.abc import Set
from datetime import datetime

from canvass.services.base import Service
from canvass.store import calls
from canvass.store import today as day


class TodayService(Service):
    """The today panel's reads."""

    def today(self, consultant_id: int, now: datetime, known: Set[int] | None = None) -> day.Today:
        """The consultant's callbacks due today or overdue, meetings today, first call;
        the due callbacks not in ``known`` (the due ids of the last look) in full."""
        return self._store.read(lambda s: day.today(s, consultant_id, now, known))

    def session_stats(self, consultant_id: int, since: datetime) -> calls.SessionStats:
        """The consultant's calls, reached and meetings since ``since``."""
        return self._store.read(lambda s: calls.session_stats(s, consultant_id, since))
