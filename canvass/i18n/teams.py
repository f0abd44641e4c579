"""Catalogue strings for teams within the department (issue 12): a consultant's team, the
statistics and the debrief of one team, and the rubric scores per phase over time."""

STRINGS: dict[str, dict[str, str]] = {
    # A team's name.
    "teams.error.long": {
        "da": "Et holdnavn må højst have {max} tegn",
        "en": "A team name may have at most {max} characters",
    },
    "teams.error.bad": {
        "da": "Et holdnavn må ikke indeholde styretegn",
        "en": "A team name may not hold control characters",
    },
    "teams.error.unknown": {
        "da": "Intet hold hedder '{name}' — kendte hold: {known}",
        "en": "No team is called '{name}' — known teams: {known}",
    },
    "teams.error.none_known": {"da": "(ingen endnu)", "en": "(none yet)"},
    "teams.error.other_team": {
        "da": "Du kan kun se tal for dit eget hold",
        "en": "You can only see the figures of your own team",
    },
    "teams.error.lead_one": {
        "da": "Teamledere ser tal pr. hold, ikke den enkelte konsulents sparring",
        "en": "Team leads see figures per team, not one consultant's sparring",
    },
    # CLI.
    "teams.cli.col.team": {"da": "Hold", "en": "Team"},
    "teams.cli.no_team_option": {
        "da": 'Angiv holdet med --team, fx --team "Team Nord" (--team "" tager personen ud)',
        "en": 'Give the team with --team, e.g. --team "Team Nord" (--team "" takes them out)',
    },
    "teams.cli.joined": {"da": "{who} er nu på {team}", "en": "{who} is now on {team}"},
    "teams.cli.left": {"da": "{who} er ikke på noget hold", "en": "{who} is on no team"},
    # Statistics.
    "teams.no_team": {"da": "Uden hold", "en": "No team"},
    "teams.scope": {"da": "kun holdet {team}", "en": "only the team {team}"},
    "teams.scope_one": {
        "da": "kun {initials}s opkald ({team})",
        "en": "only {initials}'s calls ({team})",
    },
    # Rubric scores per phase over time.
    "teams.trend.title": {
        "da": "Sparringsscore pr. fase over tid (delte gennemgange)",
        "en": "Rubric scores per phase over time (shared reviews)",
    },
    "teams.trend.none": {
        "da": "Ingen delte gennemgange med scorede punkter i perioden",
        "en": "No shared reviews with scored checkpoints in the period",
    },
    "teams.trend.cell": {"da": "{score} % ({count})", "en": "{score} % ({count})"},
    "teams.trend.phase": {"da": "Fase", "en": "Phase"},
    "teams.trend.note": {
        "da": "Gennemsnitlig score 0–100 % af de besvarede punkter; antal gennemgange i parentes.",
        "en": "Mean score 0–100 % of the answered checkpoints; reviews in brackets.",
    },
    "teams.trend.latest": {
        "da": "{bucket}: {score} % ({count}) · {reviews} i alt",
        "en": "{bucket}: {score} % ({count}) · {reviews} in all",
    },
    "teams.trend.span": {
        "da": "{span} · {reviews} {reviews:delt gennemgang|delte gennemgange}"
        " · én blok pr. periode, lav til høj score",
        "en": "{span} · {reviews} {reviews:shared review|shared reviews}"
        " · one block per period, low to high score",
    },
    # The dashboard's team choice.
    "dashboard.key.team": {"da": "hold", "en": "team"},
    "dashboard.key.team.tip": {
        "da": "Skift mellem hele afdelingen og hvert hold",
        "en": "Step through the whole department and each team",
    },
    # The team screen.
    "team.col.team": {"da": "Hold", "en": "Team"},
    "team.key.team_name": {"da": "hold", "en": "team"},
    "team.key.team_name.tip": {
        "da": "Sæt personen på et hold (eller intet)",
        "en": "Put the person in a team (or none)",
    },
    "teams.dialog.title": {"da": "Hold for {initials}", "en": "Team of {initials}"},
    "teams.dialog.label": {
        "da": "Holdets navn (tomt: intet hold)",
        "en": "The team's name (empty: no team)",
    },
    "teams.dialog.known": {"da": "Kendte hold: {known}", "en": "Known teams: {known}"},
    "teams.done.joined": {"da": "{initials} er nu på {team}", "en": "{initials} is now on {team}"},
    "teams.done.left": {"da": "{initials} er ikke på noget hold", "en": "{initials} is on no team"},
}

#: ``--help`` in Danish for the team options and ``canvass team set`` (English → Danish).
HELP: dict[str, str] = {
    "Only this team's calls.": "Kun dette holds opkald.",
    'The team, e.g. --team "Team Nord"; --team "" takes them out of any.': (
        'Holdet, fx --team "Team Nord"; --team "" tager personen ud af ethvert hold.'
    ),
    'Put a person in a team (a new name makes a new team), or in none with --team "".': (
        'Sæt en person på et hold (et nyt navn laver et nyt hold), eller på intet med --team "".'
    ),
}
