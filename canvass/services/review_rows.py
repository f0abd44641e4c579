"""The frozen results of :class:`canvass.services.reviews.ReviewService`, re-exported so the
UI never imports the store."""

from canvass.store.review_records import ReviewRecord, VersionRow
from canvass.store.review_timeline import Goal, Moment, PhaseSpan, Timeline
from canvass.store.reviews import PairCount, QueueRow

__all__ = [
    "Goal",
    "Moment",
    "PairCount",
    "PhaseSpan",
    "QueueRow",
    "ReviewRecord",
    "Timeline",
    "VersionRow",
]
