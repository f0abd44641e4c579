"""Today, above the call list: my callbacks due and meetings today, the session bar, reminders.

Every 30 s (and after each call) a worker reads the consultant's day from the store with
the injected clock. The panel shows the counts and the companies; the session bar gets
today's numbers; a callback that falls due while the app is open raises one notice
("Ring tilbage til Hansen & Søn nu — tryk r"), never two for the same callback. The
callbacks already due when the app starts are in the panel instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.message import Message
from textual.widgets import Static

from canvass.domain.when import copenhagen_day
from canvass.i18n import t
from canvass.safe_text import printable
from canvass.ui.formatting import LOCAL_TZ, session_text

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.rows import DueCallback, SessionStats, Today

#: Seconds between two looks at the clock and the database.
CHECK_EVERY = 30.0
#: Companies named on the panel's one line of names: more than the widest terminal shows
#: (the first line counts them all). Thousands of overdue callbacks in one Text took half a
#: second to lay out on every look, for a line cut off after a dozen names.
MAX_NAMED = 24


def _time(moment: datetime) -> str:
    return f"{moment.astimezone(LOCAL_TZ):%H:%M}"


def _when(callback: DueCallback, now: datetime) -> str:
    """``09:30`` for today, ``19/10`` for an earlier day."""
    local = callback.due_at.astimezone(LOCAL_TZ)
    return _time(local) if local.date() == now.astimezone(LOCAL_TZ).date() else f"{local:%d/%m}"


def panel_text(today: Today) -> Text:
    """Two lines: the counts, then the companies (overdue, later today, meetings)."""
    overdue, later, meetings = today.overdue, today.later_today, today.meetings
    if not (today.overdue_count or today.later_count or meetings):
        return Text(t("today.nothing"), style="dim", no_wrap=True, overflow="ellipsis")
    counts = Text.assemble(
        (t("today.title"), "bold"),
        " ",
        (t("today.overdue", count=today.overdue_count), "bold red" if overdue else "dim"),
        " · ",
        (t("today.later", count=today.later_count), "bold yellow" if later else "dim"),
        " · ",
        (t("today.meetings", count=len(meetings)), "bold green" if meetings else "dim"),
        no_wrap=True,
        overflow="ellipsis",
    )
    items = Text(no_wrap=True, overflow="ellipsis")
    parts: list[tuple[str, str, str]] = [
        ("⏰ " + _when(cb, today.now), cb.company_name, "red") for cb in overdue
    ]
    parts += [("⏰ " + _when(cb, today.now), cb.company_name, "yellow") for cb in later]
    parts += [(t("today.meeting_at", time=_time(m.starts_at)), m.company_name, "green")
              for m in meetings]  # fmt: skip
    for number, (when, name, style) in enumerate(parts[:MAX_NAMED]):
        if number:
            items.append(" · ", style="dim")
        items.append(when + " ", style=style)
        items.append(printable(name))  # a company name is text, never markup or control
    return Text("\n").join([counts, items])


class TodayPanel(Static):
    """The consultant's day; the call list composes it and tells it who is calling."""

    DEFAULT_CSS = """
    TodayPanel { height: auto; max-height: 2; padding: 0 1; margin-top: 1; }
    TodayPanel.-hidden { display: none; }  /* `a` on the call list */
    """

    @dataclass
    class Loaded(Message):
        """The day as read by the worker."""

        today: Today
        stats: SessionStats

    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime],
        show_session: Callable[[str], None],
        *,
        goals: tuple[int | None, int | None] = (None, None),
        id: str | None = None,
    ) -> None:
        super().__init__(t("today.loading"), id=id, markup=False)
        self._services, self._clock, self._show_session = services, clock, show_session
        self._goals = goals  # daily goals: calls, meetings
        self.consultant_id: int | None = None
        self.today: Today | None = None
        self.latest_due: DueCallback | None = None
        """The callback whose notice came last (``r`` on the call list calls it)."""
        self._seen: frozenset[int] | None = None  # the callbacks due at the last look

    def on_mount(self) -> None:
        self.set_interval(CHECK_EVERY, self.refresh_now)
        self.refresh_now()

    def set_consultant(self, consultant_id: int) -> None:
        """The consultant is known (or changed): start over and read their day."""
        if consultant_id != self.consultant_id:
            self.consultant_id, self._seen, self.latest_due = consultant_id, None, None
        self.refresh_now()

    def refresh_now(self) -> None:
        """Read the day again (after a call, and every :data:`CHECK_EVERY` seconds)."""
        if self.consultant_id is not None and self.is_mounted:
            self._load(self.consultant_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="today")
    def _load(self, consultant_id: int) -> None:
        now = self._clock()
        today = self._services.today.today(consultant_id, now, self._seen)
        stats = self._services.today.session_stats(consultant_id, copenhagen_day(now)[0])
        self.post_message(self.Loaded(today, stats))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        today = self.today = message.today
        self.update(panel_text(today))
        goal_calls, goal_meetings = self._goals
        self._show_session(
            session_text(
                message.stats, today.first_call_at, today.now,
                goal_calls=goal_calls, goal_meetings=goal_meetings,
            )
        )  # fmt: skip
        self._remind(today)

    def _remind(self, today: Today) -> None:
        known, self._seen = self._seen, today.due_ids
        if known is None:  # the first look: those due already are in the panel
            return
        for callback in today.fresh:  # due since the look whose ids it was read with
            if callback.id in known:  # a look that came back in between told of it
                continue
            self.latest_due = callback
            self.app.notify(
                t("today.remind", name=callback.company_name),
                title=t("today.remind.title", time=_time(callback.due_at)),
                severity="warning",
                timeout=30,
            )
        self.screen.refresh_bindings()  # `r` shows once there is something to call
