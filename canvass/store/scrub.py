"""Finding and erasing a person's name, phone and e-mail inside free text.

Used by ``canvass forget`` and ``canvass purge``: a note that mentions "Jens" keeps its
other words, the mention becomes :data:`ERASED`. Names match as whole words, ignoring
case, also spelled without Danish letters (``Søren`` and ``Soeren``); phone numbers
match with or without spaces and +45. Plain Python.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from canvass.domain.folding import fold

#: What an erased mention becomes, in the stored text.
ERASED = "[slettet]"

#: Keys of a correction's JSON snapshot (``call_revision``) that hold free text.
FREE_TEXT_KEYS = frozenset(
    {
        "notes",
        "comment",
        "reason",
        "attendees",
        "purpose",
        "result_note",
        "contact_name",
        "contact_phone",
        "contact_email",
        "description",
        "requirements",
        "nice_to_have",
        "how_to_apply",
    }
)


def name_words(name: str) -> set[str]:
    """The words of a name worth erasing on their own (two letters or more), as written
    and folded (``Søren`` → also ``soeren``)."""
    words = {w for w in re.split(r"[^\w]+", name) if len(w) >= 2 and not w.isdigit()}
    return words | {fold(w) for w in words}


def _phone_pattern(phone: str) -> str:
    digits = [d for d in phone if d.isdigit()]
    return r"(?:\+45\s?)?" + r"[\s.-]?".join(digits)


class Mentions:
    """A compiled search for the words of some names, phones and e-mails."""

    def __init__(
        self,
        names: Iterable[str] = (),
        phones: Iterable[str | None] = (),
        emails: Iterable[str | None] = (),
    ) -> None:
        words: set[str] = set()
        for name in names:
            if name.strip():
                words.add(name.strip())
                words |= name_words(name)
        parts = [rf"\b{re.escape(w)}\b" for w in sorted(words, key=len, reverse=True)]
        parts += [rf"(?<!\d){_phone_pattern(p)}(?!\d)" for p in phones if p and len(p) >= 6]
        parts += [re.escape(e) for e in emails if e]
        self.words = {fold(w) for w in words}
        self._pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def scrub(self, text: str) -> str:
        """``text`` with every mention replaced by :data:`ERASED`."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(ERASED, text)

    def scrub_json(self, text: str, *, blank: bool = False) -> str:
        """A correction's JSON with mentions erased (``blank``: every free-text value
        emptied too); text that is not JSON is scrubbed as text."""
        try:
            data = json.loads(text)
        except ValueError:
            return self.scrub(text)
        return json.dumps(self._walk(data, blank), ensure_ascii=False, sort_keys=True)

    def _walk(self, value: Any, blank: bool, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self._walk(v, blank, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._walk(v, blank, key) for v in value]
        if isinstance(value, str):
            return "" if blank and key in FREE_TEXT_KEYS else self.scrub(value)
        return value

    def shares_word(self, text: str) -> bool:
        """True when ``text`` (e.g. a search term) contains one of the names' words."""
        return any(word in self.words for word in fold(text).split()) or bool(
            self._pattern and self._pattern.search(text)
        )


def blank_json(text: str) -> str:
    """A correction's JSON with every free-text value emptied (purge by age)."""
    return Mentions().scrub_json(text, blank=True)
