"""Catalogue strings for the store area and call outcomes: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "store.error.title": {"da": "Databasefejl", "en": "Database error"},
    "store.error.not_database": {
        "da": "Filen {path} er ikke en canvass-database (eller den er beskadiget).",
        "en": "The file {path} is not a canvass database (or it is damaged).",
    },
    "store.error.locked": {
        "da": "Databasen {path} er låst af et andet program. Luk det og prøv igen.",
        "en": "The database {path} is locked by another program. Close it and try again.",
    },
    "store.error.permission": {
        "da": "Ingen adgang til databasen {path}. Tjek rettighederne på filen og mappen.",
        "en": "No access to the database {path}. Check the permissions of the file and folder.",
    },
    "store.error.too_new": {
        "da": (
            "Databasen {path} har skemaversion {found}, men denne canvass understøtter "
            "kun op til version {supported}. Opdatér canvass; databasen er ikke ændret."
        ),
        "en": (
            "The database {path} has schema version {found}, but this canvass supports "
            "up to version {supported}. Update canvass; the database was not changed."
        ),
    },
    "store.error.migration": {
        "da": "Databasen {path} kunne ikke opdateres til version {version}: {reason}",
        "en": "The database {path} could not be upgraded to version {version}: {reason}",
    },
    "store.error.open": {
        "da": "Databasen {path} kunne ikke åbnes: {reason}",
        "en": "The database {path} could not be opened: {reason}",
    },
    "store.error.url": {
        "da": "Ugyldig databaseadresse: {url}",
        "en": "Invalid database address: {url}",
    },
    "outcome.meeting": {"da": "Møde booket", "en": "Meeting booked"},
    "outcome.callback": {"da": "Ring tilbage", "en": "Call back"},
    "outcome.job_order": {"da": "Jobordre", "en": "Job order"},
    "outcome.send_material": {"da": "Send materiale", "en": "Send material"},
    "outcome.not_interested": {"da": "Ikke interesseret", "en": "Not interested"},
    "outcome.wrong_person": {"da": "Forkert person", "en": "Wrong person"},
    "outcome.declined": {"da": "Frabedt sig opkald", "en": "Asked not to be called"},
    "outcome.no_answer": {"da": "Intet svar", "en": "No answer"},
    "outcome.voicemail": {"da": "Telefonsvarer", "en": "Voicemail"},
    "outcome.wrong_number": {"da": "Forkert nummer", "en": "Wrong number"},
    "outcome.busy": {"da": "Optaget", "en": "Busy"},
}
