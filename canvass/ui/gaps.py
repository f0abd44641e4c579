"""How a merge field with no value looks — the same in the script and in the objection bank.

A gap is the field's name in ‹angle quotes›, bold and reversed in the theme's error
colour, so the consultant sees at once what to fill in by voice (never a raw ``{field}``).
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from rich.text import Text
from textual.content import Content

from canvass.domain.merge_fields import fill

#: The gap's text (also for plain-text places such as a table cell).
GAP_FORMAT = "‹{name}›"
#: The theme colour of a gap.
GAP_COLOUR = "error"
#: The gap's style as Textual Content markup (resolved against the theme when drawn).
GAP_STYLE = f"bold reverse ${GAP_COLOUR}"


def gap_label(name: str) -> str:
    """``"kontaktperson"`` -> ``"‹kontaktperson›"``."""
    return GAP_FORMAT.format(name=name)


def filled_content(text: str, values: Mapping[str, str | None]) -> Content:
    """``text`` with merge fields filled (bold) and missing ones as gaps, as Content."""
    return Content.assemble(
        *(
            (gap_label(segment.text), GAP_STYLE)
            if segment.missing
            else (segment.text, "bold" if segment.field else "")
            for segment in fill(text, values)
        )
    )


def filled_text(text: str, values: Mapping[str, str | None], theme: Mapping[str, str]) -> Text:
    """The same as :func:`filled_content` as Rich Text (option lists keep click meta on it);
    ``theme`` is the app's ``theme_variables`` (Rich cannot resolve ``$error`` itself)."""
    return Text.assemble(
        *(
            (gap_label(segment.text), gap_style(theme))
            if segment.missing
            else (segment.text, "bold" if segment.field else "")
            for segment in fill(text, values)
        )
    )


def gap_style(theme: Mapping[str, str]) -> Style:
    """:data:`GAP_STYLE` as a Rich style for ``theme``."""
    return Style(color=theme.get(GAP_COLOUR), bold=True, reverse=True)
