"""The consultant's day: what is due today, and how the session is going."""

from __future__ import annotations

from datetime import datetime

from canvass.services.base import Service
from canvass.store import calls
from canvass.store import today as day


class TodayService(Service):
    """The today panel's reads."""

    def today(self, consultant_id: int, now: datetime) -> day.Today:
        """The consultant's callbacks due today or overdue, meetings today, first call."""
        return self._store.read(lambda s: day.today(s, consultant_id, now))

    def session_stats(self, consultant_id: int, since: datetime) -> calls.SessionStats:
        """The consultant's calls, reached and meetings since ``since``."""
        return self._store.read(lambda s: calls.session_stats(s, consultant_id, since))
