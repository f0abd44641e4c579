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
