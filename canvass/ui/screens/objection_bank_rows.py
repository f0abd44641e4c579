"""What the objection bank's two lists show: the objections' rows, and one objection's
answers.

Typing lists the same objections again and again, and a reopened bank lists what it
listed before: each row's option (and the drawing it keeps, :class:`ObjectionRow`) is made
once, until the rows must show another company's values or another theme's colours.
At most :data:`KEPT` rows are kept, the ones listed last: typing through a bank of
thousands would otherwise keep a row for nearly every objection, and each full run of
the garbage collector walks every object kept (35 -> 51 thousand after 150 keystrokes,
each run then ~15 ms more of a keystroke).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from canvass.content.search import Hit
from canvass.i18n import language, t
from canvass.ui.gaps import filled_text
from canvass.ui.screens.objection_row import ObjectionRow

if TYPE_CHECKING:
    from canvass.content.models import Answer


#: Rows kept at most (ten lists' worth): enough for a reopened bank and a search typed
#: again to find their rows drawn.
KEPT = 500
#: Rows listed in the keystroke that changes the list (the bank shows about 15); the rest
#: are added once it is painted (:meth:`BankRows.show`).
FIRST_ROWS = 20


def written_count(value: int) -> str:
    """A count as the language writes it (``4.950`` in Danish, ``4,950`` in English)."""
    return f"{value:,}".replace(",", ".") if language() == "da" else f"{value:,}"


class BankRows:
    """The options of the bank's list, for one company's values in one theme."""

    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self._options: dict[tuple[str, bool], Option] = {}
        self._more_line: tuple[int, Option] | None = None
        self._listing = 0  # counts the lists shown (see show)

    def show(self, widget: OptionList, options: list[Option]) -> None:
        """List ``options`` in ``widget``: the first :data:`FIRST_ROWS` now, the others
        once the list is painted. The list draws every new row to know its height (0.1 to
        0.2 ms each): a first letter lists up to 50 objections the keystroke before did
        not, and drawing them all held its list back by 5-10 ms."""
        self._listing += 1
        listing = self._listing
        widget.set_options(options[:FIRST_ROWS])
        rest = options[FIRST_ROWS:]

        def add_rest() -> None:
            if listing == self._listing:  # not listed over by a later keystroke
                widget.add_options(rest)

        if rest:
            widget.call_after_refresh(add_rest)

    def clear(self) -> None:
        """Forget every option: the rows show the company's values in theme colours."""
        self._options.clear()
        self._more_line = None

    def option(
        self, hit: Hit, merge_values: Mapping[str, str | None], theme: Mapping[str, str]
    ) -> Option:
        """The list's option for a hit: what the customer says, its category, the mark."""
        key = (hit.objection.id, hit.marked)
        option = self._options.pop(key, None)  # put back last: the least recent go first
        if option is None:
            if len(self._options) >= self.kept:
                del self._options[next(iter(self._options))]
            # Only when it tells hits apart (see ObjectionIndex.search): not in phase 3.
            mark = t("objections.in_phase") if hit.marked else ""
            # Text, not str: a str cell is Rich markup, and file text is never markup.
            says = filled_text(hit.objection.says, merge_values, theme)
            # Rich styles cannot name theme variables; the warning colour is a plain hex.
            row = ObjectionRow(says, hit.objection.category, mark, theme.get("text-warning"))
            option = Option(row, id=hit.objection.id)
        self._options[key] = option
        return option

    def more(self, count: int) -> Option:
        """The last line, counting the hits not listed (kept while the count is the same)."""
        if self._more_line is None or self._more_line[0] != count:
            text = Text(t("objections.more", count=written_count(count)), style="italic dim")
            self._more_line = (count, Option(text, disabled=True))
        return self._more_line[1]


def technique_label(answer: Answer) -> str:
    """The technique's name as taught (``anerkend–afklar–argumenter``)."""
    return t(f"objections.technique.{answer.technique.value}")


def answer_text(
    number: int,
    answer: Answer,
    variant: str | None,
    merge_values: Mapping[str, str | None],
    theme: Mapping[str, str],
) -> Text:
    """An answer: technique, the text (of ``variant``, the A/B variant this company is
    shown) with merge fields filled, the follow-up question. A missing value is a gap, as
    in the script."""
    # Rich Text, not Content: Content spans drop the option's click meta (textual 8.2).
    accent = Style(color=theme.get("text-accent"), bold=True)
    header = t("objections.answer", number=number, technique=technique_label(answer))
    body = filled_text(answer.text_for(variant), merge_values, theme)
    text = Text.assemble((header, accent), "\n", body)
    if answer.follow_up:
        follow_up = filled_text(answer.follow_up, merge_values, theme)
        follow_up.stylize("italic")
        text.append_text(Text.assemble("\n", (t("objections.follow_up"), "bold"), follow_up))
    return text
