"""A company's history: every call in full, newest first, paged from the store.

``/`` searches the notes and outcomes of the calls of every company; ``enter`` on a hit
shows that company's history. ``c`` corrects (and ``n`` re-writes the notes of) one's
own call of today, ``r`` shows what a corrected call was before. The screen dismisses
with True when something was corrected, so the call list can reload.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from canvass.i18n import t
from canvass.services import SearchLog
from canvass.ui.audit_hooks import log_read
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.formatting import LOCAL_TZ
from canvass.ui.history_format import call_text, revision_text
from canvass.ui.screens.correction_dialogs import CorrectionDialog, NotesDialog, RevisionsDialog
from canvass.ui.text import Plain, plain
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.domain.wrapup import WrapUp
    from canvass.services import Services
    from canvass.services.rows import CallState, HistoryCall

_K = "history"  # the catalogue and binding-id prefix of this screen


class HistoryScreen(Screen[bool]):
    """The calls of one company in full, or the hits of a search across all companies."""

    DEFAULT_CSS = """
    HistoryScreen #history-title { height: 1; padding: 0 1; background: $boost; }
    HistoryScreen #history-search { margin: 0 1; display: none; background: $boost; }
    HistoryScreen #history-calls { height: 1fr; border: none; scrollbar-size-vertical: 1; }
    HistoryScreen #history-calls > .option-list--option { padding: 0 1; }
    HistoryScreen #history-empty { padding: 1 2; color: $text-muted; display: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "slash", "search", "search", key_display="/"),
        key(_K, "escape", "back", "back", key_display="esc"),
        key(_K, "c", "correct", "correct"),
        key(_K, "n", "notes", "notes"),
        key(_K, "r", "revisions", "revisions"),
    ]

    #: What the screen says when there are no calls, and its name in the header.
    EMPTY_KEY: ClassVar[str] = "history.no_calls"
    SUBTITLE_KEY: ClassVar[str] = "history.subtitle"
    AUDITS_READS: ClassVar[bool] = True  # a company's history is a read of its card
    SEARCH_USED: ClassVar[float] = 2.0  # seconds hits stand unchanged: the search was used
    #: Calls read per page; the next page loads near the end of the list.
    PAGE_SIZE: ClassVar[int] = 50
    #: Seconds after the last key press before the search runs.
    DEBOUNCE: ClassVar[float] = 0.2

    @dataclass
    class Loaded(Message):
        """A page of calls from the store (posted by the worker thread)."""

        generation: int
        offset: int
        rows: list[HistoryCall] = field(default_factory=list)

    @dataclass
    class Saved(Message):
        """A correction was stored (``changed``) or refused (``error``)."""

        changed: bool = False
        error: str = ""

    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime],
        library: Library | None,
        company_id: int | None,
        company_name: str = "",
        *,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._on_change = on_change  # called on leaving when a call was corrected
        localise_bindings(self)
        self._services, self._clock = services, clock
        self._says = {oid: o.says for oid, o in (library.objections if library else {}).items()}
        self.company_id, self.company_name = company_id, company_name
        self.query_text = ""  # a search across all companies when not empty
        self.calls: list[HistoryCall] = []
        self._generation = 0
        self._more = False
        self._loading = False
        self._debounce: Timer | None = None
        self.changed = False
        # Searches of everyone's notes go to the audit log once used (see SearchLog).
        self._searches = SearchLog(self._log_search)
        self._search_used: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Plain(id="history-title")
        yield Input(placeholder=t("history.search_placeholder"), id="history-search", compact=True)
        yield OptionList(markup=False, id="history-calls")
        yield Plain(id="history-empty", markup=False)
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.sub_title = t(self.SUBTITLE_KEY)
        self.query_one(OptionList).focus()
        self.reload()

    # Loading ------------------------------------------------------------------------------

    def fetch(self, offset: int, limit: int) -> list[HistoryCall]:
        """One page of what the screen shows; runs in a worker thread."""
        if self.query_text:
            return self._services.history.search_calls(self.query_text, offset=offset, limit=limit)
        if self.company_id is None:
            return []
        return self._services.history.company_history(self.company_id, offset=offset, limit=limit)

    def title_text(self) -> Text:
        """The line above the calls."""
        count = f"{len(self.calls)}{'+' if self._more else ''}"  # more pages to come
        if self.query_text:
            return plain(t("history.search_title", text=self.query_text, count=count))
        return plain(t("history.title", company=self.company_name, count=count))

    def reload(self) -> None:
        """Read the first page again (in a thread)."""
        self._log_history()
        self._generation += 1
        self._loading = True
        self._load(self._generation, 0)

    def _log_search(self, term: str) -> None:
        log_read(self.app, lambda services, who: services.privacy.search(who, term))

    def _log_history(self) -> None:
        company = self.company_id
        if company is not None and not self.query_text and self.AUDITS_READS:
            log_read(self.app, lambda services, who: services.privacy.read_card(who, company))

    @work(thread=True, exclusive=True, exit_on_error=False, group="history")
    def _load(self, generation: int, offset: int) -> None:
        self.post_message(self.Loaded(generation, offset, self.fetch(offset, self.PAGE_SIZE)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.generation != self._generation:
            return  # a newer search is on its way
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        if message.offset == 0:
            options.clear_options()
            self.calls = []
        self.calls.extend(message.rows)
        search = bool(self.query_text)
        named = search or self.company_id is None  # calls of many companies: name each
        options.add_options(
            Option(call_text(call, self._says, with_company=named), id=str(call.call_id))
            for call in message.rows
        )
        if message.offset == 0 and self.calls:
            options.highlighted = min(highlighted or 0, len(self.calls) - 1)
        self._more = len(message.rows) == self.PAGE_SIZE
        self._loading = False
        empty = self.query_one("#history-empty", Static)
        empty.update(t("history.no_hits" if search else self.EMPTY_KEY))
        empty.display = not self.calls
        self.query_one("#history-title", Static).update(self.title_text())
        self.refresh_bindings()

    @on(OptionList.OptionHighlighted)
    def _near_end(self, event: OptionList.OptionHighlighted) -> None:
        if self._more and not self._loading and event.option_index >= len(self.calls) - 5:
            self._loading = True
            self._load(self._generation, len(self.calls))

    def selected(self) -> HistoryCall | None:
        """The highlighted call."""
        index = self.query_one(OptionList).highlighted
        return self.calls[index] if index is not None and index < len(self.calls) else None

    # Searching ----------------------------------------------------------------------------

    def action_search(self) -> None:
        """Search the notes and outcomes of every company's calls."""
        search = self.query_one("#history-search", Input)
        search.display = True
        self.set_focus(search)

    @on(Input.Changed, "#history-search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        if self._search_used is not None:
            self._search_used.stop()
        value = " ".join(event.value.split())
        self._debounce = self.set_timer(self.DEBOUNCE, lambda: self._apply_search(value))

    def _apply_search(self, value: str) -> None:
        if value != self.query_text:
            self.query_text = value
            self.reload()
            if value:  # the results stood unchanged for a while: the search was used
                used = self._searches.used
                self._search_used = self.set_timer(self.SEARCH_USED, lambda: used(value))

    @on(Input.Submitted, "#history-search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._apply_search(" ".join(event.value.split()))
        if self.query_text:
            self._searches.used(self.query_text)
        self.set_focus(self.query_one(OptionList))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """Enter on a hit of a search: that company's history."""
        event.stop()
        call = self.calls[event.option_index] if event.option_index < len(self.calls) else None
        if call is not None and self.query_text:
            self._searches.used(self.query_text)
            self.company_id, self.company_name = call.company_id, call.company_name
            self._end_search()

    def _end_search(self) -> None:
        search = self.query_one("#history-search", Input)
        search.value, search.display = "", False
        if self._debounce is not None:
            self._debounce.stop()
        self.query_text = ""
        self.set_focus(self.query_one(OptionList))
        self.reload()

    def action_back(self) -> None:
        """Leave the search field, then the search, then the screen."""
        if isinstance(self.focused, Input) and not self.query_one(Input).value:
            self._end_search()
        elif isinstance(self.focused, Input):
            self.set_focus(self.query_one(OptionList))
        elif self.query_text:
            self._end_search()
        else:
            if self.changed and self._on_change is not None:
                self._on_change()
            self.dismiss(self.changed)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        typing = isinstance(self.focused, Input)
        if action in ("correct", "notes", "revisions"):
            return None if typing or self.selected() is None else True
        if action == "search":
            return not typing
        return True

    # Correcting ---------------------------------------------------------------------------

    def _own_today(self, call: HistoryCall) -> bool:
        me = getattr(self.app, "consultant", None)
        today = self._clock().astimezone(LOCAL_TZ).date()
        mine = me is not None and me.id == call.consultant_id
        if mine and call.started_at.astimezone(LOCAL_TZ).date() == today:
            return True
        self.notify(t("history.error.not_yours_today"), severity="warning")
        return False

    def action_correct(self) -> None:
        """Correct the outcome (with its meeting, callback or job order) of the call."""
        call = self.selected()
        if call is not None and self._own_today(call):
            self._open_correction(call.call_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="history-state")
    def _open_correction(self, call_id: int) -> None:
        state = self._services.history.call_state(call_id)
        if state is not None:
            self.app.call_from_thread(self._show_correction, state)

    def _show_correction(self, state: CallState) -> None:
        now = self._clock()
        dialog = CorrectionDialog(state, now=now, today=now.astimezone(LOCAL_TZ).date())

        def done(wrapup: WrapUp | None) -> None:
            if wrapup is not None:
                self._save(state.call_id, {"wrapup": wrapup})

        self.app.push_screen(dialog, done)

    def action_notes(self) -> None:
        """Write the notes of the call again."""
        call = self.selected()
        if call is None or not self._own_today(call):
            return

        def done(notes: str | None) -> None:
            if notes is not None:
                self._save(call.call_id, {"notes": notes})

        self.app.push_screen(NotesDialog(call.company_name, call.notes), done)

    # Not exclusive: a correction must never be dropped by a later one.
    @work(thread=True, exit_on_error=False, group="history-save")
    def _save(self, call_id: int, change: dict[str, Any]) -> None:
        me = getattr(self.app, "consultant", None)
        if me is None:
            self.post_message(self.Saved(error=t("app.no_consultant_yet")))
            return
        try:
            changed = self._services.history.correct_call(call_id, me.id, self._clock(), **change)
        except ValueError as error:  # the store's translated refusal
            self.post_message(self.Saved(error=str(error)))
            return
        self.post_message(self.Saved(changed=changed))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        if message.error:
            self.notify(message.error, severity="error")
            return
        self.changed = self.changed or message.changed
        self.notify(t("history.saved" if message.changed else "history.unchanged"))
        self.reload()

    def action_revisions(self) -> None:
        """What the call was before each correction."""
        call = self.selected()
        if call is None:
            return
        if not call.revisions:
            self.notify(t("history.never_corrected"))
            return
        self._open_revisions(call)

    @work(thread=True, exclusive=True, exit_on_error=False, group="history-revisions")
    def _open_revisions(self, call: HistoryCall) -> None:
        texts = [revision_text(r) for r in self._services.history.call_revisions(call.call_id)]
        title = t("history.revisions_title", company=call.company_name)
        self.app.call_from_thread(self.app.push_screen, RevisionsDialog(title, texts))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)
