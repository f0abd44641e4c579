"""The plain, frozen results (and refusals) the services hand to the UI.

Re-exported here so the UI never imports the store: these are values, not ORM objects,
and safe to pass from a worker thread to the screen.
"""

from canvass.store.call_lists import (
    OVERRIDABLE,
    CallListInfo,
    PageCursor,
    Priority,
    PriorityCounts,
    PriorityRow,
    SkipReason,
)
from canvass.store.calls import CompanyClaimed, OpenCall, SessionStats
from canvass.store.cards import CompanyCard, ContactInfo, PastCall
from canvass.store.commitments import ColleagueCallback
from canvass.store.company_flags import FLAGS, CompanyFlags
from canvass.store.corrections import CallState
from canvass.store.feedback import CommentRow, CommitmentRow, InboxRow
from canvass.store.feedback import Subject as ReviewSubject
from canvass.store.followup import (
    JOB_ORDER_STATUSES,
    CallbackRow,
    JobOrderRow,
    MeetingRow,
    check_job_order,
    next_job_order_status,
)
from canvass.store.history import HistoryCall, Revision
from canvass.store.list_admin import CreatedList, ListMissingError, ListNameError, SegmentInfo
from canvass.store.models import MeetingStatus
from canvass.store.rows import CompanyRow, ConsultantInfo, DemoSummary
from canvass.store.today import DueCallback, Today

__all__ = [
    "FLAGS",
    "JOB_ORDER_STATUSES",
    "OVERRIDABLE",
    "CallListInfo",
    "CallState",
    "CallbackRow",
    "ColleagueCallback",
    "CommentRow",
    "CommitmentRow",
    "CompanyCard",
    "CompanyClaimed",
    "CompanyFlags",
    "CompanyRow",
    "ConsultantInfo",
    "ContactInfo",
    "CreatedList",
    "DemoSummary",
    "DueCallback",
    "HistoryCall",
    "InboxRow",
    "JobOrderRow",
    "ListMissingError",
    "ListNameError",
    "MeetingRow",
    "MeetingStatus",
    "OpenCall",
    "PageCursor",
    "PastCall",
    "Priority",
    "PriorityCounts",
    "PriorityRow",
    "ReviewSubject",
    "Revision",
    "SegmentInfo",
    "SessionStats",
    "SkipReason",
    "Today",
    "check_job_order",
    "next_job_order_status",
]
