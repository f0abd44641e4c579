"""Catalogue strings for files that cannot be read (canvass.files)."""

STRINGS: dict[str, dict[str, str]] = {
    "files.kind.missing": {"da": "filen findes ikke", "en": "the file does not exist"},
    "files.kind.folder": {"da": "det er en mappe, ikke en fil", "en": "it is a folder, not a file"},
    "files.kind.fifo": {
        "da": "det er en pipe (FIFO), ikke en almindelig fil",
        "en": "it is a pipe (FIFO), not a regular file",
    },
    "files.kind.device": {
        "da": "det er en enhed, ikke en almindelig fil",
        "en": "it is a device, not a regular file",
    },
    "files.kind.socket": {
        "da": "det er en socket, ikke en almindelig fil",
        "en": "it is a socket, not a regular file",
    },
    "files.kind.loop": {
        "da": "symbolske links peger i ring",
        "en": "symbolic links point round in a loop",
    },
    "files.kind.too_large": {
        "da": "filen er for stor ({size} byte)",
        "en": "the file is too large ({size} bytes)",
    },
    "files.kind.denied": {"da": "ingen adgang til filen", "en": "no access to the file"},
    "files.kind.other": {"da": "{detail}", "en": "{detail}"},
    "files.no_reader": {
        "da": "det er en pipe, som ingen læser fra",
        "en": "it is a pipe that nobody reads from",
    },
}
