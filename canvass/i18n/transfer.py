"""Catalogue strings for import and export (CSV, .ics): key -> {"da": ..., "en": ...}."""

_SAVE_AS_CSV_DA = "Åbn den i Excel og vælg Filer → Gem som → 'CSV (semikolonsepareret)'."
_SAVE_AS_CSV_EN = "Open it in Excel and choose File → Save As → 'CSV (comma delimited)'."

STRINGS: dict[str, dict[str, str]] = {
    # -- the file as a whole --------------------------------------------------------------
    "transfer.import_title": {"da": "Import", "en": "Import"},
    "transfer.export_title": {"da": "Eksport", "en": "Export"},
    "transfer.file_missing": {
        "da": "Filen {path} findes ikke.",
        "en": "The file {path} does not exist.",
    },
    "transfer.file_changed": {
        "da": "Filen {path} blev ændret, mens den blev læst; intet er importeret. Prøv igen.",
        "en": "The file {path} changed while it was being read; nothing was imported. Try again.",
    },
    "transfer.progress.read": {"da": "Læser", "en": "Reading"},
    "transfer.progress.check": {"da": "Tjekker", "en": "Checking"},
    "transfer.progress.write": {"da": "Importerer", "en": "Importing"},
    "transfer.progress.rows": {"da": "{rows} rækker", "en": "{rows} rows"},
    "transfer.file_is_folder": {
        "da": "{path} er en mappe, ikke en fil.",
        "en": "{path} is a folder, not a file.",
    },
    "transfer.file_unreadable": {
        "da": "Filen {path} kan ikke læses: {reason}",
        "en": "The file {path} cannot be read: {reason}",
    },
    "transfer.empty": {
        "da": "Filen {path} er tom.",
        "en": "The file {path} is empty.",
    },
    "transfer.header_only": {
        "da": "Filen {path} har kun en overskriftslinje og ingen virksomheder.",
        "en": "The file {path} has only a header line and no companies.",
    },
    "transfer.workbook": {
        "da": f"{{path}} er en Excel-projektmappe (.xlsx/.xls), ikke en CSV-fil. {_SAVE_AS_CSV_DA}",
        "en": f"{{path}} is an Excel workbook (.xlsx/.xls), not a CSV file. {_SAVE_AS_CSV_EN}",
    },
    "transfer.utf16": {
        "da": "{path} er gemt som Unicode-tekst (UTF-16). Gem den som 'CSV UTF-8' i stedet.",
        "en": "{path} is saved as Unicode text (UTF-16). Save it as 'CSV UTF-8' instead.",
    },
    "transfer.binary_kind": {
        "da": "{path} er en {kind}-fil, ikke en CSV-fil. Gem listen som CSV fra Excel.",
        "en": "{path} is a {kind} file, not a CSV file. Save the list as CSV from Excel.",
    },
    "transfer.not_text": {
        "da": f"{{path}} er ikke en tekstfil (den indeholder binære data). {_SAVE_AS_CSV_DA}",
        "en": f"{{path}} is not a text file (it contains binary data). {_SAVE_AS_CSV_EN}",
    },
    "transfer.stray_byte": {
        "da": (
            "{path} er UTF-8, men linje {line} har en byte ({byte}), der ikke er UTF-8. Ret "
            "tegnet på den linje, eller gem filen igen som 'CSV UTF-8' fra Excel."
        ),
        "en": (
            "{path} is UTF-8, but line {line} has a byte ({byte}) that is not UTF-8. Fix the "
            "character on that line, or save the file again as 'CSV UTF-8' from Excel."
        ),
    },
    "transfer.control_char": {
        "da": (
            "{path}:{line}: linjen indeholder et styretegn ({char}), som ikke hører hjemme i "
            "en tekst. Fjern det og prøv igen; intet er importeret."
        ),
        "en": (
            "{path}:{line}: the line holds a control character ({char}) that has no place "
            "in a text. Remove it and try again; nothing was imported."
        ),
    },
    "transfer.unknown_encoding": {
        "da": "{path} er hverken UTF-8 eller Windows-1252. Gem den som 'CSV UTF-8' fra Excel.",
        "en": "{path} is neither UTF-8 nor Windows-1252. Save it as 'CSV UTF-8' from Excel.",
    },
    # -- the header line ------------------------------------------------------------------
    "transfer.more_unknown_columns": {
        "da": "advarsel: … og {count} ukendte kolonner mere springes over",
        "en": "warning: … and {count} more unknown columns are ignored",
    },
    "transfer.more_problems": {
        "da": "… og {count} problemer mere i resten af filen (ret de første og prøv igen)",
        "en": "… and {count} more problems in the rest of the file (fix the first and try again)",
    },
    "transfer.unknown_column": {
        "da": "advarsel: ukendt kolonne '{heading}' (kolonne {number}) springes over",
        "en": "warning: unknown column '{heading}' (column {number}) is ignored",
    },
    "transfer.column_twice": {
        "da": "kolonnen '{heading}' (kolonne {number}) er den samme som '{first}' "
        "(kolonne {first_number})",
        "en": "the column '{heading}' (column {number}) is the same as '{first}' "
        "(column {first_number})",
    },
    "transfer.missing_name": {
        "da": "der er ingen kolonne med virksomhedens navn (brug en af: {accepted})",
        "en": "there is no column with the company name (use one of: {accepted})",
    },
    "transfer.missing_phone": {
        "da": "der er ingen kolonne med telefonnummer (brug en af: {accepted})",
        "en": "there is no column with the phone number (use one of: {accepted})",
    },
    # -- single rows ----------------------------------------------------------------------
    "transfer.field_too_long": {
        "da": "et felt er længere end {limit} KB — det er næppe en virksomhedsoplysning",
        "en": "a field is longer than {limit} KB — hardly a company detail",
    },
    "transfer.unclosed_quote": {
        "da": 'et felt begynder med " men slutter aldrig (rækken starter her)',
        "en": 'a field starts with " but never ends (the row starts here)',
    },
    "transfer.bad_quoting": {
        "da": "forkerte anførselstegn i rækken: {reason}",
        "en": "bad quoting in the row: {reason}",
    },
    "transfer.too_many_cells": {
        "da": "rækken har {found} felter, men overskriften kun {expected} "
        "(et skilletegn i en tekst skal stå i anførselstegn)",
        "en": "the row has {found} cells but the header only {expected} "
        "(a separator inside a text must be quoted)",
    },
    "transfer.too_long": {
        "da": "'{heading}' er længere end {limit} tegn",
        "en": "'{heading}' is longer than {limit} characters",
    },
    "transfer.name_missing": {"da": "navn mangler", "en": "the name is missing"},
    "transfer.phone_missing": {
        "da": "telefonnummer mangler",
        "en": "the phone number is missing",
    },
    "transfer.bad_flag": {
        "da": "reklamebeskyttet skal være ja/nej, 1/0, x/tom eller true/false, ikke {value!r}",
        "en": "ad_protected must be yes/no, 1/0, x/blank or true/false, not {value!r}",
    },
    "transfer.too_many_employees": {
        "da": "antal ansatte {value!r} er over {maximum} — står der et andet tal i kolonnen?",
        "en": "employees {value!r} is over {maximum} — is another number in the column?",
    },
    "transfer.bad_employees": {
        "da": "antal ansatte skal være et helt tal, ikke {value!r}",
        "en": "employees must be a whole number, not {value!r}",
    },
    "transfer.bad_email": {
        "da": "{value!r} ligner ikke en e-mailadresse",
        "en": "{value!r} does not look like an e-mail address",
    },
    "transfer.bad_zip": {
        "da": "postnummeret skal have 4 cifre, ikke {value!r}",
        "en": "the postal code must have 4 digits, not {value!r}",
    },
    "transfer.cvr_twice": {
        "da": "CVR {cvr} står også på linje {first}",
        "en": "CVR {cvr} is also on line {first}",
    },
    "transfer.name_phone_twice": {
        "da": "samme navn og telefonnummer (uden CVR) som linje {first}",
        "en": "same name and phone number (without CVR) as line {first}",
    },
    "transfer.email_without_contact": {
        "da": "advarsel: {count} rækker har en e-mail men ingen kontaktperson; "
        "de e-mails gemmes ikke",
        "en": "warning: {count} rows have an e-mail but no contact person; "
        "those e-mails are not saved",
    },
    # -- exports ----------------------------------------------------------------------------
    "transfer.ics.summary": {"da": "Møde: {company}", "en": "Meeting: {company}"},
    "transfer.ics.by_phone": {"da": "Telefon", "en": "Phone"},
    "transfer.ics.by_video": {"da": "Video", "en": "Video"},
    "transfer.ics.contact": {"da": "Kontaktperson", "en": "Contact"},
    "transfer.ics.phone": {"da": "Telefon", "en": "Phone"},
    "transfer.ics.purpose": {"da": "Formål", "en": "Purpose"},
    "transfer.ics.consultant": {"da": "Konsulent", "en": "Consultant"},
    "transfer.csv.date": {"da": "Dato", "en": "Date"},
    "transfer.csv.time": {"da": "Tid", "en": "Time"},
    "transfer.csv.consultant": {"da": "Konsulent", "en": "Consultant"},
    "transfer.csv.company": {"da": "Virksomhed", "en": "Company"},
    "transfer.csv.cvr": {"da": "CVR", "en": "CVR"},
    "transfer.csv.phone": {"da": "Telefon", "en": "Phone"},
    "transfer.csv.outcome": {"da": "Udfald", "en": "Outcome"},
    "transfer.csv.reached": {"da": "Nået", "en": "Reached"},
    "transfer.csv.minutes": {"da": "Varighed (min)", "en": "Duration (min)"},
    "transfer.csv.script": {"da": "Manuskript", "en": "Script"},
    "transfer.csv.notes": {"da": "Noter", "en": "Notes"},
    "transfer.csv.yes": {"da": "Ja", "en": "Yes"},
    "transfer.csv.no": {"da": "Nej", "en": "No"},
    # -- command line ------------------------------------------------------------------------
    "transfer.cli.import_failed": {
        "da": "{problems} {problems:problem|problemer} i {path}; intet er importeret. Ret "
        "filen og prøv igen.",
        "en": "{problems} {problems:problem|problems} in {path}; nothing was imported. Fix "
        "the file and try again.",
    },
    "transfer.cli.imported": {
        "da": "Importeret fra {path}: {new} nye, {updated} opdaterede og {unchanged} "
        "uændrede virksomheder.",
        "en": "Imported from {path}: {new} new, {updated} updated and {unchanged} "
        "unchanged companies.",
    },
    "transfer.cli.dry_run": {
        "da": "Prøvekørsel, intet er gemt. {path} ville give {new} nye, {updated} opdaterede "
        "og {unchanged} uændrede virksomheder.",
        "en": "Dry run, nothing was saved. {path} would give {new} new, {updated} updated "
        "and {unchanged} unchanged companies.",
    },
    "transfer.cli.contacts": {
        "da": "Kontaktpersoner: {added} nye, {updated} ændrede.",
        "en": "Contact persons: {added} new, {updated} changed.",
    },
    "transfer.cli.list_new": {
        "da": "Ringelisten '{name}' er oprettet med {added} virksomheder.",
        "en": "The call list '{name}' was created with {added} companies.",
    },
    "transfer.cli.list_new_dry": {
        "da": "Ringelisten '{name}' ville blive oprettet med {added} virksomheder.",
        "en": "The call list '{name}' would be created with {added} companies.",
    },
    "transfer.cli.list_added": {
        "da": "{added} virksomheder er føjet til ringelisten '{name}'.",
        "en": "{added} companies were added to the call list '{name}'.",
    },
    "transfer.cli.list_added_dry": {
        "da": "{added} virksomheder ville blive føjet til ringelisten '{name}'.",
        "en": "{added} companies would be added to the call list '{name}'.",
    },
    "transfer.cli.bad_list_name": {
        "da": "Navnet på ringelisten skal have 1–120 tegn.",
        "en": "The call list name must have 1–120 characters.",
    },
    "transfer.cli.no_user": {
        "da": "--mine kræver en bruger: angiv --user AB eller sæt CANVASS_USER.",
        "en": "--mine needs a user: give --user AB or set CANVASS_USER.",
    },
    "transfer.cli.bad_range": {
        "da": "--from ({start}) ligger efter --to ({end}).",
        "en": "--from ({start}) is after --to ({end}).",
    },
    "transfer.cli.target_is_folder": {
        "da": "'{path}' er en mappe — skriv et filnavn, fx moeder.ics eller opkald.csv.",
        "en": "'{path}' is a folder — give a file name, e.g. meetings.ics or calls.csv.",
    },
    "transfer.cli.cannot_write": {
        "da": "Kan ikke skrive {path}: {reason}",
        "en": "Cannot write {path}: {reason}",
    },
    "transfer.cli.meetings_written": {
        "da": "{count} {count:møde|møder} skrevet til {path}.",
        "en": "{count} {count:meeting|meetings} written to {path}.",
    },
    "transfer.cli.calls_written": {
        "da": "{count} opkald skrevet til {path}.",
        "en": "{count} {count:call|calls} written to {path}.",
    },
}
