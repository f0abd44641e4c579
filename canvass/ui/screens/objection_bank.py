"""The objection bank: search while the customer talks, read an answer, record which one.

The search field keeps the focus while the list is browsed (``up``/``down`` work from the
field), so the consultant never has to move between widgets mid-sentence. The answers
to the highlighted objection are previewed below the list; ``enter`` moves into them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from canvass.content.search import MAX_HITS, Hit, ObjectionIndex
from canvass.domain.merge_fields import fill_plain
from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.gaps import GAP_FORMAT
from canvass.ui.screens.objection_bank_rows import BankRows, answer_text, written_count
from canvass.ui.text import Plain
from canvass.ui.widgets.key_line import KeyLine
from canvass.ui.widgets.search_field import SearchField

if TYPE_CHECKING:
    from canvass.content.models import Answer, Objection
    from canvass.domain.phases import Phase

#: Rows listed at most. Browsing a bank of 5,000 lists the first of them and one line
#: counting the rest: laying out every row took seconds, and no one scrolls that far
#: while the customer talks (a search lists at most this many hits anyway).
SHOWN = MAX_HITS


@dataclass(frozen=True)
class ObjectionPick:
    """The answer the consultant used, returned when the bank closes."""

    objection_id: str
    answer_id: str


class ObjectionBankScreen(ModalScreen[ObjectionPick | None]):
    """Search the objection bank; dismisses with the used answer, or None."""

    DEFAULT_CSS = """
    ObjectionBankScreen { align: center middle; }
    ObjectionBankScreen #objection-bank {
        width: 108; max-width: 100%; height: 32; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface;
        border-title-style: bold;
    }
    ObjectionBankScreen #ob-search-row { height: 1; margin-top: 1; }
    ObjectionBankScreen #ob-search-label {
        width: auto; padding-right: 1; color: $text-accent; text-style: bold;
    }
    ObjectionBankScreen #ob-search { width: 1fr; background: $boost; }
    ObjectionBankScreen #ob-count { width: auto; padding-left: 1; color: $text-muted; }
    ObjectionBankScreen #ob-categories { height: auto; margin-bottom: 1; color: $text-muted; }
    ObjectionBankScreen OptionList { border: none; padding: 0; background: $surface; }
    ObjectionBankScreen OptionList:focus { border: none; background-tint: $foreground 0%; }
    ObjectionBankScreen #ob-objections { height: 2fr; }
    ObjectionBankScreen #ob-empty { height: 2fr; display: none; color: $text-warning; }
    ObjectionBankScreen #ob-answers-title {
        height: 1; margin-top: 1; padding: 0 1; background: $boost; text-style: bold;
    }
    ObjectionBankScreen #ob-answers { height: 3fr; }
    ObjectionBankScreen #ob-keys { height: 1; margin-top: 1; color: $text-muted; }
    ObjectionBankScreen .-answers #ob-objections { height: 4; }
    ObjectionBankScreen .-answers #ob-answers { height: 1fr; }
    ObjectionBankScreen .-empty #ob-objections { display: none; }
    ObjectionBankScreen .-empty #ob-empty { display: block; }
    """

    # Two bindings share enter and escape; ``check_action`` lets the one of the current
    # mode through, so the key line names what the key does now. ``priority`` wins the
    # keys the focused search field (enter = submit) or answer list would otherwise take.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "objections.key.move", key_display="↑↓", priority=True,
                id="objections.up", tooltip="objections.key.move.tip"),
        Binding("down", "move(1)", "objections.key.move", show=False, priority=True,
                id="objections.down", tooltip="objections.key.move.tip"),
        Binding("pageup", "move(-5)", "objections.key.move", show=False, priority=True,
                id="objections.page_up", tooltip="objections.key.move.tip"),
        Binding("pagedown", "move(5)", "objections.key.move", show=False, priority=True,
                id="objections.page_down", tooltip="objections.key.move.tip"),
        Binding("enter", "open", "objections.key.open", key_display="⏎", priority=True,
                id="objections.open", tooltip="objections.key.open.tip"),
        Binding("enter", "use", "objections.key.use", key_display="⏎", priority=True,
                id="objections.use", tooltip="objections.key.use.tip"),
        Binding("tab", "category(1)", "objections.key.category",
                id="objections.next_category", tooltip="objections.key.category.tip"),
        Binding("shift+tab", "category(-1)", "objections.key.category", show=False,
                id="objections.previous_category", tooltip="objections.key.category.tip"),
        Binding("escape", "back", "objections.key.back",
                id="objections.back", tooltip="objections.key.back.tip"),
        Binding("escape", "close", "objections.key.close",
                id="objections.close", tooltip="objections.key.close.tip"),
    ]  # fmt: skip

    _LIST_ONLY = frozenset({"open", "category", "close"})
    _ANSWERS_ONLY = frozenset({"use", "back"})

    def __init__(
        self,
        index: ObjectionIndex,
        phase: Phase,
        merge_values: Mapping[str, str | None],
        variant_of: Callable[[Answer], str | None] | None = None,
    ) -> None:
        super().__init__()
        #: The A/B variant of an answer this company is shown (None: the answer's text).
        self.variant_of = variant_of
        localise_bindings(self)
        self.index = index
        self.phase = phase
        self.merge_values = merge_values
        self.categories: list[str | None] = [None, *index.categories()]
        self.category: str | None = None
        self.hits: list[Hit] = []  # the listed hits, at most SHOWN
        self._rows = BankRows()
        self._previewed: tuple[str | None, bool] | None = None  # (objection id, opened)
        self.opened: Objection | None = None  # set while the answers have the focus
        self._theme: str | None = None  # the theme the rows were made in
        self._listed: list[Option] = []  # the options in the list now
        self._shown: dict[str, object] = {}  # what each Static shows (see _show)
        self._styled_for: tuple[str, object] | None = None  # see _on_screen_resume

    def _title(self) -> str:
        return t("objections.title", phase=t(f"phase.short.{self.phase}"))

    def compose(self) -> ComposeResult:
        with Vertical(id="objection-bank") as dialog:
            dialog.border_title = self._shown["title"] = self._title()
            with Horizontal(id="ob-search-row"):
                yield Plain(t("objections.search"), id="ob-search-label")
                yield SearchField(placeholder=t("objections.search_placeholder"), compact=True,
                                  id="ob-search", on_change=self._typed)  # fmt: skip
                yield Plain(id="ob-count")
            yield Plain(id="ob-categories")
            objections = OptionList(markup=False, id="ob-objections")
            objections.can_focus = False  # the search field keeps the focus while browsing
            yield objections
            yield Plain(id="ob-empty", markup=False)
            yield Plain(id="ob-answers-title", markup=False)
            yield OptionList(markup=False, id="ob-answers")
            yield KeyLine("objections.", id="ob-keys")

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Shown: Textual restyles every widget of a pushed screen (its own handler, after
        this one), and each restyle redraws the widget, in a frame of its own after the
        first one. The widgets were styled when they were mounted, and nothing restyles
        the bank while it is closed but a theme or CSS change (which Textual counts):
        without one, it is shown as it was styled."""
        styled_for = self._style_key()
        if styled_for == self._styled_for:
            event.refresh_styles = False
        self._styled_for = styled_for

    def _style_key(self) -> tuple[str, object]:
        return self.app.theme, getattr(self.app, "_css_update_count", object())

    def on_mount(self) -> None:
        self._theme = self.app.theme
        self._styled_for = self._style_key()  # styled as mounted
        self._search()
        self.query_one("#ob-search", Input).focus()

    def reuse(
        self,
        phase: Phase,
        merge_values: Mapping[str, str | None],
        variant_of: Callable[[Answer], str | None] | None = None,
    ) -> None:
        """Make the screen ready to open again, as if new: an empty search in ``phase``
        for the company of ``merge_values`` (see :func:`open_bank`).

        Only what differs from the bank as it was left is drawn again: the bank made
        itself ready when it closed (:meth:`_close`), so opening it again for the same
        company in the same phase changes no widget, and the screen paints in one frame
        (a widget changed here asked for a second frame after the first).
        """
        rows_changed = merge_values != self.merge_values or self._theme != self.app.theme
        if rows_changed:
            self._rows.clear()  # the rows show the company's values in theme colours
        if rows_changed or variant_of != self.variant_of:
            self._previewed = None  # the answers show the values and the company's variant
        self.phase, self.merge_values, self.variant_of = phase, merge_values, variant_of
        self.category, self.opened = None, None
        if self.is_mounted:  # else composed when first shown, from these values
            self._theme = self.app.theme
            self._clear()

    def _clear(self) -> None:
        """An empty search in every category with the answers closed, as the bank opens;
        each widget is touched only where that changes it."""
        self.category, self.opened = None, None
        title = self._title()
        dialog = self.query_one("#objection-bank")
        if self._shown.get("title") != title:
            dialog.border_title = self._shown["title"] = title
        dialog.remove_class("-answers")
        field = self.query_one("#ob-search", Input)
        if field.value:
            field.value = ""  # searches (_typed)
        else:
            self._search()
        if self.focused is not field:
            field.focus()

    def _close(self, pick: ObjectionPick | None) -> None:
        """Close with ``pick``; once the screen below is painted, the bank clears its
        search for the next ``o`` (not in the keystroke that closes it)."""
        self.dismiss(pick)
        self.app.call_after_refresh(self._ready_again)

    def _ready_again(self) -> None:
        app = self.app
        # Only a bank kept for reuse (open_bank) is shown again; not if it is open already.
        if app.is_screen_installed(self) and self not in app.screen_stack and self.is_mounted:
            self._clear()

    # Searching -------------------------------------------------------------------------

    def _typed(self, _value: str) -> None:
        """The search field changed (called in the keystroke, see SearchField). A new
        search looks in every category: a filter left on from ``tab`` would hide what the
        customer just said."""
        self.category = None
        self._search()

    def _search(self) -> None:
        """Search the in-memory index (on every keystroke); the best match first.

        At most :data:`SHOWN` rows are listed; a last line counts the others.
        """
        query = self.query_one("#ob-search", Input).value
        found = self.index.search(query, phase=self.phase, category=self.category)
        self.hits = found[:SHOWN]
        theme = self.app.theme_variables
        options = [self._rows.option(hit, self.merge_values, theme) for hit in self.hits]
        if len(found) > SHOWN:
            options.append(self._rows.more(len(found) - SHOWN))
        objections = self.query_one("#ob-objections", OptionList)
        if not _same(options, self._listed):  # a reopened bank often lists what it did
            self._rows.show(objections, options)
            self._listed = options
        objections.highlighted = 0 if self.hits else None
        dialog = self.query_one("#objection-bank")
        dialog.set_class(not self.hits, "-empty")
        # Tab only helps while a category hides hits; typing a new search clears it.
        no_hits = "objections.no_hits" if self.category else "objections.no_hits_all"
        empty = t(no_hits, query=query) if len(self.index) else t("objections.empty_bank")
        self._show("#ob-empty", empty, layout=False)  # its height is fixed
        shown, total = written_count(len(found)), written_count(len(self.index))
        count = t("objections.count", shown=shown, total=total)
        self._show(
            "#ob-count", count, layout=len(count) != len(str(self._shown.get("#ob-count", "")))
        )
        self._show_categories()
        self._preview()

    def _show(self, selector: str, text: str, *, layout: bool) -> None:
        """Show ``text`` in a Static unless it shows it already. Each update asked for a
        layout of the whole dialog on every keystroke; ``layout`` only when the text's
        width can change the widget's size (a one-line ASCII-digit count keeps it)."""
        if self._shown.get(selector) != text:
            self._shown[selector] = text
            self.query_one(selector, Static).update(text, layout=layout)

    def _says(self, objection: Objection) -> str:
        """What the customer says; it may name the organisation (``{organisation}``)."""
        return fill_plain(objection.says, self.merge_values, gap=GAP_FORMAT)

    def _show_categories(self) -> None:
        chips = [
            (f" {name or t('objections.all')} ", "reverse bold" if name == self.category else "")
            for name in self.categories
        ]
        parts: list[str | tuple[str, str]] = [(t("objections.category") + " ", "bold")]
        for chip in chips:
            parts += [chip, " "]
        if self._shown.get("#ob-categories") != parts:
            self._shown["#ob-categories"] = parts
            self.query_one("#ob-categories", Static).update(Content.assemble(*parts))

    def action_category(self, step: int) -> None:
        """Cycle the category filter: all → each category in bank order."""
        position = self.categories.index(self.category)
        self.category = self.categories[(position + step) % len(self.categories)]
        self._search()

    def action_move(self, step: int) -> None:
        """Move the highlight in the list that is in use (the search keeps the focus)."""
        target = self.query_one("#ob-answers" if self.opened else "#ob-objections", OptionList)
        count = target.option_count if self.opened else len(self.hits)  # not the "more" line
        if count:
            current = target.highlighted if target.highlighted is not None else 0
            target.highlighted = max(0, min(count - 1, current + step))

    # Answers ---------------------------------------------------------------------------

    def _highlighted(self) -> Objection | None:
        highlighted = self.query_one("#ob-objections", OptionList).highlighted
        return self.hits[highlighted].objection if highlighted is not None and self.hits else None

    @on(OptionList.OptionHighlighted, "#ob-objections")
    def _preview(self) -> None:
        """Show the answers of the highlighted objection while browsing."""
        objection = self.opened or self._highlighted()
        shown = (objection.id if objection else None, self.opened is not None)
        if shown == self._previewed:
            return  # typing re-highlights the same best hit: its answers are on screen
        self._previewed = shown
        answers = self.query_one("#ob-answers", OptionList)
        if objection is None:
            self._show("#ob-answers-title", "", layout=False)  # one line, always
            answers.clear_options()
            return
        self._show("#ob-answers-title", t("objections.answers_to", says=self._says(objection)),
                   layout=False)  # fmt: skip
        options: list[Option | None] = []
        for number, answer in enumerate(objection.answers, 1):
            options += [Option(self._answer(number, answer), id=answer.id), None]
        answers.set_options(options[:-1])  # a rule between answers, not after the last
        answers.highlighted = 0 if self.opened else None

    def _answer(self, number: int, answer: Answer) -> Text:
        variant = self.variant_of(answer) if self.variant_of else None
        return answer_text(number, answer, variant, self.merge_values, self.app.theme_variables)

    def action_open(self) -> None:
        """Show the highlighted objection's answers and move into them."""
        objection = self._highlighted()
        if objection is None:
            return
        self.opened = objection
        self.query_one("#objection-bank").add_class("-answers")
        self._preview()
        self.query_one("#ob-answers", OptionList).focus()

    def action_use(self) -> None:
        """Close with the highlighted answer."""
        answers = self.query_one("#ob-answers", OptionList)
        if self.opened is not None and answers.highlighted is not None:
            self._pick(self.opened, self.opened.answers[answers.highlighted])

    def _pick(self, objection: Objection, answer: Answer) -> None:
        self._close(ObjectionPick(objection.id, answer.id))

    @on(OptionList.OptionSelected, "#ob-objections")
    def _objection_clicked(self, event: OptionList.OptionSelected) -> None:
        if self.opened is None:
            self.action_open()

    @on(OptionList.OptionSelected, "#ob-answers")
    def _answer_clicked(self, event: OptionList.OptionSelected) -> None:
        objection = self.opened or self._highlighted()
        if objection is not None:
            self._pick(objection, objection.answers[event.option_index])

    def action_back(self) -> None:
        """From the answers back to the list and the search field."""
        self.opened = None
        self.query_one("#objection-bank").remove_class("-answers")
        self._preview()
        self.query_one("#ob-search", Input).focus()

    def action_close(self) -> None:
        """Close without recording anything."""
        self._close(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return False  # pushed, not yet composed: a key typed at once finds no list
        if action in self._LIST_ONLY:
            return self.opened is None
        if action in self._ANSWERS_ONLY:
            return self.opened is not None
        return True


def _same(options: list[Option], listed: list[Option]) -> bool:
    """Whether the list already shows exactly these option objects, in this order."""
    return len(options) == len(listed) and all(a is b for a, b in zip(options, listed, strict=True))
