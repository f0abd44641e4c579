"""The plain, frozen results (and refusals) the services hand to the UI.

Re-exported here so the UI never imports the store: these are values, not ORM objects,
and safe to pass from a worker thread to the screen.

Loaded lazily (PEP 562): each name imports only the store module that defines it, so a
screen that needs a light value (a row, a count) does not import SQLAlchemy with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvass.lazy import lazy_getattr

if TYPE_CHECKING:
    from canvass.store.calls import CompanyClaimed as CompanyClaimed
    from canvass.store.calls import OpenCall as OpenCall
    from canvass.store.cards import CompanyCard as CompanyCard
    from canvass.store.cards import ContactInfo as ContactInfo
    from canvass.store.cards import PastCall as PastCall
    from canvass.store.commitments import ColleagueCallback as ColleagueCallback
    from canvass.store.company_flags import FLAGS as FLAGS
    from canvass.store.company_flags import CompanyFlags as CompanyFlags
    from canvass.store.corrections import CallState as CallState
    from canvass.store.feedback import CommentRow as CommentRow
    from canvass.store.feedback import CommitmentRow as CommitmentRow
    from canvass.store.feedback import InboxRow as InboxRow
    from canvass.store.followup import JOB_ORDER_STATUSES as JOB_ORDER_STATUSES
    from canvass.store.followup import CallbackRow as CallbackRow
    from canvass.store.followup import JobOrderRow as JobOrderRow
    from canvass.store.followup import MeetingRow as MeetingRow
    from canvass.store.followup import check_job_order as check_job_order
    from canvass.store.followup import next_job_order_status as next_job_order_status
    from canvass.store.history import HistoryCall as HistoryCall
    from canvass.store.history import Revision as Revision
    from canvass.store.list_values import CreatedList as CreatedList
    from canvass.store.list_values import ListMissingError as ListMissingError
    from canvass.store.list_values import ListNameError as ListNameError
    from canvass.store.list_values import SegmentInfo as SegmentInfo
    from canvass.store.models import MeetingStatus as MeetingStatus
    from canvass.store.priority_rows import OVERRIDABLE as OVERRIDABLE
    from canvass.store.priority_rows import CallListInfo as CallListInfo
    from canvass.store.priority_rows import PageCursor as PageCursor
    from canvass.store.priority_rows import Priority as Priority
    from canvass.store.priority_rows import PriorityCounts as PriorityCounts
    from canvass.store.priority_rows import PriorityRow as PriorityRow
    from canvass.store.priority_rows import SkipReason as SkipReason
    from canvass.store.rows import CompanyRow as CompanyRow
    from canvass.store.rows import ConsultantInfo as ConsultantInfo
    from canvass.store.rows import DemoSummary as DemoSummary
    from canvass.store.rows import SessionStats as SessionStats
    from canvass.store.today import DueCallback as DueCallback
    from canvass.store.today import Today as Today

_WHERE: dict[str, tuple[str, str]] = {
    "CallListInfo": ("canvass.store.priority_rows", "CallListInfo"),
    "CallState": ("canvass.store.corrections", "CallState"),
    "CallbackRow": ("canvass.store.followup", "CallbackRow"),
    "ColleagueCallback": ("canvass.store.commitments", "ColleagueCallback"),
    "CommentRow": ("canvass.store.feedback", "CommentRow"),
    "CommitmentRow": ("canvass.store.feedback", "CommitmentRow"),
    "CompanyCard": ("canvass.store.cards", "CompanyCard"),
    "CompanyClaimed": ("canvass.store.calls", "CompanyClaimed"),
    "CompanyFlags": ("canvass.store.company_flags", "CompanyFlags"),
    "CompanyRow": ("canvass.store.rows", "CompanyRow"),
    "ConsultantInfo": ("canvass.store.rows", "ConsultantInfo"),
    "ContactInfo": ("canvass.store.cards", "ContactInfo"),
    "CreatedList": ("canvass.store.list_values", "CreatedList"),
    "DemoSummary": ("canvass.store.rows", "DemoSummary"),
    "DueCallback": ("canvass.store.today", "DueCallback"),
    "FLAGS": ("canvass.store.company_flags", "FLAGS"),
    "HistoryCall": ("canvass.store.history", "HistoryCall"),
    "InboxRow": ("canvass.store.feedback", "InboxRow"),
    "JOB_ORDER_STATUSES": ("canvass.store.followup", "JOB_ORDER_STATUSES"),
    "JobOrderRow": ("canvass.store.followup", "JobOrderRow"),
    "ListMissingError": ("canvass.store.list_values", "ListMissingError"),
    "ListNameError": ("canvass.store.list_values", "ListNameError"),
    "MeetingRow": ("canvass.store.followup", "MeetingRow"),
    "MeetingStatus": ("canvass.store.models", "MeetingStatus"),
    "OVERRIDABLE": ("canvass.store.priority_rows", "OVERRIDABLE"),
    "OpenCall": ("canvass.store.calls", "OpenCall"),
    "PageCursor": ("canvass.store.priority_rows", "PageCursor"),
    "PastCall": ("canvass.store.cards", "PastCall"),
    "Priority": ("canvass.store.priority_rows", "Priority"),
    "PriorityCounts": ("canvass.store.priority_rows", "PriorityCounts"),
    "PriorityRow": ("canvass.store.priority_rows", "PriorityRow"),
    "ReviewSubject": ("canvass.store.feedback", "Subject"),
    "Revision": ("canvass.store.history", "Revision"),
    "SegmentInfo": ("canvass.store.list_values", "SegmentInfo"),
    "SessionStats": ("canvass.store.rows", "SessionStats"),
    "SkipReason": ("canvass.store.priority_rows", "SkipReason"),
    "Today": ("canvass.store.today", "Today"),
    "check_job_order": ("canvass.store.followup", "check_job_order"),
    "next_job_order_status": ("canvass.store.followup", "next_job_order_status"),
}

__all__ = sorted(_WHERE)


__getattr__ = lazy_getattr(__name__, globals(), _WHERE)
