"""Texts of the company history, the search across all calls, today's calls and corrections."""

from __future__ import annotations

from collections.abc import Mapping

STRINGS: dict[str, Mapping[str, str]] = {
    # Export dialog: enter exports from any field.
    "lists.export.key.run.tip": {
        "da": "Skriv filen med de valgte møder eller opkald",
        "en": "Write the file with the chosen meetings or calls",
    },
    # Store errors.
    "history.error.no_call": {"da": "Opkald {id} findes ikke", "en": "Call {id} does not exist"},
    "history.error.not_yours_today": {
        "da": "Du kan kun rette dine egne opkald fra i dag",
        "en": "You can only correct your own calls from today",
    },
    # The history screen.
    "history.subtitle": {"da": "Historik", "en": "History"},
    "history.today_subtitle": {"da": "Dagens opkald", "en": "Today's calls"},
    "history.title": {
        "da": "{company} · {count} opkald, nyeste først",
        "en": "{company} · {count} calls, newest first",
    },
    "history.search_title": {
        "da": "Søgning i alle virksomheders opkald: “{text}” · {count} fundet",
        "en": "Search in every company's calls: “{text}” · {count} found",
    },
    "history.today_title": {
        "da": "Dagens opkald · {count} af dine egne, nyeste først · ⏎ ret et opkald",
        "en": "Today's calls · {count} of your own, newest first · ⏎ correct a call",
    },
    "history.search_placeholder": {
        "da": "søg i noter og resultater hos alle virksomheder",
        "en": "search notes and outcomes of every company",
    },
    "history.no_calls": {"da": "Ingen afsluttede opkald endnu", "en": "No finished calls yet"},
    "history.no_calls_today": {
        "da": "Du har ikke afsluttet nogen opkald i dag",
        "en": "You have not finished any calls today",
    },
    "history.no_hits": {"da": "Ingen opkald passer på søgningen", "en": "No calls match"},
    "history.corrected": {"da": "rettet {count}×", "en": "corrected {count}×"},
    "history.comment": {"da": "Kommentar", "en": "Comment"},
    "history.notes": {"da": "Noter", "en": "Notes"},
    "history.objections": {"da": "Indvendinger", "en": "Objections"},
    "history.part.outcome": {"da": "Resultat", "en": "Outcome"},
    "history.part.comment": {"da": "Kommentar", "en": "Comment"},
    "history.part.notes": {"da": "Noter", "en": "Notes"},
    "history.part.meeting": {"da": "Møde", "en": "Meeting"},
    "history.part.callback": {"da": "Ring tilbage", "en": "Callback"},
    "history.part.job_order": {"da": "Jobordre", "en": "Job order"},
    "history.saved": {"da": "Rettelsen er gemt", "en": "The correction is saved"},
    "history.unchanged": {"da": "Intet ændret", "en": "Nothing changed"},
    "history.never_corrected": {
        "da": "Opkaldet er ikke blevet rettet",
        "en": "The call has not been corrected",
    },
    "history.revisions_title": {
        "da": "Rettelser — {company}",
        "en": "Corrections — {company}",
    },
    "history.correct_title": {
        "da": "Ret opkald — {company} — kl. {time}",
        "en": "Correct call — {company} — at {time}",
    },
    "history.notes_title": {"da": "Ret noter — {company}", "en": "Edit notes — {company}"},
    # Keys of the history screen and its dialogs.
    "history.key.search": {"da": "søg i alle", "en": "search all"},
    "history.key.search.tip": {
        "da": "Søg i noter og resultater hos alle virksomheder",
        "en": "Search the notes and outcomes of every company",
    },
    "history.key.back": {"da": "tilbage", "en": "back"},
    "history.key.back.tip": {
        "da": "Ud af søgningen, ellers tilbage",
        "en": "Leave the search, else go back",
    },
    "history.key.correct": {"da": "ret", "en": "correct"},
    "history.key.correct.tip": {
        "da": "Ret resultatet af dit eget opkald fra i dag",
        "en": "Correct the outcome of your own call from today",
    },
    "history.key.correct_today": {"da": "ret", "en": "correct"},
    "history.key.correct_today.tip": {
        "da": "Ret resultatet, mødet, tilbageringningen eller jobordren",
        "en": "Correct the outcome, meeting, callback or job order",
    },
    "history.key.notes": {"da": "noter", "en": "notes"},
    "history.key.notes.tip": {
        "da": "Skriv noterne til dit eget opkald fra i dag om",
        "en": "Rewrite the notes of your own call from today",
    },
    "history.key.revisions": {"da": "rettelser", "en": "corrections"},
    "history.key.revisions.tip": {
        "da": "Se hvad opkaldet var før hver rettelse",
        "en": "See what the call was before each correction",
    },
    "history.key.save_notes": {"da": "gem", "en": "save"},
    "history.key.save_notes.tip": {"da": "Gem noterne", "en": "Save the notes"},
    "history.key.cancel": {"da": "fortryd", "en": "cancel"},
    "history.key.close": {"da": "luk", "en": "close"},
    # Keys that open the history.
    "call_list.key.history": {"da": "historik", "en": "history"},
    "call_list.key.history.tip": {
        "da": "Alle opkald til den markerede virksomhed",
        "en": "Every call to the highlighted company",
    },
    "call_list.key.todays_calls": {"da": "dagens opkald", "en": "today's calls"},
    "call_list.key.todays_calls.tip": {
        "da": "Dine opkald i dag — ret et resultat",
        "en": "Your calls today — correct an outcome",
    },
    "call.key.history": {"da": "historik", "en": "history"},
    "call.key.history.tip": {
        "da": "Alle tidligere opkald til virksomheden",
        "en": "Every earlier call to the company",
    },
    # The company card on the call screen.
    "call.corrected": {"da": "rettet", "en": "corrected"},
    "call.objections_used": {"da": "Indvendinger: {objections}", "en": "Objections: {objections}"},
}
