"""The statistics dashboard (``s`` on the call list; issue 12, section 3).

For a period (``p``/``P`` step: this week, the last 4 weeks, this month, all time) and a
grouping (``b`` cycles consultant, team, script, variant, segment, week): calls, reached,
meetings, hit-rate and job orders with every rate beside its count; a sparkline of the calls
per week; the funnel reached → B → A → L → A → meeting per script version as a bar chart
and a table, and per A/B variant of each line and answer side by side; the objections
(how often, in which phase, answer → still a meeting); where calls stop; sparring
(reviews per pair, commitments kept); and the debrief's tools used.

Everything is read in a worker thread through :class:`canvass.services.stats.StatsService`,
which decides who sees what: trainers and team leads the whole department, a consultant
only their own figures. The screen paints at once with "henter …". Rows go by name or
key, never by performance. Text from files and the database is shown literally.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Sparkline
from textual_plotext import PlotextPlot

from canvass.domain.sparring import Role
from canvass.domain.stats import By, Period
from canvass.domain.when import COPENHAGEN
from canvass.i18n import t
from canvass.ui import stats_tables as tables
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.screens.feedback import actor_of
from canvass.ui.stats_trends_view import trends_view
from canvass.ui.text import Plain
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from collections.abc import Mapping

    from canvass.content.rubric_model import Rubric
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo
    from canvass.services.stats import Figures, FunnelRow, Report
    from canvass.services.stats_trends import RubricTrends

_K = "dashboard"
GROUPINGS = tuple(By)
_SECTIONS = ("overview", "funnel", "variants", "objections", "stops", "sparring", "tools")


class StatsScreen(Screen[None]):
    """The dashboard: the figures for a period and a grouping, read in a worker."""

    DEFAULT_CSS = """
    StatsScreen #st-bar { height: 1; padding: 0 1; background: $boost; }
    StatsScreen #st-body { height: 1fr; padding: 0 1; }
    StatsScreen #st-weeks-line { height: auto; }
    StatsScreen #st-sparkline { height: 2; max-width: 60; margin-bottom: 1; }
    StatsScreen #st-chart { height: 14; max-width: 100; margin-bottom: 1; }
    StatsScreen .st-section { height: auto; }
    """

    #: More script versions than this: the chart shows them added together.
    CHART_VERSIONS: ClassVar[int] = 3

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "p", "period(1)", "period"),
        key(_K, "P", "period(-1)", "previous_period", key_display="P", show=False),
        key(_K, "b", "grouping", "by"),
        key(_K, "h", "team", "team"),
        key(_K, "f5", "reload", "reload", show=False),
        key(_K, "escape", "back", "back", key_display="esc"),
    ]

    @dataclass
    class Loaded(Message):
        """What a worker read for one period and grouping (or why it could not)."""

        request: tuple[str, By, str | None]
        report: Report | None = None
        weeks: tuple[Figures, ...] = field(default_factory=tuple)
        error: str = ""
        trends: RubricTrends | None = None
        teams: tuple[str, ...] = ()

    def __init__(
        self,
        services: Services,
        me: ConsultantInfo,
        clock: Callable[[], datetime],
        *,
        period: str = "four_weeks",
        by: By = By.CONSULTANT,
        rubrics: Mapping[str, Rubric] | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services, self._me, self._clock = services, me, clock
        self._actor = actor_of(me)
        self._rubrics = rubrics  # for the phase weights of the rubric trends
        self.period_name = period
        self.by = by
        self.report: Report | None = None
        self.weeks: tuple[Figures, ...] = ()
        self.loaded = False
        self.team: str | None = None  # None: every team (the department)
        self.teams: tuple[str, ...] = ()  # the teams to step through with ``h``
        self.trends: RubricTrends | None = None

    @property
    def period(self) -> Period:
        """The chosen period, counted from today in Copenhagen."""
        return tables.period_of(self.period_name, self._clock().astimezone(COPENHAGEN).date())

    def compose(self) -> ComposeResult:
        yield Header()
        yield Plain(id="st-bar")
        with VerticalScroll(id="st-body"):
            yield Plain(t("dashboard.loading"), id="st-overview", classes="st-section")
            yield Plain(id="st-weeks-line")
            yield Sparkline([], id="st-sparkline")
            yield PlotextPlot(id="st-chart")
            for name in _SECTIONS[1:]:
                yield Plain(id=f"st-{name}", classes="st-section")
                if name == "sparring":
                    yield Plain(id="st-trends", classes="st-section")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("dashboard.title")
        self.query_one("#st-body").focus()
        self._paint()
        self.reload()

    # Loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the figures for the chosen period and grouping again (in a thread)."""
        self.loaded = False
        self._load((self.period_name, self.by, self.team), self.period)

    def action_reload(self) -> None:
        """Read the figures again."""
        self.reload()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stats-load")
    def _load(self, request: tuple[str, By, str | None], period: Period) -> None:
        stats, team = self._services.stats, request[2]
        try:
            report = stats.report(self._actor, period, request[1], team=team)
            weeks = stats.overview(self._actor, period, By.WEEK, team=team)
            trends = self._services.trends.rubric_trends(
                self._actor, period, team=team, rubrics=self._rubrics
            )
            teams = tuple(self._services.team.teams())
        except Exception as error:  # shown on the screen, never a traceback
            self.post_message(self.Loaded(request, error=str(error)))
            return
        self.post_message(self.Loaded(request, report, weeks, trends=trends, teams=teams))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.request != (self.period_name, self.by, self.team):
            return  # stepped on meanwhile; the newer read is on its way
        self.report, self.weeks, self.trends = message.report, message.weeks, message.trends
        self.teams = message.teams or self.teams
        self.refresh_bindings()  # ``h`` shows once there are teams
        self.loaded = True
        if message.report is None:
            failed = t("dashboard.failed", reason=message.error)
            self.query_one("#st-overview", Plain).update(Text(failed, style="bold red"))
            return
        self._paint()

    # Painting ---------------------------------------------------------------------------

    def _paint(self) -> None:
        """The bar, then the figures (or "henter …" until they come)."""
        period = tables.period_label(self.period_name, self.period)
        by = t(f"stats.by.{self.by.value}")
        scope = self.report.scope if self.report is not None and self.loaded else ""
        bar = t("dashboard.bar", period=period, by=by, scope=scope).rstrip(" ·")
        self.query_one("#st-bar", Plain).update(Text(bar, no_wrap=True, overflow="ellipsis"))
        report = self.report if self.loaded else None
        show = report is not None
        for name in ("st-weeks-line", "st-sparkline", "st-chart", "st-trends", *(f"st-{s}" for s in
                     _SECTIONS[1:])):  # fmt: skip
            self.query_one(f"#{name}").display = show
        overview = self.query_one("#st-overview", Plain)
        if report is None:
            overview.update(t("dashboard.loading"))
            return
        overview.update(tables.overview(report.overview))
        self.query_one("#st-weeks-line", Plain).update(tables.weeks_line(self.weeks))
        self.query_one("#st-sparkline", Sparkline).data = tables.week_series(self.weeks) or [0]
        self.query_one("#st-sparkline").display = bool(self.weeks)
        self._chart(report.funnel)
        self.query_one("#st-funnel", Plain).update(tables.funnel(report.funnel))
        self.query_one("#st-variants", Plain).update(tables.variants(report.variants))
        self.query_one("#st-objections", Plain).update(tables.objections(report))
        self.query_one("#st-stops", Plain).update(tables.stops(report))
        self.query_one("#st-sparring", Plain).update(tables.sparring(report))
        if self.trends is not None:
            self.query_one("#st-trends", Plain).update(trends_view(self.trends))
        self.query_one("#st-tools", Plain).update(tables.tools(report))

    def _chart(self, rows: tuple[FunnelRow, ...]) -> None:
        """The funnel as grouped bars: one colour per script version, counts of calls."""
        chart = self.query_one("#st-chart", PlotextPlot)
        chart.display = bool(rows)
        plt = chart.plt
        plt.clear_data()
        plt.clear_figure()
        if not rows:
            return
        stages = [t("stats.funnel.reached"), "B", "B A", "B A L", "B A L A",
                  t("stats.funnel.meeting")]  # fmt: skip
        values = [[r.reached, *(s.count for s in r.steps), r.meetings.count] for r in rows]
        names = [t("stats.variant", script=r.script_id, version=r.script_version) for r in rows]
        if len(rows) > self.CHART_VERSIONS:  # too many bars to read: all versions together
            plt.bar(stages, [sum(column) for column in zip(*values, strict=True)])
            plt.title(t("dashboard.funnel.chart_all", versions=len(rows)))
        elif len(rows) == 1:
            plt.bar(stages, values[0], label=names[0])
            plt.title(t("dashboard.funnel.chart"))
        else:
            # plotext 5 takes ``labels`` (textual-plotext's stub says ``label``).
            plt.multiple_bar(stages, values, labels=names)  # type: ignore[call-arg]
            plt.title(t("dashboard.funnel.chart"))
        ticks = tables.count_ticks(max(map(max, values)))
        plt.yticks([float(tick) for tick in ticks], [str(tick) for tick in ticks])  # not "74.2"
        chart.refresh()

    # Keys -------------------------------------------------------------------------------

    def action_period(self, step: int) -> None:
        """The next (or previous) period: this week, last 4 weeks, this month, all."""
        names = tables.PERIODS
        self.period_name = names[(names.index(self.period_name) + step) % len(names)]
        self.reload()
        self._paint()

    def action_grouping(self) -> None:
        """The next grouping: consultant, team, script, variant, segment, week."""
        self.by = GROUPINGS[(GROUPINGS.index(self.by) + 1) % len(GROUPINGS)]
        self.reload()
        self._paint()

    def action_team(self) -> None:
        """The next team: every team (the department), then each team by name."""
        choices: list[str | None] = [None, *self.teams]
        self.team = choices[(choices.index(self.team) + 1) % len(choices)]
        self.reload()
        self._paint()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "team":  # team leads and trainers, once there are teams to pick
            return self._me.role != Role.CONSULTANT.value and bool(self.teams)
        return True

    def action_back(self) -> None:
        """Back to the call list."""
        self.dismiss()
