"""Catalogue strings for the objection bank: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "objections.title": {"da": "Indvendinger — fase: {phase}", "en": "Objections — phase: {phase}"},
    "objections.search": {"da": "søg:", "en": "search:"},
    "objections.search_placeholder": {
        "da": "et ord fra indvendingen — æ, ø og å kan skrives ae, oe og aa",
        "en": "a word from the objection — æ, ø and å may be typed ae, oe and aa",
    },
    "objections.category": {"da": "kategori:", "en": "category:"},
    "objections.all": {"da": "alle", "en": "all"},
    "objections.in_phase": {"da": "★ denne fase", "en": "★ this phase"},
    "objections.count": {"da": "{shown} af {total}", "en": "{shown} of {total}"},
    "objections.more": {
        "da": "… og {count} flere — skriv et ord fra indvendingen, eller tab for en kategori",
        "en": "… and {count} more — type a word from the objection, or tab for a category",
    },
    "objections.no_hits": {
        "da": "Ingen indvendinger passer på »{query}« — prøv et andet ord, eller tab for en "
        "anden kategori",
        "en": "No objection matches »{query}« — try another word, or tab for another category",
    },
    "objections.no_hits_all": {
        "da": "Ingen indvendinger passer på »{query}« — prøv et andet ord",
        "en": "No objection matches »{query}« — try another word",
    },
    "objections.empty_bank": {
        "da": "Indvendingsbanken er tom — læg filer i mappen objections/",
        "en": "The objection bank is empty — add files to the objections/ folder",
    },
    "objections.answers_to": {"da": "Svar på »{says}«", "en": "Answers to »{says}«"},
    "objections.answer": {
        "da": "Svar {number} · {technique}",
        "en": "Answer {number} · {technique}",
    },
    "objections.follow_up": {"da": "Opfølgning: ", "en": "Follow-up: "},
    # Techniques, as the consultant knows them from the course.
    "objections.technique.anerkend-afklar-argumenter": {
        "da": "anerkend–afklar–argumenter",
        "en": "acknowledge–clarify–answer",
    },
    "objections.technique.feel-felt-found": {"da": "feel–felt–found", "en": "feel–felt–found"},
    "objections.technique.afklar": {"da": "afklar", "en": "clarify"},
    "objections.technique.konkretiser": {"da": "konkretiser", "en": "make it concrete"},
    "objections.technique.fakta": {"da": "fakta", "en": "facts"},
    "objections.technique.omformuler": {"da": "omformuler", "en": "reframe"},
    # Keys
    "objections.key.move": {"da": "vælg", "en": "choose"},
    "objections.key.move.tip": {
        "da": "Flyt markeringen i listen, også mens du skriver",
        "en": "Move the highlight in the list, even while typing",
    },
    "objections.key.open": {"da": "se svar", "en": "answers"},
    "objections.key.open.tip": {
        "da": "Vis svarene på den markerede indvending",
        "en": "Show the answers to the highlighted objection",
    },
    "objections.key.use": {"da": "brug svar", "en": "use answer"},
    "objections.key.use.tip": {
        "da": "Notér svaret i opkaldet og luk indvendingsbanken",
        "en": "Record the answer in the call and close the objection bank",
    },
    "objections.key.category": {"da": "kategori", "en": "category"},
    "objections.key.category.tip": {
        "da": "Skift kategori: alle → hver kategori",
        "en": "Change category: all → each category",
    },
    "objections.key.back": {"da": "tilbage til listen", "en": "back to the list"},
    "objections.key.back.tip": {
        "da": "Tilbage til listen over indvendinger",
        "en": "Back to the list of objections",
    },
    "objections.key.close": {"da": "luk", "en": "close"},
    "objections.key.close.tip": {
        "da": "Luk uden at notere noget",
        "en": "Close without recording anything",
    },
}
