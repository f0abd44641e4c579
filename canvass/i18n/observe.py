"""Catalogue strings for live observation: the observer screen, "MH følger med" on the
caller's screens, ``canvass observe`` and the service's refusals."""

STRINGS: dict[str, dict[str, str]] = {
    # The service.
    "observe.denied": {
        "da": "Du kan ikke følge {initials}: kun {initials}s makker eller en træner kan følge med",
        "en": "You cannot follow {initials}: only {initials}'s buddy or a trainer can follow along",
    },
    "observe.denied.self": {
        "da": "Du kan ikke følge dig selv",
        "en": "You cannot follow yourself",
    },
    "observe.note_empty": {"da": "noten er tom", "en": "the note is empty"},
    "observe.note_too_long": {
        "da": "noten er for lang (højst {limit} tegn)",
        "en": "the note is too long (at most {limit} characters)",
    },
    # The observer screen.
    "observer.title": {"da": "Følger {who}", "en": "Following {who}"},
    "observer.clock": {
        "da": "{clock} · fase {number}: {phase_clock}",
        "en": "{clock} · phase {number}: {phase_clock}",
    },
    "observer.waiting": {
        "da": "Venter på, at {initials} starter et opkald …",
        "en": "Waiting for {initials} to start a call …",
    },
    "observer.starting": {"da": "Går i gang med at følge …", "en": "Starting to follow …"},
    "observer.goal": {"da": "Mål: {goal}", "en": "Goal: {goal}"},
    "observer.goal_none": {"da": "Mål: ikke sat", "en": "Goal: not set"},
    "observer.tools": {"da": "Redskaber: {tools}", "en": "Tools: {tools}"},
    "observer.effect": {"da": "Skal give: {effect}", "en": "Should achieve: {effect}"},
    "observer.tool.opening": {"da": "åbning", "en": "opening"},
    "observer.tool.analysis": {"da": "analysespørgsmål", "en": "analysis questions"},
    "observer.tool.bala": {"da": "BALA", "en": "BALA"},
    "observer.tool.objections": {"da": "indvendingsbank", "en": "objection bank"},
    "observer.tool.two_times": {"da": "afslutning med to tider", "en": "close with two times"},
    "observer.tool.offer": {"da": "tilbud: {offer}", "en": "offer: {offer}"},
    "observer.events": {"da": "Hændelser", "en": "Events"},
    "observer.notes": {
        "da": "Mine noter (tid og fase sættes selv)",
        "en": "My notes (time and phase are set for you)",
    },
    "observer.no_notes": {"da": "Ingen noter endnu — tryk n", "en": "No notes yet — press n"},
    "observer.note_placeholder": {
        "da": "Skriv en note — enter gemmer",
        "en": "Write a note — enter saves",
    },
    "observer.no_call_for_note": {
        "da": "Der er intet opkald at skrive noten til — den står der stadig",
        "en": "There is no call to write the note to — it is still there",
    },
    "observer.note_failed": {
        "da": "Noten blev ikke gemt: {reason}. Teksten står der stadig",
        "en": "The note was not saved: {reason}. The text is still there",
    },
    "observer.event.started": {"da": "opkald startet ({script})", "en": "call started ({script})"},
    "observer.event.phase": {"da": "→ {phase}", "en": "→ {phase}"},
    "observer.event.bala": {"da": "BALA: {step}", "en": "BALA: {step}"},
    "observer.event.bala_undone": {"da": "BALA fortrudt: {step}", "en": "BALA undone: {step}"},
    "observer.event.objection": {
        "da": "indvending »{says}« → svar {answer}",
        "en": "objection »{says}« → answer {answer}",
    },
    "observer.event.dial": {"da": "ringede op", "en": "dialled"},
    "observer.event.script": {"da": "skiftede til {script}", "en": "switched to {script}"},
    "observer.event.contact": {"da": "skiftede kontaktperson", "en": "switched contact person"},
    "observer.visible": {
        "da": "({initials} kan se, at du følger med)",
        "en": "({initials} can see that you are following)",
    },
    "observer.ended": {"da": "Opkaldet er slut", "en": "The call has ended"},
    "observer.ended_line": {
        "da": "Opkaldet er slut · {company} · {duration} · {outcome}",
        "en": "The call has ended · {company} · {duration} · {outcome}",
    },
    "observer.ended_toast": {
        "da": "{initials}s opkald til {company} er slut",
        "en": "{initials}'s call to {company} has ended",
    },
    "observer.summary.phases": {"da": "Faser: {phases}", "en": "Phases: {phases}"},
    "observer.summary.bala": {"da": "BALA nået: {steps}", "en": "BALA reached: {steps}"},
    "observer.summary.none": {"da": "ingen", "en": "none"},
    "observer.summary.counts": {
        "da": "Indvendinger: {objections} · mine noter: {notes}",
        "en": "Objections: {objections} · my notes: {notes}",
    },
    "observer.summary.waiting": {
        "da": "Venter på {initials}s næste opkald …",
        "en": "Waiting for {initials}'s next call …",
    },
    "observer.next_call": {
        "da": "{initials} ringer nu til {company}",
        "en": "{initials} is now calling {company}",
    },
    "observer.denied_title": {"da": "Kan ikke følge med", "en": "Cannot follow"},
    "observer.trouble": {
        "da": "Kan ikke læse {initials}s opkald lige nu — prøver igen",
        "en": "Cannot read {initials}'s call right now — trying again",
    },
    "observer.key.note": {"da": "note", "en": "note"},
    "observer.key.note.tip": {
        "da": "Skriv en note; tid og fase sættes selv",
        "en": "Write a note; time and phase are set for you",
    },
    "observer.key.stop": {"da": "stop med at følge", "en": "stop following"},
    "observer.key.stop.tip": {
        "da": "Stop med at følge (eller forlad notefeltet)",
        "en": "Stop following (or leave the note field)",
    },
    # The caller's side.
    "watchers.following": {"da": "{initials} følger med", "en": "{initials} is following"},
    "watchers.following_many": {"da": "{initials} følger med", "en": "{initials} are following"},
    # In the app.
    "app.key.follow_buddy": {"da": "følg makker", "en": "follow buddy"},
    "app.key.follow_buddy.tip": {
        "da": "Følg din makkers opkald live",
        "en": "Follow your buddy's calls live",
    },
    "cmd.follow_buddy": {"da": "Følg min makker", "en": "Follow my buddy"},
    "cmd.follow_buddy.tip": {
        "da": "Følg din makkers opkald live og skriv dine egne noter",
        "en": "Follow your buddy's calls live and write notes of your own",
    },
    "app.no_buddy": {
        "da": "Du har ingen makker at følge endnu",
        "en": "You have no buddy to follow yet",
    },
    "observe.unknown": {
        "da": "Ingen konsulent har initialerne {initials}",
        "en": "No consultant has the initials {initials}",
    },
    # canvass observe
    "observe.cli.title": {"da": "Kan ikke følge med", "en": "Cannot follow"},
    "observe.cli.no_user": {
        "da": "Ingen bruger er sat op. Angiv dine initialer med --user (fx --user MK) "
        "eller CANVASS_USER",
        "en": "No user is configured. Give your initials with --user (e.g. --user MK) "
        "or CANVASS_USER",
    },
    "observe.cli.bad_initials": {
        "da": "'{initials}' er ikke initialer (1–8 bogstaver)",
        "en": "'{initials}' are not initials (1–8 letters)",
    },
    "observe.cli.unknown_user": {
        "da": "Du ({initials}) findes ikke i databasen endnu — åbn canvass én gang som {initials}",
        "en": "You ({initials}) are not in the database yet — open canvass once as {initials}",
    },
}
