"""The review queue: the buddy's calls and held visits (everyone's, for a trainer),
unreviewed first, then newest; filter by outcome, period and script; enter opens the review.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header
from textual.worker import Worker

from canvass.domain.outcomes import Outcome
from canvass.domain.sparring_access import AccessDenied
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.followup_format import cell
from canvass.ui.formatting import LOCAL_TZ, outcome_label
from canvass.ui.review_format import local_when
from canvass.ui.screens.review import ReviewScreen, actor_of
from canvass.ui.text import Plain, safe_cell
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.review_rows import QueueRow
    from canvass.services.rows import ConsultantInfo

#: The periods the date filter steps through: all, today, 7 days, 30 days.
PERIODS = (None, 0, 7, 30)

#: Columns: catalogue key, width on a wide terminal, width below 100 columns.
_COLUMNS = (
    ("review.queue.col.when", 11, 11),
    ("review.queue.col.caller", 5, 4),
    ("review.queue.col.company", 30, 19),
    ("review.queue.col.outcome", 18, 13),
    ("review.queue.col.script", 18, 9),
    ("review.queue.col.status", 8, 8),
)
_STATUS_STYLE = {None: "bold yellow", "draft": "", "shared": "green"}


class ReviewQueueScreen(Screen[None]):
    """Calls and visits to review, with filters; enter opens the review."""

    DEFAULT_CSS = """
    ReviewQueueScreen #rq-bar { height: 1; padding: 0 1; background: $boost; }
    ReviewQueueScreen #rq-filters { height: 1; padding: 0 1; color: $text-muted; }
    ReviewQueueScreen #rq-table { height: 1fr; scrollbar-size-vertical: 1; }
    ReviewQueueScreen #rq-empty { display: none; padding: 1 2; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key("review", "enter", "open", "open", key_display="⏎", priority=True),
        key("review", "o", "outcome", "outcome"),
        key("review", "d", "period", "period"),
        key("review", "s", "script", "script"),
        key("review", "escape", "back", "queue_back", key_display="esc"),
    ]

    @dataclass
    class Loaded(Message):
        generation: int
        rows: Sequence[QueueRow] = field(default_factory=list)
        error: str = ""

    def __init__(
        self,
        services: Services,
        me: ConsultantInfo,
        library: Library,
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services = services
        self._me = me
        self._library = library
        self._clock = clock
        self._generation = 0
        self.rows: dict[str, QueueRow] = {}
        self.outcome: str | None = None
        self.period: int | None = None
        self.script_id: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Plain(t("review.loading"), id="rq-bar")
        yield Plain("", id="rq-filters")
        yield DataTable(id="rq-table", cursor_type="row", zebra_stripes=True)
        yield Plain(t("review.queue.empty"), id="rq-empty")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("review.queue.title")
        table = self.query_one(DataTable)
        narrow = self.app.size.width < 100
        for label, wide, slim in _COLUMNS:
            table.add_column(t(label), width=slim if narrow else wide)
        table.focus()

    def on_screen_resume(self) -> None:
        self.reload()  # also after a review: its status may have changed

    # Loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        self._show_filters()
        self._load(self._generation, self.outcome, self.period, self.script_id)

    def _since(self, period: int | None) -> datetime | None:
        if period is None:
            return None
        today = (
            self._clock().astimezone(LOCAL_TZ).replace(hour=0, minute=0, second=0, microsecond=0)
        )
        return today - timedelta(days=period)

    @work(thread=True, exclusive=True, exit_on_error=False, group="review-queue")
    def _load(
        self, generation: int, outcome: str | None, period: int | None, script_id: str | None
    ) -> None:
        try:
            rows = self._services.reviews.queue(
                actor_of(self._me), outcome=outcome, since=self._since(period), script_id=script_id
            )
        except AccessDenied as refused:
            self.post_message(self.Loaded(generation, [], str(refused)))
            return
        self.post_message(self.Loaded(generation, rows))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.generation != self._generation:
            return
        table = self.query_one(DataTable)
        table.clear()
        self.rows = {row.key: row for row in message.rows}
        for row in message.rows:
            table.add_row(*map(safe_cell, self._cells(row)), key=row.key)
        waiting = sum(1 for row in message.rows if row.status is None)
        bar = message.error or t(
            "review.queue.bar", count=len(message.rows), waiting=waiting, who=self._who()
        )
        self.query_one("#rq-bar", Plain).update(bar)
        empty = self.query_one("#rq-empty", Plain)
        empty.display = not message.rows
        if message.error:
            empty.update(message.error)
        self.refresh_bindings()

    def _who(self) -> str:
        return t("review.queue.everyone") if self._me.role == "trainer" else t("review.queue.buddy")

    def _cells(self, row: QueueRow) -> tuple[Text, ...]:
        what = outcome_label(row.outcome) if row.kind == "call" else t("review.visit")
        status = t(f"review.status.{row.status}") if row.status else t("review.queue.waiting")
        return (
            cell(local_when(row.at)),
            cell(row.caller),
            cell(row.company),
            cell(what),
            cell(row.script_id or ""),
            cell(status, _STATUS_STYLE.get(row.status, "")),
        )

    def _show_filters(self) -> None:
        outcome = outcome_label(self.outcome) if self.outcome else t("review.queue.all")
        period = (
            t("review.queue.all")
            if self.period is None
            else t("review.queue.today")
            if self.period == 0
            else t("review.queue.days", days=self.period)
        )
        script = self.script_id or t("review.queue.all")
        self.query_one("#rq-filters", Plain).update(
            t("review.queue.filters", outcome=outcome, period=period, script=script)
        )

    # Keys ---------------------------------------------------------------------------------

    def selected(self) -> QueueRow | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(row_key or "")

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        """Open the review of the highlighted call or visit."""
        row = self.selected()
        if row is None:
            return
        self.app.push_screen(
            ReviewScreen(
                self._services,
                self._me,
                self._library,
                self._clock,
                call_id=row.id if row.kind == "call" else None,
                meeting_id=row.id if row.kind == "visit" else None,
            )
        )

    def action_outcome(self) -> None:
        """Step the outcome filter: all, then each outcome (calls only)."""
        choices: list[str | None] = [None, *(o.value for o in Outcome)]
        self.outcome = choices[(choices.index(self.outcome) + 1) % len(choices)]
        self.reload()

    def action_period(self) -> None:
        """Step the period: all, today, the last 7 days, the last 30 days."""
        self.period = PERIODS[(PERIODS.index(self.period) + 1) % len(PERIODS)]
        self.reload()

    def action_script(self) -> None:
        """Step the script filter through the loaded scripts (calls only)."""
        choices: list[str | None] = [None, *sorted(self._library.scripts)]
        current = self.script_id if self.script_id in choices else None
        self.script_id = choices[(choices.index(current) + 1) % len(choices)]
        self.reload()

    def action_back(self) -> None:
        """Back to where the queue was opened."""
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            return True if self.rows else None
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)
