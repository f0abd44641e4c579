"""The audit table: who read, searched, exported, changed or erased whose data, and when.

Kept apart from :mod:`canvass.store.models` (which imports it, so it is in every
``SQLModel.metadata``). The subject columns are plain integers, not foreign keys: a line
must outlive the contact person or call it names — after ``canvass forget`` the line
saying so is what remains. ``detail`` holds no personal data beyond ids, except the
words of a search (see :mod:`canvass.store.audit`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Text
from sqlmodel import Field, SQLModel


class AuditAction(StrEnum):
    """What was done. Changing the list needs a migration step (the CHECK below)."""

    READ_CARD = "read_card"
    SEARCH = "search"
    EXPORT = "export"
    CHANGE = "change"
    DELETE = "delete"
    FORGET = "forget"
    PURGE = "purge"
    IMPORT = "import"


def _utcnow() -> datetime:
    return datetime.now(UTC)


_ACTIONS = ", ".join(repr(a.value) for a in AuditAction)


class AuditLine(SQLModel, table=True):
    """One audited action on personal data."""

    __tablename__ = "audit_line"
    __table_args__ = (CheckConstraint(f"action IN ({_ACTIONS})", name="ck_audit_line_action"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_utcnow, index=True)
    consultant_id: int | None = Field(
        default=None, foreign_key="consultant.id", ondelete="SET NULL"
    )
    actor: str = Field(max_length=64)  # the consultant's initials, else the login name
    action: str = Field(max_length=20)
    company_id: int | None = Field(default=None, index=True)
    contact_id: int | None = Field(default=None, index=True)
    call_id: int | None = None
    detail: str = Field(default="", sa_type=Text)
