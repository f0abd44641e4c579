"""Moving data in and out: a company list from CSV in, meetings (.ics) and calls (CSV) out."""

from __future__ import annotations

from datetime import date, datetime

from canvass.services.base import Service
from canvass.transfer.apply_import import ImportSummary, apply_import
from canvass.transfer.csv_export import CallExport, calls_csv, load_calls
from canvass.transfer.csv_import import ImportPlan
from canvass.transfer.ics_export import MeetingExport, load_meetings, meetings_calendar


class TransferService(Service):
    """Import and export, each in one transaction of the store."""

    def import_companies(
        self, plan: ImportPlan, list_name: str | None = None, *, dry_run: bool = False
    ) -> ImportSummary:
        """Import a checked plan (onto the call list ``list_name``, if given); see
        :func:`canvass.transfer.apply_import.apply_import`."""
        return apply_import(self._store, plan, list_name, dry_run=dry_run)

    def meetings(
        self, *, start: date | None, end: date | None, consultant_id: int | None
    ) -> list[MeetingExport]:
        """The meetings from ``start`` to ``end`` (of one consultant, if given)."""
        return load_meetings(self._store, start=start, end=end, consultant_id=consultant_id)

    def calls(
        self, *, start: date | None, end: date | None, consultant_id: int | None
    ) -> list[CallExport]:
        """The calls from ``start`` to ``end`` (of one consultant, if given)."""
        return load_calls(self._store, start=start, end=end, consultant_id=consultant_id)

    def meetings_calendar(
        self,
        *,
        start: date | None,
        end: date | None,
        consultant_id: int | None,
        now: datetime | None = None,
    ) -> bytes:
        """The .ics file of those meetings."""
        return meetings_calendar(
            self._store, start=start, end=end, consultant_id=consultant_id, now=now
        )

    def calls_csv(
        self, *, start: date | None, end: date | None, consultant_id: int | None
    ) -> bytes:
        """The CSV file of those calls."""
        return calls_csv(self._store, start=start, end=end, consultant_id=consultant_id)
