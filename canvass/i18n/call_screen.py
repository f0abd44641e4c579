"""Catalogue strings for the call screen: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {}
