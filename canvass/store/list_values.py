"""The values and refusals of managing call lists (:mod:`canvass.store.list_admin`):
plain Python with no SQLAlchemy, so that the list screens import them cheaply."""

from __future__ import annotations

from dataclasses import dataclass

from canvass.i18n import t

#: The longest list name the database holds.
NAME_MAX = 120


class ListNameError(ValueError):
    """A list name that cannot be used; ``reason`` is ``empty``, ``too_long`` or ``taken``."""

    def __init__(self, reason: str, name: str) -> None:
        self.reason = reason
        self.message = t(f"lists.admin.name_{reason}", name=name, limit=NAME_MAX)
        super().__init__(self.message)


class ListMissingError(LookupError):
    """The list was deleted meanwhile (by a colleague, or in another canvass)."""

    def __init__(self, list_id: int) -> None:
        self.message = t("lists.admin.list_missing")
        super().__init__(list_id)


@dataclass(frozen=True)
class SegmentInfo:
    """A segment found in the companies, and how many companies have it."""

    name: str
    companies: int


@dataclass(frozen=True)
class CreatedList:
    """A new list and how many companies were put on it."""

    id: int
    name: str
    members: int
