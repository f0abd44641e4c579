"""Meetings: the consultant's upcoming visits, and past ones to mark held or cancelled."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.binding import Binding, BindingType

from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.services.rows import MeetingRow, MeetingStatus
from canvass.ui.followup_format import cell, label, when_text
from canvass.ui.screens.followup_base import Column, FollowupScreen
from canvass.ui.screens.followup_dialogs import NoteDialog
from canvass.ui.screens.goal_dialog import GoalDialog

if TYPE_CHECKING:
    from canvass.domain.goal import Goal
    from canvass.services import Services

_STATUS_STYLE = {"booked": "", "held": "green", "cancelled": "dim"}


def place(row: MeetingRow) -> str:
    """Where: the address for a visit, else phone or video (and any link or number)."""
    if row.location_kind == "company":
        return row.location or row.company_address
    kind = label("meeting.kind", row.location_kind)
    return f"{kind}: {row.location}" if row.location else kind


class MeetingsScreen(FollowupScreen):
    """Booked meetings, upcoming (soonest first) or past (latest first)."""

    # Room for the purpose, the phone and address, a result and the visit's goal.
    DEFAULT_CSS = "MeetingsScreen #fu-detail { max-height: 5; }"

    TITLE_KEY = "followup.meetings.title"
    EMPTY_KEY = "followup.meetings.empty"
    COLUMNS = (
        Column("followup.meetings.col.when", 16),
        Column("followup.meetings.col.length", 8, right=True),
        Column("followup.meetings.col.company", 26),
        Column("followup.meetings.col.contact", 18),
        Column("followup.meetings.col.place", 24),
        Column("followup.meetings.col.status", 9),
        Column("followup.meetings.col.consultant", 5),
    )
    ROW_ACTIONS = frozenset({"mark", "goal"})

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "mark('held')", "followup.meetings.key.held",
                id="followup.meetings.held", tooltip="followup.meetings.key.held.tip"),
        Binding("c", "mark('cancelled')", "followup.meetings.key.cancelled",
                id="followup.meetings.cancelled", tooltip="followup.meetings.key.cancelled.tip"),
        Binding("g", "goal", "followup.meetings.key.goal",
                id="followup.meetings.goal", tooltip="followup.meetings.key.goal.tip"),
        Binding("u", "period", "followup.meetings.key.period",
                id="followup.meetings.period", tooltip="followup.meetings.key.period.tip"),
    ]  # fmt: skip

    #: Upcoming meetings (from now on) or past ones.
    upcoming: bool = True

    def __init__(self, services: Services, clock: Callable[[], datetime]) -> None:
        super().__init__(services, clock)
        #: What a meeting's goal dialog held when esc closed it, by meeting id (until saved).
        self._goal_drafts: dict[int, Goal] = {}

    def fetch(self) -> Sequence[MeetingRow]:
        who = self.consultant
        return self._services.followup.meeting_rows(
            consultant_id=who.id if who is not None else None,
            upcoming=self.upcoming,
            now=self._clock(),
        )

    def cells(self, row: MeetingRow, now: datetime) -> tuple[Text, ...]:
        # A past meeting still "booked" has no result yet: make it stand out.
        unresolved = row.status == "booked" and row.starts_at < now
        status_style = "bold yellow" if unresolved else _STATUS_STYLE.get(row.status, "")
        return (
            cell(when_text(row.starts_at, now), "bold" if not unresolved else ""),
            cell(t("followup.minutes", minutes=row.duration_min), right=True),
            cell(row.company_name),
            cell(row.contact_name or ""),
            cell(place(row)),
            cell(label("meeting.status", row.status), status_style),
            cell(row.consultant_initials),
        )

    def update_bar(self, rows: Sequence[MeetingRow], now: datetime) -> Text:
        who = self.consultant
        bar = t(
            "followup.meetings.bar",
            scope=t("followup.meetings.upcoming" if self.upcoming else "followup.meetings.past"),
            initials=who.initials if who is not None else t("followup.callbacks.everyone"),
            count=len(rows),
        )
        unresolved = sum(1 for row in rows if row.status == "booked" and row.starts_at < now)
        extra = t("followup.meetings.unresolved", count=unresolved) if unresolved else ""
        return Text.assemble(bar, (extra, "bold yellow"))

    def detail(self, row: MeetingRow) -> str:
        text = t(
            "followup.meetings.detail",
            purpose=row.purpose or "–",
            phone=format_phone(row.company_phone or "") or "–",
            address=row.company_address or "–",
        )
        if row.result_note:
            text += t("followup.meetings.result", note=row.result_note)
        if not row.goal.empty:
            text += t("goal.detail", line=row.goal.line())
        return text

    def action_period(self) -> None:
        """Switch between upcoming and past meetings."""
        self.upcoming = not self.upcoming
        self.reload()

    def action_mark(self, status: str) -> None:
        """Mark the highlighted meeting held or cancelled, asking for a result note."""
        row = cast("MeetingRow | None", self.selected())
        if row is None:
            return
        status = MeetingStatus(status).value

        def noted(note: str | None) -> None:
            if note is None:
                return  # escape: nothing changes
            self.write(
                lambda: self._services.followup.set_meeting_status(
                    row.id, status, note, self._clock()
                ),
                t(
                    "followup.meetings.marked",
                    company=row.company_name,
                    status=label("meeting.status", status),
                ),
            )

        title = t(f"followup.note.title.{status}", company=row.company_name)
        self.app.push_screen(NoteDialog(title, row.result_note), noted)

    def action_goal(self) -> None:
        """Set the goal of the highlighted booked visit, its tools and what they should achieve."""
        row = cast("MeetingRow | None", self.selected())
        if row is None:
            return
        if row.status != MeetingStatus.BOOKED.value:
            self.notify(t("goal.only_booked"), severity="warning")
            return
        meeting_id, company = row.id, row.company_name

        def saved(goal: Goal | None) -> None:
            if goal is None:
                return
            self._goal_drafts.pop(meeting_id, None)
            self.write(
                lambda: self._services.followup.set_meeting_goal(meeting_id, goal),
                t("goal.saved_meeting", company=company),
            )

        def keep(typed: Goal) -> None:
            self._goal_drafts[meeting_id] = typed

        draft = self._goal_drafts.get(meeting_id, row.goal)
        title = t("goal.title.visit", company=company)
        self.app.push_screen(GoalDialog(title, draft, on_cancel=keep), saved)
