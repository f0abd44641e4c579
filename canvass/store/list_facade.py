"""The :class:`~canvass.store.store.Store` methods for managing call lists and marking
companies, kept here so store.py stays small. Like every Store method, each opens its
own short session (one transaction) and returns frozen dataclasses.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING

from canvass.store import company_flags as flags
from canvass.store import list_admin as admin

if TYPE_CHECKING:
    from sqlmodel import Session

    from canvass.store.call_lists import CallListInfo


class ListAdminMethods:
    """Mixed into :class:`~canvass.store.store.Store`."""

    if TYPE_CHECKING:

        def session(self, *, write: bool = False) -> AbstractContextManager[Session]: ...

    def call_list(self, list_id: int) -> CallListInfo | None:
        """One named list with its member count, or None when it no longer exists."""
        with self.session() as session:
            return admin.call_list(session, list_id)

    def segments(self) -> list[admin.SegmentInfo]:
        """The segments present in the companies, with their company counts."""
        with self.session() as session:
            return admin.segments(session)

    def create_list_from_search(
        self, name: str, search: str, *, within: int | None = None, script_id: str | None = None
    ) -> admin.CreatedList:
        """A new list with the companies the search finds (in list ``within``, if given).

        Raises :class:`~canvass.store.list_admin.ListNameError` for an empty or taken name.
        """
        with self.session(write=True) as session:
            return admin.create_list_from_search(
                session, name, search, within=within, script_id=script_id
            )

    def create_list_from_segment(
        self, name: str, segment: str, *, script_id: str | None = None
    ) -> admin.CreatedList:
        """A new list with every company in the segment (``ListNameError`` on a bad name)."""
        with self.session(write=True) as session:
            return admin.create_list_from_segment(session, name, segment, script_id=script_id)

    def add_to_list(self, list_id: int, company_id: int) -> bool:
        """Put a company on a list; False when it was on it already."""
        with self.session(write=True) as session:
            return admin.add_to_list(session, list_id, company_id)

    def remove_from_list(self, list_id: int, company_id: int) -> bool:
        """Take a company off a list; False when it was not on it."""
        with self.session(write=True) as session:
            return admin.remove_from_list(session, list_id, company_id)

    def rename_list(self, list_id: int, name: str) -> str:
        """Rename a list; returns the stored name (``ListNameError`` on a bad name)."""
        with self.session(write=True) as session:
            return admin.rename_list(session, list_id, name)

    def delete_list(self, list_id: int) -> int:
        """Delete a list, keeping its companies; how many were on it."""
        with self.session(write=True) as session:
            return admin.delete_list(session, list_id)

    def company_flags(self, company_id: int) -> flags.CompanyFlags | None:
        """A company's key-account, do-not-call and reklamebeskyttet marks."""
        with self.session() as session:
            return flags.company_flags(session, company_id)

    def set_company_flag(
        self, company_id: int, flag: str, value: bool, at: datetime
    ) -> flags.CompanyFlags:
        """Set one of the company's marks at once; returns all three as stored."""
        with self.session(write=True) as session:
            return flags.set_company_flag(session, company_id, flag, value, at)
