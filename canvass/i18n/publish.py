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
        "da": "Intet er udgivet: ret først {problems:problemet|de {problems} problemer} ovenfor.",
        "en": "Nothing was published: first fix the {problems:problem|{problems} problems} above.",
    },
    "publish.first": {
        "da": "Første udgivelse i {folder}: alle filer i mappen udgives, "
        "for appen bruger herefter kun udgivne versioner derfra.",
        "en": "First publication in {folder}: every file in the folder is published, "
        "as the app uses only published versions from there on.",
    },
    "publish.skipped": {
        "da": "{path}: filen findes ikke.",
        "en": "{path}: no such file.",
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
    "publish.none": {"da": "Intet indhold at udgive.", "en": "Nothing to publish."},
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
    "publish.updated.content": {
        "da": "{what} er opdateret: {names}",
        "en": "{what} updated: {names}",
    },
    "publish.updated.objections": {"da": "Indvendingsbanken", "en": "The objection bank"},
    "publish.updated.rubrics": {"da": "Sparringsskemaet", "en": "The rubric"},
    # Publishing from the editor (canvass.ui.screens.editor_publish)
    "publish.editor.done": {
        "da": "Udgivet: {id} version {version}",
        "en": "Published: {id} version {version}",
    },
    "publish.editor.unchanged": {
        "da": "{id} version {version} er allerede udgivet – intet at gøre.",
        "en": "{id} version {version} is already published – nothing to do.",
    },
    "publish.editor.others": {
        "da": "(og {count} andre filer i mappen, der udgives for første gang)",
        "en": "(and {count} other files of the folder, published for the first time)",
    },
    "publish.editor.refused": {
        "da": "Ikke udgivet: {count} {count:problem|problemer} – se listen under teksten.",
        "en": "Not published: {count} {count:problem|problems} – see the list below the text.",
    },
    "publish.editor.unsaved": {
        "da": "Gem først (ctrl+s): det er den gemte fil, der udgives.",
        "en": "Save first (ctrl+s): it is the saved file that is published.",
    },
    "publish.cli.title": {"da": "canvass publish", "en": "canvass publish"},
    "publish.cli.no_user": {
        "da": "canvass publish skal vide, hvem du er: angiv --user med dine initialer "
        "(kun trænere udgiver)",
        "en": "canvass publish needs to know who you are: give --user with your initials "
        "(only trainers publish)",
    },
    "publish.cli.denied": {
        "da": "{reason} Intet er udgivet. Bed en træner om at udgive, eller få rollen "
        "træner (canvass team role INITIALER træner).",
        "en": "{reason} Nothing was published. Ask a trainer to publish, or get the role "
        "trainer (canvass team role INITIALS trainer).",
    },
    "publish.editor.denied": {
        "da": "Kun trænere kan udgive indhold.",
        "en": "Only trainers can publish content.",
    },
    "publish.editor.bump.title": {"da": "Hæv versionen?", "en": "Raise the version?"},
    "publish.editor.bump.question": {
        "da": "Indholdet er ændret, men version {version} er allerede udgivet med andet "
        "indhold. Skal versionen hæves til {next} og udgives?",
        "en": "The content changed, but version {version} is already published with other "
        "content. Raise the version to {next} and publish?",
    },
    "publish.editor.bump.yes": {"da": "Hæv og udgiv", "en": "Raise and publish"},
    "publish.editor.bump.no": {"da": "Fortryd", "en": "Cancel"},
}
