"""The indexes on ``company`` behind the prioritised list (revision 0009).

Each group of the order (:mod:`canvass.store.priority`) walks one index from the
cursor and stops after the page: overdue and due callbacks ``ix_company_callback_order``,
key accounts ``ix_company_key_order``, never-called companies ``ix_company_never_called``
(the rest walk ``ix_company_sort_name``). The count counts each skip reason over a
range of its own ``ix_company_skip_*`` index, which covers the columns the rules read.
"""

from __future__ import annotations

from sqlalchemy import Index

#: The flags the skip rules read, after the column each reason's range starts with.
_FLAGS = ("do_not_call", "ad_protected", "ad_override")

PRIORITY_INDEXES: tuple[Index, ...] = (
    Index("ix_company_callback_order", "next_callback_at", "sort_name", "id"),
    Index("ix_company_key_order", "key_account", "sort_name", "id"),
    Index("ix_company_never_called", "last_call_at", "sort_name", "id"),
    # The count: do-not-call and reklamebeskyttet, a meeting ahead, called recently.
    Index("ix_company_skip_flags", *_FLAGS),
    Index("ix_company_skip_meeting", "meeting_until", *_FLAGS),
    Index(
        "ix_company_skip_recent",
        "last_reached_at",
        "recent_override_at",
        "next_callback_at",
        "meeting_until",
        *_FLAGS,
    ),
)
