"""Services that arrive after the first frame (the app paints before its data layer loads).

Importing SQLAlchemy, SQLModel and the tables and opening the database take about a
second; the app shows its first screen before that and builds the real
:class:`~canvass.services.registry.Services` in a thread of its own. Until they
arrive, :class:`LateServices` stands in: reading any attribute waits for them — the
screens read the services only in worker threads, so a worker started at once simply
starts its query a moment later. No Textual here.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from canvass.errors import StoreError
from canvass.i18n import t

if TYPE_CHECKING:
    from canvass.services.registry import Services


class LateServices:
    """Stands in for :class:`Services` until :meth:`arrive` (or :meth:`fail`)."""

    def __init__(self) -> None:
        self._ready = threading.Event()
        self._services: Services | None = None
        self._error: BaseException | None = None

    @property
    def arrived(self) -> bool:
        """True once the services are here (or will never be)."""
        return self._ready.is_set()

    def arrive(self, services: Services) -> None:
        """The services are built: every waiting reader goes on."""
        self._services = services
        self._ready.set()

    def fail(self, error: BaseException) -> None:
        """The database could not be opened (or the app closes first): readers get
        ``error`` instead of waiting for ever."""
        if not self._ready.is_set():
            self._error = error
            self._ready.set()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        self._ready.wait()
        if self._services is None:
            raise self._error or StoreError(t("app.closing"), t("store.error.title"))
        return getattr(self._services, name)
