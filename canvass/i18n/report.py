"""Catalogue strings for the debrief report (``canvass report``, canvass/report/)."""

STRINGS: dict[str, dict[str, str]] = {
    "report.title": {"da": "Statusnotat – debriefing", "en": "Status note – debrief"},
    "report.subtitle": {
        "da": "Periode {period} · {scope}",
        "en": "Period {period} · {scope}",
    },
    "report.team": {"da": "Team: {team}", "en": "Team: {team}"},
    "report.overview": {"da": "Nøgletal", "en": "Key figures"},
    "report.key.calls": {"da": "Opkald", "en": "Calls"},
    "report.key.reached": {"da": "Nåede", "en": "Reached"},
    "report.key.meetings": {"da": "Møder", "en": "Meetings"},
    "report.key.hit_rate": {
        "da": "Hitrate (møder af nåede)",
        "en": "Hit-rate (meetings of reached)",
    },
    "report.key.hit_rate_calls": {"da": "Møder pr. opkald", "en": "Meetings per call"},
    "report.key.job_orders": {"da": "Jobordrer (af nåede)", "en": "Job orders (of reached)"},
    "report.per_consultant": {"da": "Pr. konsulent", "en": "Per consultant"},
    "report.col.who": {"da": "Konsulent", "en": "Consultant"},
    "report.col.week": {"da": "Uge", "en": "Week"},
    "report.chart.hit_consultant": {
        "da": "Hitrate pr. konsulent (møder af nåede)",
        "en": "Hit-rate per consultant (meetings of reached)",
    },
    "report.chart.hit_week": {
        "da": "Hitrate pr. uge (møder af nåede)",
        "en": "Hit-rate per week (meetings of reached)",
    },
    "report.nothing": {"da": "Ingen opkald i perioden.", "en": "No calls in the period."},
    "report.funnel": {"da": "Tragten pr. manuskriptversion", "en": "The funnel per script version"},
    "report.funnel_note": {
        "da": "Af de nåede opkald: hvor mange nåede hvert BALA-trin, og hvor mange gav møde.",
        "en": "Of the reached calls: how many got to each BALA step, and how many booked.",
    },
    "report.funnel.version": {
        "da": "{script} version {version} – {reached} nåede",
        "en": "{script} version {version} – {reached} reached",
    },
    "report.variants": {"da": "A/B-varianter side om side", "en": "A/B variants side by side"},
    "report.variants_note": {
        "da": "For hver linje eller hvert svar med varianter: opkaldene, der viste varianten,"
        " de nåede, og af de nåede hvert BALA-trin og mødet (hitraten).",
        "en": "For each line or answer with variants: the calls that showed the variant, the"
        " reached, and of the reached each BALA step and the meeting (the hit-rate).",
    },
    "report.no_variants": {
        "da": "Ingen varianter vist i perioden.",
        "en": "No variants shown in the period.",
    },
    "report.col.variant": {"da": "Variant", "en": "Variant"},
    "report.col.calls": {"da": "Opkald", "en": "Calls"},
    "report.objections": {"da": "Indvendinger og svar", "en": "Objections and answers"},
    "report.col.objection": {"da": "Indvending", "en": "Objection"},
    "report.col.uses": {"da": "Gange", "en": "Times"},
    "report.col.phases": {"da": "Faser", "en": "Phases"},
    "report.col.answer": {"da": "Svar", "en": "Answer"},
    "report.col.meeting_after": {"da": "Endte i møde", "en": "Ended in a meeting"},
    "report.no_objections": {"da": "Ingen indvendinger i perioden.", "en": "No objections."},
    "report.stops": {"da": "Hvor opkaldene stopper", "en": "Where calls stop"},
    "report.stops_note": {
        "da": "{calls} nåede opkald uden møde: den fase, de sluttede i, og det sidste BALA-trin.",
        "en": "{calls} reached calls without a meeting: the phase they ended in, the last"
        " BALA step.",
    },
    "report.chart.stop_phase": {"da": "Sidste fase", "en": "Last phase"},
    "report.chart.stop_step": {"da": "Sidste BALA-trin", "en": "Last BALA step"},
    "report.sparring": {"da": "Sparring", "en": "Sparring"},
    "report.col.pair": {"da": "Makkerpar", "en": "Pair"},
    "report.col.shared": {"da": "Delte gennemgange", "en": "Shared reviews"},
    "report.col.drafts": {"da": "Kladder", "en": "Drafts"},
    "report.no_reviews": {"da": "Ingen gennemgange i perioden.", "en": "No reviews."},
    "report.commitments": {
        "da": "Aftaler: {total} · holdt {kept} · droppet {dropped} · åbne {open}",
        "en": "Commitments: {total} · kept {kept} · dropped {dropped} · open {open}",
    },
    "report.goals": {
        "da": "Mål sat før opkaldet: {goals}",
        "en": "Goal set before the call: {goals}",
    },
    "report.debrief": {
        "da": "Debriefing: hvilke værktøjer bruges",
        "en": "Debrief: which tools are used",
    },
    "report.debrief_note": {
        "da": "Af de nåede opkald. Under {limit} % regnes et værktøj som overset.",
        "en": "Of the reached calls. Below {limit} % a tool counts as ignored.",
    },
    "report.tool.phases": {"da": "Manuskriptets faser", "en": "The script's phases"},
    "report.tool.bala": {"da": "BALA", "en": "BALA"},
    "report.tool.objections": {"da": "Indvendingsbanken", "en": "The objection bank"},
    "report.tool.goals": {"da": "Mål før opkaldet", "en": "A goal before the call"},
    "report.tool.reviewed": {"da": "Sparringsgennemgang", "en": "A sparring review"},
    "report.short.phases": {"da": "Faser", "en": "Phases"},
    "report.short.bala": {"da": "BALA", "en": "BALA"},
    "report.short.objections": {"da": "Indv.banken", "en": "Objections"},
    "report.short.goals": {"da": "Mål", "en": "Goal"},
    "report.short.reviewed": {"da": "Gennemgang", "en": "Review"},
    "report.short_legend": {
        "da": "Faser: manuskriptets faser efter åbningen · BALA: mindst ét trin · Indv.banken:"
        " indvendingsbanken · Mål: mål før opkaldet · Gennemgang: delt sparringsgennemgang.",
        "en": "Phases: the script's phases after the opening · BALA: at least one step ·"
        " Objections: the objection bank · Goal: a goal before the call · Review: a shared"
        " sparring review.",
    },
    "report.sentence": {
        "da": "{tool} blev brugt i {percent} af de nåede opkald ({count} af {total}).",
        "en": "{tool} was used in {percent} of the reached calls ({count} of {total}).",
    },
    "report.sentence_none": {
        "da": "{tool}: ingen nåede opkald at måle på.",
        "en": "{tool}: no reached calls to measure.",
    },
    "report.used": {"da": "Bruges: {tools}.", "en": "Used: {tools}."},
    "report.ignored": {"da": "Overses: {tools}.", "en": "Ignored: {tools}."},
    "report.none": {"da": "ingen", "en": "none"},
    "report.col.tools_used": {"da": "Bruger", "en": "Uses"},
    "report.col.tools_ignored": {"da": "Overser", "en": "Ignores"},
    "report.chart.tools": {"da": "Værktøjer brugt af teamet", "en": "Tools used by the team"},
    "report.unknown": {"da": "(ukendt)", "en": "(unknown)"},
    "report.no_step": {"da": "(intet trin)", "en": "(no step)"},
    "report.no_answer": {"da": "(intet svar)", "en": "(no answer)"},
    # canvass report
    "report.cli.title": {"da": "Statusnotat", "en": "Status note"},
    "report.cli.no_user": {
        "da": "canvass report skal vide, hvem du er: angiv --user med dine initialer",
        "en": "canvass report needs to know who you are: give --user with your initials",
    },
    "report.cli.cannot_write": {
        "da": "kan ikke skrive {path}: {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "report.cli.is_folder": {
        "da": "{path} er en mappe – angiv et filnavn, fx {path}/debrief.html",
        "en": "{path} is a folder – give a file name, e.g. {path}/debrief.html",
    },
    "report.cli.written": {
        "da": "Statusnotatet er skrevet til {path}",
        "en": "The status note is written to {path}",
    },
}
