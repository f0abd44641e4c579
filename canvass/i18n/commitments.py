"""Catalogue strings for callbacks as commitments, colleagues' claims and the list's counts."""

STRINGS: dict[str, dict[str, str]] = {
    # The company card during a call: a colleague's open callback on this company.
    "card.colleague_callback": {
        "da": "{initials} ringer tilbage {date} kl. {time}",
        "en": "{initials} calls back {date} at {time}",
    },
    # The callbacks screen: calls by the owner that reached nobody.
    "followup.callbacks.attempts": {
        "da": "{count} forsøg, sidst {last}",
        "en": "{count} tries, last {last}",
    },
}
