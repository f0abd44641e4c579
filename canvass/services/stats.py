"""The statistics (issue 12, section 3): what is called, reached and booked, how far calls
get in BALA, which objections come up and which answers still end in a meeting, where
calls stop, the sparring done, and which tools are used — for a period and a grouping.

Who sees what (enforced here, not by a screen): trainers and team leads see every
consultant's figures (aggregated counts only — never a review's content); a consultant sees
their own figures, and asking for a colleague's is refused with :class:`AccessDenied`.
Every result is a frozen dataclass of counts and :class:`Rate` values, the same for the
``canvass stats`` command, a dashboard screen and a report; nothing is ordered by
performance (rows go by name or key). What each figure counts: :mod:`canvass.store.stats`.
"""

from __future__ import annotations

from sqlmodel import Session

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.stats import By, Period
from canvass.i18n import t
from canvass.services import stats_calls, stats_figures, stats_practice, stats_variants
from canvass.services.base import Service
from canvass.services.stats_rows import (
    AnswerRow,
    Figures,
    FunnelRow,
    ObjectionRow,
    PairRow,
    Report,
    Sparring,
    Stops,
    ToolRow,
    VariantRow,
    VariedItem,
)
from canvass.store import stats as q

__all__ = [
    "AnswerRow",
    "Figures",
    "FunnelRow",
    "ObjectionRow",
    "PairRow",
    "Report",
    "Sparring",
    "StatsService",
    "Stops",
    "ToolRow",
    "VariantRow",
    "VariedItem",
]


class StatsService(Service):
    """The statistics' reads; each method is one read transaction."""

    def report(
        self, actor: Actor, period: Period, by: By, consultant_id: int | None = None
    ) -> Report:
        """Every statistic at once (the command, a dashboard, a debrief)."""
        scope = self._scope(actor, period, consultant_id)

        def read(session: Session) -> Report:
            names = q.consultant_names(session)
            return Report(
                period=period,
                by=by,
                scope=stats_figures.scope_label(scope, names),
                overview=stats_figures.overview(session, scope, by, names),
                funnel=stats_figures.funnel(session, scope),
                variants=stats_variants.variants(session, scope),
                objections=stats_calls.objections(session, scope),
                stops=stats_calls.stops(session, scope),
                sparring=stats_practice.sparring(session, scope, names),
                tools=stats_practice.tools(session, scope, names),
            )

        return self._store.read(read)

    def overview(
        self, actor: Actor, period: Period, by: By, consultant_id: int | None = None
    ) -> tuple[Figures, ...]:
        """Calls, reached, meetings, hit-rates, job orders per ``by``."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(
            lambda s: stats_figures.overview(s, scope, by, q.consultant_names(s))
        )

    def funnel(
        self, actor: Actor, period: Period, consultant_id: int | None = None
    ) -> tuple[FunnelRow, ...]:
        """The BALA funnel per script version."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: stats_figures.funnel(s, scope))

    def variants(
        self, actor: Actor, period: Period, consultant_id: int | None = None
    ) -> tuple[VariedItem, ...]:
        """The A/B variants of each line and answer side by side, with their funnels."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: stats_variants.variants(s, scope))

    def objections(
        self, actor: Actor, period: Period, consultant_id: int | None = None
    ) -> tuple[ObjectionRow, ...]:
        """Each objection's uses, phases and answers with their meetings."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: stats_calls.objections(s, scope))

    def stops(self, actor: Actor, period: Period, consultant_id: int | None = None) -> Stops:
        """Where reached calls without a meeting stopped."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: stats_calls.stops(s, scope))

    def sparring(self, actor: Actor, period: Period, consultant_id: int | None = None) -> Sparring:
        """Reviews per pair, commitments, goals before calls."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: stats_practice.sparring(s, scope, q.consultant_names(s)))

    def tools(
        self, actor: Actor, period: Period, consultant_id: int | None = None
    ) -> tuple[ToolRow, ...]:
        """The debrief's tools used, per consultant and for the team."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: stats_practice.tools(s, scope, q.consultant_names(s)))

    @staticmethod
    def _scope(actor: Actor, period: Period, consultant_id: int | None) -> q.Scope:
        """A consultant's own calls only; trainers and team leads any or all."""
        if actor.role is Role.CONSULTANT:
            if consultant_id not in (None, actor.id):
                raise AccessDenied(t("stats.denied_other"))
            consultant_id = actor.id
        return q.Scope(period.start, period.end, consultant_id)
