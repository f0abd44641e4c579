"""Catalogue strings for the ui area: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    # App and global keys.
    "app.sub_title": {"da": "{organisation} · {consultant}", "en": "{organisation} · {consultant}"},
    "app.consultant": {"da": "{initials} ({name})", "en": "{initials} ({name})"},
    "app.no_consultant": {"da": "ingen konsulent valgt", "en": "no consultant chosen"},
    "app.no_consultant_yet": {
        "da": "Vælg først dine initialer.",
        "en": "Choose your initials first.",
    },
    "app.closing": {"da": "canvass lukker.", "en": "canvass is closing."},
    "app.save_failed": {"da": "Kunne ikke gemme", "en": "Could not save"},
    "app.save_retrying": {
        "da": "Ikke gemt endnu — prøver igen",
        "en": "Not saved yet — trying again",
    },
    "app.quit.title": {"da": "Luk canvass?", "en": "Quit canvass?"},
    "app.quit.draft": {
        "da": "Der er noget, der ikke er gemt endnu (tekst i en dialog, eller en skrivning "
        "til databasen, der venter). Lukker du nu, går det tabt.",
        "en": "Something is not saved yet (text in a dialog, or a write to the database that "
        "is waiting). Quitting now loses it.",
    },
    "app.quit.unfinished": {
        "da": "Opkaldet til {name} er ikke afsluttet. Det bliver tilbudt igen næste gang.",
        "en": "The call to {name} is not finished. It will be offered again next time.",
    },
    "app.quit.yes": {"da": "luk canvass", "en": "quit canvass"},
    "app.quit.no": {"da": "bliv", "en": "stay"},
    "app.saved_again": {
        "da": "Alt er gemt nu.",
        "en": "Everything is saved now.",
    },
    "resume.title": {"da": "Et opkald blev ikke afsluttet", "en": "A call was not finished"},
    "resume.question": {
        "da": "Opkaldet til {name} blev afbrudt, før det fik et udfald. Fase, BALA, "
        "indvendinger og noter er gemt.",
        "en": "The call to {name} was interrupted before it got an outcome. Phase, BALA, "
        "objections and notes are saved.",
    },
    "resume.yes": {"da": "genoptag opkaldet", "en": "resume the call"},
    "resume.no": {"da": "senere", "en": "later"},
    "session.bar": {
        "da": "i dag: {calls} opkald · {reached} nået · {meetings} {meetings:møde|møder} · "
        "{rate} · ⏱ dagen {time}",
        "en": "today: {calls} {calls:call|calls} · {reached} reached · {meetings} "
        "{meetings:meeting|meetings} · {rate} · ⏱ day {time}",
    },
    "app.error.title": {"da": "Noget gik galt", "en": "Something went wrong"},
    "app.welcome": {"da": "Velkommen, {initials}", "en": "Welcome, {initials}"},
    "key.help": {"da": "hjælp", "en": "help"},
    "key.help.tip": {
        "da": "Vis alle taster på denne skærm",
        "en": "Show every key on this screen",
    },
    "key.palette": {"da": "kommandoer", "en": "commands"},
    "key.palette.tip": {
        "da": "Åbn kommandopaletten: søg efter en handling",
        "en": "Open the command palette: search for an action",
    },
    "key.quit": {"da": "afslut", "en": "quit"},
    "key.quit.tip": {"da": "Luk canvass", "en": "Close canvass"},
    "key.problems": {"da": "indholdsfejl", "en": "content problems"},
    "key.problems.tip": {
        "da": "Vis fejl i manuskripter, indvendinger og sparringsskemaer",
        "en": "Show problems in scripts, objections and rubrics",
    },
    "key.close": {"da": "luk", "en": "close"},
    "key.close.tip": {"da": "Luk og gå tilbage", "en": "Close and go back"},
    # Command palette.
    "cmd.placeholder": {"da": "Søg efter en kommando …", "en": "Search for a command …"},
    "cmd.no_match": {"da": "Ingen kommando passer", "en": "No matching command"},
    "cmd.help": {"da": "Hjælp: taster og arbejdsgang", "en": "Help: keys and workflow"},
    "cmd.help.tip": {
        "da": "Alle taster på den aktuelle skærm",
        "en": "Every key on the current screen",
    },
    "cmd.search": {"da": "Søg virksomheder", "en": "Search companies"},
    "cmd.search.tip": {
        "da": "Søg på navn, CVR, telefon eller by",
        "en": "Search by name, CVR, phone or city",
    },
    "cmd.problems": {"da": "Vis indholdsfejl", "en": "Show content problems"},
    "cmd.problems.tip": {
        "da": "Fejl i manuskripter, indvendinger og sparringsskemaer med fil og linje",
        "en": "Problems in scripts, objections and rubrics with file and line",
    },
    "cmd.quit": {"da": "Afslut canvass", "en": "Quit canvass"},
    "cmd.quit.tip": {"da": "Luk programmet", "en": "Close the program"},
    # Call list.
    "call_list.title": {"da": "Ringeliste", "en": "Call list"},
    "call_list.header": {
        "da": "{consultant} · {organisation} · {count} at ringe til",
        "en": "{consultant} · {organisation} · {count} to call",
    },
    "call_list.showing": {"da": "viser {shown} af {total}", "en": "showing {shown} of {total}"},
    "call_list.loading": {"da": "henter …", "en": "loading …"},
    "call_list.search_label": {"da": "/ søg:", "en": "/ search:"},
    "call_list.search_placeholder": {
        "da": "navn, CVR, telefon eller by",
        "en": "name, CVR, phone or city",
    },
    "call_list.empty": {
        "da": "Ingen virksomheder passer til søgningen.",
        "en": "No companies match the search.",
    },
    "call_list.col.marker": {"da": "!", "en": "!"},
    "call_list.col.name": {"da": "Virksomhed", "en": "Company"},
    "call_list.col.cvr": {"da": "CVR", "en": "CVR"},
    "call_list.col.phone": {"da": "Telefon", "en": "Phone"},
    "call_list.col.industry": {"da": "Branche", "en": "Industry"},
    "call_list.col.employees": {"da": "Ansatte", "en": "Staff"},
    "call_list.col.last_contact": {"da": "Sidst kontaktet", "en": "Last contact"},
    "call_list.col.status": {"da": "Status", "en": "Status"},
    "call_list.key.call": {"da": "ring op", "en": "call"},
    "call_list.key.call.tip": {
        "da": "Start et opkald til den markerede virksomhed",
        "en": "Start a call to the highlighted company",
    },
    "call_list.key.search": {"da": "søg", "en": "search"},
    "call_list.key.search.tip": {
        "da": "Søg på navn, CVR, telefon eller by",
        "en": "Search by name, CVR, phone or city",
    },
    "call_list.key.table": {"da": "til listen", "en": "to the list"},
    "call_list.key.table.tip": {
        "da": "Gå fra søgefeltet tilbage til listen",
        "en": "Go from the search field back to the list",
    },
    # Status column and markers.
    "status.new": {"da": "ny", "en": "new"},
    "status.do_not_call": {"da": "ring ikke", "en": "do not call"},
    "status.ad_protected": {"da": "reklamebeskyttet", "en": "no marketing"},
    "status.callback_today": {"da": "ring i dag {time}", "en": "call today {time}"},
    "status.callback_overdue": {"da": "overskredet {when}", "en": "call {when} overdue"},
    "status.callback_later": {"da": "ring {date} {time}", "en": "call {date} {time}"},
    "status.meeting_today": {"da": "møde i dag {time}", "en": "meeting today {time}"},
    "status.meeting": {"da": "møde {date} {time}", "en": "meeting {date} {time}"},
    "status.none": {"da": "—", "en": "—"},
    # Initials prompt.
    "initials.title": {"da": "Hvem ringer?", "en": "Who is calling?"},
    "initials.explain": {
        "da": "Skriv dine initialer (2–5 bogstaver). De gemmes, så du kun bliver spurgt én gang.",
        "en": "Type your initials (2–5 letters). They are saved, so you are only asked once.",
    },
    "initials.placeholder": {"da": "fx AB", "en": "e.g. AB"},
    "initials.hint": {"da": "⏎ gem", "en": "⏎ save"},
    # Help screen.
    "help.title": {"da": "Hjælp", "en": "Help"},
    "help.screen_keys": {"da": "Denne skærm", "en": "This screen"},
    "help.global_keys": {"da": "Overalt", "en": "Everywhere"},
    "help.session": {
        "da": (
            "Sådan bruger du canvass i telefontiden: find virksomheden i listen "
            "(/ søger på navn, CVR, telefon eller by), tryk ⏎ for at ringe op, følg "
            "manuskriptets faser under samtalen, og afslut med et resultat — møde, "
            "ring tilbage, jobordre eller ikke nået. ⏰ viser genopkald, hvis "
            "tidspunkt er overskredet eller er i dag; ★ er key accounts; ⛔ er "
            "reklamebeskyttede; ✋ må ikke ringes op."
        ),
        "en": (
            "How to use canvass while phoning: find the company in the list "
            "(/ searches name, CVR, phone or city), press ⏎ to call, follow the "
            "script's phases during the conversation, and finish with an outcome — "
            "meeting, call back, job order or not reached. ⏰ marks callbacks due "
            "today; ★ marks key accounts; ⛔ marks companies protected from marketing; "
            "✋ must not be called."
        ),
    },
    "help.close": {"da": "esc luk", "en": "esc close"},
    # Descriptions of Textual's own widget actions, for the help screen.
    "help.navigation": {"da": "Flyt rundt", "en": "Moving around"},
    "help.action.focus_next": {"da": "næste felt", "en": "next field"},
    "help.action.focus_previous": {"da": "forrige felt", "en": "previous field"},
    "help.action.quit": {"da": "afslut", "en": "quit"},
    "help.action.select_cursor": {"da": "vælg rækken", "en": "choose the row"},
    "help.action.cursor_up": {"da": "op", "en": "up"},
    "help.action.cursor_down": {"da": "ned", "en": "down"},
    "help.action.cursor_left": {"da": "venstre", "en": "left"},
    "help.action.cursor_right": {"da": "højre", "en": "right"},
    "help.action.page_up": {"da": "side op", "en": "page up"},
    "help.action.page_down": {"da": "side ned", "en": "page down"},
    "help.action.scroll_top": {"da": "til toppen", "en": "to the top"},
    "help.action.scroll_bottom": {"da": "til bunden", "en": "to the bottom"},
    "help.action.scroll_home": {"da": "første kolonne", "en": "first column"},
    "help.action.scroll_end": {"da": "sidste kolonne", "en": "last column"},
    # Content problems.
    "problems.toast": {
        "da": "{count} fejl i indholdet, først i {path}. Tryk ctrl+e for at se dem.",
        "en": "{count} problems in the content, first in {path}. Press ctrl+e to see them.",
    },
    "problems.toast.title": {"da": "Indholdsfejl", "en": "Content problems"},
    "problems.title": {
        "da": "Fejl i indholdet ({count})",
        "en": "Content problems ({count})",
    },
    "problems.none": {"da": "Ingen fejl i indholdet.", "en": "No problems in the content."},
}
