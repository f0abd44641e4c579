"""Catalogue strings for who I am, click-to-dial, reminders and the daily goal."""

STRINGS: dict[str, dict[str, str]] = {
    # Dial command in the config.
    "dial.config.unknown_preset": {
        "da": "ukendt forvalg '{name}' — brug {presets} eller en liste af argumenter",
        "en": "unknown preset '{name}' — use {presets} or a list of arguments",
    },
    "dial.config.empty": {
        "da": "listen er tom — den skal begynde med programmet",
        "en": "the list is empty — it must start with the program",
    },
    "dial.config.not_text": {
        "da": "argument {position} er ikke tekst: {value}",
        "en": "argument {position} is not text: {value}",
    },
    "dial.config.bad_placeholder": {
        "da": "argument {position} bruger {used} — kun {{e164}} og {{number}} kan bruges",
        "en": "argument {position} uses {used} — only {{e164}} and {{number}} can be used",
    },
    "dial.config.no_program": {
        "da": "det første argument (programmet) er tomt",
        "en": "the first argument (the program) is empty",
    },
    "dial.config.no_placeholder": {
        "da": "intet argument indeholder {{e164}} eller {{number}}, så nummeret kommer ikke med",
        "en": "no argument contains {{e164}} or {{number}}, so the number is not passed on",
    },
    "dial.config.unsplittable": {
        "da": "kan ikke deles i argumenter: {reason}",
        "en": "cannot be split into arguments: {reason}",
    },
    "dial.config.bad_type": {
        "da": "skal være et forvalg eller en liste af tekster, ikke {value}",
        "en": "must be a preset or a list of strings, not {value}",
    },
    "config.bad_dial_command": {
        "da": "dial_command i {source}: {reason}",
        "en": "dial_command in {source}: {reason}",
    },
    "config.bad_goal": {
        "da": "{key} skal være et helt tal fra 1 til 999, ikke '{value}'",
        "en": "{key} must be a whole number from 1 to 999, not '{value}'",
    },
}
STRINGS.update(
    {
        "me.error.name_missing": {
            "da": "Skriv dit fulde navn, fx Mette Hansen",
            "en": "Type your full name, e.g. Mette Hansen",
        },
        "me.error.name_long": {
            "da": "Navnet må højst have {max} tegn",
            "en": "The name may have at most {max} characters",
        },
        "me.error.email": {
            "da": "'{value}' ligner ikke en e-mailadresse (fx mette.hansen@vejle.dk)",
            "en": "'{value}' does not look like an e-mail address (e.g. mette.hansen@vejle.dk)",
        },
    }
)
STRINGS.update(
    {
        "me.title": {"da": "Mine oplysninger ({initials})", "en": "My details ({initials})"},
        "me.explain": {
            "da": "Manuskripterne bruger dit navn og nummer: "
            "»det er Mette Hansen fra Jobcenter Vejle«. ⏎ går til næste felt.",
            "en": "The scripts use your name and number: "
            "'this is Mette Hansen from Jobcenter Vejle'. ⏎ goes to the next field.",
        },
        "me.explain.first": {
            "da": "Hvad hedder du? Manuskripterne siger dit fulde navn: "
            "»det er Mette Hansen fra Jobcenter Vejle«. Telefon og e-mail kan vente.",
            "en": "What is your name? The scripts say your full name: "
            "'this is Mette Hansen from Jobcenter Vejle'. Phone and e-mail can wait.",
        },
        "me.field.name": {"da": "Fulde navn", "en": "Full name"},
        "me.field.phone": {"da": "Direkte telefon (valgfri)", "en": "Direct phone (optional)"},
        "me.field.email": {"da": "E-mail (valgfri)", "en": "E-mail (optional)"},
        "me.placeholder.name": {"da": "fx Mette Hansen", "en": "e.g. Mette Hansen"},
        "me.placeholder.phone": {"da": "fx 75 82 11 40", "en": "e.g. 75 82 11 40"},
        "me.placeholder.email": {"da": "fx mette.hansen@vejle.dk", "en": "e.g. mette@vejle.dk"},
        "me.button.save": {"da": "ctrl+s gem", "en": "ctrl+s save"},
        "me.button.cancel": {"da": "esc fortryd", "en": "esc cancel"},
        "me.key.save": {"da": "gem", "en": "save"},
        "me.key.save.tip": {
            "da": "Gem navn, telefon og e-mail",
            "en": "Save name, phone and e-mail",
        },
        "me.key.cancel": {"da": "fortryd", "en": "cancel"},
        "me.key.cancel.tip": {"da": "Luk uden at gemme", "en": "Close without saving"},
        "me.saved": {"da": "Dine oplysninger er gemt.", "en": "Your details are saved."},
        "call_list.key.me": {"da": "mine oplysninger", "en": "my details"},
        "call_list.key.me.tip": {
            "da": "Mine oplysninger: navn, telefon og e-mail til manuskripterne",
            "en": "My details: name, phone and e-mail for the scripts",
        },
        "cmd.me": {"da": "Mine oplysninger", "en": "My details"},
        "cmd.me.tip": {
            "da": "Dit fulde navn, telefon og e-mail til manuskripterne",
            "en": "Your full name, phone and e-mail for the scripts",
        },
        # Dialing.
        "call_list.key.dial": {"da": "ring nu", "en": "dial now"},
        "call_list.key.dial.tip": {
            "da": "Åbn opkaldet og ring nummeret op med din telefon",
            "en": "Open the call and dial the number with your phone",
        },
        "call.key.dial": {"da": "ring nu", "en": "dial now"},
        "call.key.dial.tip": {
            "da": "Ring kontaktpersonen (ellers virksomheden) op med din telefon",
            "en": "Dial the contact person (else the company) with your phone",
        },
        "dial.no_number": {
            "da": "Der er intet telefonnummer at ringe til.",
            "en": "There is no phone number to dial.",
        },
        "dial.copied": {
            "da": "{number} er kopieret — sæt det ind i din telefon.",
            "en": "{number} is copied — paste it into your phone.",
        },
        "dial.dialled": {"da": "Ringer op til {number} …", "en": "Dialling {number} …"},
        "dial.error.title": {"da": "Kunne ikke ringe op", "en": "Could not dial"},
        "dial.error": {
            "da": "{command}: {reason}. Ring selv op — opkaldet fortsætter.",
            "en": "{command}: {reason}. Dial by hand — the call goes on.",
        },
        "dial.error.not_found": {
            "da": "programmet '{program}' findes ikke (se dial_command i README)",
            "en": "the program '{program}' does not exist (see dial_command in the README)",
        },
        "dial.error.timeout": {
            "da": "svarede ikke inden for {seconds} sekunder",
            "en": "did not answer within {seconds} seconds",
        },
        "dial.error.exit": {
            "da": "sluttede med fejlkode {code} {output}",
            "en": "ended with exit code {code} {output}",
        },
    }
)
STRINGS.update(
    {
        "me.cli.no_user": {
            "da": "Hvem er du? Angiv dine initialer med --user (eller CANVASS_USER), fx --user MH.",
            "en": "Who are you? Give your initials with --user (or CANVASS_USER), e.g. --user MH.",
        },
        "me.cli.bad": {"da": "{field}: {reason}", "en": "{field}: {reason}"},
        "me.cli.missing": {"da": "– (ikke angivet)", "en": "– (not given)"},
        "me.cli.initials": {"da": "Initialer: {value}", "en": "Initials:  {value}"},
        "me.cli.name": {"da": "Navn:      {value}", "en": "Name:      {value}"},
        "me.cli.phone": {"da": "Telefon:   {value}", "en": "Phone:     {value}"},
        "me.cli.email": {"da": "E-mail:    {value}", "en": "E-mail:    {value}"},
    }
)
STRINGS.update(
    {
        "today.loading": {"da": "Dine aftaler i dag: …", "en": "Your commitments today: …"},
        "today.nothing": {
            "da": "Dine aftaler i dag: ingen genopkald eller møder.",
            "en": "Your commitments today: no callbacks or meetings.",
        },
        "today.title": {"da": "Dine aftaler i dag —", "en": "Your commitments today —"},
        "today.overdue": {"da": "ring tilbage nu: {count}", "en": "callbacks due: {count}"},
        "today.later": {"da": "senere i dag: {count}", "en": "later today: {count}"},
        "today.meetings": {
            "da": "{count:møde|møder}: {count}",
            "en": "{count:meeting|meetings}: {count}",
        },
        "today.meeting_at": {"da": "møde {time}", "en": "meeting {time}"},
        "today.remind.title": {"da": "Genopkald kl. {time}", "en": "Callback at {time}"},
        "today.remind": {
            "da": "Ring tilbage til {name} nu — tryk c på opkaldslisten for at ringe.",
            "en": "Call {name} back now — press c on the call list to call.",
        },
        "call_list.key.call_due": {"da": "ring tilbage", "en": "call back"},
        "call_list.key.call_due.tip": {
            "da": "Ring til virksomheden fra den seneste påmindelse",
            "en": "Call the company of the latest reminder",
        },
        "call_list.key.today": {"da": "dagens aftaler", "en": "today's commitments"},
        "call_list.key.today.tip": {
            "da": "Vis eller skjul dagens genopkald og møder",
            "en": "Show or hide today's callbacks and meetings",
        },
    }
)
