"""The call list: a call list (or every company) in the prioritised order, searchable,
loaded a page at a time from the store.

The order and the skipping rules live in :mod:`canvass.store.call_lists`; this screen
shows them, lets the consultant switch list (``l``), order (``p``) and whether skipped
companies show (``v``), and guards starting a call: "do not call" is refused, a claim
by a colleague is named, and reklamebeskyttet or recently called companies need a
stated reason first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from time import monotonic
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, Label, Static
from textual.worker import Worker, WorkerState

from canvass.i18n import t
from canvass.services import SearchLog
from canvass.services.rows import PriorityCounts
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.screens.call_guard import CallGuard
from canvass.ui.screens.call_list_first import CallListFirstScreen
from canvass.ui.screens.call_list_header import CallListHeader
from canvass.ui.screens.call_list_keys import CallListKeys
from canvass.ui.screens.call_list_layout import CallListLayout
from canvass.ui.screens.call_list_opens import CallListOpens
from canvass.ui.screens.list_choice import ListChoice
from canvass.ui.steady_focus import SteadyFocus
from canvass.ui.text import Plain
from canvass.ui.widgets.claim_watch import ClaimWatch, next_row, row_after
from canvass.ui.widgets.company_table import CompanyTable
from canvass.ui.widgets.feedback_flag import FeedbackFlag
from canvass.ui.widgets.search_field import SearchField
from canvass.ui.widgets.steady_footer import SteadyFooter
from canvass.ui.widgets.today_panel import TodayPanel
from canvass.ui.widgets.watchers import WatchersBadge

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Services, Writer
    from canvass.services.rows import PageCursor, PriorityRow


_K = "call_list"  # the catalogue and binding-id prefix of this screen
_LISTS = Binding.Group("call_list.key.lists")  # "+ -" share one label in the footer


class CallList(
    CallGuard,
    CallListOpens,
    CallListKeys,
    CallListFirstScreen,
    CallListHeader,
    CallListLayout,
    SteadyFocus,
    Screen[None],
):
    """The first screen: find a company and press enter to call it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: run before the keys typed right after ("/hans" in one go) are passed on,
        # so they land in the field. Off while typing a search (check_action): "I/S" types.
        key(_K, "slash", "focus_search", "search", key_display="/", priority=True),
        key(_K, "escape", "focus_table", "table", key_display="esc"),
        # ↓ from the search field goes down into the list (like esc); enter stays.
        Binding("down", "focus_table", show=False),
        key(_K, "t", "callbacks", "callbacks"),
        key(_K, "m", "meetings", "meetings"),
        key(_K, "j", "job_orders", "job_orders"),
        key(_K, "l", "choose_list", "choose_list"),
        key(_K, "p", "toggle_order", "order"),
        key(_K, "v", "toggle_skipped", "skipped"),
        key(_K, "i", "import", "import", show=False),  # in help and the palette
        key(_K, "x", "export", "export", show=False),  # in help and the palette
        # The footer is full at 120 columns: these are in `?` help, the palette and README.
        key(_K, "h", "history", "history", show=False),
        key(_K, "u", "todays_calls", "todays_calls", show=False),
        key(_K, "ctrl+u", "app.me", "me", show=False),
        key(_K, "a", "app.toggle_class('#today', '-hidden')", "today", show=False),
        key(_K, "c", "call_due", "call_due", show=False),  # the reminder's toast names it
        key(_K, "plus", "add_to_list", "add_to_list", key_display="+", group=_LISTS, show=False),
        key(
            _K,
            "minus",
            "remove_from_list",
            "remove_from_list",
            key_display="-",
            group=_LISTS,
            show=False,
        ),
        key(_K, "f", "mark_company", "mark", show=False),
    ]

    AUTO_FOCUS = "CompanyTable"  # focused as it is composed: its rows are drawn once
    #: Rows fetched per query; the table asks for the next page near its end.
    PAGE_SIZE: ClassVar[int] = 200
    #: A key that follows another within this many seconds waits as long for the next
    #: before searching: a typed-ahead burst is one search. A key after a pause (each
    #: key, as people type) searches at once.
    DEBOUNCE: ClassVar[float] = 0.01

    consultant: reactive[str] = reactive("")
    """Who is calling, e.g. ``"AB (Anne Bech)"``; set by the app."""
    initials: str = ""  # of who is calling, once known (the kept first page is theirs)

    @dataclass
    class CompanyChosen(Message):
        """The consultant wants to call this company."""

        company_id: int
        name: str = ""
        script_id: str | None = None  # the chosen list's script, preferred for the call
        dial: bool = False  # dial the company as soon as the call is open (``d``)

    @dataclass
    class RowsLoaded(Message):
        """A page of rows from the store (posted by the worker thread)."""

        generation: int
        search: str
        after: PageCursor | None  # the page came after this row (None: the first page)
        counts: PriorityCounts | None
        rows: list[PriorityRow] = field(default_factory=list)
        cursor: PageCursor | None = None  # where the next page starts; None: no more
        counted: bool = False  # only the counts, read after the first page

    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime],
        *,
        organisation: str,
        library: Library | None = None,
        recent_days: int = 14,
        goals: tuple[int | None, int | None] = (None, None),
        writer: Writer | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services = services
        self._clock = clock
        self._organisation = organisation
        self._library = library
        self._recent_days = recent_days
        self.consultant_id: int | None = None
        """The consultant's id once known; colleagues' claims are marked against it."""
        self._list = ListChoice(None, t("lists.all"))
        self._by_name = False
        self._show_skipped = False
        self._counts: PriorityCounts | None = None
        self._search = ""
        self._generation = 0
        self._loading = False
        self._total: int | None = None
        self._cursor: PageCursor | None = None  # after the last row loaded (keyset paging)
        self._all: PriorityCounts | None = None  # the list without a search: the header
        self._rows: list[PriorityRow] = []
        self._by_id: dict[int, PriorityRow] = {}
        self._narrow = False
        self._layout: tuple[int, int] | None = None
        self._debounce: Timer | None = None
        self._rows_worker: Worker[None] | None = None  # the page being read
        self._last_key = 0.0  # when the search field last changed (time.monotonic)
        # The audit log hears of a search once it is used (see SearchLog), via the writer.
        self._writer = writer
        self._searches = SearchLog(self._log_search)
        self._search_used: Timer | None = None
        self._today = TodayPanel(services, clock, self.show_session, goals=goals, id="today")
        self._dial_after = False
        self._after_call: tuple[int, int | None] | None = None  # (called, the row after it)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="call-list-header"):
            yield Plain(id="who")
            yield FeedbackFlag(self._services, lambda: self.consultant_id)  # new sparring
            yield Plain(id="session")
            yield Plain(t("call_list.loading"), id="count")
            yield WatchersBadge(self._services, self._clock, lambda: self.consultant_id)
        yield self._today
        with Horizontal(id="search-bar"):
            yield Label(t("call_list.search_label"), id="search-label")
            placeholder = t("call_list.search_placeholder")
            yield SearchField(placeholder=placeholder, id="search", compact=True,
                              on_change=self._search_typed)  # fmt: skip
            yield Plain(id="list-name")
        yield Plain(id="order")
        yield CompanyTable(id="companies")
        yield Plain(t("call_list.empty"), id="empty")
        yield ClaimWatch(
            self._services, self._clock, lambda: self._rows, lambda: self.consultant_id
        )
        yield SteadyFooter(compact=True)  # compact: the twelve keys take two rows below 125 columns

    def on_mount(self) -> None:
        self._set_columns(self.app.size.width)
        self.query_one(CompanyTable).focus()
        self._show_kept_page()  # the first page as last shown, while the data loads
        self._update_header()
        self._restore_list()  # the list chosen last time, then the first page

    # Loading ---------------------------------------------------------------------------

    def _reload(self, limit: int | None = None) -> None:
        """Start over from the first page for the current search."""
        self._generation += 1
        self._loading = True
        self._total = None
        self._rows_worker = self._fetch(self._search, None, self._generation,
                                        limit or self.PAGE_SIZE)  # fmt: skip

    def call_finished(self, company_id: int) -> None:
        """A call ended: reload what is shown (statuses changed); the cursor then goes to
        the company now first that was not just called (see :func:`next_row`)."""
        self._after_call = (company_id, row_after(self._rows, company_id))
        self._reload(limit=max(self.PAGE_SIZE, self.query_one(CompanyTable).row_count))
        self._today.refresh_now()

    def on_screen_resume(self) -> None:
        self.query_one(ClaimWatch).check()  # back from a call or a dialog: claims may differ

    def set_consultant_id(self, consultant_id: int) -> None:
        """The consultant is known: reload if a claim shown might be their own."""
        self.consultant_id = consultant_id
        self._today.set_consultant(consultant_id)
        if any(row.claimed_by for row in self._rows):
            self._reload(limit=max(self.PAGE_SIZE, self.query_one(CompanyTable).row_count))

    def show_session(self, text: str) -> None:
        """Show today's numbers (calls, reached, meetings, hit-rate, time in session)."""
        self.query_one("#session", Static).update(text)

    @on(CompanyTable.NearEnd)
    def _load_more(self) -> None:
        table = self.query_one(CompanyTable)
        shown_all = self._total is not None and table.row_count >= self._total
        if self._loading or self._cursor is None or shown_all:
            return  # loading, or the last page is in (the count may still be on its way)
        self._loading = True
        self._rows_worker = self._fetch(self._search, self._cursor, self._generation,
                                        self.PAGE_SIZE)  # fmt: skip

    @work(thread=True, exclusive=True, exit_on_error=False, group="rows")
    def _fetch(self, search: str, after: PageCursor | None, generation: int, limit: int) -> None:
        """Read the page after ``after`` in a thread; after the first page, the counts
        (shown a moment later: a search of a letter or two counts every company)."""
        lists = self._services.lists  # at start: waits here until the data layer is up
        now, segments = self._clock(), self.segments()
        list_id, days, me = self._list.list_id, self._recent_days, self.consultant_id
        if after is None and not search:  # the first page and its counts, kept for a restart
            page = self._read_first_page(now, me, segments, limit)
            self.post_message(
                self.RowsLoaded(generation, search, None, None, page.rows, page.cursor)
            )
            self.post_message(self.RowsLoaded(generation, search, None, page.counts, counted=True))
            return
        counts: PriorityCounts | None = None
        if after is None:  # a search's first page, often with its counts (in one pass)
            found = lists.search_page(list_id=list_id, search=search, limit=limit, now=now,
                consultant_id=me, recent_days=days, segments=segments,
                by_name=self._by_name)  # fmt: skip
            rows, cursor, counts = found.rows, found.cursor, found.counts
        else:  # (a search shows the skipped ones too: it looks for one company)
            rows, cursor = lists.prioritised_page(list_id=list_id, search=search, after=after,
                limit=limit, now=now, consultant_id=me, recent_days=days, segments=segments,
                include_skipped=self._show_skipped or bool(search),
                by_name=self._by_name)  # fmt: skip
        self.post_message(self.RowsLoaded(generation, search, after, None, rows, cursor))
        if after is None and counts is None and generation == self._generation:  # (not for a
            counts = lists.count_prioritised(list_id=list_id, search=search,  # key typed over)
                now=now, consultant_id=me, recent_days=days, segments=segments)  # fmt: skip
        if after is None and counts is not None:
            self.post_message(self.RowsLoaded(generation, search, None, counts, counted=True))

    @on(RowsLoaded)
    def _show_rows(self, message: RowsLoaded) -> None:
        if message.generation != self._generation:
            return  # an older search finished after a newer one started
        if message.counted:
            self._show_counts(message.search, message.counts)
            return
        table = self.query_one(CompanyTable)
        was_on = self._replace_kept(table) if message.after is None else None
        if message.after is None:
            self._rows = list(message.rows)
            self._by_id = {row.id: row for row in message.rows}
            table.replace_rows(message.rows)
        else:
            self._add_rows(message.rows)
        self._cursor = message.cursor
        if message.after is None and self._after_call is not None:
            called, after = self._after_call
            row = next_row(self._rows, called, by_name=self._by_name, after=after)
            table.move_cursor(row=min(row, table.row_count - 1))
            self._after_call = None
        elif was_on is not None:  # moved on the kept page: stay on that company
            table.move_cursor(row=table.row_index(was_on) or 0)
        self._loading = False
        self.query_one("#empty").display = table.row_count == 0
        self._update_header()

    def _add_rows(self, rows: list[PriorityRow]) -> None:
        self._rows.extend(rows)
        self._by_id.update((row.id, row) for row in rows)
        self.query_one(CompanyTable).add_rows(rows)  # drawn when on screen, not now

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)
        # A failed page must not block the next one; a page typed over (cancelled by the
        # next search's) leaves the loading to that one.
        if event.worker is self._rows_worker and event.state in (
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            self._loading = False

    def watch_consultant(self) -> None:
        if self.is_mounted:
            self._update_header()

    # Search ----------------------------------------------------------------------------

    def _search_typed(self, text: str) -> None:
        """The field's text changed: called in the keystroke (SearchField(on_change=)), not
        by Input's Changed message, which often came after the field's own frame."""
        if self._debounce is not None:
            self._debounce.stop()
        if self._search_used is not None:
            self._search_used.stop()
        value = text.strip()
        now = monotonic()
        burst, self._last_key = now - self._last_key < self.DEBOUNCE, now
        if burst:
            self._debounce = self.set_timer(self.DEBOUNCE, lambda: self._apply_search(value))
        else:
            self._apply_search(value)

    def _apply_search(self, value: str) -> None:
        if value != self._search:
            self._search = value
            self._reload()
            if value:  # the same results on screen for a while: the search was used
                used = self._searches.used
                self._search_used = self.set_timer(self.SEARCH_USED, lambda: used(value))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        """Search now (no debounce); the cursor stays in the field until esc or ↓, so
        letters typed next never fire the list's single-letter keys."""
        if self._debounce is not None:
            self._debounce.stop()
        self._apply_search(event.value.strip())
        if self._search:
            self._searches.used(self._search)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        typing = isinstance(self.focused, Input)
        if action == "focus_table":
            # Only useful (and only shown in the footer) while typing a search.
            return typing
        if action in ("focus_search", "add_to_list", "remove_from_list", "mark_company"):
            return not typing  # + - f are typed into the search field
        if action == "call_due":  # shown once a reminder named a company
            return self._today.latest_due is not None
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    # Choosing (see CallGuard) --------------------------------------------------------------

    @on(CompanyTable.Chosen)
    def _chosen(self, event: CompanyTable.Chosen) -> None:
        self._company_chosen(event)

    @on(ClaimWatch.Changed)
    def _claims_seen(self, message: ClaimWatch.Changed) -> None:
        self._claims_changed(message)

    @on(ClaimWatch.Rechecked)
    def _rechecked(self, message: ClaimWatch.Rechecked) -> None:
        self._claim_rechecked(message)
