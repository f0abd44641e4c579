"""The services between the screens (and the command line) and the store.

Each service owns a use case and its transactions; it calls the store's repositories
(functions that take a session) and returns frozen dataclasses
(:mod:`canvass.services.rows`). No Textual here. Build them all at once with
:meth:`Services.of` on an open :class:`Store`.
"""

from __future__ import annotations

from dataclasses import dataclass

from canvass.services.calls import CallService, OpenedCall, Refusal, choose_script
from canvass.services.companies import CompanyService
from canvass.services.consultants import ConsultantService
from canvass.services.feedback import FeedbackService
from canvass.services.followup import FollowupService
from canvass.services.history import HistoryService
from canvass.services.lists import ListService
from canvass.services.live_call import LiveCall
from canvass.services.observe import ObserveService
from canvass.services.privacy import PrivacyService
from canvass.services.reviews import ReviewService
from canvass.services.search_log import SearchLog
from canvass.services.stats import StatsService
from canvass.services.stats_trends import TrendService
from canvass.services.team import TeamService
from canvass.services.today import TodayService
from canvass.services.transfer import TransferService
from canvass.store.store import Store
from canvass.store.writer import Writer


@dataclass(frozen=True)
class Services:
    """Every service of one open database."""

    store: Store
    calls: CallService
    companies: CompanyService
    consultants: ConsultantService
    feedback: FeedbackService
    followup: FollowupService
    history: HistoryService
    lists: ListService
    observe: ObserveService
    privacy: PrivacyService
    reviews: ReviewService
    stats: StatsService
    team: TeamService
    trends: TrendService
    today: TodayService
    transfer: TransferService

    @classmethod
    def of(cls, store: Store) -> Services:
        """The services on ``store`` (which stays the caller's to close)."""
        return cls(
            store=store,
            calls=CallService(store),
            companies=CompanyService(store),
            consultants=ConsultantService(store),
            feedback=FeedbackService(store),
            followup=FollowupService(store),
            history=HistoryService(store),
            lists=ListService(store),
            observe=ObserveService(store),
            privacy=PrivacyService(store),
            reviews=ReviewService(store),
            stats=StatsService(store),
            team=TeamService(store),
            trends=TrendService(store),
            today=TodayService(store),
            transfer=TransferService(store),
        )

    def close(self) -> None:
        """Close the database."""
        self.store.close()


__all__ = [
    "CallService",
    "CompanyService",
    "ConsultantService",
    "FeedbackService",
    "FollowupService",
    "HistoryService",
    "ListService",
    "LiveCall",
    "ObserveService",
    "OpenedCall",
    "PrivacyService",
    "Refusal",
    "ReviewService",
    "SearchLog",
    "Services",
    "StatsService",
    "Store",
    "TeamService",
    "TodayService",
    "TransferService",
    "Writer",
    "choose_script",
]
