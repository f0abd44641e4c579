"""All the services of one open database (:meth:`Services.of`), each made on first use.

A service is a thin owner of use cases over the store; importing one imports its store
modules (the call facts, the statistics' tallies, the CSV import and iCalendar, the
sparring reviews …). Made on first use, the app's first page needs only the few services
it reads — the boot thread had imported all sixteen first, 0.1 s more before the list
could be read — and the rest come when a screen asks for them (or the boot's preload
imports their screens).
"""

from __future__ import annotations

import threading
from importlib import import_module
from typing import TYPE_CHECKING, Generic, TypeVar, overload

if TYPE_CHECKING:
    from canvass.services.calls import CallService
    from canvass.services.companies import CompanyService
    from canvass.services.consultants import ConsultantService
    from canvass.services.feedback import FeedbackService
    from canvass.services.followup import FollowupService
    from canvass.services.history import HistoryService
    from canvass.services.lists import ListService
    from canvass.services.observe import ObserveService
    from canvass.services.privacy import PrivacyService
    from canvass.services.reviews import ReviewService
    from canvass.services.stats import StatsService
    from canvass.services.stats_trends import TrendService
    from canvass.services.team import TeamService
    from canvass.services.today import TodayService
    from canvass.services.transfer import TransferService
    from canvass.store.store import Store

_S = TypeVar("_S")
_MADE = threading.Lock()


class _Made(Generic[_S]):
    """A service of :class:`Services`, made on first use and kept (one per Services)."""

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name
        self._attribute = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, services: None, owner: type) -> _Made[_S]: ...

    @overload
    def __get__(self, services: Services, owner: type) -> _S: ...

    def __get__(self, services: Services | None, owner: type) -> _Made[_S] | _S:
        if services is None:
            return self
        service_class = getattr(import_module(self._module), self._name)  # (not under the lock)
        with _MADE:  # two threads asking at once get the same one
            made: _S | None = services.__dict__.get(self._attribute)
            if made is None:
                made = services.__dict__[self._attribute] = service_class(services.store)
        return made


class Services:
    """Every service of one open database."""

    calls: _Made[CallService] = _Made("canvass.services.calls", "CallService")
    companies: _Made[CompanyService] = _Made("canvass.services.companies", "CompanyService")
    consultants: _Made[ConsultantService] = _Made(
        "canvass.services.consultants", "ConsultantService"
    )
    feedback: _Made[FeedbackService] = _Made("canvass.services.feedback", "FeedbackService")
    followup: _Made[FollowupService] = _Made("canvass.services.followup", "FollowupService")
    history: _Made[HistoryService] = _Made("canvass.services.history", "HistoryService")
    lists: _Made[ListService] = _Made("canvass.services.lists", "ListService")
    observe: _Made[ObserveService] = _Made("canvass.services.observe", "ObserveService")
    privacy: _Made[PrivacyService] = _Made("canvass.services.privacy", "PrivacyService")
    reviews: _Made[ReviewService] = _Made("canvass.services.reviews", "ReviewService")
    stats: _Made[StatsService] = _Made("canvass.services.stats", "StatsService")
    team: _Made[TeamService] = _Made("canvass.services.team", "TeamService")
    trends: _Made[TrendService] = _Made("canvass.services.stats_trends", "TrendService")
    today: _Made[TodayService] = _Made("canvass.services.today", "TodayService")
    transfer: _Made[TransferService] = _Made("canvass.services.transfer", "TransferService")

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def of(cls, store: Store) -> Services:
        """The services on ``store`` (which stays the caller's to close)."""
        return cls(store)

    def close(self) -> None:
        """Close the database."""
        self.store.close()

    def __repr__(self) -> str:
        return f"Services({self.store!r})"
