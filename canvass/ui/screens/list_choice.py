"""Which call list the consultant works: a value the call list holds from its first frame
(the list dialogs, :mod:`canvass.ui.screens.list_dialogs`, load when first opened)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListChoice:
    """The list to work: ``list_id=None`` is every company."""

    list_id: int | None
    name: str
    script_id: str | None = None
