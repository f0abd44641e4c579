"""Catalogue strings for the wrapup dialog: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {}
