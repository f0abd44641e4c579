"""Job orders: filter by status, move an order on through its statuses, edit its fields."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar, cast

from rich.text import Text
from textual.binding import Binding, BindingType

from canvass.domain.job_order import choice_word, hours_text
from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.services.rows import JOB_ORDER_STATUSES, JobOrderRow, next_job_order_status
from canvass.ui.followup_format import cell, date_text, label
from canvass.ui.formatting import LOCAL_TZ
from canvass.ui.screens.followup_base import Column, FollowupScreen
from canvass.ui.screens.job_order_edit import JobOrderEditScreen, JobOrderValues

#: The filter ``f`` cycles through: every order first, then one status at a time.
FILTERS: tuple[str | None, ...] = (None, *JOB_ORDER_STATUSES)

_STATUS_STYLE = {
    "open": "bold green",
    "enough_candidates": "yellow",
    "filled": "cyan",
    "expired": "dim",
}


class JobOrdersScreen(FollowupScreen):
    """Every job order, newest first, or those with one status."""

    TITLE_KEY = "followup.jobs.title"
    EMPTY_KEY = "followup.jobs.empty"
    COLUMNS = (
        Column("followup.jobs.col.title", 28),
        Column("followup.jobs.col.company", 24),
        Column("followup.jobs.col.positions", 5, right=True),
        Column("followup.jobs.col.hours", 5, right=True),
        Column("followup.jobs.col.start", 10),
        Column("followup.jobs.col.deadline", 10),
        Column("followup.jobs.col.status", 14),
        Column("followup.jobs.col.consultant", 5),
    )
    ROW_ACTIONS = frozenset({"edit", "next_status"})

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: before the table's own enter (select the row), so the footer shows it.
        Binding("enter", "edit", "followup.jobs.key.edit", key_display="⏎", priority=True,
                id="followup.jobs.edit", tooltip="followup.jobs.key.edit.tip"),
        Binding("s", "next_status", "followup.jobs.key.status",
                id="followup.jobs.status", tooltip="followup.jobs.key.status.tip"),
        Binding("f", "filter", "followup.jobs.key.filter",
                id="followup.jobs.filter", tooltip="followup.jobs.key.filter.tip"),
    ]  # fmt: skip

    #: The status shown, or None for every job order.
    status_filter: str | None = None

    def fetch(self) -> Sequence[JobOrderRow]:
        return self._services.followup.job_order_rows(status=self.status_filter)

    def cells(self, row: JobOrderRow, now: datetime) -> tuple[Text, ...]:
        today = now.astimezone(LOCAL_TZ).date()
        # An open order whose deadline has passed needs a decision: show the date in red.
        late = row.status == "open" and row.deadline is not None and row.deadline < today
        return (
            cell(row.title, "bold"),
            cell(row.company_name),
            cell(str(row.positions), right=True),
            cell(hours_text(row.hours_per_week), right=True),
            cell(date_text(row.start_date)),
            cell(date_text(row.deadline), "bold red" if late else ""),
            cell(label("job_order.status", row.status), _STATUS_STYLE.get(row.status, "")),
            cell(row.consultant_initials),
        )

    def update_bar(self, rows: Sequence[JobOrderRow], now: datetime) -> str:
        shown = (
            t("followup.jobs.all")
            if self.status_filter is None
            else label("job_order.status", self.status_filter)
        )
        return t("followup.jobs.bar", status=shown, count=len(rows))

    def detail(self, row: JobOrderRow) -> str:
        contact = " · ".join(
            part
            for part in (
                row.contact_name,
                format_phone(row.contact_phone or ""),
                row.contact_email,
                row.workplace_address,
            )
            if part
        )
        terms = " · ".join(
            part
            for part in (
                t("followup.jobs.must", text=row.requirements) if row.requirements else "",
                t("followup.jobs.nice", text=row.nice_to_have) if row.nice_to_have else "",
                row.salary,
                choice_word("employment", row.employment),
                t("followup.jobs.share", text=choice_word("sharing", row.sharing))
                if row.sharing
                else "",
            )
            if part
        )
        lines = [row.description, terms, contact]
        return "\n".join(line for line in lines if line)

    def action_filter(self) -> None:
        """Show the next status: alle → åben → nok kandidater → besat → udløbet."""
        index = FILTERS.index(self.status_filter)
        self.status_filter = FILTERS[(index + 1) % len(FILTERS)]
        self.reload()

    def action_next_status(self) -> None:
        """Move the highlighted order to its next status."""
        row = cast("JobOrderRow | None", self.selected())
        if row is None:
            return
        status = next_job_order_status(row.status)
        who = self.consultant.id if self.consultant else None  # named in the audit log
        self.write(
            lambda: self._services.followup.update_job_order(row.id, changed_by=who, status=status),
            t(
                "followup.jobs.status_changed",
                title=row.title,
                status=label("job_order.status", status),
            ),
        )

    def action_edit(self) -> None:
        """Edit every field of the highlighted order."""
        row = cast("JobOrderRow | None", self.selected())
        if row is None:
            return

        who = self.consultant.id if self.consultant else None  # named in the audit log

        def edited(values: JobOrderValues | None) -> None:
            if values is not None:
                self.write(
                    lambda: self._services.followup.update_job_order(
                        row.id, changed_by=who, **values
                    ),
                    t("followup.jobs.saved", title=values.get("title", row.title)),
                )

        today = self._clock().astimezone(LOCAL_TZ).date()
        self.app.push_screen(JobOrderEditScreen(row, today=today), edited)
