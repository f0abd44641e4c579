"""Catalogue strings for the wrapup dialog: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "wrapup_dialog.title": {
        "da": "Afslut opkald — {company} — {elapsed}",
        "en": "End call — {company} — {elapsed}",
    },
    "wrapup_dialog.reached": {"da": "Nået:", "en": "Reached:"},
    "wrapup_dialog.not_reached": {"da": "Ikke nået:", "en": "Not reached:"},
    "wrapup_dialog.choose": {"da": "Vælg et udfald (0–9)", "en": "Choose an outcome (0–9)"},
    "wrapup_dialog.fix": {
        "da": "Ret de markerede felter ({count}) — intet er gemt endnu",
        "en": "Correct the marked fields ({count}) — nothing is saved yet",
    },
    "wrapup_dialog.warnings": {
        "da": "⚠ {warnings} — tryk ^s igen for at gemme alligevel",
        "en": "⚠ {warnings} — press ^s again to save anyway",
    },
    # Field labels and examples
    "wrapup_dialog.field.date": {"da": "dato", "en": "date"},
    "wrapup_dialog.field.time": {"da": "kl.", "en": "time"},
    "wrapup_dialog.field.duration_min": {"da": "varighed (min)", "en": "duration (min)"},
    "wrapup_dialog.field.location_kind": {"da": "hvor", "en": "where"},
    "wrapup_dialog.field.location": {"da": "sted", "en": "location"},
    "wrapup_dialog.field.attendees": {"da": "deltagere", "en": "attendees"},
    "wrapup_dialog.field.purpose": {"da": "formål", "en": "purpose"},
    "wrapup_dialog.field.reason": {"da": "hvorfor", "en": "why"},
    "wrapup_dialog.field.title": {"da": "stilling", "en": "job title"},
    "wrapup_dialog.field.description": {"da": "beskrivelse", "en": "description"},
    "wrapup_dialog.field.positions": {"da": "antal stillinger", "en": "positions"},
    "wrapup_dialog.field.hours_per_week": {"da": "timer pr. uge", "en": "hours per week"},
    "wrapup_dialog.field.start_date": {"da": "startdato", "en": "start date"},
    "wrapup_dialog.field.deadline": {"da": "ansøgningsfrist", "en": "application deadline"},
    "wrapup_dialog.field.requirements": {"da": "krav", "en": "requirements"},
    "wrapup_dialog.field.workplace_address": {"da": "arbejdssted", "en": "workplace"},
    "wrapup_dialog.field.contact_name": {"da": "kontaktperson", "en": "contact person"},
    "wrapup_dialog.field.contact_phone": {"da": "telefon", "en": "phone"},
    "wrapup_dialog.field.contact_email": {"da": "e-mail", "en": "e-mail"},
    "wrapup_dialog.field.p_number": {"da": "P-nummer", "en": "P number"},
    "wrapup_dialog.field.comment": {"da": "kommentar", "en": "comment"},
    "wrapup_dialog.example.date": {
        "da": "fx 1/12, i morgen, tirs, +3",
        "en": "e.g. 1/12, tomorrow, tue, +3",
    },
    "wrapup_dialog.example.time": {"da": "fx 10.00", "en": "e.g. 10.00"},
    "wrapup_dialog.example.reason": {
        "da": "fx travlt til efter sommerferien",
        "en": "e.g. busy until after the summer holiday",
    },
    "wrapup_dialog.example.title": {"da": "højst 100 tegn", "en": "at most 100 characters"},
    "wrapup_dialog.example.positions": {"da": "1", "en": "1"},
    "wrapup_dialog.example.start_date": {"da": "fx 4/1/2027", "en": "e.g. 4/1/2027"},
    "wrapup_dialog.example.deadline": {"da": "fx 15/12", "en": "e.g. 15/12"},
    "wrapup_dialog.example.p_number": {"da": "10 cifre", "en": "10 digits"},
    "wrapup_dialog.example.comment": {
        "da": "valgfri — kun det arbejdet kræver",
        "en": "optional — only what the work needs",
    },
    "wrapup_dialog.kind.company": {"da": "hos virksomheden", "en": "at the company"},
    "wrapup_dialog.kind.phone": {"da": "telefon", "en": "phone"},
    "wrapup_dialog.kind.video": {"da": "video", "en": "video"},
    # Keys
    "wrapup_dialog.key.save": {"da": "gem og næste", "en": "save and next"},
    "wrapup_dialog.key.save.tip": {
        "da": "Gem udfaldet og gå videre til næste virksomhed",
        "en": "Save the outcome and go on to the next company",
    },
    "wrapup_dialog.key.back": {"da": "tilbage til opkaldet", "en": "back to the call"},
    "wrapup_dialog.key.back.tip": {
        "da": "Luk uden at gemme; opkaldet er stadig åbent",
        "en": "Close without saving; the call stays open",
    },
    "wrapup_dialog.key.outcome": {"da": "udfald", "en": "outcome"},
    "wrapup_dialog.key.outcome.tip": {
        "da": "Vælg udfaldet med dets tal",
        "en": "Choose the outcome by its digit",
    },
    "wrapup_dialog.key.change_outcome": {"da": "skift udfald", "en": "change outcome"},
    "wrapup_dialog.key.change_outcome.tip": {
        "da": "Tilbage til udfaldene; tallene vælger igen",
        "en": "Back to the outcomes; the digits choose again",
    },
    "wrapup_dialog.key.next_field": {"da": "næste felt", "en": "next field"},
    "wrapup_dialog.key.next_field.tip": {
        "da": "Næste felt (shift+tab: forrige, og tilbage til udfaldene)",
        "en": "Next field (shift+tab: previous, and back to the outcomes)",
    },
    "wrapup_dialog.key.previous_field": {"da": "forrige felt", "en": "previous field"},
}
