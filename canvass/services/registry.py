"""All the services of one open database, built together (:meth:`Services.of`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
from canvass.services.team import TeamService
from canvass.services.today import TodayService
from canvass.services.transfer import TransferService

if TYPE_CHECKING:
    from canvass.store.store import Store


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
            today=TodayService(store),
            transfer=TransferService(store),
        )

    def close(self) -> None:
        """Close the database."""
        self.store.close()
