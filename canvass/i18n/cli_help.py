"""The command line's help texts in Danish, keyed by the English text written in the code
(a command's docstring as click cleans it, or an option's ``help=``).

:func:`canvass.cli_language.localise_help` puts these in place before click parses the
arguments, so ``canvass --help`` speaks the language in use. A text missing here stays
English (a test checks that every one has its Danish).
"""

DANISH: dict[str, str] = {
    # canvass
    "canvass — call scripts, BALA and the objection bank for business consultants.\n\n"
    "Without a command it opens the app. Options may also be set with CANVASS_DB,\n"
    "CANVASS_USER, CANVASS_LANG, CANVASS_ORGANISATION, CANVASS_SCRIPTS, CANVASS_OBJECTIONS\n"
    "or in the config file.": (
        "canvass — ringeguide, BALA og indvendingsbank for virksomhedskonsulenter.\n\n"
        "Uden en kommando åbner den appen. Tilvalgene kan også sættes med CANVASS_DB,\n"
        "CANVASS_USER, CANVASS_LANG, CANVASS_ORGANISATION, CANVASS_SCRIPTS, "
        "CANVASS_OBJECTIONS\neller i konfigurationsfilen."
    ),
    "Database file or SQLAlchemy URL.": "Databasefil eller SQLAlchemy-URL.",
    "The consultant's initials, e.g. AB.": "Konsulentens initialer, fx AB.",
    "Language of the UI.": "Sproget i brugerfladen.",
    "E.g. 'Jobcenter Vejle'.": "Fx 'Jobcenter Vejle'.",
    "Folder with call scripts (YAML).": "Mappe med ringeguides (YAML).",
    "Folder with the objection bank.": "Mappe med indvendingsbanken.",
    "Folder with the sparring rubrics.": "Mappe med sparringsskemaerne.",
    # publish
    "Publish scripts, objection files and rubrics (default: all three configured folders).\n\n"
    "Every file is checked first; one with a problem refuses the whole run and nothing is\n"
    "published. A changed file must have a new 'version:' (or use --bump). Running apps\n"
    "take a published version within about two seconds; a call in progress keeps its own.\n"
    "Only trainers publish: give --user with your initials. Exit status: 0 when\n"
    "published (or nothing changed), 1 when refused (a problem, or --user is no trainer),\n"
    "2 without --user or with initials nobody has.": (
        "Udgiv manuskripter, indvendingsfiler og sparringsskemaer (standard: alle tre\n"
        "konfigurerede mapper).\n\n"
        "Hver fil tjekkes først; har én et problem, afvises hele kørslen, og intet\n"
        "udgives. En ændret fil skal have en ny 'version:' (eller brug --bump). Kørende\n"
        "apps tager en udgivet version i brug inden for cirka to sekunder; et igangværende\n"
        "opkald beholder sin egen.\n"
        "Kun trænere udgiver: angiv --user med dine initialer. Slutstatus: 0 når der er\n"
        "udgivet (eller intet er ændret), 1 når det afvises (et problem, eller --user er\n"
        "ikke træner), 2 uden --user eller med initialer, ingen har."
    ),
    "Raise 'version:' in a file whose content changed under a published version.": (
        "Hæv 'version:' i en fil, hvis indhold er ændret under en udgivet version."
    ),
    # demo
    "Fill the database with fictional demo data (if it is empty) and open the app.": (
        "Fyld databasen med opdigtede demodata (hvis den er tom), og åbn appen."
    ),
    "Only fill the database; do not open the app.": "Fyld kun databasen; åbn ikke appen.",
    # check
    "Check call scripts, objection files and sparring rubrics (default: the configured "
    "folders).\n\n"
    "Exit status: 0 when everything is valid, 1 when any problem is found. Warnings\n"
    "(e.g. a rule stated without a source) are printed but do not change it.": (
        "Kontrollér ringeguides, indvendingsfiler og sparringsskemaer (standard: de\n"
        "konfigurerede mapper).\n\n"
        "Slutstatus: 0 når alt er gyldigt, 1 når der er et problem. Advarsler (fx en\n"
        "regel uden kilde) skrives ud, men ændrer den ikke."
    ),
    # import
    "Import companies from a CSV file saved from Excel or a register.\n\n"
    "Companies already in the database are updated (by CVR, else by phone and name).\n"
    "Exit status: 0 when imported, 1 when the file or any row is bad (then nothing is\n"
    "imported and every problem is shown as FILE:LINE), 2 for usage errors.": (
        "Importér virksomheder fra en CSV-fil gemt fra Excel eller et register.\n\n"
        "Virksomheder, der allerede findes, opdateres (efter CVR, ellers telefon og navn).\n"
        "Slutstatus: 0 når de er importeret, 1 når filen eller en række er forkert (så\n"
        "importeres intet, og hvert problem vises som FIL:LINJE), 2 ved forkert brug."
    ),
    "Add the companies to this call list.": "Sæt virksomhederne på denne ringeliste.",
    "Check the file and show what would change.": "Kontrollér filen, og vis hvad der ændres.",
    # db
    "The database's schema: show its version, upgrade it.": (
        "Databasens skema: vis versionen, opgradér den."
    ),
    "Show the database's schema version and whether it is up to date (changes nothing).\n\n"
    "Exit status: 0 when up to date, 1 when 'canvass db upgrade' is needed.": (
        "Vis databasens skemaversion, og om den er opdateret (ændrer intet).\n\n"
        "Slutstatus: 0 når den er opdateret, 1 når 'canvass db upgrade' er nødvendig."
    ),
    "Upgrade the database to this canvass's schema, keeping every row.\n\n"
    "A personal SQLite file is upgraded when canvass opens it anyway; a shared\n"
    "PostgreSQL database only by this command. A database from a newer canvass, or\n"
    "another program's, is refused untouched.": (
        "Opgradér databasen til denne canvass' skema; alle rækker bevares.\n\n"
        "En personlig SQLite-fil opgraderes alligevel, når canvass åbner den; en fælles\n"
        "PostgreSQL-database kun med denne kommando. En database fra en nyere canvass\n"
        "eller et andet program afvises uden at blive rørt."
    ),
    "(Developers) Autogenerate the next revision from the models.": (
        "(Udviklere) Lav den næste revision automatisk ud fra modellerne."
    ),
    "What the revision changes.": "Hvad revisionen ændrer.",
    # export
    "Export meetings to a calendar file (.ics) or calls to Excel (.csv).": (
        "Eksportér møder til en kalenderfil (.ics) eller opkald til Excel (.csv)."
    ),
    "Write meetings to an .ics file for Outlook, Google or Apple Calendar.\n\n"
    "Importing a newer file updates the events instead of adding copies; cancelled\n"
    "meetings are written as cancelled, so the calendar removes them.": (
        "Skriv møder til en .ics-fil til Outlook, Google eller Apple Kalender.\n\n"
        "En nyere fil opdaterer begivenhederne i stedet for at lave kopier; aflyste\n"
        "møder skrives som aflyst, så kalenderen fjerner dem."
    ),
    "Write the call log to a CSV file that Excel opens directly (;, UTF-8 with BOM).": (
        "Skriv opkaldsloggen til en CSV-fil, som Excel åbner direkte (;, UTF-8 med BOM)."
    ),
    "First day, e.g. 1/12/2026.": "Første dag, fx 1/12/2026.",
    "Last day (included).": "Sidste dag (medregnet).",
    "Only the configured user's (--user).": "Kun den konfigurerede brugers (--user).",
    # me
    "Show your name, phone and e-mail (used by the scripts), or change them.\n\n"
    "Without options it prints the current values. Exit status 2 for a bad value.": (
        "Vis dit navn, din telefon og din e-mail (bruges af ringeguiderne), eller ret dem.\n\n"
        "Uden tilvalg skrives de nuværende værdier. Slutstatus 2 ved en forkert værdi."
    ),
    "Your full name, e.g. 'Mette Hansen'.": "Dit fulde navn, fx 'Mette Hansen'.",
    "Your direct phone ('' clears it).": "Din direkte telefon ('' sletter den).",
    "Your e-mail address ('' clears it).": "Din e-mailadresse ('' sletter den).",
    # audit
    "Print the audit log: who read, searched, exported, changed or erased what.\n\n"
    "--person lists what concerns one contact person (a right-of-access request): the\n"
    "lines naming them, the cards and exports of their company, and the searches that\n"
    "found them.": (
        "Skriv auditloggen ud: hvem der så, søgte, eksporterede, ændrede eller slettede hvad.\n\n"
        "--person viser det, der angår én kontaktperson (en anmodning om indsigt): linjerne\n"
        "der nævner personen, kort og eksporter for virksomheden og de søgninger, der\n"
        "fandt personen."
    ),
    "One contact person.": "Én kontaktperson.",
    "One company, by CVR number.": "Én virksomhed, efter CVR-nummer.",
    "From this day on, e.g. 1/12/2026.": "Fra denne dag, fx 1/12/2026.",
    "JSON instead of lines.": "JSON i stedet for linjer.",
    # forget
    "Erase a contact person's personal data for real (or every contact of a company).\n\n"
    "Name, phone, e-mail and the free text about them go; calls, outcomes and meetings\n"
    "stay as anonymous statistics. Exit 0 erased (or dry run), 1 not found or cancelled,\n"
    "2 usage errors.": (
        "Slet en kontaktpersons personoplysninger for alvor (eller alle en virksomheds).\n\n"
        "Navn, telefon, e-mail og fritekst om personen forsvinder; opkald, udfald og møder\n"
        "bliver som anonym statistik. Slutstatus 0 slettet (eller prøvekørsel), 1 ikke\n"
        "fundet eller afbrudt, 2 forkert brug."
    ),
    "A contact person's id.": "En kontaktpersons id.",
    "Every contact person of this company.": "Alle kontaktpersoner i denne virksomhed.",
    "With --cvr: the company is one person's (enkeltmandsvirksomhed); erase its name too.": (
        "Med --cvr: virksomheden er én persons (enkeltmandsvirksomhed); slet også navnet."
    ),
    "Only say what would be erased.": "Sig kun, hvad der ville blive slettet.",
    "Do not ask before erasing.": "Spørg ikke før sletning.",
    # purge
    "Erase notes, contact persons and audit lines older than their retention period.\n\n"
    "The periods come from the config file (retention_notes, retention_contacts,\n"
    "retention_audit; default 24m, 24m, 36m); --older-than sets all three.": (
        "Slet noter, kontaktpersoner og auditlinjer, der er ældre end deres opbevaringstid.\n\n"
        "Tiderne står i konfigurationsfilen (retention_notes, retention_contacts,\n"
        "retention_audit; standard 24m, 24m, 36m); --older-than sætter alle tre."
    ),
    "E.g. 24m, 90d, 5y (default: the config).": "Fx 24m, 90d, 5y (standard: konfigurationen).",
    # observe
    "Follow a colleague's calls live (their buddy or a trainer), e.g. canvass observe AB.\n\n"
    "Opens the app on the observer screen as the configured user (--user). Exit status 2\n"
    "when no user is configured, the initials are unknown or you may not follow them.": (
        "Følg en kollegas opkald live (som makker eller træner), fx canvass observe AB.\n\n"
        "Åbner appen på observatørskærmen som den valgte bruger (--user). Slutstatus 2,\n"
        "når ingen bruger er valgt, initialerne er ukendte, eller du ikke må følge dem."
    ),
    # stats
    "Statistics: calls, reached, meetings, the BALA funnel, objections, where calls\n"
    "stop, sparring and the tools used. Needs --user: a consultant sees their own\n"
    "figures, team leads and trainers everyone's. Exit status 2 on bad options.": (
        "Statistik: opkald, nåede, møder, BALA-tragten, indvendinger, hvor opkaldene\n"
        "stopper, sparring og de værktøjer, der bruges. Kræver --user: en konsulent ser\n"
        "sine egne tal, teamledere og undervisere alles. Slutstatus 2 ved forkerte\n"
        "tilvalg."
    ),
    "Write JSON (stable English keys).": "Skriv JSON (faste engelske nøgler).",
    "Write CSV: one figure a line.": "Skriv CSV: ét tal pr. linje.",
    "Rows of the overview (default: consultant).": "Rækkerne i oversigten (standard: consultant).",
    # report
    "Write the debrief for the team meeting as one HTML file: key figures, the BALA\n"
    "funnel, objections, where calls stop, sparring and which tools are used. Needs\n"
    "--user: team leads and trainers see everyone, a consultant their own calls.\n"
    "Exit status 2 on bad options or a file that cannot be written.": (
        "Skriv statusnotatet til teammødet som én HTML-fil: nøgletal, BALA-tragten,\n"
        "indvendinger, hvor opkaldene stopper, sparring og hvilke værktøjer der bruges.\n"
        "Kræver --user: teamledere og undervisere ser alle, en konsulent sine egne opkald.\n"
        "Slutstatus 2 ved forkerte tilvalg eller en fil, der ikke kan skrives."
    ),
    "Where to write the HTML file (default: debrief.html).": (
        "Hvor HTML-filen skrives (standard: debrief.html)."
    ),
}

from canvass.i18n.team import HELP as _TEAM_HELP  # noqa: E402 - ``canvass team``

DANISH.update(_TEAM_HELP)

from canvass.i18n.teams import HELP as _TEAMS_HELP  # noqa: E402 - teams (--team, team set)

DANISH.update(_TEAMS_HELP)
