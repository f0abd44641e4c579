"""Catalogue strings for managing call lists (create, add, remove, rename, delete), marking
companies (nøglekunde, ring ikke, reklamebeskyttet) and the remembered list."""

STRINGS: dict[str, dict[str, str]] = {
    # Store messages, shown beside the name field.
    "lists.admin.name_empty": {"da": "Skriv et navn til listen", "en": "Type a name for the list"},
    "lists.admin.name_too_long": {
        "da": "Navnet er for langt (højst {limit} tegn)",
        "en": "The name is too long (at most {limit} characters)",
    },
    "lists.admin.name_taken": {
        "da": "Der findes allerede en liste, der hedder '{name}'",
        "en": "There is already a list called '{name}'",
    },
    "lists.admin.list_missing": {
        "da": "Listen findes ikke længere (slettet af en kollega?)",
        "en": "The list no longer exists (deleted by a colleague?)",
    },
    # Import: the yes/no columns (reklamebeskyttet, nøglekunde, ring ikke).
    "transfer.bad_flag_in": {
        "da": "{heading} skal være ja/nej, 1/0, x/tom eller true/false, ikke {value!r}",
        "en": "{heading} must be yes/no, 1/0, x/blank or true/false, not {value!r}",
    },
    # The list picker's keys for managing lists.
    "lists.admin.picker_keys": {
        "da": "n ny fra søgning · g ny fra segment · r omdøb · d slet",
        "en": "n new from search · g new from segment · r rename · d delete",
    },
    "call_list.picker.key.new_from_search": {"da": "ny fra søgning", "en": "new from search"},
    "call_list.picker.key.new_from_search.tip": {
        "da": "Opret en liste med de virksomheder, den aktuelle søgning finder",
        "en": "Create a list with the companies the current search finds",
    },
    "call_list.picker.key.new_from_segment": {"da": "ny fra segment", "en": "new from segment"},
    "call_list.picker.key.new_from_segment.tip": {
        "da": "Opret en liste med alle virksomheder i et segment",
        "en": "Create a list with every company in a segment",
    },
    "call_list.picker.key.rename": {"da": "omdøb", "en": "rename"},
    "call_list.picker.key.rename.tip": {
        "da": "Giv den markerede liste et nyt navn",
        "en": "Give the highlighted list another name",
    },
    "call_list.picker.key.delete": {"da": "slet", "en": "delete"},
    "call_list.picker.key.delete.tip": {
        "da": "Slet den markerede liste (virksomhederne bliver)",
        "en": "Delete the highlighted list (its companies stay)",
    },
    "lists.admin.needs_list": {
        "da": "Vælg en navngiven liste — Alle virksomheder kan ikke omdøbes eller slettes.",
        "en": "Choose a named list — All companies cannot be renamed or deleted.",
    },
    # The name dialog.
    "call_list.name.key.cancel": {"da": "fortryd", "en": "cancel"},
    "lists.admin.name": {"da": "Navn", "en": "Name"},
    "lists.admin.name_placeholder": {
        "da": "fx Byggeri Vejle efterår",
        "en": "e.g. Construction Vejle autumn",
    },
    "lists.admin.name_keys": {"da": "⏎ gem · esc fortryd", "en": "⏎ save · esc cancel"},
    "lists.admin.saving": {"da": "Gemmer …", "en": "Saving …"},
    "lists.admin.new_search.title": {
        "da": "Ny liste fra søgningen",
        "en": "New list from the search",
    },
    "lists.admin.new_search.hint": {
        "da": "Med de virksomheder, søgningen '{search}' finder i {list}.",
        "en": "With the companies the search '{search}' finds in {list}.",
    },
    "lists.admin.new_search.hint_all": {
        "da": "Uden søgning: alle virksomheder i {list}. Søg først med / for at afgrænse.",
        "en": "No search: every company in {list}. Search with / first to narrow it down.",
    },
    "lists.admin.new_segment.title": {
        "da": "Ny liste fra segment",
        "en": "New list from a segment",
    },
    "lists.admin.new_segment.hint": {
        "da": "Med alle virksomheder i segmentet '{segment}'.",
        "en": "With every company in the segment '{segment}'.",
    },
    "lists.admin.created": {
        "da": "Listen '{name}' er oprettet med {count} virksomheder",
        "en": "The list '{name}' was created with {count} companies",
    },
    "lists.admin.rename.title": {"da": "Omdøb listen '{name}'", "en": "Rename the list '{name}'"},
    "lists.admin.rename.hint": {
        "da": "Virksomhederne og manuskriptet følger med.",
        "en": "Its companies and script stay with it.",
    },
    # Deleting.
    "lists.admin.delete.title": {"da": "Slet listen '{name}'?", "en": "Delete the list '{name}'?"},
    "lists.admin.delete.question": {
        "da": "Kun listen slettes — virksomhederne, opkaldene og aftalerne bliver.",
        "en": "Only the list is deleted — the companies, calls and appointments stay.",
    },
    "lists.admin.delete.yes": {"da": "slet", "en": "delete"},
    "lists.admin.delete.no": {"da": "behold", "en": "keep"},
    "lists.admin.deleted": {
        "da": "Listen '{name}' er slettet",
        "en": "The list '{name}' was deleted",
    },
    # Small pickers: segment, and the list to put a company on.
    "call_list.pick.key.cancel": {"da": "fortryd", "en": "cancel"},
    "lists.admin.pick_keys": {
        "da": "↑↓ flyt · ⏎ vælg · esc fortryd",
        "en": "↑↓ move · ⏎ choose · esc cancel",
    },
    "lists.admin.segment.title": {
        "da": "Ny liste fra segment — vælg segmentet",
        "en": "New list from a segment — choose the segment",
    },
    "lists.admin.segment.none": {
        "da": "Ingen virksomheder har et segment endnu (det kommer fra importens kolonne segment).",
        "en": "No company has a segment yet (it comes from the segment column of an import).",
    },
    "lists.admin.add.title": {"da": "Sæt {name} på en liste", "en": "Put {name} on a list"},
    "lists.admin.add.none": {
        "da": "Der er ingen ringelister endnu. Opret en med l og så n eller g.",
        "en": "There are no call lists yet. Create one with l, then n or g.",
    },
    # The call list: + - f and the remembered list.
    "call_list.key.lists": {"da": "på/af liste", "en": "on/off list"},
    "call_list.key.add_to_list": {"da": "på liste", "en": "on a list"},
    "call_list.key.add_to_list.tip": {
        "da": "Sæt den markerede virksomhed på en ringeliste",
        "en": "Put the highlighted company on a call list",
    },
    "call_list.key.remove_from_list": {"da": "af listen", "en": "off the list"},
    "call_list.key.remove_from_list.tip": {
        "da": "Fjern den markerede virksomhed fra den viste liste",
        "en": "Take the highlighted company off the list shown",
    },
    "call_list.key.mark": {"da": "markér", "en": "mark"},
    "call_list.key.mark.tip": {
        "da": "Markér virksomheden: nøglekunde, ring ikke, reklamebeskyttet",
        "en": "Mark the company: key account, do not call, reklamebeskyttet",
    },
    "lists.admin.added": {
        "da": "{name} er sat på listen '{list}'",
        "en": "{name} was put on the list '{list}'",
    },
    "lists.admin.already": {
        "da": "{name} er allerede på listen '{list}'",
        "en": "{name} is on the list '{list}' already",
    },
    "lists.admin.remove_needs_list": {
        "da": "Vælg en liste med l først — fra Alle virksomheder kan intet fjernes.",
        "en": "Choose a list with l first — nothing can be taken off All companies.",
    },
    "lists.admin.removed": {
        "da": "{name} er fjernet fra listen '{list}' (virksomheden er ikke slettet)",
        "en": "{name} was taken off the list '{list}' (the company is not deleted)",
    },
    "lists.admin.remembered_missing": {
        "da": "Listen, du sidst arbejdede på, findes ikke længere — viser alle virksomheder.",
        "en": "The list you worked on last no longer exists — showing all companies.",
    },
    # Markér virksomhed (f).
    "call_list.flags.title": {"da": "Markér virksomhed: {name}", "en": "Mark company: {name}"},
    "call_list.flags.key_account": {"da": "Nøglekunde", "en": "Key account"},
    "call_list.flags.do_not_call": {"da": "Ring ikke", "en": "Do not call"},
    "call_list.flags.ad_protected": {
        "da": "Reklamebeskyttet",
        "en": "Reklamebeskyttet (protected from marketing)",
    },
    "call_list.flags.key_account.hint": {
        "da": "Kommer tidligt på listen, lige efter dagens genopkald.",
        "en": "Comes early in the list, right after today's callbacks.",
    },
    "call_list.flags.do_not_call.hint": {
        "da": "Springes altid over og kan ikke ringes op.",
        "en": "Always skipped, and cannot be called.",
    },
    "call_list.flags.ad_protected.hint": {
        "da": "Springes over; at ringe alligevel kræver en begrundelse.",
        "en": "Skipped; calling anyway needs a stated reason.",
    },
    "call_list.flags.keys": {
        "da": "1 2 3 slå til/fra (gemmes med det samme) · esc luk",
        "en": "1 2 3 switch on/off (saved at once) · esc close",
    },
    "call_list.flags.key.key_account": {"da": "nøglekunde", "en": "key account"},
    "call_list.flags.key.key_account.tip": {
        "da": "Slå nøglekunde til eller fra",
        "en": "Switch key account on or off",
    },
    "call_list.flags.key.do_not_call": {"da": "ring ikke", "en": "do not call"},
    "call_list.flags.key.do_not_call.tip": {
        "da": "Slå ring ikke til eller fra",
        "en": "Switch do not call on or off",
    },
    "call_list.flags.key.ad_protected": {"da": "reklamebeskyttet", "en": "reklamebeskyttet"},
    "call_list.flags.key.ad_protected.tip": {
        "da": "Slå reklamebeskyttet til eller fra",
        "en": "Switch reklamebeskyttet on or off",
    },
    "call_list.flags.key.close": {"da": "luk", "en": "close"},
    "call_list.flags.saving": {"da": "Gemmer …", "en": "Saving …"},
    "call_list.flags.saved_on": {"da": "Gemt: {flag} slået til", "en": "Saved: {flag} on"},
    "call_list.flags.saved_off": {"da": "Gemt: {flag} slået fra", "en": "Saved: {flag} off"},
    "call_list.flags.gone": {
        "da": "Virksomheden findes ikke længere",
        "en": "The company no longer exists",
    },
}
