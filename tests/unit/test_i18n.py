"""The catalogue: every key in both languages, with the same placeholders."""

import string

from canvass import i18n


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_has_danish_and_english_with_same_placeholders() -> None:
    for key, entry in i18n.CATALOGUE.items():
        assert set(entry) == {"da", "en"}, key
        assert _fields(entry["da"]) == _fields(entry["en"]), key


def test_t_switches_language_and_falls_back_to_key() -> None:
    i18n.CATALOGUE["_test.hello"] = {"da": "Hej {name}", "en": "Hello {name}"}
    try:
        assert i18n.t("_test.hello", name="A") == "Hej A"
        i18n.set_language("en")
        assert i18n.t("_test.hello", name="A") == "Hello A"
    finally:
        i18n.set_language("da")
        del i18n.CATALOGUE["_test.hello"]
    assert i18n.t("no.such.key") == "no.such.key"
