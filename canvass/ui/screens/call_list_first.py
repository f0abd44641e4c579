"""The call list's kept first page (:mod:`canvass.store.first_screen`): shown at start
before the data layer is up, and kept again each time the list reads its first page.

Mixed into :class:`~canvass.ui.screens.call_list.CallList`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from canvass.services import kept_page as first_screen
from canvass.ui.widgets.company_table import CompanyTable

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.kept_page import FirstScreen, View
    from canvass.services.rows import PageCursor, PriorityCounts, PriorityRow
    from canvass.ui.screens.list_choice import ListChoice

    _Base = Screen[None]
else:
    _Base = object


@dataclass(frozen=True)
class KeptPage:
    """Where the first page is kept, and for which database file."""

    path: Path
    database: Path


@dataclass(frozen=True)
class Page:
    """A first page as read: counts, rows, the next page's cursor."""

    counts: PriorityCounts | None
    rows: list[PriorityRow]
    cursor: PageCursor | None


class CallListFirstScreen(_Base):
    """Shows a kept first page at once; keeps each new first page for the next start."""

    if TYPE_CHECKING:
        _services: Services
        _clock: Callable[[], datetime]
        _list: ListChoice
        _by_name: bool
        _show_skipped: bool
        _recent_days: int
        _rows: list[PriorityRow]
        _by_id: dict[int, PriorityRow]
        _counts: PriorityCounts | None
        _all: PriorityCounts | None
        _total: int | None
        _loading: bool
        consultant: str
        initials: str

        def _add_rows(self, rows: list[PriorityRow]) -> None: ...
        def _update_header(self) -> None: ...

    _kept_page: KeptPage | None = None
    _shown_kept: FirstScreen | None = None

    def keep_first_page(self, kept: KeptPage | None, shown: FirstScreen | None) -> None:
        """Before mounting: where to keep the first page, and the kept one to show now."""
        self._kept_page = kept
        self._shown_kept = shown

    def _show_kept_page(self) -> None:
        """On mount: the kept page, as the list will show it when its data is read."""
        kept = self._shown_kept
        if kept is None:
            return
        self._list = type(self._list)(kept.view.list_id, kept.list_name or self._list.name)
        self._counts = self._all = kept.counts
        self._total = None if kept.counts is None else kept.counts.listed
        self._add_rows(list(kept.rows))
        self._loading = True  # no next page until the real first page is in
        self._update_header()

    def _view(self) -> View:
        return first_screen.View(
            consultant=self.initials,
            list_id=self._list.list_id,
            by_name=self._by_name,
            show_skipped=self._show_skipped,
            recent_days=self._recent_days,
        )

    def _read_first_page(
        self, now: datetime, consultant_id: int | None, segments: tuple[str, ...], limit: int
    ) -> Page:
        """The first page without a search; kept for the next start when that is on."""
        lists, kept = self._services.lists, self._kept_page
        first = lists.first_page(
            list_id=self._list.list_id, limit=limit, now=now, consultant_id=consultant_id,
            recent_days=self._recent_days, segments=segments,
            include_skipped=self._show_skipped, by_name=self._by_name,
            proof=kept is not None and bool(self.initials),
            consultant=self.initials if kept is not None else "",
        )  # fmt: skip
        if kept is not None and first.proof is not None:
            screen = first_screen.FirstScreen(
                view=self._view(),
                proof=first.proof,
                counts=first.counts,
                rows=tuple(first.rows),
                list_name=self._list.name,
                segments=segments,
                recipe=first.recipe,
            )
            first_screen.save(
                first_screen.file_for(kept.path, kept.database, self.initials), screen
            )
        return Page(first.counts, first.rows, first.cursor)

    def _replace_kept(self, table: CompanyTable) -> int | None:
        """The real first page replaces a kept one: the company the cursor is on."""
        if self._shown_kept is None:
            return None
        self._shown_kept = None
        current = table.highlighted
        return None if current is None else int(getattr(current, "id", 0))
