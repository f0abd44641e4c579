"""Catalogue strings for ``canvass db``: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "db.current.up_to_date": {
        "da": "{db}: skemaversion {revision} — opdateret (den nyeste, denne canvass kender).",
        "en": "{db}: schema version {revision} — up to date (the newest this canvass knows).",
    },
    "db.current.behind": {
        "da": (
            "{db}: skemaversion {revision}, denne canvass bruger {head} — ikke opdateret. "
            "Kør 'canvass db upgrade' med samme --db."
        ),
        "en": (
            "{db}: schema version {revision}, this canvass uses {head} — not up to date. "
            "Run 'canvass db upgrade' with the same --db."
        ),
    },
    "db.current.legacy": {
        "da": "(Databasen er fra før Alembic: version {version} i filen/tabellen.)",
        "en": "(The database is from before Alembic: version {version} in the file/table.)",
    },
    "db.current.empty": {
        "da": "{db}: tom database uden skema. 'canvass db upgrade' opretter skemaet ({head}).",
        "en": "{db}: an empty database without a schema. 'canvass db upgrade' creates it ({head}).",
    },
    "db.upgrade.created": {
        "da": "{db}: skemaet er oprettet (skemaversion {after}).",
        "en": "{db}: the schema was created (schema version {after}).",
    },
    "db.upgrade.done": {
        "da": "{db}: opdateret fra skemaversion {before} til {after}.",
        "en": "{db}: upgraded from schema version {before} to {after}.",
    },
    "db.upgrade.already": {
        "da": "{db}: allerede på skemaversion {after}; intet er ændret.",
        "en": "{db}: already at schema version {after}; nothing was changed.",
    },
    "db.revision.written": {
        "da": (
            "Ny revision skrevet: {path}. Læs den igennem (autogenerate ser ikke alt, fx "
            "CHECK-lister og data), kør ruff format på den, og test den på begge databaser."
        ),
        "en": (
            "New revision written: {path}. Read it through (autogenerate does not see "
            "everything, e.g. CHECK lists and data), run ruff format on it, and test it on "
            "both databases."
        ),
    },
    "db.revision.none": {
        "da": "Modellerne og skemaet er ens; ingen revision er skrevet.",
        "en": "The models and the schema agree; no revision was written.",
    },
}
