"""Catalogue strings for publishing scripts and picking up new versions: key -> {da, en}."""

STRINGS: dict[str, dict[str, str]] = {
    "publish.published": {
        "da": "Udgivet: {id} version {version} ({path})",
        "en": "Published: {id} version {version} ({path})",
    },
    "publish.unchanged": {
        "da": "Uændret: {id} version {version} er allerede udgivet ({path})",
        "en": "Unchanged: {id} version {version} is already published ({path})",
    },
    "publish.bumped": {
        "da": "{path}: version hævet fra {old} til {new}",
        "en": "{path}: version raised from {old} to {new}",
    },
    "publish.refused": {
        "da": "Intet er udgivet: ret først {problems} problem(er) ovenfor.",
        "en": "Nothing was published: first fix the {problems} problem(s) above.",
    },
    "publish.first": {
        "da": "Første udgivelse i {folder}: alle manuskripter i mappen udgives, "
        "for appen bruger herefter kun udgivne versioner derfra.",
        "en": "First publication in {folder}: every script in the folder is published, "
        "as the app uses only published versions from there on.",
    },
    "publish.skipped": {
        "da": "{path}: ikke et manuskript – indvendinger og skemaer har ingen versioner "
        "og bruges, så snart de er uden problemer.",
        "en": "{path}: not a script – objections and rubrics have no versions and are "
        "used as soon as they have no problems.",
    },
    "publish.busy": {
        "da": "En anden udgiver mappen lige nu ({path}); prøv igen om lidt. Intet er udgivet.",
        "en": "Someone else is publishing this folder right now ({path}); try again shortly. "
        "Nothing was published.",
    },
    "publish.write_failed": {
        "da": "Kan ikke skrive {path}: {reason}. Udgivelsen er ikke fuldført.",
        "en": "Cannot write {path}: {reason}. The publication is not complete.",
    },
    "publish.none": {"da": "Ingen manuskripter at udgive.", "en": "No scripts to publish."},
    "publish.summary": {
        "da": "{done} udgivet, {unchanged} uændret.",
        "en": "{done} published, {unchanged} unchanged.",
    },
    # The running app picks up a published change (canvass.ui.content_watch)
    "publish.updated": {
        "da": "Manuskriptet {title} er opdateret til version {version}",
        "en": "The script {title} is updated to version {version}",
    },
    "publish.updated.title": {"da": "Ny version", "en": "New version"},
}
