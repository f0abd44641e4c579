"""The indexes on ``company`` behind the prioritised list (revision 0009).

Each group of the order (:mod:`canvass.store.priority`) walks one index from the
cursor and stops after the page: overdue and due callbacks ``ix_company_callback_order``,
key accounts ``ix_company_key_order``, never-called companies ``ix_company_never_called``
(the rest walk ``ix_company_sort_name``). ``ix_company_skip_state`` holds every column
the skip rules read, so the count is one pass over an index instead of the table.
"""

from __future__ import annotations

from sqlalchemy import Index

#: The columns the skip rules read.
SKIP_STATE = (
    "do_not_call",
    "ad_protected",
    "ad_override",
    "meeting_until",
    "last_reached_at",
    "recent_override_at",
    "next_callback_at",
)

PRIORITY_INDEXES: tuple[Index, ...] = (
    Index("ix_company_callback_order", "next_callback_at", "sort_name", "id"),
    Index("ix_company_key_order", "key_account", "sort_name", "id"),
    Index("ix_company_never_called", "last_call_at", "sort_name", "id"),
    Index("ix_company_skip_state", *SKIP_STATE),
)
