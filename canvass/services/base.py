"""What every service shares: the open store, whose transactions it begins."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from canvass.store.store import Store


class Service:
    """A use case's entry point; each public method is one transaction (or none)."""

    def __init__(self, store: Store) -> None:
        self._store = store
