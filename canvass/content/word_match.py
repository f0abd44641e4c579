"""Which words of a bank a query word matches, and how well: the objection search's matcher.

Words are already folded (:func:`canvass.domain.folding.fold`). The points are below 1,
so they never lift a match over a better field's tier; weak matches (a compound part, a
typo) are shifted one tier down, so "arbejde" in what is said does not beat the keyword
"papirarbejde" for the query ``papirarbejde``. Plain Python.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from rapidfuzz import fuzz, process

EXACT = 0.6
PREFIX = 0.45
INFLECTION = 0.35  # same stem: betaler ~ betale, erfaringer ~ erfaring
WEAK = 1.0  # what weak matches lose: one tier
COMPOUND = 0.3 - WEAK  # a part of a compound: tid ~ ventetid, loentilskud ~ tilskud
TYPO = 0.2 - WEAK  # rapidfuzz ratio ≥ TYPO_CUTOFF, only when nothing better matched
TYPO_CUTOFF = 80.0


class Vocabulary:
    """The distinct words of a bank, sorted forwards and backwards for prefix lookups."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = sorted(set(words))
        self._reversed = sorted(word[::-1] for word in self._words)

    def points(self, token: str, complete: bool) -> dict[str, float]:
        """The words ``token`` matches, with how well each matches.

        ``complete``: a space was typed after the token, so a one- or two-letter token
        ("vi", "i") is a whole word, not the start of one.
        """
        words = self._words
        points: dict[str, float] = {}
        if len(token) <= 2 and complete:
            return {token: EXACT} if _has(words, token) else {}
        if len(token) >= 5:  # inflections share a stem: erfaringer ~ erfaring
            stem = token[: max(4, len(token) - 2)]
            for word in _starting_with(words, stem):
                points[word] = INFLECTION
        for word in _starting_with(words, token):
            points[word] = PREFIX
        if len(token) >= 3:
            for reversed_word in _starting_with(self._reversed, token[::-1]):
                points.setdefault(reversed_word[::-1], COMPOUND)  # ventetid ~ tid
            for start in range(2, len(token) - 3):  # loentilskud ~ tilskud
                if _has(words, token[start:]):
                    points.setdefault(token[start:], COMPOUND)
        if _has(words, token):
            points[token] = EXACT
        if not points and len(token) >= 5:
            for word, _score, _index in process.extract(
                token, words, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=5
            ):
                points[word] = TYPO
        return points


def _has(sorted_words: list[str], word: str) -> bool:
    at = bisect_left(sorted_words, word)
    return at < len(sorted_words) and sorted_words[at] == word


def _starting_with(sorted_words: list[str], prefix: str) -> list[str]:
    start = bisect_left(sorted_words, prefix)
    end = bisect_left(sorted_words, prefix + "\uffff", start)
    return sorted_words[start:end]
