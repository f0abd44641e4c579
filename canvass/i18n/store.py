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
            "Databasen {path} har skemaversion {found}, som er nyere end denne canvass "
            "kender (nyeste: {supported}). Opdatér canvass; databasen er ikke ændret."
        ),
        "en": (
            "The database {path} has schema version {found}, newer than this canvass "
            "knows (newest: {supported}). Update canvass; the database was not changed."
        ),
    },
    "store.error.needs_upgrade": {
        "da": (
            "Den fælles database {path} har skemaversion {found}, men denne canvass "
            "bruger {head}. canvass opdaterer aldrig en fælles database af sig selv: bed "
            "den, der passer serveren, om at køre 'canvass db upgrade' (med samme --db). "
            "Databasen er ikke ændret."
        ),
        "en": (
            "The shared database {path} has schema version {found}, but this canvass "
            "uses {head}. canvass never upgrades a shared database by itself: ask whoever "
            "looks after the server to run 'canvass db upgrade' (with the same --db). "
            "The database was not changed."
        ),
    },
    "store.error.migration": {
        "da": (
            "Databasen {path} kunne ikke opdateres til version {version}: {reason}. "
            "Den er ikke ændret."
        ),
        "en": (
            "The database {path} could not be upgraded to version {version}: {reason}. "
            "It was not changed."
        ),
    },
    "store.error.migration.foreign_keys": {
        "da": "rækker i {tables} ville pege på rækker, der ikke findes",
        "en": "rows in {tables} would point at rows that do not exist",
    },
    "store.error.no_database": {
        "da": "Databasen {path} findes ikke endnu (canvass opretter den, første gang den åbnes).",
        "en": "The database {path} does not exist yet (canvass creates it when first opened).",
    },
    "store.error.open": {
        "da": "Databasen {path} kunne ikke åbnes: {reason}",
        "en": "The database {path} could not be opened: {reason}",
    },
    "store.error.url": {
        "da": "Ugyldig databaseadresse: {url}",
        "en": "Invalid database address: {url}",
    },
    "store.error.backend": {
        "da": (
            "canvass kan bruge SQLite (en fil) og PostgreSQL, ikke {backend} ({url}). "
            "Skriv en filsti eller postgresql+psycopg://bruger@vært/database."
        ),
        "en": (
            "canvass works with SQLite (a file) and PostgreSQL, not {backend} ({url}). "
            "Give a file path or postgresql+psycopg://user@host/database."
        ),
    },
    "store.error.driver": {
        "da": (
            "Databasen {path} kræver driveren {driver}, som ikke er installeret. "
            "For PostgreSQL: pip install 'canvass[postgres]' og skriv adressen som "
            "postgresql+psycopg://bruger@vært/database."
        ),
        "en": (
            "The database {path} needs the driver {driver}, which is not installed. "
            "For PostgreSQL: pip install 'canvass[postgres]' and write the address as "
            "postgresql+psycopg://user@host/database."
        ),
    },
    "store.error.no_folder": {
        "da": (
            "Mappen {folder} findes ikke, så databasen {path} kan ikke åbnes. Tjek stien "
            "(canvass opretter kun sin egen standardmappe af sig selv)."
        ),
        "en": (
            "The folder {folder} does not exist, so the database {path} cannot be opened. "
            "Check the path (canvass only creates its own default folder by itself)."
        ),
    },
    "store.error.not_file": {
        "da": "{path} er ikke en almindelig fil (en mappe, en enhed eller en pipe).",
        "en": "{path} is not a regular file (a folder, a device or a pipe).",
    },
    "store.error.full": {
        "da": (
            "Der er ikke plads på disken til databasen {path}. Frigør plads og prøv igen; "
            "det, der ikke kunne gemmes, venter stadig."
        ),
        "en": (
            "There is no space left on the disk for the database {path}. Free some space "
            "and try again; what could not be saved is still waiting."
        ),
    },
    "store.error.readonly": {
        "da": (
            "Databasen {path} er skrivebeskyttet (filen, mappen, disken eller en efterladt "
            "-shm/-wal-fil). canvass kan ikke gemme der."
        ),
        "en": (
            "The database {path} is read-only (the file, the folder, the disk or a left-over "
            "-shm/-wal file). canvass cannot save there."
        ),
    },
    "store.error.foreign": {
        "da": (
            "{path} er en database fra et andet program (tabeller: {tables}), ikke fra "
            "canvass. Den er ikke ændret; vælg en anden fil med --db."
        ),
        "en": (
            "{path} is another program's database (tables: {tables}), not canvass's. It "
            "was not changed; choose another file with --db."
        ),
    },
    "store.error.bad_version": {
        "da": "Databasen {path} har en ugyldig skemaversion ({found}). Den er ikke ændret.",
        "en": "The database {path} has an invalid schema version ({found}). It was not changed.",
    },
    "store.error.mismatch": {
        "da": (
            "Databasen {path} siger skemaversion {found}, men tabellerne passer ikke til "
            "den ({what}). Den er ikke ændret."
        ),
        "en": (
            "The database {path} says schema version {found}, but its tables do not match "
            "it ({what}). It was not changed."
        ),
    },
    "store.error.mismatch.missing": {"da": "mangler: {tables}", "en": "missing: {tables}"},
    "store.error.mismatch.unexpected": {
        "da": "findes allerede: {tables}",
        "en": "already there: {tables}",
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
