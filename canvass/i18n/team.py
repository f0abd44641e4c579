"""Catalogue strings for the team: people, roles and buddy pairs (CLI, service and screen)."""

STRINGS: dict[str, dict[str, str]] = {
    # Roles.
    "team.role.consultant": {"da": "konsulent", "en": "consultant"},
    "team.role.trainer": {"da": "træner", "en": "trainer"},
    "team.role.teamlead": {"da": "teamleder", "en": "team lead"},
    # Refusals (service and CLI).
    "team.error.role": {
        "da": "Ukendt rolle '{value}' — vælg en af: {roles}",
        "en": "Unknown role '{value}' — choose one of: {roles}",
    },
    "team.error.initials": {
        "da": "Initialer skal være 1–8 bogstaver, ikke '{value}'",
        "en": "Initials must be 1–8 letters, not '{value}'",
    },
    "team.error.unknown": {
        "da": "Ingen konsulent har initialerne {initials} (se 'canvass team list')",
        "en": "No consultant has the initials {initials} (see 'canvass team list')",
    },
    "team.error.unknown_id": {
        "da": "Konsulenten findes ikke (mere)",
        "en": "The consultant does not exist (any more)",
    },
    "team.error.exists": {
        "da": "{initials} findes allerede ({name})",
        "en": "{initials} exists already ({name})",
    },
    "team.error.self": {
        "da": "{initials} kan ikke være sin egen makker",
        "en": "{initials} cannot be their own buddy",
    },
    "team.error.not_paired": {
        "da": "{initials} har ingen makker",
        "en": "{initials} has no buddy",
    },
    "team.error.denied": {
        "da": "Kun trænere og teamledere kan ændre holdet",
        "en": "Only trainers and team leads can change the team",
    },
    "team.error.no_user": {
        "da": "Hvem ændrer holdet? Angiv dine initialer med --user (fx --user SL)",
        "en": "Who is changing the team? Give your initials with --user (e.g. --user SL)",
    },
    # CLI output.
    "team.cli.header": {
        "da": "{initials:<9} {name:<28} {role:<10} {buddy:<8} {since}",
        "en": "{initials:<9} {name:<28} {role:<10} {buddy:<8} {since}",
    },
    "team.cli.col.initials": {"da": "Initialer", "en": "Initials"},
    "team.cli.col.name": {"da": "Navn", "en": "Name"},
    "team.cli.col.role": {"da": "Rolle", "en": "Role"},
    "team.cli.col.buddy": {"da": "Makker", "en": "Buddy"},
    "team.cli.col.since": {"da": "Siden", "en": "Since"},
    "team.cli.empty": {
        "da": "Ingen konsulenter endnu — tilføj med 'canvass team add INITIALER NAVN'",
        "en": "No consultants yet — add one with 'canvass team add INITIALS NAME'",
    },
    "team.cli.setup": {
        "da": "Ingen træner eller teamleder endnu: alle kan sætte holdet op"
        " (fx 'canvass --user SL team role SL træner')",
        "en": "No trainer or team lead yet: anyone can set the team up"
        " (e.g. 'canvass --user SL team role SL trainer')",
    },
    "team.cli.added": {
        "da": "Tilføjet: {initials} ({name}), {role}",
        "en": "Added: {initials} ({name}), {role}",
    },
    "team.cli.role_set": {
        "da": "{initials} ({name}) er nu {role}",
        "en": "{initials} ({name}) is now {role}",
    },
    "team.cli.paired": {
        "da": "{first} og {second} er nu makkere (fra {since})",
        "en": "{first} and {second} are buddies now (since {since})",
    },
    "team.cli.unpaired": {
        "da": "{first} og {second} er ikke længere makkere",
        "en": "{first} and {second} are no longer buddies",
    },
    # The team screen.
    "team.title": {"da": "Holdet", "en": "The team"},
    "team.loading": {"da": "henter holdet …", "en": "loading the team …"},
    "team.bar": {
        "da": "{count} {count:person|personer} · {pairs} {pairs:makkerpar|makkerpar}",
        "en": "{count} {count:person|people} · {pairs} buddy {pairs:pair|pairs}",
    },
    "team.bar.read_only": {
        "da": " · kun trænere og teamledere kan ændre holdet",
        "en": " · only trainers and team leads can change the team",
    },
    "team.bar.setup": {
        "da": " · ingen træner eller teamleder endnu: alle kan sætte holdet op",
        "en": " · no trainer or team lead yet: anyone can set the team up",
    },
    "team.col.initials": {"da": "Init.", "en": "Init."},
    "team.col.name": {"da": "Navn", "en": "Name"},
    "team.col.role": {"da": "Rolle", "en": "Role"},
    "team.col.buddy": {"da": "Makker", "en": "Buddy"},
    "team.col.since": {"da": "Siden", "en": "Since"},
    "team.history.title": {"da": "Makkerpar for {initials}", "en": "Buddy pairs of {initials}"},
    "team.history.none": {
        "da": "{initials} har ikke haft en makker",
        "en": "{initials} has had no buddy",
    },
    "team.history.open": {
        "da": "{buddy} ({name}) · fra {start} · nu",
        "en": "{buddy} ({name}) · from {start} · now",
    },
    "team.history.closed": {
        "da": "{buddy} ({name}) · {start} – {end}",
        "en": "{buddy} ({name}) · {start} – {end}",
    },
    "team.key.back": {"da": "tilbage", "en": "back"},
    "team.key.back.tip": {"da": "Tilbage til ringelisten", "en": "Back to the call list"},
    "team.key.add": {"da": "ny person", "en": "add person"},
    "team.key.add.tip": {"da": "Tilføj en konsulent", "en": "Add a consultant"},
    "team.key.pair": {"da": "par", "en": "pair"},
    "team.key.pair.tip": {
        "da": "Giv den markerede en (ny) makker",
        "en": "Give the highlighted person a (new) buddy",
    },
    "team.key.unpair": {"da": "opløs par", "en": "unpair"},
    "team.key.unpair.tip": {
        "da": "Opløs den markeredes makkerpar",
        "en": "End the highlighted person's buddy pair",
    },
    "team.key.sparring": {"da": "læs sparring", "en": "read feedback"},
    "team.key.sparring.tip": {
        "da": "Træner: læs personens sparring, forpligtelser og udvikling (kun læse)",
        "en": "Trainer: read the person's feedback, commitments and trend (read only)",
    },
    "team.key.role": {"da": "rolle", "en": "role"},
    "team.key.role.tip": {
        "da": "Skift den markeredes rolle",
        "en": "Change the highlighted person's role",
    },
    "team.saved": {"da": "Gemt", "en": "Saved"},
    "team.not_saved": {"da": "Ikke gemt", "en": "Not saved"},
    "team.done.added": {"da": "{initials} er tilføjet", "en": "{initials} was added"},
    "team.done.paired": {
        "da": "{first} og {second} er makkere",
        "en": "{first} and {second} are buddies",
    },
    "team.done.unpaired": {
        "da": "{initials} har ikke længere en makker",
        "en": "{initials} no longer has a buddy",
    },
    "team.done.role": {"da": "{initials} er nu {role}", "en": "{initials} is now {role}"},
    # Dialogs.
    "team.add.title": {"da": "Ny person på holdet", "en": "New person on the team"},
    "team.add.initials": {"da": "Initialer (1–8 bogstaver)", "en": "Initials (1–8 letters)"},
    "team.add.name": {"da": "Fulde navn", "en": "Full name"},
    "team.add.role": {"da": "Rolle", "en": "Role"},
    "team.pair.title": {
        "da": "Vælg en makker til {initials}",
        "en": "Choose a buddy for {initials}",
    },
    "team.pair.current": {"da": "{name}  (nuværende makker)", "en": "{name}  (current buddy)"},
    "team.pair.has_buddy": {
        "da": "{name}  (makker med {buddy})",
        "en": "{name}  (buddy of {buddy})",
    },
    "team.role_dialog.title": {"da": "Rolle for {initials}", "en": "Role of {initials}"},
    "team.dialog.key.save": {"da": "gem", "en": "save"},
    "team.dialog.key.choose": {"da": "vælg", "en": "choose"},
    "team.dialog.key.cancel": {"da": "fortryd", "en": "cancel"},
    "cmd.team": {"da": "Holdet", "en": "The team"},
    "cmd.team.tip": {
        "da": "Konsulenter, roller og makkerpar",
        "en": "Consultants, roles and buddy pairs",
    },
    # The call list header: everyone sees who their buddy is.
    "team.buddy_line": {"da": "Makker: {initials} ({name})", "en": "Buddy: {initials} ({name})"},
}

