"""Catalogue strings for the caller's side of sparring: the feedback inbox, a review as the
caller reads it, the thread, commitments and the scores per phase over time."""

STRINGS: dict[str, dict[str, str]] = {
    # Refusals and errors of the feedback service.
    "feedback.error.no_review": {
        "da": "Sparring nr. {id} findes ikke.",
        "en": "There is no review number {id}.",
    },
    "feedback.error.no_commitment": {
        "da": "Forpligtelse nr. {id} findes ikke.",
        "en": "There is no commitment number {id}.",
    },
    "feedback.denied.read": {
        "da": "Kun den, der ringede, sparringens forfatter og trænere kan læse den.",
        "en": "Only the caller, the review's author and trainers can read a review.",
    },
    "feedback.denied.not_shared": {
        "da": "Sparringen er ikke delt med dig endnu.",
        "en": "The review has not been shared with you yet.",
    },
    "feedback.denied.not_caller": {
        "da": "Kun den, der ringede, kan kvittere for sparringen.",
        "en": "Only the caller can acknowledge the review.",
    },
    "feedback.denied.not_your_commitment": {
        "da": "Du kan kun markere dine egne forpligtelser.",
        "en": "You can only mark your own commitments.",
    },
    "feedback.denied.trend": {
        "da": "Kun konsulenten selv og trænere kan se udviklingen pr. fase.",
        "en": "Only the consultant and trainers can see the scores per phase.",
    },
    "feedback.error.empty_comment": {
        "da": "Kommentaren er tom — skriv noget, eller tryk esc.",
        "en": "The comment is empty — write something, or press esc.",
    },
    "feedback.error.long_comment": {
        "da": "Kommentaren er for lang: {length} tegn, højst {max}.",
        "en": "The comment is too long: {length} characters, at most {max}.",
    },
    "feedback.error.settle_open": {
        "da": "En forpligtelse markeres som holdt eller droppet.",
        "en": "A commitment is marked kept or dropped.",
    },
    # Phase names when the rubric is not at hand (call, then visit).
    "feedback.phase.aabning": {"da": "Åbning", "en": "Opening"},
    "feedback.phase.analyse": {"da": "Analyse", "en": "Analysis"},
    "feedback.phase.indvendinger": {"da": "Indvendinger", "en": "Objections"},
    "feedback.phase.loesning": {"da": "Løsning", "en": "Solution"},
    "feedback.phase.afslutning": {"da": "Afslutning", "en": "Closing"},
    "feedback.phase.forberedelse": {"da": "Forberedelse", "en": "Preparation"},
    "feedback.phase.samtalen": {"da": "Samtalen", "en": "The conversation"},
    "feedback.phase.aftraek": {"da": "Aftræk", "en": "Follow-through"},
    "feedback.phase.administration": {
        "da": "Administration og registrering",
        "en": "Administration and registration",
    },
}
