"""Catalogue strings for the check area: key -> {"da": ..., "en": ...}.

Keys ``check.<code>`` are the messages of :class:`canvass.content.problems.Problem`;
the others are pieces those messages are built from.
"""

STRINGS: dict[str, dict[str, str]] = {
    # Reading the file
    "check.not-found": {
        "da": "Stien findes ikke.",
        "en": "The path does not exist.",
    },
    "check.unreadable": {
        "da": "Filen kan ikke læses: {reason}",
        "en": "The file cannot be read: {reason}",
    },
    "check.too-large": {
        "da": "Filen er for stor ({size} byte; højst 1 MB).",
        "en": "The file is too large ({size} bytes; at most 1 MB).",
    },
    "check.not-utf8": {
        "da": "Filen er ikke gemt som UTF-8 (ugyldig byte 0x{byte}); gem den som UTF-8.",
        "en": "The file is not saved as UTF-8 (invalid byte 0x{byte}); save it as UTF-8.",
    },
    "check.empty": {
        "da": "Filen er tom.",
        "en": "The file is empty.",
    },
    "check.more": {
        "da": "… og {count} problemer mere af samme slags ({code}) i filen",
        "en": "… and {count} more problems of the same kind ({code}) in the file",
    },
    "check.internal": {
        "da": "Intern fejl under kontrollen: {detail}",
        "en": "Internal error while checking: {detail}",
    },
    # YAML structure
    "check.yaml-syntax": {
        "da": "YAML-syntaksfejl: {detail}",
        "en": "YAML syntax error: {detail}",
    },
    "check.bad-character": {
        "da": "Tegnet U+{char} er ikke tilladt i en YAML-fil.",
        "en": "The character U+{char} is not allowed in a YAML file.",
    },
    "check.multiple-documents": {
        "da": "Filen indeholder mere end ét YAML-dokument (---); der må kun være ét.",
        "en": "The file holds more than one YAML document (---); only one is allowed.",
    },
    "check.anchor": {
        "da": "Ankre (&{name}) er ikke tilladt; skriv teksten ud hvert sted.",
        "en": "Anchors (&{name}) are not allowed; write the text out each time.",
    },
    "check.alias": {
        "da": "Aliaser (*{name}) er ikke tilladt; skriv teksten ud hvert sted.",
        "en": "Aliases (*{name}) are not allowed; write the text out each time.",
    },
    "check.tag": {
        "da": "YAML-mærket {tag} er ikke tilladt; fjern det.",
        "en": "The YAML tag {tag} is not allowed; remove it.",
    },
    "check.tag-value": {
        "da": "Værdien passer ikke til mærket {tag}.",
        "en": "The value does not fit the tag {tag}.",
    },
    "check.too-deep": {
        "da": "Indholdet er indlejret for dybt (mere end {limit} niveauer).",
        "en": "The content is nested too deeply (more than {limit} levels).",
    },
    "check.duplicate-key": {
        "da": "Nøglen '{key}' står to gange (første gang i linje {first}).",
        "en": "The key '{key}' appears twice (first on line {first}).",
    },
    "check.key-not-text": {
        "da": "En nøgle skal være almindelig tekst.",
        "en": "A key must be plain text.",
    },
    "check.not-a-mapping": {
        "da": "Filen skal bestå af 'nøgle: værdi'-linjer.",
        "en": "The file must consist of 'key: value' lines.",
    },
    "check.unknown-kind": {
        "da": "Kan ikke afgøre, om dette er et ringemanuskript (id:, phases:), "
        "en indvendingsfil (objections:) eller et sparringsskema (rubric:).",
        "en": "Cannot tell whether this is a call script (id:, phases:), "
        "an objection file (objections:) or a sparring rubric (rubric:).",
    },
    "check.wrong-folder": {
        "da": "Filen er {kind}, men ligger i mappen til {expected}.",
        "en": "This is {kind}, but it is in the folder for {expected}.",
    },
    # With the article, as used in the sentence above ("an objection file", "a call script").
    "check.kind.script": {"da": "et ringemanuskript", "en": "a call script"},
    "check.kind.objections": {"da": "en indvendingsfil", "en": "an objection file"},
    "check.kind.trades": {"da": "en fagliste (fag.yaml)", "en": "a trade list (fag.yaml)"},
    "check.kind.rubric": {"da": "et sparringsskema", "en": "a sparring rubric"},
    "check.folder.script": {"da": "ringemanuskripter", "en": "call scripts"},
    "check.folder.objections": {"da": "indvendingsbanken", "en": "the objection bank"},
    "check.folder.rubric": {"da": "sparringsskemaer", "en": "sparring rubrics"},
    # Shape and types (pydantic)
    "check.missing": {
        "da": "Nøglen '{key}' mangler.",
        "en": "The key '{key}' is missing.",
    },
    "check.unknown-key": {
        "da": "Ukendt nøgle '{key}'.",
        "en": "Unknown key '{key}'.",
    },
    "check.did-you-mean": {
        "da": "{message} Mente du '{suggestion}'?",
        "en": "{message} Did you mean '{suggestion}'?",
    },
    "check.wrong-type": {
        "da": "Forventede {expected}, men fandt {found}.",
        "en": "Expected {expected}, but found {found}.",
    },
    "check.type.text": {"da": "tekst", "en": "text"},
    "check.type.int": {"da": "et helt tal", "en": "a whole number"},
    "check.type.float": {"da": "et decimaltal", "en": "a decimal number"},
    "check.type.bool": {"da": "ja/nej (true/false)", "en": "yes/no (true/false)"},
    "check.type.list": {"da": "en liste (linjer med '- ')", "en": "a list (lines with '- ')"},
    "check.type.mapping": {
        "da": "'nøgle: værdi'-linjer",
        "en": "'key: value' lines",
    },
    "check.type.nothing": {"da": "ingenting", "en": "nothing"},
    "check.type.date": {"da": "en dato", "en": "a date"},
    "check.type.other": {"da": "en anden slags værdi", "en": "another kind of value"},
    "check.enum": {
        "da": "'{value}' er ikke tilladt; vælg en af: {allowed}.",
        "en": "'{value}' is not allowed; choose one of: {allowed}.",
    },
    "check.pattern": {
        "da": "'{value}' er ikke et gyldigt id: brug små bogstaver a-z, cifre og bindestreger, "
        "begyndende med et bogstav eller ciffer (fx 'loentilskud-2').",
        "en": "'{value}' is not a valid id: use lower-case letters a-z, digits and dashes, "
        "starting with a letter or digit (e.g. 'loentilskud-2').",
    },
    "check.empty-text": {
        "da": "Teksten må ikke være tom.",
        "en": "The text must not be empty.",
    },
    "check.too-long": {
        "da": "Teksten er for lang (højst {limit} tegn).",
        "en": "The text is too long (at most {limit} characters).",
    },
    "check.too-few": {
        "da": "Listen skal have mindst {limit} punkt(er).",
        "en": "The list needs at least {limit} item(s).",
    },
    "check.too-small": {
        "da": "Tallet skal være mindst {limit}.",
        "en": "The number must be at least {limit}.",
    },
    "check.too-big": {
        "da": "Tallet må højst være {limit}.",
        "en": "The number must be at most {limit}.",
    },
    "check.invalid": {
        "da": "Ugyldig værdi: {detail}",
        "en": "Invalid value: {detail}",
    },
    # Rules across the document
    "check.phase-missing": {
        "da": "Fasen '{phase}' mangler; et manuskript har alle fem faser: {order}.",
        "en": "The phase '{phase}' is missing; a script has all five phases: {order}.",
    },
    "check.phase-order": {
        "da": "Fasen '{phase}' står i forkert rækkefølge; rækkefølgen er {order}.",
        "en": "The phase '{phase}' is out of order; the order is {order}.",
    },
    "check.bala-missing": {
        "da": "BALA-trinnet '{step}' mangler; hvert trin skal stå i præcis én fase.",
        "en": "The BALA step '{step}' is missing; each step belongs in exactly one phase.",
    },
    "check.bala-duplicate": {
        "da": "BALA-trinnet '{step}' står to gange (første gang i linje {first}).",
        "en": "The BALA step '{step}' appears twice (first on line {first}).",
    },
    "check.bala-order": {
        "da": "BALA-trinnet '{step}' står i forkert rækkefølge; rækkefølgen er {order}.",
        "en": "The BALA step '{step}' is out of order; the order is {order}.",
    },
    "check.unknown-merge-field": {
        "da": "Ukendt flettefelt '{field}'.",
        "en": "Unknown merge field '{field}'.",
    },
    "check.warning-label": {
        "da": "advarsel",
        "en": "warning",
    },
    "check.source-missing": {
        "da": "Linjen nævner en regel eller et tal uden kilde: »{text}«. Tilføj "
        "source: med lov og paragraf eller ministeriets side og datoen, den er tjekket.",
        "en": "The line states a rule or a figure without a source: “{text}”. Add "
        "source: with the law and paragraph or the ministry's page and the date checked.",
    },
    "check.unknown-segment": {
        "da": "Segmentet '{segment}' bruges ikke af nogen virksomhed, så manuskriptet passer "
        "aldrig til en. Brug et af: {known}.",
        "en": "No company uses the segment '{segment}', so the script never fits one. "
        "Use one of: {known}.",
    },
    "check.file-name": {
        "da": "Filen hedder '{stem}', men manuskriptets id er '{id}'; de skal være ens.",
        "en": "The file is named '{stem}' but the script id is '{id}'; they must match.",
    },
    "check.duplicate-id": {
        "da": "Id'et '{id}' er allerede brugt i {first}.",
        "en": "The id '{id}' is already used in {first}.",
    },
    # Sparring rubrics (rubrics/*.yaml)
    "check.rubric-kind.call": {
        "da": "et sparringsskema til opkald",
        "en": "a rubric for calls",
    },
    "check.rubric-kind.visit": {
        "da": "et sparringsskema til besøg",
        "en": "a rubric for visits",
    },
    "check.rubric-phase-unknown": {
        "da": "'{phase}' er ikke en fase i {kind}; faserne er {order}.",
        "en": "'{phase}' is not a phase of {kind}; the phases are {order}.",
    },
    "check.rubric-phase-missing": {
        "da": "Fasen '{phase}' mangler; {kind} har faserne {order}.",
        "en": "The phase '{phase}' is missing; {kind} has the phases {order}.",
    },
    "check.rubric-phase-duplicate": {
        "da": "Fasen '{phase}' står to gange (første gang i linje {first}).",
        "en": "The phase '{phase}' appears twice (first on line {first}).",
    },
    "check.rubric-checkpoint-count": {
        "da": "En fase skal have {low}–{high} kontrolpunkter; '{phase}' har {count}.",
        "en": "A phase needs {low}–{high} checkpoints; '{phase}' has {count}.",
    },
    "check.rubric-checkpoint-duplicate": {
        "da": "Kontrolpunktet '{id}' findes allerede i skemaet (linje {first}); "
        "hvert id må kun bruges én gang.",
        "en": "The checkpoint '{id}' already exists in the rubric (line {first}); "
        "each id may be used only once.",
    },
    "check.rubric-levels-missing": {
        "da": "Et kontrolpunkt med kind: scale skal have levels: med præcis {count} "
        "beskrivelser (niveau 1–{count}, laveste først).",
        "en": "A checkpoint with kind: scale needs levels: with exactly {count} "
        "descriptions (level 1–{count}, lowest first).",
    },
    "check.rubric-levels-count": {
        "da": "levels: skal have præcis {expected} beskrivelser (niveau 1–{expected}); "
        "her er der {count}.",
        "en": "levels: needs exactly {expected} descriptions (level 1–{expected}); "
        "there are {count}.",
    },
    "check.rubric-levels-yes-no": {
        "da": "Et ja/nej-kontrolpunkt (kind: yes_no) har ingen niveauer; fjern levels: "
        "eller brug kind: scale.",
        "en": "A yes/no checkpoint (kind: yes_no) has no levels; remove levels: "
        "or use kind: scale.",
    },
    "check.rubric-mandatory-na": {
        "da": "Et obligatorisk kontrolpunkt (mandatory: true) kan ikke besvares "
        "»ikke relevant«; fjern na: true eller mandatory: true.",
        "en": "A mandatory checkpoint (mandatory: true) cannot be answered "
        "“not relevant”; remove na: true or mandatory: true.",
    },
    "check.rubric-file-name": {
        "da": "Filen hedder '{stem}', men skemaets id er '{id}'; de skal være ens.",
        "en": "The file is named '{stem}' but the rubric id is '{id}'; they must match.",
    },
    # A/B variants (canvass.content.variant_rules)
    "check.variants-and-say": {
        "da": "En linje med 'variants' har ingen 'say'; teksterne står under 'variants'.",
        "en": "A line with 'variants' has no 'say'; the texts go under 'variants'.",
    },
    "check.variants-and-text": {
        "da": "Et svar med 'variants' har ingen 'text'; teksterne står under 'variants'.",
        "en": "An answer with 'variants' has no 'text'; the texts go under 'variants'.",
    },
    "check.variants-too-few": {
        "da": "'variants' skal have mindst to varianter, fx a og b.",
        "en": "'variants' needs at least two variants, e.g. a and b.",
    },
    "check.variants-need-id": {
        "da": "En linje med varianter skal have et 'id', så statistikken kan kende den.",
        "en": "A line with variants needs an 'id', so the statistics can tell it apart.",
    },
    "check.line-id-duplicate": {
        "da": "Linje-id'et '{id}' bruges allerede i manuskriptet (linje {first}).",
        "en": "The line id '{id}' is already used in the script (line {first}).",
    },
    # Published versions (canvass.content.published)
    "check.version-not-raised": {
        "da": "Indholdet er ændret, men version {version} er allerede udgivet med "
        "andet indhold. Hæv 'version:' til {next} (eller kør canvass publish "
        "--bump).",
        "en": "The content changed, but version {version} is already published with "
        "other content. Raise 'version:' to {next} (or run canvass publish "
        "--bump).",
    },
    "check.version-behind": {
        "da": "Version {version} er lavere end den udgivne version {published}; brug "
        "version {next}.",
        "en": "Version {version} is lower than the published version {published}; use "
        "version {next}.",
    },
    "check.draft": {
        "da": "Kladde: version {version} er ikke udgivet; appen bruger {using}, til "
        "du kører canvass publish.",
        "en": "Draft: version {version} is not published; the app uses {using} until "
        "you run canvass publish.",
    },
    "check.draft.using": {"da": "version {version}", "en": "version {version}"},
    "check.draft.nothing": {"da": "ingen version", "en": "no version"},
    "check.published-copy": {
        "da": "Den udgivne kopi af version {version} passer ikke med "
        "udgivelseslisten; kør canvass publish igen.",
        "en": "The published copy of version {version} does not match the list of "
        "published versions; run canvass publish again.",
    },
    "check.manifest": {
        "da": "Listen over udgivne versioner kan ikke læses: {reason}",
        "en": "The list of published versions cannot be read: {reason}",
    },
}
