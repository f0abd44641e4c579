"""Moving data in and out: a company list from CSV in, meetings (.ics) and calls (CSV) out."""

from __future__ import annotations

from datetime import date, datetime

from canvass.services.base import Service
from canvass.store.audit import Actor
from canvass.transfer.apply_import import ImportSummary, apply_import
from canvass.transfer.csv_export import CallExport, calls_csv, load_calls
from canvass.transfer.csv_import import ImportPlan, Progress
from canvass.transfer.ics_export import MeetingExport, load_meetings, meetings_calendar


class TransferService(Service):
    """Import and export, each in one transaction of the store."""

    def import_companies(
        self,
        plan: ImportPlan,
        list_name: str | None = None,
        *,
        dry_run: bool = False,
        audit_as: Actor | int | None = None,
        source: str = "",
        progress: Progress | None = None,
    ) -> ImportSummary:
        """Import a checked plan (onto the call list ``list_name``, if given), logged as
        ``audit_as`` from ``source``, telling ``progress`` how far it is; see
        :func:`canvass.transfer.apply_import.apply_import`."""
        return apply_import(
            self._store, plan, list_name, dry_run=dry_run, audit_as=audit_as, source=source,
            progress=progress,
        )  # fmt: skip

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
        audit_as: Actor | int | None = None,
    ) -> bytes:
        """The .ics file of those meetings (logged as an export by ``audit_as``)."""
        return meetings_calendar(
            self._store,
            start=start,
            end=end,
            consultant_id=consultant_id,
            now=now,
            audit_as=audit_as,
        )

    def calls_csv(
        self,
        *,
        start: date | None,
        end: date | None,
        consultant_id: int | None,
        audit_as: Actor | int | None = None,
    ) -> bytes:
        """The CSV file of those calls (logged as an export by ``audit_as``)."""
        return calls_csv(
            self._store, start=start, end=end, consultant_id=consultant_id, audit_as=audit_as
        )
