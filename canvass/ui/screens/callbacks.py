"""Callbacks: the calls a consultant promised to return, overdue ones in red."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.message import Message

from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.ui.followup_format import cell, when_text
from canvass.ui.formatting import LOCAL_TZ
from canvass.ui.screens.followup_base import Column, FollowupScreen
from canvass.ui.screens.followup_dialogs import ConsultantPicker

if TYPE_CHECKING:
    from canvass.services.rows import CallbackRow, ConsultantInfo


def is_overdue(row: CallbackRow, now: datetime) -> bool:
    """Open and due before ``now``."""
    return row.done_at is None and row.due_at < now


def attempts_text(row: CallbackRow, now: datetime) -> str:
    """``"2 forsøg, sidst 10:42"`` (``"sidst i går 14:00"`` on another day); or nothing."""
    if not row.attempts or row.last_attempt_at is None:
        return ""
    last = row.last_attempt_at.astimezone(LOCAL_TZ)
    same_day = last.date() == now.astimezone(LOCAL_TZ).date()
    when = f"{last:%H:%M}" if same_day else when_text(row.last_attempt_at, now)
    return t("followup.callbacks.attempts", count=row.attempts, last=when)


class CallbacksScreen(FollowupScreen):
    """Open callbacks, earliest first: call, mark done, hand to a colleague."""

    TITLE_KEY = "followup.callbacks.title"
    EMPTY_KEY = "followup.callbacks.empty"
    COLUMNS = (
        Column("followup.callbacks.col.due", 16),
        Column("followup.callbacks.col.company", 30),
        Column("followup.callbacks.col.phone", 11),
        Column("followup.callbacks.col.reason", 19),
        Column("followup.callbacks.col.consultant", 9),
        Column("followup.callbacks.col.state", 21),
    )
    ROW_ACTIONS = frozenset({"call", "done", "reassign"})

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: before the table's own enter (select the row), so the footer shows it.
        Binding("enter", "call", "followup.callbacks.key.call", key_display="⏎", priority=True,
                id="followup.callbacks.call", tooltip="followup.callbacks.key.call.tip"),
        Binding("d", "done", "followup.callbacks.key.done",
                id="followup.callbacks.done", tooltip="followup.callbacks.key.done.tip"),
        Binding("r", "reassign", "followup.callbacks.key.reassign",
                id="followup.callbacks.reassign", tooltip="followup.callbacks.key.reassign.tip"),
        Binding("a", "scope", "followup.callbacks.key.scope",
                id="followup.callbacks.scope", tooltip="followup.callbacks.key.scope.tip"),
    ]  # fmt: skip

    @dataclass
    class Colleagues(Message):
        """The consultants to choose from (read in a thread) for one callback."""

        row: CallbackRow
        consultants: list[ConsultantInfo]

    #: Show only the consultant's own callbacks (everyone's when the app knows nobody yet).
    mine: bool = True

    # Rows -------------------------------------------------------------------------------

    def fetch(self) -> Sequence[CallbackRow]:
        who = self.consultant
        return self._services.followup.callback_rows(
            consultant_id=who.id if self.mine and who is not None else None
        )

    def cells(self, row: CallbackRow, now: datetime) -> tuple[Text, ...]:
        overdue = is_overdue(row, now)
        today = row.due_at.astimezone(LOCAL_TZ).date() == now.astimezone(LOCAL_TZ).date()
        style = "bold red" if overdue else ""
        if row.attempts:  # tried without reaching anyone: still open, still due
            state = cell(attempts_text(row, now), "bold red" if overdue else "bold yellow")
        elif overdue:
            state = cell(t("followup.callbacks.overdue"), "bold red")
        elif today:
            state = cell(t("followup.callbacks.due_today"), "bold yellow")
        else:
            state = cell("")
        return (
            cell(when_text(row.due_at, now), style),
            cell(row.company_name, style),
            cell(format_phone(row.company_phone or "")),
            cell(row.reason),
            cell(row.consultant_initials),
            state,
        )

    def detail(self, row: CallbackRow) -> str:
        """The whole reason (the column is narrow) and the attempts so far."""
        parts = [row.reason.strip(), attempts_text(row, self._clock())]
        return " · ".join(part for part in parts if part)

    def update_bar(self, rows: Sequence[CallbackRow], now: datetime) -> Text:
        who = self.consultant
        if self.mine and who is not None:
            scope = t("followup.callbacks.mine", initials=who.initials)
        else:
            scope = t("followup.callbacks.everyone")
        overdue = sum(1 for row in rows if is_overdue(row, now))
        return Text.assemble(
            t("followup.callbacks.bar", scope=scope, count=len(rows)),
            (
                t("followup.callbacks.overdue_count", overdue=overdue),
                "bold red" if overdue else "",
            ),
        )

    # Actions ----------------------------------------------------------------------------

    def action_scope(self) -> None:
        """Switch between the consultant's own callbacks and everyone's."""
        self.mine = not self.mine
        self.reload()

    def action_call(self) -> None:
        """Call the company now (the call screen opens on top of this one)."""
        row = cast("CallbackRow | None", self.selected())
        if row is not None:
            self.app.start_call(row.company_id)  # type: ignore[attr-defined]

    def action_done(self) -> None:
        """Mark the highlighted callback as done."""
        row = cast("CallbackRow | None", self.selected())
        if row is None:
            return
        at = self._clock()
        self.write(
            lambda: self._services.followup.mark_callback_done(row.id, at),
            t("followup.callbacks.done", company=row.company_name),
        )

    def action_reassign(self) -> None:
        """Choose a colleague to hand the highlighted callback to."""
        row = cast("CallbackRow | None", self.selected())
        if row is not None:
            self._colleagues(row)

    @work(thread=True, exclusive=True, exit_on_error=False, group="followup-colleagues")
    def _colleagues(self, row: CallbackRow) -> None:
        self.post_message(self.Colleagues(row, self._services.consultants.consultants()))

    @on(Colleagues)
    def _pick(self, message: Colleagues) -> None:
        row = message.row

        def chosen(consultant_id: int | None) -> None:
            if consultant_id is None or consultant_id == row.consultant_id:
                return
            initials = next((c.initials for c in message.consultants if c.id == consultant_id), "?")
            self.write(
                lambda: self._services.followup.reassign_callback(row.id, consultant_id),
                t("followup.callbacks.reassigned", company=row.company_name, initials=initials),
            )

        self.app.push_screen(
            ConsultantPicker(row.company_name, message.consultants, row.consultant_id), chosen
        )
