"""Catalogue strings for the cli area: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {
}
