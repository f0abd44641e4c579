"""Sparring feedback, the caller's side: the reviews shared with me, one read in full with
its thread, my commitments, and my scores per phase over time.

Three views, switched with ``tab``: *Sparring* (the inbox left, the chosen review right:
answers by phase with observations, what worked, what to try next, the commitment, and
the thread below; ``a`` acknowledges, ``c`` comments), *Mine forpligtelser* (open, kept,
dropped; ``h`` kept, ``d`` dropped, ``o`` open again) and *Udvikling* (a sparkline of the
phase score over my shared reviews, oldest first, with the counts beside it; only my own
numbers, never a ranking). Every read and write runs in a worker thread through
:class:`canvass.services.feedback.FeedbackService`, which enforces who may see what.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ContentSwitcher, DataTable, Header, OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.feedback_format import (
    commitment_cells,
    commitment_detail,
    inbox_label,
    review_text,
    thread_text,
    trend_figures,
)
from canvass.ui.screens.feedback_actions import REFUSED, FeedbackActions, Written
from canvass.ui.text import Plain, plain
from canvass.ui.widgets.score_sparkline import ScoreSparkline
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from canvass.content.rubric_model import Rubric
    from canvass.services import Services
    from canvass.services.feedback_views import PhaseTrend, ReviewView
    from canvass.services.rows import CommitmentRow, ConsultantInfo, InboxRow

_K = "feedback"
TABS = ("reviews", "commitments", "trends")
_PANES = {"reviews": "fb-reviews", "commitments": "fb-commitments-view", "trends": "fb-trends"}


def actor_of(me: ConsultantInfo) -> Actor:
    """The consultant at the keyboard as the access rules see them."""
    try:
        role = Role(me.role)
    except ValueError:
        role = Role.CONSULTANT
    return Actor(me.id, role)


def _trend_row(trend: PhaseTrend) -> Horizontal:
    """One phase: its title, a sparkline of its scores (oldest first), the figures."""
    title = plain(trend.title, "bold", no_wrap=True, overflow="ellipsis")
    return Horizontal(
        Plain(title, classes="fb-trend-title"),
        ScoreSparkline([point.score for point in trend.points]),
        Plain(trend_figures(trend), classes="fb-trend-figures"),
        classes="fb-trend",
    )


class FeedbackScreen(FeedbackActions, Screen[None]):
    """The caller's feedback: inbox and review, commitments, trends per phase."""

    DEFAULT_CSS = """
    FeedbackScreen #fb-tabs { height: 1; padding: 0 1; background: $boost; }
    FeedbackScreen #fb-switch, FeedbackScreen #fb-reviews { height: 1fr; }
    FeedbackScreen #fb-inbox { width: 36%; max-width: 40; height: 1fr; border: none;
        text-wrap: nowrap; text-overflow: ellipsis; }
    FeedbackScreen #fb-review { width: 1fr; height: 1fr; padding: 0 1;
        border-left: solid $primary 40%; }
    FeedbackScreen #fb-thread { margin-top: 1; padding-top: 0; border-top: solid $primary 40%; }
    FeedbackScreen #fb-commitments-view, FeedbackScreen #fb-trends { height: 1fr; }
    FeedbackScreen #fb-commitments { height: 1fr; }
    FeedbackScreen #fb-commitment-detail { height: 3; padding: 0 1;
        border-top: solid $primary 40%; }
    FeedbackScreen .fb-empty { padding: 1 2; color: $text-muted; }
    FeedbackScreen .fb-trend { height: 1; padding: 0 1; }
    FeedbackScreen .fb-trend-title { width: 26; }
    FeedbackScreen .fb-trend ScoreSparkline { width: 1fr; max-width: 30; margin-right: 2; }
    FeedbackScreen .fb-trend-figures { width: auto; }
    FeedbackScreen #fb-trend-note { padding: 1 1 0 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "a", "acknowledge", "acknowledge"),
        key(_K, "c", "comment", "comment"),
        key(_K, "h", "settle('kept')", "kept"),
        key(_K, "d", "settle('dropped')", "dropped"),
        key(_K, "o", "reopen", "reopen"),
        key(_K, "tab", "switch(1)", "next_tab", key_display="tab"),
        key(_K, "shift+tab", "switch(-1)", "previous_tab", show=False),
        key(_K, "pagedown", "scroll_review(1)", "scroll_down", show=False),
        key(_K, "pageup", "scroll_review(-1)", "scroll_up", show=False),
        key(_K, "escape", "back", "back", key_display="esc"),
    ]

    @dataclass
    class Loaded(Message):
        """The inbox, the commitments and the trends, read by a worker."""

        inbox: list[InboxRow] = field(default_factory=list)
        commitments: list[CommitmentRow] = field(default_factory=list)
        trends: list[PhaseTrend] = field(default_factory=list)

    @dataclass
    class ReviewLoaded(Message):
        """One review in full (or why it cannot be shown)."""

        review_id: int
        view: ReviewView | None = None
        error: str = ""

    def __init__(
        self,
        services: Services,
        me: ConsultantInfo,
        clock: Callable[[], datetime],
        *,
        rubrics: Mapping[str, Rubric] | None = None,
        tab: str = "reviews",
        consultant: ConsultantInfo | None = None,
    ) -> None:
        """``me`` is at the keyboard; ``consultant`` (a trainer looking at someone else's
        feedback, read only) is whose feedback is shown, by default mine."""
        super().__init__()
        localise_bindings(self)
        self._services, self._me, self._clock = services, me, clock
        self._actor = actor_of(me)
        self._whose = consultant or me
        self._rubrics: Mapping[str, Rubric] = rubrics or {}
        self.tab = tab
        self.inbox: list[InboxRow] = []
        self.commitments: list[CommitmentRow] = []
        self.trends: list[PhaseTrend] = []
        self.review: ReviewView | None = None
        self.loaded = False
        self._drafts: dict[int, str] = {}  # comments typed and not sent, per review

    def compose(self) -> ComposeResult:
        yield Header()
        yield Plain(id="fb-tabs")
        with ContentSwitcher(initial=_PANES[self.tab], id="fb-switch"):
            with Horizontal(id="fb-reviews"):
                yield OptionList(id="fb-inbox", markup=False)
                with VerticalScroll(id="fb-review"):
                    yield Plain(t("feedback.loading"), id="fb-review-text")
                    yield Plain(id="fb-thread")
            with Vertical(id="fb-commitments-view"):
                yield DataTable(id="fb-commitments", cursor_type="row", zebra_stripes=True)
                yield Plain(id="fb-commitment-detail")
                yield Plain(t("feedback.commitments.empty"), id="fb-commitments-empty",
                            classes="fb-empty")  # fmt: skip
            yield VerticalScroll(id="fb-trends")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("feedback.title", initials=self._whose.initials)
        table = self.query_one("#fb-commitments", DataTable)
        for column, width in (("status", 8), ("text", 30), ("source", 20), ("by", 3),
                              ("when", 6)):  # fmt: skip
            table.add_column(t(f"feedback.commitments.col.{column}"), width=width)
        self.query_one("#fb-commitments-empty").display = False
        self.query_one("#fb-thread").display = False
        self._show_tab()
        self.reload()

    def on_screen_resume(self) -> None:
        self.refresh_bindings()

    # Loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the inbox, the commitments and the trends again (in a thread)."""
        self._load()

    def _rubric_at(self) -> Callable[[str, int], Rubric | None] | None:
        """The app's library now (it may have been reloaded) finds the rubric version a
        review was made with, also after a newer one was published."""
        return getattr(getattr(self.app, "library", None), "rubric_at", None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="feedback-load")
    def _load(self) -> None:
        feedback, actor, whose = self._services.feedback, self._actor, self._whose.id
        try:
            loaded = self.Loaded(
                inbox=feedback.inbox(actor, whose),
                commitments=feedback.commitments(actor, whose),
                trends=feedback.phase_trend(actor, whose, self._rubrics, self._rubric_at()),
            )
        except REFUSED as refused:  # someone else's feedback, and not a trainer
            self.post_message(self.ReviewLoaded(0, error=str(refused)))
            return
        self.post_message(loaded)

    @on(Loaded)
    async def _loaded(self, message: Loaded) -> None:
        self.inbox, self.commitments, self.trends = (
            message.inbox, message.commitments, message.trends,
        )  # fmt: skip
        await self._fill_inbox()
        self._fill_commitments()
        await self._fill_trends()
        self.loaded = True
        self._show_tab()

    async def _fill_inbox(self) -> None:
        options = self.query_one("#fb-inbox", OptionList)
        current = self.review.review_id if self.review is not None else None
        options.clear_options()
        options.add_options(Option(inbox_label(row), id=str(row.review_id)) for row in self.inbox)
        if not self.inbox:
            self.review = None
            self.query_one("#fb-review-text", Plain).update(t("feedback.inbox.empty"))
            self.query_one("#fb-thread").display = False
            return
        ids = [row.review_id for row in self.inbox]
        # Highlighting (after clear_options, always a change) opens it: OptionHighlighted.
        options.highlighted = ids.index(current) if current in ids else 0

    def _fill_commitments(self) -> None:
        table = self.query_one("#fb-commitments", DataTable)
        row = table.cursor_row
        table.clear()
        for item in self.commitments:
            table.add_row(*commitment_cells(item), key=str(item.id))
        if self.commitments:
            table.move_cursor(row=min(max(row, 0), len(self.commitments) - 1))
        self.query_one("#fb-commitments-empty").display = not self.commitments
        self._commitment_highlighted()

    async def _fill_trends(self) -> None:
        box = self.query_one("#fb-trends", VerticalScroll)
        await box.remove_children()
        rows: list[Any] = [_trend_row(trend) for trend in self.trends]
        if not rows:
            rows.append(Plain(t("feedback.trend.empty"), classes="fb-empty"))
        rows.append(Plain(t("feedback.trend.note"), id="fb-trend-note"))
        await box.mount_all(rows)

    @on(OptionList.OptionHighlighted, "#fb-inbox")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._open(int(event.option.id))

    def _open(self, review_id: int) -> None:
        if self.review is None or self.review.review_id != review_id:
            self.query_one("#fb-review-text", Plain).update(t("feedback.loading"))
        self._read(review_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="feedback-review")
    def _read(self, review_id: int) -> None:
        try:
            view = self._services.feedback.read(
                self._actor, review_id, self._rubrics, rubric_at=self._rubric_at()
            )
        except REFUSED as error:
            self.post_message(self.ReviewLoaded(review_id, error=str(error)))
            return
        self.post_message(self.ReviewLoaded(review_id, view))

    @on(ReviewLoaded)
    def _review_loaded(self, message: ReviewLoaded) -> None:
        options = self.query_one("#fb-inbox", OptionList)
        index = options.highlighted
        chosen = None if index is None else options.get_option_at_index(index).id
        if message.review_id and chosen != str(message.review_id):
            return  # the cursor moved on meanwhile (0: the whole screen was refused)
        self.review = message.view
        text = self.query_one("#fb-review-text", Plain)
        thread = self.query_one("#fb-thread", Plain)
        if message.view is None:
            text.update(Text(message.error, style="bold red"))
            thread.display = False
        else:
            text.update(review_text(message.view))
            thread.update(thread_text(message.view))
            thread.display = True
        self.refresh_bindings()

    # Tabs -------------------------------------------------------------------------------

    def _show_tab(self) -> None:
        self.query_one("#fb-switch", ContentSwitcher).current = _PANES[self.tab]
        new = sum(1 for row in self.inbox if row.new)
        open_ = sum(1 for row in self.commitments if row.status == "open")
        labels = {
            "reviews": t("feedback.tab.reviews", count=len(self.inbox), new=new),
            "commitments": t("feedback.tab.commitments", open=open_),
            "trends": t("feedback.tab.trends"),
        }
        bar = Text(no_wrap=True, overflow="ellipsis")
        for name in TABS:
            style = "bold reverse" if name == self.tab else "dim"
            bar.append(f" {labels[name]} ", style=style)
            bar.append("  ")
        self.query_one("#fb-tabs", Plain).update(bar)
        focus = {"reviews": "#fb-inbox", "commitments": "#fb-commitments", "trends": "#fb-trends"}
        self.query_one(focus[self.tab]).focus()
        self.refresh_bindings()

    def action_switch(self, step: int) -> None:
        """The next (or previous) view: Sparring, Mine forpligtelser, Udvikling."""
        self.tab = TABS[(TABS.index(self.tab) + step) % len(TABS)]
        self._show_tab()

    def action_scroll_review(self, step: int) -> None:
        """Page the review up or down."""
        review = self.query_one("#fb-review", VerticalScroll)
        (review.scroll_page_down if step > 0 else review.scroll_page_up)()

    # Acting -----------------------------------------------------------------------------

    def _selected_commitment(self) -> CommitmentRow | None:
        table = self.query_one("#fb-commitments", DataTable)
        if not self.commitments or table.row_count == 0:
            return None
        return self.commitments[min(table.cursor_row, len(self.commitments) - 1)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("acknowledge", "comment", "scroll_review"):
            if self.tab != "reviews":
                return False
            if self.review is None:
                return None  # shown, dimmed: nothing to act on yet
            if action == "acknowledge":
                return True if self.review.new and self._is_caller() else None
            if action == "comment":  # the thread is the caller's and the author's
                mine = self._is_caller() or self.review.author_id == self._me.id
                return True if mine else None
            return True
        if action in ("settle", "reopen"):
            if self.tab != "commitments":
                return False
            row = self._selected_commitment()
            if row is None or row.consultant_id != self._me.id:
                return None  # nothing highlighted, or someone else's
            is_open = row.status == "open"
            return True if (is_open if action == "settle" else not is_open) else None
        return True

    def _is_caller(self) -> bool:
        return self.review is not None and self.review.caller_id == self._me.id

    @on(DataTable.RowHighlighted, "#fb-commitments")
    def _commitment_highlighted(self) -> None:
        row = self._selected_commitment()
        detail = self.query_one("#fb-commitment-detail", Plain)
        detail.update(commitment_detail(row) if row is not None else "")
        detail.display = row is not None
        self.refresh_bindings()

    @on(Written)
    def _written(self, message: Written) -> None:
        if message.error:
            self.notify(message.error, title=t("feedback.not_saved"), severity="error")
        else:
            self.notify(message.text, title=t("feedback.saved"))
        self.reload()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def action_back(self) -> None:
        """Back to where you came from."""
        self.app.pop_screen()
