"""Catalogue strings for a database server's failures and for writes given up.

key -> {"da": ..., "en": ...}. Each names the server, database and user (never the
password) and says what to do.
"""

STRINGS: dict[str, dict[str, str]] = {
    "store.pg.password": {
        "da": (
            "PostgreSQL-serveren {server} afviste brugeren {user} (database {database}): "
            "forkert adgangskode, eller brugeren findes ikke. Tjek brugernavn og adgangskode "
            "i databaseadressen (--db, CANVASS_DB eller konfigurationsfilen), eller spørg den, "
            "der driver serveren."
        ),
        "en": (
            "The PostgreSQL server {server} refused the user {user} (database {database}): "
            "wrong password, or the user does not exist. Check the user name and password in "
            "the database address (--db, CANVASS_DB or the configuration file), or ask whoever "
            "runs the server."
        ),
    },
    "store.pg.no_database": {
        "da": (
            "Databasen {database} findes ikke på PostgreSQL-serveren {server}. Tjek navnet i "
            "databaseadressen, eller bed den, der driver serveren, oprette den (README: "
            "»Team database«)."
        ),
        "en": (
            "The database {database} does not exist on the PostgreSQL server {server}. Check "
            "the name in the database address, or ask whoever runs the server to create it "
            "(README: 'Team database')."
        ),
    },
    "store.pg.unreachable": {
        "da": (
            "PostgreSQL-serveren {server} svarer ikke (forbindelsen blev afvist eller nåede "
            "ikke frem). Tjek værtsnavn og port i databaseadressen og at serveren kører, og "
            "prøv igen."
        ),
        "en": (
            "The PostgreSQL server {server} does not answer (the connection was refused or "
            "did not get through). Check the host name and port in the database address and "
            "that the server is running, and try again."
        ),
    },
    "store.pg.lost": {
        "da": (
            "Forbindelsen til PostgreSQL-serveren {server} blev afbrudt (serveren genstartede, "
            "eller netværket faldt ud). Det, der ikke er gemt, venter og gemmes, når serveren "
            "er tilbage; prøv ellers igen om lidt."
        ),
        "en": (
            "The connection to the PostgreSQL server {server} was lost (the server restarted, "
            "or the network dropped). What is not saved waits and is saved when the server is "
            "back; otherwise try again in a moment."
        ),
    },
    "store.pg.conflict": {
        "da": (
            "En anden skrev i databasen {database} på {server} på samme tid (en "
            "serialiseringsfejl eller en deadlock). canvass har prøvet igen; prøv igen om lidt."
        ),
        "en": (
            "Someone else wrote to the database {database} on {server} at the same time (a "
            "serialization failure or a deadlock). canvass tried again; try again in a moment."
        ),
    },
    "store.pg.busy": {
        "da": (
            "Databasen {database} på {server} er optaget af en anden, der skriver (fx en "
            "import), eller serveren har ikke flere ledige forbindelser. Prøv igen om lidt."
        ),
        "en": (
            "The database {database} on {server} is busy with someone else's write (an import, "
            "say), or the server has no free connections. Try again in a moment."
        ),
    },
    "store.pg.full": {
        "da": (
            "PostgreSQL-serveren {server} har ikke mere plads på disken (database {database}). "
            "Bed den, der driver serveren, frigøre plads; det, der ikke kunne gemmes, venter."
        ),
        "en": (
            "The PostgreSQL server {server} has no space left on its disk (database "
            "{database}). Ask whoever runs the server to free some; what could not be saved "
            "is waiting."
        ),
    },
    "store.pg.readonly": {
        "da": (
            "Databasen {database} på {server} tager kun imod læsning (en skrivebeskyttet "
            "server eller en standby). canvass kan ikke gemme der; spørg den, der driver "
            "serveren."
        ),
        "en": (
            "The database {database} on {server} accepts reads only (a read-only server or a "
            "standby). canvass cannot save there; ask whoever runs the server."
        ),
    },
    "store.pg.permission": {
        "da": (
            "Brugeren {user} har ikke rettigheder nok i databasen {database} på {server}. Bed "
            "den, der driver serveren, give brugeren rettigheder (README: »Team database«)."
        ),
        "en": (
            "The user {user} lacks privileges in the database {database} on {server}. Ask "
            "whoever runs the server to grant them (README: 'Team database')."
        ),
    },
    "store.writer.given_up": {
        "da": (
            "Ikke gemt: canvass lukkede, før databasen kunne nås igen ({reason}). Det, der "
            "blev skrevet efter det sidst gemte, er ikke i databasen; en åben samtale kan "
            "genoptages fra det, der blev gemt."
        ),
        "en": (
            "Not saved: canvass closed before the database could be reached again "
            "({reason}). What was typed after the last save is not in the database; an open "
            "call can be resumed from what was saved."
        ),
    },
}
