"""Catalogue strings for prioritised call lists, skip overrides, and import/export in the TUI."""

STRINGS: dict[str, dict[str, str]] = {
    "config.bad_recent_days": {
        "da": "recent_days skal være et helt antal dage fra 0 til 365, ikke '{value}'",
        "en": "recent_days must be a whole number of days from 0 to 365, not '{value}'",
    },
    # The order line above the table.
    "lists.order.priority": {
        "da": "sortering: prioritet (overskredne → i dag → key accounts → nye i segment → resten)",
        "en": "order: priority (overdue → today → key accounts → new in segment → the rest)",
    },
    "lists.order.name": {"da": "sortering: alfabetisk", "en": "order: by name"},
    "lists.order.skipped": {"da": "{count} sprunget over", "en": "{count} skipped"},
    "lists.order.skipped_shown": {
        "da": "{count} sprunget over (vises nederst)",
        "en": "{count} skipped (shown last)",
    },
    "lists.current": {"da": "liste: {name}", "en": "list: {name}"},
    "lists.all": {"da": "Alle virksomheder", "en": "All companies"},
    # Status texts for the priority groups, skips and claims.
    "lists.status.key_account": {"da": "key account", "en": "key account"},
    "lists.status.new_in_segment": {"da": "ny i segment", "en": "new in segment"},
    "lists.status.claimed": {"da": "i gang ({initials})", "en": "in a call ({initials})"},
    # Skipped rows are greyed and shown last, so the status names only the reason.
    "lists.skip.do_not_call": {"da": "ring ikke", "en": "do not call"},
    "lists.skip.ad_protected": {"da": "reklamebeskyttet", "en": "no marketing"},
    "lists.skip.meeting": {"da": "møde booket", "en": "meeting booked"},
    "lists.skip.recent": {"da": "ringet {date}", "en": "called {date}"},
    # Keys on the call list.
    "call_list.key.choose_list": {"da": "liste", "en": "list"},
    "call_list.key.choose_list.tip": {
        "da": "Vælg ringeliste (kampagne); listens manuskript bruges til opkaldene",
        "en": "Choose the call list (campaign); its script is used for the calls",
    },
    "call_list.key.order": {"da": "sortér", "en": "order"},
    "call_list.key.order.tip": {
        "da": "Skift mellem prioriteret og alfabetisk rækkefølge",
        "en": "Switch between priority and alphabetical order",
    },
    "call_list.key.skipped": {"da": "sprunget", "en": "skipped"},
    "call_list.key.skipped.tip": {
        "da": "Vis eller skjul de virksomheder listen springer over",
        "en": "Show or hide the companies the list skips",
    },
    "call_list.key.import": {"da": "import", "en": "import"},
    "call_list.key.import.tip": {
        "da": "Importér virksomheder fra en CSV-fil fra Excel",
        "en": "Import companies from a CSV file from Excel",
    },
    "call_list.key.export": {"da": "eksport", "en": "export"},
    "call_list.key.export.tip": {
        "da": "Eksportér møder til kalender (.ics) eller opkald til Excel (.csv)",
        "en": "Export meetings to a calendar (.ics) or calls to Excel (.csv)",
    },
    # Starting a call on a company the list skips or someone else is calling.
    "lists.claimed": {
        "da": "{initials} er i gang med et opkald til {name}",
        "en": "{initials} is on a call with {name}",
    },
    "lists.do_not_call": {
        "da": "{name} er markeret 'ring ikke' og kan ikke ringes op",
        "en": "{name} is marked 'do not call' and cannot be called",
    },
    "lists.override.title.ad_protected": {
        "da": "{name} er reklamebeskyttet",
        "en": "{name} is protected from marketing",
    },
    "lists.override.title.recent": {
        "da": "{name} blev ringet op for nylig",
        "en": "{name} was called recently",
    },
    "lists.override.question": {
        "da": "Hvorfor ringer du alligevel? Begrundelsen gemmes.",
        "en": "Why are you calling anyway? The reason is stored.",
    },
    "lists.override.placeholder": {
        "da": "fx virksomheden bad selv om at blive ringet op",
        "en": "e.g. the company asked to be called",
    },
    "lists.override.keys": {
        "da": "⏎ gem og ring op · esc fortryd",
        "en": "⏎ save and call · esc cancel",
    },
    "lists.override.empty": {"da": "Skriv en begrundelse", "en": "Write a reason"},
    "lists.override.key.save": {"da": "gem og ring op", "en": "save and call"},
    "lists.override.key.cancel": {"da": "fortryd", "en": "cancel"},
    # The list picker.
    "lists.picker.title": {"da": "Vælg ringeliste", "en": "Choose a call list"},
    "lists.companies": {
        "da": "{count} {count:virksomhed|virksomheder}",
        "en": "{count} {count:company|companies}",
    },
    "lists.picker.members": {
        "da": "{count} at ringe til · {total} i alt",
        "en": "{count} to call · {total} in all",
    },
    "lists.picker.script": {"da": "manuskript: {script}", "en": "script: {script}"},
    "lists.picker.keys": {
        "da": "⏎ vælg · s vælg listens manuskript · esc fortryd",
        "en": "⏎ choose · s choose the list's script · esc cancel",
    },
    "lists.picker.key.script": {"da": "manuskript", "en": "script"},
    "lists.picker.key.script.tip": {
        "da": "Vælg det manuskript, opkald fra listen starter med",
        "en": "Choose the script calls from this list start with",
    },
    "lists.picker.script_needs_list": {
        "da": "Vælg en navngiven liste — listen »Alle virksomheder« har intet fast manuskript.",
        "en": "Choose a named list — the 'All companies' list has no fixed script.",
    },
    "lists.picker.key.cancel": {"da": "fortryd", "en": "cancel"},
    # Import.
    "lists.import.title": {"da": "Importér virksomheder (CSV)", "en": "Import companies (CSV)"},
    "lists.import.path": {"da": "Fil", "en": "File"},
    "lists.import.path_placeholder": {
        "da": "fx ~/Hentet/virksomheder.csv",
        "en": "e.g. ~/Downloads/companies.csv",
    },
    "lists.import.list": {"da": "Ringeliste (valgfri)", "en": "Call list (optional)"},
    "lists.import.list_placeholder": {"da": "fx Rekruttering Q1", "en": "e.g. Recruitment Q1"},
    "lists.import.keys": {
        "da": "⏎ importér · tab næste felt · esc luk",
        "en": "⏎ import · tab next field · esc close",
    },
    "lists.import.running": {"da": "Importerer …", "en": "Importing …"},
    "lists.import.no_path": {
        "da": "Skriv stien til en CSV-fil",
        "en": "Type the path of a CSV file",
    },
    "lists.import.failed": {
        "da": "{count} {count:problem|problemer} — intet er importeret. Ret filen og prøv igen:",
        "en": "{count} {count:problem|problems} — nothing was imported. Fix the file and try "
        "again:",
    },
    "lists.import.done": {
        "da": "{new} nye, {updated} opdaterede, {unchanged} uændrede",
        "en": "{new} new, {updated} updated, {unchanged} unchanged",
    },
    "lists.import.done_list": {
        "da": "{summary} · {added} føjet til listen '{name}'",
        "en": "{summary} · {added} added to the list '{name}'",
    },
    "lists.import.key.run": {"da": "importér", "en": "import"},
    "lists.import.key.close": {"da": "luk", "en": "close"},
    # Export.
    "lists.export.title": {"da": "Eksportér", "en": "Export"},
    "lists.export.meetings": {
        "da": "Møder som kalender (.ics)",
        "en": "Meetings as calendar (.ics)",
    },
    "lists.export.calls": {"da": "Opkald til Excel (.csv)", "en": "Calls for Excel (.csv)"},
    "lists.export.path": {"da": "Fil", "en": "File"},
    "lists.export.from": {"da": "Fra dato (valgfri)", "en": "From date (optional)"},
    "lists.export.to": {"da": "Til dato (valgfri)", "en": "To date (optional)"},
    "lists.export.date_placeholder": {"da": "fx 1/12/2026", "en": "e.g. 1/12/2026"},
    "lists.export.mine": {"da": "kun mine", "en": "mine only"},
    "lists.export.keys": {
        "da": "⏎ eksportér · tab næste felt · esc luk",
        "en": "⏎ export · tab next field · esc close",
    },
    "lists.export.running": {"da": "Eksporterer …", "en": "Exporting …"},
    "lists.export.bad_range": {
        "da": "Fra-datoen ligger efter til-datoen",
        "en": "The from date is after the to date",
    },
    "lists.export.written": {"da": "Skrevet: {path}", "en": "Written: {path}"},
    "lists.export.cannot_write": {
        "da": "Kan ikke skrive {path}: {reason}",
        "en": "Cannot write {path}: {reason}",
    },
    "lists.export.key.run": {"da": "eksportér", "en": "export"},
    "lists.export.key.close": {"da": "luk", "en": "close"},
    # Command palette.
    "cmd.import": {"da": "Importér virksomheder (CSV)", "en": "Import companies (CSV)"},
    "cmd.import.tip": {
        "da": "Læs en CSV-fil fra Excel ind i ringelisten",
        "en": "Read a CSV file from Excel into the call list",
    },
    "cmd.export": {"da": "Eksportér møder eller opkald", "en": "Export meetings or calls"},
    "cmd.export.tip": {
        "da": "Møder til kalender (.ics) eller opkald til Excel (.csv)",
        "en": "Meetings to a calendar (.ics) or calls to Excel (.csv)",
    },
    "cmd.choose_list": {"da": "Vælg ringeliste", "en": "Choose a call list"},
    "cmd.choose_list.tip": {
        "da": "Arbejd en kampagne igennem i prioriteret rækkefølge",
        "en": "Work through a campaign in priority order",
    },
}
