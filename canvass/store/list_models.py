"""The call-list tables: named lists, their members, and the reasons a consultant gave for
calling a company the prioritised list would skip.

Kept apart from :mod:`canvass.store.models` (which imports them, so they are in every
metadata and importable from there), like the audit table.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, SQLModel


def _utcnow() -> datetime:
    return datetime.now(UTC)


class CallList(SQLModel, table=True):
    """A named list of companies to call, e.g. one imported CSV file."""

    __tablename__ = "call_list"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    script_id: str | None = Field(default=None, max_length=80)
    created_at: datetime = Field(default_factory=_utcnow)


class CallListMember(SQLModel, table=True):
    """A company on a call list."""

    __tablename__ = "call_list_member"

    list_id: int = Field(foreign_key="call_list.id", ondelete="CASCADE", primary_key=True)
    # Indexed so deleting a company finds its memberships without a scan.
    company_id: int = Field(
        foreign_key="company.id", ondelete="CASCADE", primary_key=True, index=True
    )


class SkipOverride(SQLModel, table=True):
    """A consultant's stated reason for calling a company the list would skip."""

    __tablename__ = "skip_override"
    __table_args__ = (
        CheckConstraint("reason <> ''", name="ck_skip_override_reason"),
        Index("ix_skip_override_company_kind", "company_id", "kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    consultant_id: int = Field(foreign_key="consultant.id")
    kind: str = Field(max_length=20)  # which skip rule was overridden: ad_protected, recent
    reason: str = Field(sa_type=Text)
    created_at: datetime = Field(default_factory=_utcnow)
