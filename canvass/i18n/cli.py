"""Catalogue strings for the command line and configuration: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "config.unreadable": {
        "da": "Kan ikke læse konfigurationsfilen {path}: {reason}",
        "en": "Cannot read the config file {path}: {reason}",
    },
    "config.wrong_type": {
        "da": "Konfigurationsfilen {path}: '{key}' skal være en tekst eller et tal, ikke {kind}.",
        "en": "The config file {path}: '{key}' must be a text or a number, not {kind}.",
    },
    "config.invalid": {
        "da": "Konfigurationsfilen {path} er ikke gyldig TOML: {reason}",
        "en": "The config file {path} is not valid TOML: {reason}",
    },
    "config.unknown_keys": {
        "da": "Ukendte nøgler i {path}: {keys} (tilladt: db, user, lang, organisation, "
        "scripts, objections, rubrics)",
        "en": "Unknown keys in {path}: {keys} (allowed: db, user, lang, organisation, "
        "scripts, objections, rubrics)",
    },
    "config.bad_initials": {
        "da": "'{value}' er ikke gyldige initialer: brug 2–5 bogstaver, fx AB",
        "en": "'{value}' are not valid initials: use 2–5 letters, e.g. AB",
    },
    "config.bad_lang": {
        "da": "Ukendt sprog '{value}'; vælg et af: {allowed}",
        "en": "Unknown language '{value}'; choose one of: {allowed}",
    },
    "cli.demo_filled": {
        "da": "Demodata lagt i {db}: {companies} {companies:virksomhed|virksomheder}, "
        "{contacts} {contacts:kontaktperson|kontaktpersoner}, {consultants} "
        "{consultants:konsulent|konsulenter}, {calls} opkald, {meetings} "
        "{meetings:møde|møder}, {callbacks} genopkald, {job_orders} "
        "{job_orders:jobordre|jobordrer} og {reviews} "
        "{reviews:sparringsgennemgang|sparringsgennemgange}.",
        "en": "Demo data added to {db}: {companies} {companies:company|companies}, "
        "{contacts} {contacts:contact|contacts}, {consultants} "
        "{consultants:consultant|consultants}, {calls} {calls:call|calls}, {meetings} "
        "{meetings:meeting|meetings}, {callbacks} {callbacks:callback|callbacks}, "
        "{job_orders} {job_orders:job order|job orders} and {reviews} "
        "{reviews:sparring review|sparring reviews}.",
    },
    "cli.demo_not_empty": {
        "da": "Databasen {db} har allerede virksomheder; demodata springes over.",
        "en": "The database {db} already has companies; demo data skipped.",
    },
    "cli.check_ok": {
        "da": "Alt i orden: {files} {files:fil|filer} tjekket.",
        "en": "All good: {files} {files:file|files} checked.",
    },
    "cli.check_warnings": {
        "da": "{warnings} {warnings:advarsel|advarsler} (kontrollen er stadig bestået).",
        "en": "{warnings} {warnings:warning|warnings} (the check still passes).",
    },
    "cli.check_failed": {
        "da": "{problems} {problems:problem|problemer} i {files} {files:fil|filer}.",
        "en": "{problems} {problems:problem|problems} in {files} {files:file|files}.",
    },
    "cli.unexpected": {
        "da": "Der skete en uventet fejl. Intet gemt er gået tabt. Detaljer til en "
        "fejlrapport er gemt i {log}",
        "en": "An unexpected error happened. Nothing saved was lost. Details for a bug "
        "report are in {log}",
    },
}
