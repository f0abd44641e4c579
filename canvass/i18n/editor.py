"""Catalogue strings for the content editor (trainers): key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
    "cmd.edit_content": {"da": "Rediger indhold", "en": "Edit content"},
    "cmd.edit_content.tip": {
        "da": "Manuskripter, indvendinger og sparringsskemaer – med tjek og forhåndsvisning",
        "en": "Scripts, objections and sparring rubrics – checked and previewed",
    },
    # Keys
    "editor.key.save": {"da": "gem", "en": "save"},
    "editor.key.save.tip": {
        "da": "Gem filen; med problemer kun som udkast, efter et ja",
        "en": "Save the file; with problems only as a draft, after a yes",
    },
    "editor.key.preview": {"da": "vis", "en": "view"},
    "editor.key.preview.tip": {
        "da": "Vis eller skjul, hvad konsulenten ser",
        "en": "Show or hide what the consultant sees",
    },
    "editor.key.problems": {"da": "tjek", "en": "check"},
    "editor.key.problems.tip": {
        "da": "Gå til problemerne; enter flytter markøren derhen",
        "en": "Go to the problems; enter moves the cursor there",
    },
    "editor.key.company": {"da": "firma", "en": "sample"},
    "editor.key.company.tip": {
        "da": "Udfyld flettefelterne fra den næste virksomhed",
        "en": "Fill the merge fields from the next company",
    },
    "editor.key.open": {"da": "åbn", "en": "open"},
    "editor.key.open.tip": {
        "da": "Åbn en anden fil, eller start en ny fra en skabelon",
        "en": "Open another file, or start a new one from a template",
    },
    "editor.key.publish": {"da": "udgiv", "en": "publish"},
    "editor.key.publish.tip": {
        "da": "Udgiv den gemte fil, så alle konsulenter får den (som canvass publish)",
        "en": "Publish the saved file so every consultant gets it (like canvass publish)",
    },
    "editor.key.close": {"da": "luk", "en": "back"},
    "editor.key.close.tip": {
        "da": "Luk editoren (spørger, hvis noget ikke er gemt)",
        "en": "Close the editor (asks if anything is unsaved)",
    },
    "editor.picker.key.open": {"da": "åbn", "en": "open"},
    "editor.picker.key.open.tip": {"da": "Åbn den valgte fil", "en": "Open the chosen file"},
    "editor.picker.key.new_script": {"da": "nyt manuskript", "en": "new script"},
    "editor.picker.key.new_script.tip": {
        "da": "Et nyt manuskript fra skabelonen",
        "en": "A new script from the template",
    },
    "editor.picker.key.new_objections": {"da": "ny indvendingsfil", "en": "new objection file"},
    "editor.picker.key.new_objections.tip": {
        "da": "En ny fil til indvendingsbanken fra skabelonen",
        "en": "A new objection bank file from the template",
    },
    "editor.picker.key.new_rubric": {"da": "nyt sparringsskema", "en": "new rubric"},
    "editor.picker.key.new_rubric.tip": {
        "da": "Et nyt sparringsskema fra skabelonen",
        "en": "A new sparring rubric from the template",
    },
    "editor.picker.key.close": {"da": "luk", "en": "close"},
    "editor.picker.key.close.tip": {"da": "Luk uden at vælge", "en": "Close without choosing"},
    "editor.new.key.close": {"da": "fortryd", "en": "cancel"},
    "editor.new.key.close.tip": {"da": "Ingen ny fil", "en": "No new file"},
    # The picker and the new-file dialog
    "editor.picker.title": {
        "da": "Åbn indhold · {count} {count:fil|filer}",
        "en": "Open content · {count} {count:file|files}",
    },
    "editor.picker.draft": {"da": "  (udkast venter)", "en": "  (draft waiting)"},
    "editor.picker.keys": {
        "da": "enter åbn · s nyt manuskript · i ny indvendingsfil · r nyt sparringsskema · esc luk",
        "en": "enter open · s new script · i new objection file · r new rubric · esc close",
    },
    "editor.picker.keys_read": {
        "da": "enter åbn · esc luk (kun trænere kan oprette og gemme)",
        "en": "enter open · esc close (only trainers can create and save)",
    },
    "editor.new.title.script": {"da": "Nyt manuskript", "en": "New script"},
    "editor.new.title.objections": {"da": "Ny indvendingsfil", "en": "New objection file"},
    "editor.new.title.rubric": {"da": "Nyt sparringsskema", "en": "New rubric"},
    "editor.new.prompt": {
        "da": "Filens navn (bliver også id): små bogstaver, tal og bindestreg",
        "en": "The file's name (also its id): lower-case letters, digits and hyphens",
    },
    "editor.new.placeholder": {"da": "fx rekruttering-lager", "en": "e.g. recruitment-warehouse"},
    "editor.new.keys": {"da": "enter opret · esc fortryd", "en": "enter create · esc cancel"},
    "editor.new.taken": {
        "da": "Der findes allerede en fil (eller et udkast) med navnet '{name}'.",
        "en": "A file (or a draft) named '{name}' already exists.",
    },
    "editor.new.bad_name": {
        "da": "Brug kun små bogstaver a–z, tal og bindestreg, og start med et bogstav eller tal.",
        "en": "Use only lower-case letters a–z, digits and hyphens; start with a letter or digit.",
    },
    # The editor
    "editor.unreadable": {
        "da": "Kan ikke åbne {path}: {reason}",
        "en": "Cannot open {path}: {reason}",
    },
    "editor.no_problems": {"da": "Ingen problemer.", "en": "No problems."},
    "editor.warning": {"da": "advarsel: ", "en": "warning: "},
    "editor.title.new": {"da": "ny, ikke gemt", "en": "new, not saved"},
    "editor.title.draft": {"da": "udkast", "en": "draft"},
    "editor.title.problems": {
        "da": "{count} {count:problem|problemer}",
        "en": "{count} {count:problem|problems}",
    },
    "editor.title.ok": {"da": "gyldig", "en": "valid"},
    "editor.title.changed": {"da": "ændret", "en": "changed"},
    "editor.preview.title": {
        "da": "{where} · eksempel: {company} · f8 næste",
        "en": "{where} · sample: {company} · f8 next",
    },
    "editor.preview.company": {
        "da": "eksempel: {company} · f8 næste",
        "en": "sample: {company} · f8 next",
    },
    "editor.preview.no_company": {"da": "ingen virksomhed", "en": "no company"},
    "editor.preview.stale": {
        "da": "Teksten har problemer – her er den sidste gyldige udgave.",
        "en": "The text has problems – this is the last valid version.",
    },
    "editor.preview.none": {
        "da": "Ingen forhåndsvisning, før filen er gyldig.",
        "en": "No preview until the file is valid.",
    },
    "editor.preview.other_kind": {
        "da": "Denne fil bliver ikke vist i et opkald; der er intet at forhåndsvise.",
        "en": "This file is not shown during a call; there is nothing to preview.",
    },
    "editor.preview.rubric_phase": {
        "da": "{title} (vægt {weight})",
        "en": "{title} (weight {weight})",
    },
    "editor.preview.yes_no": {"da": "ja/nej", "en": "yes/no"},
    "editor.preview.scale": {"da": "skala 1–4", "en": "scale 1–4"},
    # Saving
    "editor.denied": {
        "da": "Kun trænere kan ændre manuskripter, indvendinger og sparringsskemaer.",
        "en": "Only trainers can change scripts, objections and rubrics.",
    },
    "editor.needs_confirmation": {
        "da": "Teksten har {count} {count:problem|problemer}; gem den kun som udkast efter et ja.",
        "en": "The text has {count} {count:problem|problems}; save it as a draft only after a yes.",
    },
    "editor.unchanged": {"da": "Ingen ændringer at gemme.", "en": "No changes to save."},
    "editor.save_failed": {
        "da": "Kunne ikke gemme {path}: {reason}. Teksten er stadig her.",
        "en": "Could not save {path}: {reason}. The text is still here.",
    },
    "editor.changed_on_disk": {
        "da": "{path} er ændret af en anden, siden du åbnede den.",
        "en": "{path} was changed by someone else since you opened it.",
    },
    "editor.overwrite.title": {"da": "Filen er ændret", "en": "The file has changed"},
    "editor.overwrite.question": {
        "da": (
            "{path} er ændret af en anden, siden du åbnede den. Gemmer du alligevel, "
            "ligger deres udgave i .history."
        ),
        "en": (
            "{path} was changed by someone else since you opened it. If you save anyway, "
            "their version is kept in .history."
        ),
    },
    "editor.overwrite.yes": {"da": "gem alligevel", "en": "save anyway"},
    "editor.overwrite.no": {"da": "fortryd", "en": "cancel"},
    "editor.draft.title": {"da": "Gem med problemer?", "en": "Save with problems?"},
    "editor.draft.question": {
        "da": (
            "Teksten har {count} {count:problem|problemer}. Den gemmes som udkast; den gyldige "
            "udgave, som alle bruger, er uændret, til udkastet er gyldigt og gemt igen."
        ),
        "en": (
            "The text has {count} {count:problem|problems}. It is saved as a draft; the valid "
            "version everyone uses stays as it is until the draft is valid and saved again."
        ),
    },
    "editor.draft.yes": {"da": "gem udkast", "en": "save draft"},
    "editor.draft.no": {"da": "fortryd", "en": "cancel"},
    "editor.saved_draft": {
        "da": "Gemt som udkast: {path}. Den gyldige udgave er uændret.",
        "en": "Saved as a draft: {path}. The valid version is unchanged.",
    },
    "editor.saved_kept": {
        "da": "Gemt: {path}. Den forrige udgave ligger i .history/{kept}.",
        "en": "Saved: {path}. The previous version is in .history/{kept}.",
    },
    "editor.saved_new": {"da": "Gemt: {path} (ny fil).", "en": "Saved: {path} (new file)."},
    "editor.discard.title": {"da": "Ikke gemt", "en": "Not saved"},
    "editor.discard.question": {
        "da": "Du har ændringer, der ikke er gemt. Vil du kassere dem?",
        "en": "You have unsaved changes. Discard them?",
    },
    "editor.discard.yes": {"da": "kassér", "en": "discard"},
    "editor.discard.no": {"da": "bliv", "en": "stay"},
}
