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


def test_plural_forms_by_count() -> None:
    assert i18n.t("lists.picker.members", count=1, total=1) == "1 at ringe til · 1 i alt"
    assert i18n.t("cli.check_ok", files=1) == "Alt i orden: 1 fil tjekket."
    bar = {"calls": 1, "reached": 1, "meetings": 1, "rate": "100 %", "time": "0:05"}
    assert "1 møde ·" in i18n.t("session.bar", **bar)
    assert "2 møder" in i18n.t("session.bar", **(bar | {"meetings": 2}))
    i18n.set_language("en")
    try:
        assert i18n.t("session.bar", **bar).startswith("today: 1 call · 1 reached · 1 meeting ")
        assert "3 calls" in i18n.t("session.bar", **(bar | {"calls": 3}))
        assert i18n.t("cli.check_warnings", warnings=1).startswith("1 warning ")
    finally:
        i18n.set_language("da")


def test_danish_uses_the_words_consultants_use() -> None:
    danish = " ".join(entry["da"] for entry in i18n.CATALOGUE.values()).lower()
    for calque in ("tilbagekald", "forfald", "tidspunktet er overstået"):
        assert calque not in danish, calque
    assert i18n.t("when.in_past") == "Tidspunktet er passeret"


def test_english_fixes() -> None:
    i18n.set_language("en")
    try:
        assert i18n.t("lists.override.question").startswith("Why are you calling anyway?")
        assert "OPTED OUT OF MARKETING (reklamebeskyttet)" in i18n.t("call.ad_protected")
        assert "'All companies' list has no fixed script" in i18n.t(
            "lists.picker.script_needs_list"
        )
    finally:
        i18n.set_language("da")


def test_one_shared_review_is_singular() -> None:
    assert "· 1 delt gennemgang ·" in i18n.t("teams.trend.span", span="2026-W48", reviews=1)
    assert "· 2 delte gennemgange ·" in i18n.t("teams.trend.span", span="2026-W48", reviews=2)
