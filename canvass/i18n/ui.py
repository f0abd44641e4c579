"""Catalogue strings for the ui area: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
}
