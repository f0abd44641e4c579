"""Catalogue strings for the statistics dashboard (``s`` on the call list)."""

STRINGS: dict[str, dict[str, str]] = {
    "app.key.stats": {"da": "tal", "en": "figures"},  # short: the list's footer is full
    "app.key.stats.tip": {
        "da": "Statistik: opkald, møder, tragten, indvendinger, sparring, værktøjer",
        "en": "Statistics: calls, meetings, the funnel, objections, sparring, tools",
    },
    "dashboard.title": {"da": "Statistik", "en": "Statistics"},
    "dashboard.loading": {"da": "henter …", "en": "loading …"},
    "dashboard.bar": {
        "da": "Periode: {period} · pr. {by} · {scope}",
        "en": "Period: {period} · by {by} · {scope}",
    },
    "dashboard.period.week": {"da": "denne uge", "en": "this week"},
    "dashboard.period.four_weeks": {"da": "sidste 4 uger", "en": "last 4 weeks"},
    "dashboard.period.month": {"da": "denne måned", "en": "this month"},
    "dashboard.period.all": {"da": "hele tiden", "en": "all time"},
    "dashboard.period.span": {"da": "{name} ({first}–{last})", "en": "{name} ({first}–{last})"},
    "dashboard.key.period": {"da": "periode", "en": "period"},
    "dashboard.key.period.tip": {
        "da": "Næste periode: denne uge, sidste 4 uger, denne måned, hele tiden",
        "en": "Next period: this week, last 4 weeks, this month, all time",
    },
    "dashboard.key.previous_period": {"da": "forrige periode", "en": "previous period"},
    "dashboard.key.previous_period.tip": {
        "da": "Forrige periode i rækken",
        "en": "The previous period in the row",
    },
    "dashboard.key.by": {"da": "inddeling", "en": "grouping"},
    "dashboard.key.by.tip": {
        "da": "Næste inddeling: konsulent, team, manuskript, version, segment, uge",
        "en": "Next grouping: consultant, team, script, version, segment, week",
    },
    "dashboard.key.reload": {"da": "opdatér", "en": "refresh"},
    "dashboard.key.reload.tip": {"da": "Hent tallene igen", "en": "Read the figures again"},
    "dashboard.key.back": {"da": "tilbage", "en": "back"},
    "dashboard.key.back.tip": {"da": "Tilbage til listen", "en": "Back to the list"},
    "dashboard.overview": {
        "da": "Opkald, nåede, møder og jobordrer (hitrate = møder af nåede)",
        "en": "Calls, reached, meetings and job orders (hit-rate = meetings of reached)",
    },
    "dashboard.col.job_orders": {"da": "jobordrer", "en": "job orders"},
    "dashboard.weeks": {
        "da": "Opkald pr. uge (en uge uden opkald tæller 0): {counts}",
        "en": "Calls per week (a week without calls counts 0): {counts}",
    },
    "dashboard.no_weeks": {"da": "Ingen opkald i perioden.", "en": "No calls in the period."},
    "dashboard.funnel": {
        "da": "Tragten pr. manuskriptversion: nået → B → A → L → A → møde (af nåede opkald)",
        "en": "The funnel per script version: reached → B → A → L → A → meeting (of reached)",
    },
    "dashboard.funnel.chart": {"da": "Tragten (antal opkald)", "en": "The funnel (calls)"},
    "dashboard.funnel.chart_all": {
        "da": "Tragten, alle {versions} versioner tilsammen (antal opkald)",
        "en": "The funnel, all {versions} versions together (calls)",
    },
    "dashboard.variants": {
        "da": "A/B-varianter side om side: opkald, nået → B → A → L → A → møde (af nåede)",
        "en": "A/B variants side by side: calls, reached → B → A → L → A → meeting (of reached)",
    },
    "dashboard.rate_short": {"da": "{percent} ({count})", "en": "{percent} ({count})"},
    "dashboard.of_row": {
        "da": "procent (antal) af rækkens nåede opkald",
        "en": "percent (count) of the row's reached calls",
    },
    "dashboard.variants.of": {
        "da": "nået: procent (antal) af opkaldene; B … møde: af de nåede",
        "en": "reached: percent (count) of the calls; B … meeting: of those reached",
    },
    "dashboard.objection": {
        "da": "{objection} — {uses} {uses:gang|gange} · {phases}",
        "en": "{objection} — {uses} {uses:time|times} · {phases}",
    },
    "dashboard.objections": {
        "da": "Indvendinger: hvor ofte, i hvilken fase, svar → stadig møde",
        "en": "Objections: how often, in which phase, answer → still a meeting",
    },
    "dashboard.col.uses": {"da": "gange", "en": "times"},
    "dashboard.col.answer": {"da": "svar", "en": "answer"},
    "dashboard.col.still_meeting": {"da": "stadig møde", "en": "still a meeting"},
    "dashboard.col.share": {"da": "andel", "en": "share"},
    "dashboard.stops": {
        "da": "Hvor opkaldene stopper ({calls} nåede uden møde)",
        "en": "Where calls stop ({calls} reached without a meeting)",
    },
    "dashboard.sparring": {
        "da": "Sparring: gennemgange pr. makkerpar og aftaler",
        "en": "Sparring: reviews per pair and commitments",
    },
    "dashboard.commitments": {
        "da": "Aftaler: {total} · holdt {kept} · droppet {dropped} · åbne {open}",
        "en": "Commitments: {total} · kept {kept} · dropped {dropped} · open {open}",
    },
    "dashboard.goals": {
        "da": "Mål sat før opkaldet: {goals}",
        "en": "Goal set before the call: {goals}",
    },
    "dashboard.tools": {
        "da": "Debriefing: hvilke værktøjer bruges (af nåede opkald)",
        "en": "Debrief: which tools are used (of reached calls)",
    },
    "dashboard.nothing": {"da": "(intet i perioden)", "en": "(nothing in the period)"},
    "dashboard.failed": {
        "da": "Statistikken kunne ikke hentes: {reason}",
        "en": "The statistics could not be read: {reason}",
    },
}
