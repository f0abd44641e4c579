"""The call list's header, count and order lines, as plain functions of what is known.

One definition of each number, shared with the list picker: *to call* is how many
companies of the list the list shows (not skipped); *total* is every company on the
list (to call + skipped, "i alt"). The header and the picker count the list without a
search; ``viser X af Y`` counts the rows the table holds of those it would show (to
call, or the total while ``v`` shows the skipped ones too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from canvass.i18n import t
from canvass.ui.formatting import danish_number

if TYPE_CHECKING:
    from canvass.services.rows import PriorityCounts


def list_size(counts: PriorityCounts | None) -> tuple[str, str]:
    """``("95", "160")``: to call and total, Danish digits; ``"…"`` while unknown."""
    if counts is None:
        return "…", "…"
    return danish_number(counts.listed), danish_number(counts.listed + counts.skipped)


def header_text(consultant: str, organisation: str, counts: PriorityCounts | None) -> Text:
    """``AB (Anne Bech) · Jobcenter Vejle · 95 at ringe til`` (the total is in the
    order line as "sprunget over" and in the list picker as "i alt")."""
    listed, _ = list_size(counts)
    text = t("call_list.header", consultant=consultant, organisation=organisation, count=listed)
    return Text(text, overflow="ellipsis", no_wrap=True)


def showing_text(shown: int, total: int | None) -> str:
    """``viser 200 af 305``, or ``henter …`` while the first page is on its way."""
    if total is None:
        return t("call_list.loading")
    return t("call_list.showing", shown=danish_number(shown), total=danish_number(total))


def order_text(by_name: bool, counts: PriorityCounts | None, skipped_shown: bool) -> Text:
    """``sortering: prioritet (forfaldne → … → resten) · 12 sprunget over``."""
    parts = [t("lists.order.name" if by_name else "lists.order.priority")]
    if counts is not None and counts.skipped:
        key = "lists.order.skipped_shown" if skipped_shown else "lists.order.skipped"
        parts.append(t(key, count=danish_number(counts.skipped)))
    return Text(" · ".join(parts), overflow="ellipsis", no_wrap=True)
