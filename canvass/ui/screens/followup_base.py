"""What the three follow-up screens share: a bar, a table of rows from a thread, writes.

Each screen says which rows to fetch (:meth:`FollowupScreen.fetch`, run in a thread) and
how one row looks (:meth:`FollowupScreen.cells`). Changes go through :meth:`write`, a
thread worker that reloads the rows afterwards; the screen never holds ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.worker import Worker

from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.text import Plain, safe_cell
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo
    from canvass.ui.app import CanvassApp


@dataclass(frozen=True)
class Column:
    """A table column: catalogue key of its label, width, right-aligned or not."""

    key: str
    width: int
    right: bool = False


class FollowupScreen(Screen[None]):
    """A full screen: header, one-line bar, a row table, a detail line, the footer."""

    DEFAULT_CSS = """
    FollowupScreen #fu-bar { height: 1; padding: 0 1; background: $boost; }
    FollowupScreen #fu-table { height: 1fr; margin-top: 1; scrollbar-size-vertical: 1; }
    FollowupScreen #fu-detail {
        height: auto; max-height: 3; padding: 0 1; color: $text-muted;
        border-top: solid $primary 40%;
    }
    FollowupScreen #fu-empty { display: none; padding: 1 2; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "back",
            "followup.key.back",
            key_display="esc",
            id="followup.back",
            tooltip="followup.key.back.tip",
        ),
    ]

    #: Catalogue keys of the screen's title and of the text shown when there are no rows.
    TITLE_KEY: ClassVar[str] = ""
    EMPTY_KEY: ClassVar[str] = ""
    COLUMNS: ClassVar[tuple[Column, ...]] = ()

    @dataclass
    class Loaded(Message):
        """Rows read by the loading thread."""

        generation: int
        rows: Sequence[Any] = field(default_factory=list)

    @dataclass
    class Written(Message):
        """A change was saved (``text`` to confirm it) or refused (``error``)."""

        text: str = ""
        error: str = ""

    def __init__(self, services: Services, clock: Callable[[], datetime]) -> None:
        super().__init__()
        localise_bindings(self)
        self._services = services
        self._clock = clock
        self._generation = 0
        self._rows: dict[str, Any] = {}
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Plain(t("followup.loading"), id="fu-bar", markup=False)
        yield DataTable(id="fu-table", cursor_type="row", zebra_stripes=True)
        yield Plain(t(self.EMPTY_KEY), id="fu-empty", markup=False)
        yield Plain(id="fu-detail", markup=False)
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t(self.TITLE_KEY)
        table = self.query_one(DataTable)
        for column in self.COLUMNS:
            label = Text(t(column.key), justify="right" if column.right else "left")
            table.add_column(label, width=column.width)
        table.focus()

    def on_screen_resume(self) -> None:
        # Also after a call or a dialog: what is shown may have changed meanwhile.
        self.reload()

    # Who is using the app ---------------------------------------------------------------

    @property
    def consultant(self) -> ConsultantInfo | None:
        """The consultant at the keyboard, once the app knows them."""
        return cast("CanvassApp", self.app).consultant

    # Loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the rows again (in a thread); older reads still running are ignored."""
        self._generation += 1
        self._load(self._generation)

    @work(thread=True, exclusive=True, exit_on_error=False, group="followup-load")
    def _load(self, generation: int) -> None:
        self.post_message(self.Loaded(generation, self.fetch()))

    def fetch(self) -> Sequence[Any]:
        """The rows to show; runs in a worker thread, so it may read the store."""
        raise NotImplementedError

    def cells(self, row: Any, now: datetime) -> tuple[Text, ...]:
        """The cells of one row, in the order of :attr:`COLUMNS`."""
        raise NotImplementedError

    def update_bar(self, rows: Sequence[Any], now: datetime) -> Text | str:
        """The one-line summary above the table."""
        raise NotImplementedError

    def detail(self, row: Any) -> str:
        """More about the highlighted row, under the table."""
        return ""

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.generation != self._generation:
            return  # a newer read is on its way
        table = self.query_one(DataTable)
        current = self.selected()
        cursor = table.cursor_row
        table.clear()
        now = self._clock()
        self._rows = {str(row.id): row for row in message.rows}
        for row in message.rows:
            table.add_row(*map(safe_cell, self.cells(row, now)), key=str(row.id))
        # Stay on the same row if it is still there, else on the same line.
        keys = list(self._rows)
        if current is not None and str(current.id) in self._rows:
            cursor = keys.index(str(current.id))
        if keys:
            table.move_cursor(row=min(max(cursor, 0), len(keys) - 1))
        self.query_one("#fu-empty").display = not keys
        self.query_one("#fu-bar", Static).update(self.update_bar(message.rows, now))
        self._show_detail()
        self.loaded = True
        self.refresh_bindings()

    def selected(self) -> Any | None:
        """The highlighted row, or None when the table is empty."""
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self._rows.get(key or "")

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        row = self.selected()
        detail = self.query_one("#fu-detail", Static)
        text = "" if row is None else self.detail(row)
        detail.update(text)
        detail.display = bool(text)

    # Writing ----------------------------------------------------------------------------

    # Not exclusive: two quick changes to two rows must both be saved.
    @work(thread=True, exit_on_error=False, group="followup-write")
    def write(self, change: Callable[[], None], done: str) -> None:
        """Run ``change`` against the store in a thread, then reload the rows."""
        try:
            change()
        except ValueError as error:  # the store's translated refusal
            self.post_message(self.Written(error=str(error)))
            return
        self.post_message(self.Written(text=done))

    @on(Written)
    def _written(self, message: Written) -> None:
        if message.error:
            self.notify(message.error, title=t("followup.not_saved"), severity="error")
        elif message.text:
            self.notify(message.text, title=t("followup.saved"))
        self.reload()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.ROW_ACTIONS:
            # Shown but dimmed in the footer while there is no row to act on.
            return True if self._rows else None
        return True

    #: Actions that need a highlighted row.
    ROW_ACTIONS: ClassVar[frozenset[str]] = frozenset()

    def action_back(self) -> None:
        """Back to the call list."""
        self.app.pop_screen()
