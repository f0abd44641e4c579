"""Catalogue strings for the call screen: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    # Phases and BALA
    "phase.short.aabning": {"da": "Åbning", "en": "Opening"},
    "phase.short.analyse": {"da": "Analyse", "en": "Analysis"},
    "phase.short.indvendinger": {"da": "Indvendinger", "en": "Objections"},
    "phase.short.loesning": {"da": "Løsning", "en": "Solution"},
    "phase.short.afslutning": {"da": "Afslutning", "en": "Close"},
    "phase.long.aabning": {"da": "Åbning", "en": "Opening"},
    "phase.long.analyse": {"da": "Analyse", "en": "Analysis"},
    "phase.long.indvendinger": {"da": "Svar på indvendinger", "en": "Answering objections"},
    "phase.long.loesning": {"da": "Forslag til løsninger", "en": "Proposing solutions"},
    "phase.long.afslutning": {"da": "Afslutning", "en": "Closing"},
    "bala.behov": {"da": "Behov", "en": "Need"},
    "bala.accept_behov": {"da": "Accept af behov", "en": "Need accepted"},
    "bala.loesning": {"da": "Løsning", "en": "Solution"},
    "bala.accept_loesning": {"da": "Accept af løsning", "en": "Solution accepted"},
    "call.bala": {"da": "BALA", "en": "BALA"},
    # Screen texts
    "call.loading": {"da": "Åbner opkaldet …", "en": "Opening the call …"},
    "call.clock": {
        "da": "⏱ {total} · fase {number}: {phase}",
        "en": "⏱ {total} · phase {number}: {phase}",
    },
    "call.phase_times": {"da": "Tid pr. fase", "en": "Time per phase"},
    "call.script": {"da": "Manuskript (s skifter)", "en": "Script (s switches)"},
    "call.or": {"da": "eller:", "en": "or:"},
    "call.section.say": {"da": "Sig:", "en": "Say:"},
    "call.section.questions": {"da": "Spørg åbent (Behov):", "en": "Ask openly (Need):"},
    "call.section.questions_plain": {"da": "Spørg åbent:", "en": "Ask openly:"},
    "call.section.accept": {"da": "Bekræft (Accept):", "en": "Confirm (Accept):"},
    "call.section.bala": {"da": "BALA i denne fase:", "en": "BALA in this phase:"},
    "call.section.tips": {"da": "Tips:", "en": "Tips:"},
    "call.unsaved": {
        "da": "  ● ikke gemt endnu — prøver igen",
        "en": "  ● not saved yet — trying again",
    },
    "call.notes_label": {
        "da": "Noter (n) — gemmes mens du skriver",
        "en": "Notes (n) — saved as you type",
    },
    "call.ad_protected": {
        "da": "REKLAMEBESKYTTET — ring kun med et lovligt grundlag",
        "en": "OPTED OUT OF MARKETING (reklamebeskyttet) — call only with a legal basis",
    },
    "call.do_not_call": {"da": "MÅ IKKE KONTAKTES", "en": "DO NOT CALL"},
    "call.employees": {
        "da": "{count} {count:ansat|ansatte}",
        "en": "{count} {count:employee|employees}",
    },
    "call.segment": {"da": "segment: {segment}", "en": "segment: {segment}"},
    "call.key_account": {"da": "Key account", "en": "Key account"},
    "call.contact": {"da": "Kontaktperson", "en": "Contact person"},
    "call.no_contact": {"da": "ingen kontaktperson", "en": "no contact person"},
    "call.past_calls": {"da": "Seneste opkald", "en": "Recent calls"},
    "call.never_called": {"da": "Aldrig ringet op", "en": "Never called"},
    "call.unfinished": {"da": "uafsluttet", "en": "unfinished"},
    "call.objections_in_call": {
        "da": "Indvendinger i dette opkald",
        "en": "Objections in this call",
    },
    "call.no_scripts": {
        "da": "Der er ingen gyldige ringemanuskripter — kør 'canvass check'.",
        "en": "There are no valid call scripts — run 'canvass check'.",
    },
    "call.claimed": {
        "da": "{initials} er allerede i gang med et opkald til {name}.",
        "en": "{initials} is already on a call with {name}.",
    },
    "call.resumed": {
        "da": "Opkaldet til {name} er genoptaget — intet gik tabt.",
        "en": "The call to {name} is resumed — nothing was lost.",
    },
    "call.bala_done": {
        "da": "Alle fire BALA-trin er nået.",
        "en": "All four BALA steps are reached.",
    },
    "call.saved": {
        "da": "Opkaldet til {name} er gemt: {outcome}",
        "en": "The call to {name} is saved: {outcome}",
    },
    "call.quit.title": {"da": "Opkaldet er ikke afsluttet", "en": "The call is not finished"},
    "call.quit.question": {
        "da": "Opkaldet har endnu intet udfald. Alt er gemt, og næste gang du åbner canvass, "
        "kan du genoptage det. Tryk e i opkaldet for at vælge et udfald.",
        "en": "The call has no outcome yet. Everything is saved, and you can resume it the "
        "next time you open canvass. Press e in the call to choose an outcome.",
    },
    "call.quit.yes": {"da": "luk canvass", "en": "quit canvass"},
    "call.quit.no": {"da": "tilbage til opkaldet", "en": "back to the call"},
    # Keys
    "call.key.phase": {"da": "fase", "en": "phase"},
    "call.key.phase.tip": {"da": "Gå til fase 1–5", "en": "Go to phase 1–5"},
    "call.key.prev": {"da": "forrige fase", "en": "previous phase"},
    "call.key.next": {"da": "forrige/næste", "en": "previous/next"},
    "call.key.bala": {"da": "BALA", "en": "BALA"},
    "call.key.bala.tip": {
        "da": "Marker næste BALA-trin som nået",
        "en": "Mark the next BALA step reached",
    },
    "call.key.bala_undo": {"da": "fortryd", "en": "undo"},
    "call.key.objections": {"da": "indvendinger", "en": "objections"},
    "call.key.notes": {"da": "noter", "en": "notes"},
    "call.key.notes.tip": {"da": "Skriv noter (esc forlader)", "en": "Write notes (esc leaves)"},
    "call.key.leave_notes": {"da": "forlad noter", "en": "leave notes"},
    "call.key.script": {"da": "manus", "en": "script"},
    "call.key.end": {"da": "afslut", "en": "end call"},
    "call.key.end.tip": {"da": "Vælg udfald og gem", "en": "Choose the outcome and save"},
    "call.key.quit": {"da": "afslut canvass", "en": "quit canvass"},
    "call.key.switch_contact": {"da": "kontakt", "en": "contact"},
    "call.key.switch_contact.tip": {
        "da": "Tal med virksomhedens næste kontaktperson; manuskriptet følger med",
        "en": "Talk to the company's next contact person; the script follows",
    },
    "call.contact_switched": {
        "da": "Du taler nu med {name}",
        "en": "You are now talking to {name}",
    },
    "call.one_contact": {
        "da": "Virksomheden har ikke flere kontaktpersoner",
        "en": "The company has no other contact person",
    },
    "call.call_new_contact.title": {
        "da": "Ring til den rette person?",
        "en": "Call the right person?",
    },
    "call.call_new_contact.question": {
        "da": "{name} er gemt som kontaktperson. Vil du ringe til {name} nu?",
        "en": "{name} is saved as a contact person. Call {name} now?",
    },
    "call.call_new_contact.yes": {"da": "ring nu", "en": "call now"},
    "call.call_new_contact.no": {"da": "tilbage til listen", "en": "back to the list"},
    # Script picker and confirm dialog
    "picker.title": {"da": "Vælg ringemanuskript", "en": "Choose a call script"},
    "picker.keys": {"da": "↑↓ vælg  ⏎ brug  esc luk", "en": "↑↓ move  ⏎ use  esc close"},
    "picker.key.close": {"da": "luk", "en": "close"},
    "confirm.yes": {"da": "ja", "en": "yes"},
    "confirm.no": {"da": "nej", "en": "no"},
    "confirm.keys": {"da": "⏎ {yes}   esc {no}", "en": "⏎ {yes}   esc {no}"},
}
