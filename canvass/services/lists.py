"""Call lists: the prioritised order, its counts, the named lists and their members."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from canvass.services.base import Service
from canvass.store import call_lists as lists
from canvass.store import list_admin as admin
from canvass.store import priority
from canvass.store.first_recipe import Recipe
from canvass.store.first_screen import Proof
from canvass.store.first_screen_proof import first_page_with_proof


@dataclass(frozen=True)
class FirstPage:
    """The first page of a list with its counts, and its proof for the next start."""

    counts: lists.PriorityCounts
    rows: list[lists.PriorityRow]
    cursor: lists.PageCursor | None
    proof: Proof | None
    recipe: Recipe | None = None  # how the next start reads it (for ``consultant``)


@dataclass(frozen=True)
class SearchPage:
    """The first page of a search (the skipped ones shown), with its counts when they
    came in the same pass (None: ask :meth:`ListService.count_prioritised`)."""

    rows: list[lists.PriorityRow]
    cursor: lists.PageCursor | None
    counts: lists.PriorityCounts | None


class ListService(Service):
    """What the call list screen and the list dialogs read and change."""

    def prioritised_rows(
        self,
        *,
        list_id: int | None,
        search: str = "",
        offset: int = 0,
        limit: int = 200,
        now: datetime,
        consultant_id: int | None,
        recent_days: int,
        segments: Iterable[str] = (),
        include_skipped: bool = False,
        by_name: bool = False,
    ) -> list[lists.PriorityRow]:
        """One page of a list (``None``: every company) in the prioritised order, at
        ``offset`` (walked from the top: for small offsets; a screen pages with
        :meth:`prioritised_page`).

        ``segments`` are the target segments of the list's script; ``by_name`` orders
        alphabetically instead. See :mod:`canvass.store.call_lists` for the rules.
        """
        query = lists.PriorityQuery(
            list_id, search, now, consultant_id, recent_days, tuple(segments),
            include_skipped, by_name,
        )  # fmt: skip
        return self._store.read(lambda s: priority.prioritised_rows(s, query, offset, limit))

    def prioritised_page(
        self,
        *,
        list_id: int | None,
        search: str = "",
        after: lists.PageCursor | None = None,
        limit: int = 200,
        now: datetime,
        consultant_id: int | None,
        recent_days: int,
        segments: Iterable[str] = (),
        include_skipped: bool = False,
        by_name: bool = False,
    ) -> tuple[list[lists.PriorityRow], lists.PageCursor | None]:
        """The ``limit`` rows after ``after`` (None: from the top) and the cursor for the
        next page (None after the last). Any page costs the same (keyset paging)."""
        query = lists.PriorityQuery(
            list_id, search, now, consultant_id, recent_days, tuple(segments),
            include_skipped, by_name,
        )  # fmt: skip
        return self._store.read(lambda s: priority.prioritised_page(s, query, after, limit))

    def search_page(
        self,
        *,
        list_id: int | None,
        search: str,
        limit: int = 200,
        now: datetime,
        consultant_id: int | None,
        recent_days: int,
        segments: Iterable[str] = (),
        by_name: bool = False,
    ) -> SearchPage:
        """The first page of a search as the call list shows it (skipped ones too: a
        search looks for one company), and its counts when the page read every match to
        sort them (a search that matches few, or a long one found through the index)."""
        query = lists.PriorityQuery(
            list_id, search, now, consultant_id, recent_days, tuple(segments), True, by_name
        )
        return self._store.read(
            lambda s: SearchPage(*priority.prioritised_page_counted(s, query, None, limit))
        )

    def count_prioritised(
        self,
        *,
        list_id: int | None,
        search: str = "",
        now: datetime,
        consultant_id: int | None = None,
        recent_days: int,
        segments: Iterable[str] = (),
    ) -> lists.PriorityCounts:
        """How many companies the prioritised list shows, and how many it skips."""
        query = lists.PriorityQuery(
            list_id, search, now, consultant_id, recent_days, tuple(segments)
        )
        return self._store.read(lambda s: priority.count_prioritised(s, query))

    def first_page(
        self,
        *,
        list_id: int | None,
        limit: int = 200,
        now: datetime,
        consultant_id: int | None,
        recent_days: int,
        segments: Iterable[str] = (),
        include_skipped: bool = False,
        by_name: bool = False,
        proof: bool = False,
        consultant: str = "",
    ) -> FirstPage:
        """The list's counts and first page (no search) in one transaction; with
        ``proof``, also what lets the next start show them at once
        (:mod:`canvass.store.first_screen`; None on PostgreSQL) and, for ``consultant``
        (initials), how it can be read then without the data layer
        (:mod:`canvass.store.first_recipe`)."""
        query = lists.PriorityQuery(
            list_id, "", now, consultant_id, recent_days, tuple(segments),
            include_skipped, by_name,
        )  # fmt: skip
        counted = replace(query, include_skipped=False, by_name=False)
        return self._store.read(
            lambda s: FirstPage(
                *first_page_with_proof(s, query, limit, counted, proof=proof, consultant=consultant)
            )
        )

    def override_skip(
        self, company_id: int, consultant_id: int, kind: str, reason: str, at: datetime
    ) -> int:
        """Store the reason for calling a company the list skips (reklamebeskyttet, recent)."""
        return self._store.write(
            lambda s: lists.override_skip(s, company_id, consultant_id, kind, reason, at)
        )

    # -- named lists -------------------------------------------------------------------

    def call_lists(self) -> list[lists.CallListInfo]:
        """Every named call list with its member count, by name."""
        return self._store.read(lists.call_lists)

    def call_list(self, list_id: int) -> lists.CallListInfo | None:
        """One named list with its member count, or None when it no longer exists."""
        return self._store.read(lambda s: admin.call_list(s, list_id))

    def create_call_list(self, name: str, script_id: str | None = None) -> int:
        """Create a named list; returns its id."""
        return self._store.write(lambda s: lists.create_call_list(s, name, script_id))

    def set_list_script(self, list_id: int, script_id: str | None) -> None:
        """Choose the script calls from this list start with."""
        self._store.write(lambda s: lists.set_list_script(s, list_id, script_id))

    def segments(self) -> list[admin.SegmentInfo]:
        """The segments present in the companies, with their company counts."""
        return self._store.read(admin.segments)

    def create_list_from_search(
        self, name: str, search: str, *, within: int | None = None, script_id: str | None = None
    ) -> admin.CreatedList:
        """A new list with the companies the search finds (in list ``within``, if given).

        Raises :class:`~canvass.store.list_admin.ListNameError` for an empty or taken name.
        """
        return self._store.write(
            lambda s: admin.create_list_from_search(
                s, name, search, within=within, script_id=script_id
            )
        )

    def create_list_from_segment(
        self, name: str, segment: str, *, script_id: str | None = None
    ) -> admin.CreatedList:
        """A new list with every company in the segment (``ListNameError`` on a bad name)."""
        return self._store.write(
            lambda s: admin.create_list_from_segment(s, name, segment, script_id=script_id)
        )

    def add_to_list(self, list_id: int, company_id: int) -> bool:
        """Put a company on a list; False when it was on it already."""
        return self._store.write(lambda s: admin.add_to_list(s, list_id, company_id))

    def remove_from_list(self, list_id: int, company_id: int) -> bool:
        """Take a company off a list; False when it was not on it."""
        return self._store.write(lambda s: admin.remove_from_list(s, list_id, company_id))

    def rename_list(self, list_id: int, name: str) -> str:
        """Rename a list; returns the stored name (``ListNameError`` on a bad name)."""
        return self._store.write(lambda s: admin.rename_list(s, list_id, name))

    def delete_list(self, list_id: int) -> int:
        """Delete a list, keeping its companies; how many were on it."""
        return self._store.write(lambda s: admin.delete_list(s, list_id))
