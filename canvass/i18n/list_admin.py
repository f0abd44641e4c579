"""Catalogue strings for managing call lists (create, add, remove, rename, delete), marking
companies (nøglekunde, ring ikke, reklamebeskyttet) and the remembered list."""

STRINGS: dict[str, dict[str, str]] = {
    # Store messages, shown beside the name field.
    "lists.admin.name_empty": {"da": "Skriv et navn til listen", "en": "Type a name for the list"},
    "lists.admin.name_too_long": {
        "da": "Navnet er for langt (højst {limit} tegn)",
        "en": "The name is too long (at most {limit} characters)",
    },
    "lists.admin.name_taken": {
        "da": "Der findes allerede en liste, der hedder '{name}'",
        "en": "There is already a list called '{name}'",
    },
    "lists.admin.list_missing": {
        "da": "Listen findes ikke længere (slettet af en kollega?)",
        "en": "The list no longer exists (deleted by a colleague?)",
    },
    # Import: the yes/no columns (reklamebeskyttet, nøglekunde, ring ikke).
    "transfer.bad_flag_in": {
        "da": "{heading} skal være ja/nej, 1/0, x/tom eller true/false, ikke {value!r}",
        "en": "{heading} must be yes/no, 1/0, x/blank or true/false, not {value!r}",
    },
}