#: ``canvass team --help`` in Danish (merged into :data:`canvass.i18n.cli_help.DANISH`).
HELP: dict[str, str] = {
    "The team: people, roles (konsulent, træner, teamleder) and buddy pairs.\n\n"
    "Only trainers and team leads (--user) may change the team; until it has one, anyone\n"
    "may, to set it up. Exit status: 0 when done, 2 for malformed input, 1 when a change\n"
    "is refused or cannot be made (e.g. unknown initials).": (
        "Holdet: personer, roller (konsulent, træner, teamleder) og makkerpar.\n\n"
        "Kun trænere og teamledere (--user) kan ændre holdet; indtil der er en, kan alle,\n"
        "så holdet kan sættes op. Slutstatus: 0 når det er gjort, 2 for forkert input,\n"
        "1 når en ændring afvises eller ikke kan laves (fx ukendte initialer)."
    ),
    "Show everyone: initials, name, role, buddy and since when they are buddies.": (
        "Vis alle: initialer, navn, rolle, makker og siden hvornår de er makkere."
    ),
    "Add a person: INITIALS and full NAME, e.g. 'canvass team add JH Jonas Holm'.": (
        "Tilføj en person: INITIALER og fulde NAVN, fx 'canvass team add JH Jonas Holm'."
    ),
    "konsulent (default), træner or teamleder.": "konsulent (standard), træner eller teamleder.",
    "Give a person a role: konsulent, træner or teamleder.": (
        "Giv en person en rolle: konsulent, træner eller teamleder."
    ),
    "Make two people buddies; each one's earlier pair ends (and stays in the history).": (
        "Gør to personer til makkere; hver deres tidligere par slutter (og bliver i historikken)."
    ),
    "End a person's buddy pair (it stays in the history).": (
        "Opløs en persons makkerpar (det bliver i historikken)."
    ),
}
