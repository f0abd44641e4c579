"""Catalogue strings for the objection bank: key -> {"da": ..., "en": ...}."""

STRINGS: dict[str, dict[str, str]] = {}
