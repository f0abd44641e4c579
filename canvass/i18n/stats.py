"""Catalogue strings for the statistics (service, ``canvass stats``)."""

STRINGS: dict[str, dict[str, str]] = {
    "stats.rate": {
        "da": "{percent} ({count} af {total})",
        "en": "{percent} ({count} of {total})",
    },
    "stats.bad_period": {
        "da": "perioden begynder {first}, efter den slutter ({last})",
        "en": "the period begins on {first}, after it ends ({last})",
    },
    "stats.variant": {"da": "{script} v{version}", "en": "{script} v{version}"},
    "stats.variant_line": {
        "da": "{script} v{version} · {line}",
        "en": "{script} v{version} · {line}",
    },
    "stats.variant_answer": {"da": "{objection} → {answer}", "en": "{objection} → {answer}"},
    "stats.variant_row": {"da": "{item}: {variant}", "en": "{item}: {variant}"},
    "stats.no_segment": {"da": "(uden segment)", "en": "(no segment)"},
    "stats.total": {"da": "I alt", "en": "Total"},
    "stats.scope_all": {"da": "hele afdelingen", "en": "the whole department"},
    "stats.scope_one": {"da": "kun {initials}s opkald", "en": "only {initials}'s calls"},
    "stats.denied_other": {
        "da": "Du kan kun se dine egne tal; teamledere og undervisere ser alles.",
        "en": "You can only see your own figures; team leads and trainers see everyone's.",
    },
    # canvass stats
    "stats.cli.title": {"da": "Statistik", "en": "Statistics"},
    "stats.cli.no_user": {
        "da": "canvass stats skal vide, hvem du er: angiv --user med dine initialer",
        "en": "canvass stats needs to know who you are: give --user with your initials",
    },
    "stats.cli.unknown_user": {
        "da": "ingen konsulent med initialerne {initials} i databasen",
        "en": "no consultant with the initials {initials} in the database",
    },
    "stats.cli.bad_date": {"da": "{option}: {reason}", "en": "{option}: {reason}"},
    "stats.cli.bad_by": {
        "da": "--by {value}: ukendt inddeling — brug {choices}",
        "en": "--by {value}: unknown grouping — use {choices}",
    },
    "stats.cli.both_formats": {
        "da": "vælg enten --json eller --csv, ikke begge",
        "en": "choose either --json or --csv, not both",
    },
    "stats.cli.heading": {
        "da": "Statistik {period} · {scope} · pr. {by}",
        "en": "Statistics {period} · {scope} · by {by}",
    },
    "stats.cli.all_time": {"da": "hele tiden", "en": "all time"},
    "stats.cli.from": {"da": "fra {first}", "en": "from {first}"},
    "stats.cli.until": {"da": "til {last}", "en": "until {last}"},
    "stats.by.consultant": {"da": "konsulent", "en": "consultant"},
    "stats.by.team": {"da": "team", "en": "team"},
    "stats.by.script": {"da": "manuskript", "en": "script"},
    "stats.by.variant": {"da": "variant", "en": "variant"},
    "stats.by.segment": {"da": "segment", "en": "segment"},
    "stats.by.week": {"da": "uge", "en": "week"},
    "stats.cli.overview": {
        "da": "Opkald, nåede og møder (hitrate = møder af nåede)",
        "en": "Calls, reached and meetings (hit-rate = meetings of reached)",
    },
    "stats.col.group": {"da": "", "en": ""},
    "stats.col.calls": {"da": "opkald", "en": "calls"},
    "stats.col.reached": {"da": "nået", "en": "reached"},
    "stats.col.meetings": {"da": "møder", "en": "meetings"},
    "stats.col.hit_rate": {"da": "hitrate", "en": "hit-rate"},
    "stats.col.per_call": {"da": "pr.opk", "en": "per call"},
    "stats.col.job_orders": {"da": "jobordr", "en": "job ord"},
    "stats.col.pct": {"da": "%", "en": "%"},
    "stats.cli.nothing": {"da": "(ingen opkald)", "en": "(no calls)"},
    "stats.cli.funnel": {
        "da": "Tragten pr. manuskriptversion (af nåede opkald; BALA-trin stående ved slut)",
        "en": "The funnel per script version (of reached calls; BALA steps standing at the end)",
    },
    "stats.cli.variants": {
        "da": "A/B-varianter side om side (tragten af nåede opkald; hitrate = møder af nåede)",
        "en": "A/B variants side by side (the funnel of reached calls; hit-rate = meetings"
        " of reached)",
    },
    "stats.cli.no_variants": {
        "da": "  (ingen varianter vist i perioden)",
        "en": "  (no variants shown in the period)",
    },
    "stats.cli.variant_calls": {"da": "opkald", "en": "calls"},
    "stats.funnel.reached": {"da": "nået", "en": "reached"},
    "stats.funnel.b": {"da": "B", "en": "B"},
    "stats.funnel.ba": {"da": "B A", "en": "B A"},
    "stats.funnel.bal": {"da": "B A L", "en": "B A L"},
    "stats.funnel.bala": {"da": "B A L A", "en": "B A L A"},
    "stats.funnel.meeting": {"da": "møde", "en": "meeting"},
    "stats.cli.objections": {
        "da": "Indvendinger: hvor ofte, i hvilken fase, og hvilke svar der stadig gav møde",
        "en": "Objections: how often, in which phase, and which answers still won a meeting",
    },
    "stats.cli.objection_line": {
        "da": "{objection} — {uses} {uses:gang|gange}",
        "en": "{objection} — {uses} {uses:time|times}",
    },
    "stats.cli.phases": {"da": "  faser: {phases}", "en": "  phases: {phases}"},
    "stats.cli.answer_line": {
        "da": "  svar {answer}: brugt {uses} · møde {meetings}",
        "en": "  answer {answer}: used {uses} · meeting {meetings}",
    },
    "stats.cli.no_objections": {"da": "  (ingen indvendinger)", "en": "  (no objections)"},
    "stats.cli.no_answer": {"da": "(intet svar)", "en": "(no answer)"},
    "stats.cli.unknown_phase": {"da": "(ukendt)", "en": "(unknown)"},
    "stats.cli.stops": {
        "da": "Hvor opkaldene stopper ({calls} nåede uden møde)",
        "en": "Where calls stop ({calls} reached without a meeting)",
    },
    "stats.col.last_phase": {"da": "sidste fase", "en": "last phase"},
    "stats.col.last_step": {"da": "sidste BALA-trin", "en": "last BALA step"},
    "stats.cli.no_step": {"da": "(intet trin)", "en": "(no step)"},
    "stats.cli.sparring": {"da": "Sparring", "en": "Sparring"},
    "stats.col.pair": {"da": "makkerpar", "en": "pair"},
    "stats.col.shared": {"da": "delte", "en": "shared"},
    "stats.col.drafts": {"da": "kladder", "en": "drafts"},
    "stats.cli.no_reviews": {"da": "  ingen gennemgange", "en": "  no reviews"},
    "stats.cli.commitments": {
        "da": "  Aftaler: {total} · holdt {kept} · droppet {dropped} · åbne {open}",
        "en": "  Commitments: {total} · kept {kept} · dropped {dropped} · open {open}",
    },
    "stats.cli.goals": {
        "da": "  Mål sat før opkaldet: {goals}",
        "en": "  Goal set before the call: {goals}",
    },
    "stats.cli.tools": {
        "da": "Hvilke værktøjer bruges (af nåede opkald)",
        "en": "Which tools are used (of reached calls)",
    },
    "stats.col.phases": {"da": "faser", "en": "phases"},
    "stats.col.bala": {"da": "BALA", "en": "BALA"},
    "stats.col.objections": {"da": "indv.", "en": "object."},
    "stats.col.goals": {"da": "mål", "en": "goal"},
    "stats.col.reviewed": {"da": "gennemg", "en": "review"},
    "stats.cli.tools_legend": {
        "da": "faser: en fase efter åbningen · BALA: mindst ét trin · indv.: indvendingsbanken"
        " · mål: mål før opkaldet · gennemg: gennemgået af makker",
        "en": "phases: a phase after the opening · BALA: at least one step · object.: the"
        " objection bank · goal: a goal before the call · review: reviewed by a buddy",
    },
}
