"""Catalogue strings of the review side of sparring: the queue, the review screen, refusals."""

STRINGS: dict[str, dict[str, str]] = {
    # Refusals (the service's, shown as they are).
    "review.denied.review": {
        "da": "Kun makkeren på opkaldets tidspunkt eller en træner kan give sparring på det.",
        "en": "Only the caller's buddy at the time of the call, or a trainer, can review it.",
    },
    "review.denied.read": {
        "da": "Sparringen kan kun læses af den, der ringede, den, der skrev den, og trænere.",
        "en": "This review can only be read by the caller, its author and trainers.",
    },
    "review.denied.draft": {
        "da": "Sparringen er et udkast og er ikke delt med dig endnu.",
        "en": "This review is a draft and has not been shared with you yet.",
    },
    "review.denied.not_author": {
        "da": "Kun den, der skrev sparringen, eller en træner kan ændre den.",
        "en": "Only the review's author or a trainer can change it.",
    },
    "review.denied.teamlead": {
        "da": "Teamledere ser kun tal for sparringen, ikke indholdet.",
        "en": "Team leads see numbers only, not the content of reviews.",
    },
    "review.denied.counts": {
        "da": "Tallene for sparring er for teamledere og trænere.",
        "en": "The sparring numbers are for team leads and trainers.",
    },
    "review.missing": {"da": "Opkaldet eller besøget findes ikke.", "en": "No such call or visit."},
    "review.not_held": {
        "da": "Kun afholdte besøg kan få sparring.",
        "en": "Only held visits can be reviewed.",
    },
    "review.rubric_kind": {
        "da": "Rubrikken »{rubric}« er ikke til et {kind}.",
        "en": 'The rubric "{rubric}" is not for a {kind}.',
    },
    "review.changed_meanwhile": {
        "da": "Sparringen er gemt af en anden i mellemtiden (nu version {version}); "
        "se historikken og åbn den igen.",
        "en": "Someone else saved this review meanwhile (now version {version}); "
        "see the history and open it again.",
    },
    # Bad content.
    "review.problem.pin": {
        "da": "En observation er knyttet til et øjeblik, der ikke hører til opkaldet.",
        "en": "An observation is pinned to a moment that is not part of the call.",
    },
    "review.problem.worked_many": {
        "da": "Højst {most} ting under »Virkede«.",
        "en": 'At most {most} things under "Worked".',
    },
    "review.problem.worked_none": {
        "da": "Skriv mindst én ting under »Virkede«, før sparringen deles.",
        "en": 'Write at least one thing under "Worked" before sharing.',
    },
    "review.problem.commitment": {
        "da": "Skriv én forpligtelse, før sparringen deles.",
        "en": "Write the one commitment before sharing.",
    },
    "review.problem.mandatory": {
        "da": "»{checkpoint}«: »ikke relevant« er ikke et svar her.",
        "en": '"{checkpoint}": "not relevant" is not an answer here.',
    },
    "review.problem.unknown_checkpoint": {
        "da": "Rubrikken har intet punkt »{checkpoint}«.",
        "en": 'The rubric has no checkpoint "{checkpoint}".',
    },
    "review.problem.value": {
        "da": "Svaret på »{checkpoint}« passer ikke til punktet.",
        "en": 'The answer to "{checkpoint}" does not fit the checkpoint.',
    },
    "review.problem.na_and_value": {
        "da": "»{checkpoint}« er både besvaret og »ikke relevant«.",
        "en": '"{checkpoint}" is both answered and "not relevant".',
    },
}
