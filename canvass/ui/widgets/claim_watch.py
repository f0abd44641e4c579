"""Keeps the call list's "i gang (AB)" marks true while colleagues call from other terminals.

:class:`ClaimWatch` is an invisible widget on the call list. It re-reads the live claims
of the loaded rows (one light query in a worker, never a reload that moves the cursor)
every :attr:`ClaimWatch.INTERVAL` seconds, when the list is shown again and when the
terminal regains focus, and posts :class:`ClaimWatch.Changed` with what differs. Before
a call starts on a row marked as claimed, :meth:`ClaimWatch.recheck` asks the database
(the mark may be stale) and answers with :class:`ClaimWatch.Rechecked`.

:func:`next_row` picks where the cursor goes after a call: the company that is now first
and was not just called.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.message import Message
from textual.widget import Widget

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.rows import PriorityRow
    from canvass.ui.widgets.company_table import CompanyTable


class ClaimWatch(Widget):
    """Re-reads who is on a call with the loaded companies; reports what changed."""

    DEFAULT_CSS = "ClaimWatch { display: none; }"

    #: Seconds between two reads while the list is on screen (tests make it shorter).
    INTERVAL: ClassVar[float] = 10.0

    @dataclass
    class Changed(Message):
        """Claims that differ from the rows: company id -> colleague's initials or None."""

        claims: dict[int, str | None]

    @dataclass
    class Rechecked(Message):
        """The database's answer for a company about to be called."""

        company_id: int
        initials: str | None

    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime],
        rows: Callable[[], Sequence[PriorityRow]],
        consultant_id: Callable[[], int | None],
    ) -> None:
        super().__init__()
        self._services, self._clock = services, clock
        self._rows, self._consultant_id = rows, consultant_id

    def on_mount(self) -> None:
        self.set_interval(self.INTERVAL, self.check)
        self.watch(self.app, "app_focus", self._app_focus, init=False)

    def _app_focus(self, focused: bool) -> None:
        if focused:
            self.check()

    def check(self) -> None:
        """Re-read the claims of the loaded rows (only while the list is on screen)."""
        shown = {row.id: row.claimed_by for row in self._rows()}
        if shown and self.screen.is_current:
            self._read(shown, self._consultant_id())

    @work(thread=True, exclusive=True, exit_on_error=False, group="claims")
    def _read(self, shown: dict[int, str | None], consultant_id: int | None) -> None:
        claims = self._services.companies.live_claims(shown, self._clock(), consultant_id)
        changed = {key: value for key, value in claims.items() if shown.get(key) != value}
        if changed:
            self.post_message(self.Changed(changed))

    @work(thread=True, exit_on_error=False, group="claims-recheck")
    def recheck(self, company_id: int) -> None:
        """Ask the database who (if anyone else) is on a call with the company now."""
        claims = self._services.companies.live_claims(
            [company_id], self._clock(), self._consultant_id()
        )
        self.post_message(self.Rechecked(company_id, claims.get(company_id)))


def apply_claims(
    claims: dict[int, str | None],
    rows: list[PriorityRow],
    by_id: dict[int, PriorityRow],
    table: CompanyTable,
) -> None:
    """Put the claims into the rows (in place) and redraw just the rows that changed."""
    for index, row in enumerate(rows):
        if row.id not in claims or claims[row.id] == row.claimed_by:
            continue
        rows[index] = by_id[row.id] = changed = replace(row, claimed_by=claims[row.id])
        table.replace_row(changed)


def row_after(rows: Sequence[PriorityRow], company_id: int) -> int | None:
    """The id of the row after ``company_id``'s (None when it is last or not there)."""
    ids = [row.id for row in rows]
    position = ids.index(company_id) + 1 if company_id in ids else len(ids)
    return ids[position] if position < len(ids) else None


def next_row(rows: Sequence[PriorityRow], called: int, *, by_name: bool, after: int | None) -> int:
    """The row for the cursor once the call to ``called`` is saved.

    In priority order: the first company that was not just called and that no colleague
    is calling now (else the first one not just called). In alphabetical order: the row
    that came after the called one (``after``), so the consultant keeps their place.
    """
    ids = [row.id for row in rows]
    if by_name:
        for wanted in (after, called):
            if wanted in ids:
                return ids.index(wanted) + (wanted == called)
        return 0
    free = [i for i, row in enumerate(rows) if row.id != called and not row.claimed_by]
    others = [i for i, row in enumerate(rows) if row.id != called]
    return (free or others or [0])[0]
