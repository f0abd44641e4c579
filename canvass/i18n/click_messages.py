"""Click's own messages (usage errors, help headings) in Danish.

Click marks its texts for :mod:`gettext`; :func:`gettext` and :func:`ngettext` here take
their place (see :func:`canvass.cli_language.install`), so "Error: Missing argument 'FILE'."
reads "Fejl: Mangler argumentet 'FILE'." in Danish and stays as it is in English. Only the
messages a person can meet are translated; the rest (a programmer's mistakes) stay English.
"""

from __future__ import annotations

from typing import Final

#: Click's English text -> Danish. Placeholders ({name}, {message} …) are kept as they are.
DANISH: Final[dict[str, str]] = {
    "Aborted!": "Afbrudt.",
    "Commands": "Kommandoer",
    "Options": "Tilvalg",
    "Positional arguments": "Argumenter",
    "Missing command.": "Mangler en kommando.",
    "Value must be an iterable.": "Værdien skal være en liste.",
    "default: {default}": "standard: {default}",
    "env var: {var}": "miljøvariabel: {var}",
    "deprecated": "forældet",
    "Confirm the action without prompting.": "Bekræft uden at spørge.",
    "Do you want to continue?": "Vil du fortsætte?",
    "Show the version and exit.": "Vis versionen og afslut.",
    "Show this message and exit.": "Vis denne hjælp og afslut.",
    "Could not open file {filename!r}: {message}": "Kunne ikke åbne filen {filename!r}: {message}",
    "Error: {message}": "Fejl: {message}",
    "Invalid value for {param_hint}: {message}": "Ugyldig værdi for {param_hint}: {message}",
    "Invalid value: {message}": "Ugyldig værdi: {message}",
    "Missing argument": "Mangler argumentet",
    "Missing option": "Mangler tilvalget",
    "Missing parameter": "Mangler en parameter",
    "Missing parameter: {param_name}": "Mangler parameteren {param_name}",
    "Missing {param_type}": "Mangler {param_type}",
    "No such command {name!r}.": "Kommandoen {name!r} findes ikke.",
    "No such option {name!r}.": "Tilvalget {name!r} findes ikke.",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' for at få hjælp.",
    "unknown error": "ukendt fejl",
    "Usage:": "Brug:",
    "Argument {name!r} takes {nargs} values.": "Argumentet {name!r} tager {nargs} værdier.",
    "Option {name!r} does not take a value.": "Tilvalget {name!r} tager ingen værdi.",
    "Error: The two entered values do not match.": "Fejl: De to værdier er ikke ens.",
    "Error: invalid input": "Fejl: ugyldigt svar",
    "Press any key to continue...": "Tryk på en tast for at fortsætte …",
    "Repeat for confirmation": "Gentag for at bekræfte",
    "Choose from:\n\t{choices}": "Vælg mellem:\n\t{choices}",
    # {name} is "File"/"Directory", fixed in English when the command is declared: left out.
    "{name} {filename!r} does not exist.": "{filename!r} findes ikke.",
    "{name} {filename!r} is a directory.": "{filename!r} er en mappe.",
    "{name} {filename!r} is a file.": "{filename!r} er en fil.",
    "{name} {filename!r} is not executable.": "{filename!r} kan ikke køres.",
    "{name} {filename!r} is not readable.": "{filename!r} kan ikke læses.",
    "{name} {filename!r} is not writable.": "{filename!r} kan ikke skrives.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} er hverken ja eller nej. Kendte værdier: {states}"
    ),
    "{value!r} is not a valid {number_type}.": "{value!r} er ikke et gyldigt {number_type}.",
    "{value} is not in the range {range}.": "{value} er ikke i intervallet {range}.",
    # ngettext pairs: the singular and the plural, each translated.
    "Got unexpected extra argument ({args})": "Uventet ekstra argument ({args})",
    "Got unexpected extra arguments ({args})": "Uventede ekstra argumenter ({args})",
    "Did you mean {possibility}?": "Mente du {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Mente du en af: {possibilities}?)",
    "Option {name!r} requires an argument.": "Tilvalget {name!r} skal have en værdi.",
    "Option {name!r} requires {nargs} arguments.": "Tilvalget {name!r} skal have {nargs} værdier.",
    "{value!r} is not {choice}.": "{value!r} er ikke {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} er ikke en af {choices}.",
    "Takes {nargs} values but 1 was given.": "Tager {nargs} værdier, men fik 1.",
    "Takes {nargs} values but {len} were given.": "Tager {nargs} værdier, men fik {len}.",
}


def gettext(message: str, *, language: str) -> str:
    """``message`` in ``language`` (Danish from the table; anything else unchanged)."""
    return DANISH.get(message, message) if language == "da" else message


def ngettext(singular: str, plural: str, count: int, *, language: str) -> str:
    """The singular or plural form of a message, in ``language``."""
    return gettext(singular if count == 1 else plural, language=language)
