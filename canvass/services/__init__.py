"""The services between the screens (and the command line) and the store.

Each service owns a use case and its transactions; it calls the store's repositories
(functions that take a session) and returns frozen dataclasses
(:mod:`canvass.services.rows`). No Textual here. Build them all at once with
:meth:`Services.of` on an open :class:`Store`.

Loaded lazily (PEP 562): ``from canvass.services import Services`` imports the services,
the store and SQLAlchemy on first use, so that a module which only needs the light
ones (``canvass.services.rows``) — and the app's first frame — does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvass.lazy import lazy_getattr

if TYPE_CHECKING:
    from canvass.services.calls import CallService as CallService
    from canvass.services.calls import OpenedCall as OpenedCall
    from canvass.services.calls import Refusal as Refusal
    from canvass.services.calls import choose_script as choose_script
    from canvass.services.companies import CompanyService as CompanyService
    from canvass.services.consultants import ConsultantService as ConsultantService
    from canvass.services.feedback import FeedbackService as FeedbackService
    from canvass.services.followup import FollowupService as FollowupService
    from canvass.services.history import HistoryService as HistoryService
    from canvass.services.lists import ListService as ListService
    from canvass.services.live_call import LiveCall as LiveCall
    from canvass.services.observe import ObserveService as ObserveService
    from canvass.services.privacy import PrivacyService as PrivacyService
    from canvass.services.registry import Services as Services
    from canvass.services.reviews import ReviewService as ReviewService
    from canvass.services.search_log import SearchLog as SearchLog
    from canvass.services.stats import StatsService as StatsService
    from canvass.services.stats_trends import TrendService as TrendService
    from canvass.services.team import TeamService as TeamService
    from canvass.services.today import TodayService as TodayService
    from canvass.services.transfer import TransferService as TransferService
    from canvass.store.store import Store as Store
    from canvass.store.writer import Writer as Writer

_WHERE = {
    "CallService": "canvass.services.calls",
    "CompanyService": "canvass.services.companies",
    "ConsultantService": "canvass.services.consultants",
    "FeedbackService": "canvass.services.feedback",
    "FollowupService": "canvass.services.followup",
    "HistoryService": "canvass.services.history",
    "ListService": "canvass.services.lists",
    "LiveCall": "canvass.services.live_call",
    "ObserveService": "canvass.services.observe",
    "OpenedCall": "canvass.services.calls",
    "PrivacyService": "canvass.services.privacy",
    "Refusal": "canvass.services.calls",
    "ReviewService": "canvass.services.reviews",
    "SearchLog": "canvass.services.search_log",
    "Services": "canvass.services.registry",
    "StatsService": "canvass.services.stats",
    "Store": "canvass.store.store",
    "TeamService": "canvass.services.team",
    "TodayService": "canvass.services.today",
    "TrendService": "canvass.services.stats_trends",
    "TransferService": "canvass.services.transfer",
    "Writer": "canvass.store.writer",
    "choose_script": "canvass.services.calls",
}

__all__ = sorted(_WHERE)


__getattr__ = lazy_getattr(__name__, globals(), _WHERE)
