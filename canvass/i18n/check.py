"""Catalogue strings for the check area: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
}
