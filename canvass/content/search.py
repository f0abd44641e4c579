"""Instant fuzzy search in the objection bank, tolerant of missing Danish letters.

Typing ``oe`` or ``o`` finds ``ø``, ``aa`` or ``a`` finds ``å``, ``ae`` finds ``æ``; a
small typo in a longer word still matches. Every word of the query must match the
objection, its keywords, its category or one of its answers. Objections that belong
to the current phase rank first. Plain Python: no Textual.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from canvass.content.models import Objection
from canvass.domain.phases import Phase

# Field weights: what the customer says matters most, answers least.
_W_SAYS, _W_KEYWORDS, _W_CATEGORY, _W_ANSWERS = 1.0, 0.95, 0.8, 0.7
_PHASE_BONUS = 1000.0  # larger than any text score: the current phase always ranks first
_MIN_TOKEN_SCORE = 75.0
_WORD = re.compile(r"[a-z0-9]+")
_DIGRAPHS = (("aa", "a"), ("oe", "o"), ("ae", "a"))


def fold(text: str) -> str:
    """Fold text so Danish letters and their ASCII spellings compare equal.

    ``Ø``/``ø``/``oe`` → ``o``, ``Å``/``å``/``aa`` → ``a``, ``Æ``/``æ``/``ae`` → ``a``;
    other accents are dropped and everything is lower-cased. Both the query and the
    texts are folded the same way, so the mapping only has to be consistent.
    """
    text = text.lower().replace("æ", "a").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    return text


@dataclass(frozen=True, slots=True)
class _Field:
    weight: float
    text: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """One objection in the result, with its score (higher is better)."""

    objection: Objection
    score: float
    in_phase: bool


class ObjectionIndex:
    """Pre-folded objection texts for fast repeated searches while the user types."""

    def __init__(self, objections: Iterable[Objection]) -> None:
        self._entries: list[tuple[Objection, tuple[_Field, ...]]] = [
            (objection, _fields(objection)) for objection in objections
        ]

    def __len__(self) -> int:
        return len(self._entries)

    def categories(self) -> list[str]:
        """The categories in the order they first appear in the bank."""
        return list(dict.fromkeys(objection.category for objection, _ in self._entries))

    def search(
        self, query: str, phase: Phase | None = None, category: str | None = None
    ) -> list[Hit]:
        """Objections matching every word of ``query``, best first.

        An empty query lists all objections (of ``category``, when given) with the
        current ``phase``'s objections first, otherwise in bank order.
        """
        tokens = _WORD.findall(fold(query))
        hits: list[Hit] = []
        for position, (objection, fields) in enumerate(self._entries):
            if category is not None and objection.category != category:
                continue
            in_phase = phase is not None and phase in objection.phases
            if tokens:
                text_score = _score(tokens, fields)
                if text_score is None:
                    continue
            else:
                text_score = -position / 1000  # keeps bank order among equals
            score = text_score + (_PHASE_BONUS if in_phase else 0.0)
            hits.append(Hit(objection, score, in_phase))
        hits.sort(key=lambda hit: hit.score, reverse=True)
        return hits


def _fields(objection: Objection) -> tuple[_Field, ...]:
    def field(weight: float, texts: Sequence[str]) -> _Field:
        text = fold(" ".join(texts))
        return _Field(weight, text, tuple(_WORD.findall(text)))

    answer_texts = [a.text for a in objection.answers] + [
        a.follow_up for a in objection.answers if a.follow_up
    ]
    return (
        field(_W_SAYS, [objection.says]),
        field(_W_KEYWORDS, list(objection.keywords)),
        field(_W_CATEGORY, [objection.category]),
        field(_W_ANSWERS, answer_texts),
    )


def _token_score(token: str, field: _Field) -> float:
    if any(word.startswith(token) for word in field.words):
        return 100.0
    if len(token) >= 3 and token in field.text:
        return 95.0
    if len(token) >= 4:  # long enough that a fuzzy match means something
        return float(fuzz.partial_ratio(token, field.text))
    return 0.0


def _score(tokens: Sequence[str], fields: Sequence[_Field]) -> float | None:
    """Mean of each token's best weighted field score; None when any token is unmatched."""
    total = 0.0
    for token in tokens:
        best = 0.0
        for field in fields:
            raw = _token_score(token, field)
            if raw >= _MIN_TOKEN_SCORE:
                best = max(best, raw * field.weight)
        if best == 0.0:
            return None
        total += best
    return total / len(tokens)
