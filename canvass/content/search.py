"""Instant search in the objection bank, ranked the way a consultant would rank it.

Texts and queries are folded with :func:`canvass.domain.folding.fold` (the folding the
company search uses), so ``raad`` finds "råd" and ``moede`` finds "møde". Every word of
the query must match what the customer says, the keywords, the category or an answer.

Ranking, per query word, in tiers that never overlap: a match in what the customer
*says* beats any keyword match, a keyword beats the category, the category beats the
answers. Within a tier an exact word beats a whole keyword beats a word prefix beats an
inflection (``erfaringer`` ~ ``erfaring``) beats a compound part (``tid`` in
``ventetid``) beats a typo; matches in the other fields add a little. A query of several
words scores the mean of its words, each weighted by how rare it is in the bank (``vi``
and ``har`` say little, ``selv`` a lot), plus a bonus when they stand together as typed
(in what is said, or as a keyword). Hits far below the best are cut: ``tid`` lists the
few objections about time, not every answer that mentions it. The current phase only
orders near-equal hits.

Plain Python, no Textual. An inverted index over the folded words keeps a search of
5,000 objections within a few milliseconds (``benchmarks/bench_objection_search.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from canvass.content.models import Objection
from canvass.content.word_match import Vocabulary
from canvass.domain.folding import fold
from canvass.domain.phases import Phase

__all__ = ["MAX_HITS", "Hit", "ObjectionIndex", "fold"]

_WORD = re.compile(r"[a-z0-9]+")

# Fields, in tier order, and the tier each puts a query word in.
_SAYS, _KEYWORDS, _CATEGORY, _ANSWERS = range(4)
_TIERS = (4.0, 3.0, 2.0, 1.0)

# How well a query word matches a word: see canvass.content.word_match.
_WHOLE_KEYWORD = 0.65  # the query word is a whole keyword (only in the keywords field)

# Share of a match in another field that is added: more for what is said than for answers.
_SUPPORT = (0.1, 0.06, 0.04, 0.025)
_COVERAGE = 0.2  # times the share of the says words the query matched
_PHRASE = 0.4  # several words as typed in what is said, or a whole keyword
_IN_KEYWORD = 0.2  # several words standing together inside a keyword
_PHASE_NUDGE = 0.1  # orders near-equal hits; never lifts a hit over a better tier
_CUT = 0.9  # hits scoring more than this below the best are not listed (< one tier)
_MIN_WEIGHT = 0.1  # the weight of a query word found in (nearly) every objection

#: The most hits a query lists; a letter or two matches most of a big bank.
MAX_HITS = 50


@dataclass(frozen=True, slots=True)
class Hit:
    """One objection in the result, with its score (higher is better).

    ``in_phase``: the objection lists the current phase. ``marked``: show the phase mark
    (only when it tells hits apart, see :meth:`ObjectionIndex.search`).
    """

    objection: Objection
    score: float
    in_phase: bool
    marked: bool = False


@dataclass(frozen=True, slots=True)
class _Entry:
    objection: Objection
    category: str
    phases: frozenset[Phase]
    says: str  # the folded says words between spaces, for phrase tests at word starts
    says_count: int
    keywords: str  # "|" + each keyword's folded words (joined by one space) + "|"


#: Per field, the best score a query word reached there (0.0: no match).
_Scores = tuple[float, float, float, float]
_NONE: _Scores = (0.0, 0.0, 0.0, 0.0)


#: Objections added to an index between two calls of its build's ``step`` (about 5 ms).
STEP = 50


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


class ObjectionIndex:
    """Pre-folded objection texts for fast repeated searches while the user types."""

    def __init__(
        self, objections: Iterable[Objection], *, step: Callable[[], None] | None = None
    ) -> None:
        """``step`` is called after every :data:`STEP` objections (a build in the
        background gives way to the keyboard there: :mod:`canvass.content.give_way`)."""
        self._entries: list[_Entry] = []
        # word -> {position of an objection: bit mask of the fields the word is in}
        self._masks: dict[str, dict[int, int]] = {}
        self._whole_keywords: dict[str, list[int]] = {}
        self._phase_counts: dict[Phase, int] = {}
        for position, objection in enumerate(objections):
            self._add(position, objection)
            if step is not None and position % STEP == STEP - 1:
                step()
        self._vocabulary = Vocabulary(self._masks)
        # One or two letters still being typed match only outside the answers: in long
        # answer texts they would match nearly every objection and mean nothing.
        outside_answers = ~(1 << _ANSWERS)
        self._said_masks = {
            word: said
            for word, masks in self._masks.items()
            if (said := {p: m & outside_answers for p, m in masks.items() if m & outside_answers})
        }
        # Scores come from a few constants, so the same tuples recur: memoise on them.
        self._templates: dict[float, list[int]] = {}
        self._merged: dict[tuple[int, int], int] = {}
        self._codes: dict[_Scores, int] = {}
        self._code_scores: list[_Scores] = []
        self._code_value: list[float] = []  # the query word's score (_token_score)
        self._code_says: list[int] = []  # 1: matched in what is said
        self._nudge_cache: dict[tuple[Phase | None, float], list[float]] = {}
        #: The whole bank as browsed (an empty query) per phase and category.
        self._browsed: dict[tuple[Phase | None, str | None], list[Hit]] = {}
        self._coverage = [_COVERAGE / max(entry.says_count, 1) for entry in self._entries]

    def _add(self, position: int, objection: Objection) -> None:
        says = _words(objection.says)
        keywords = tuple(" ".join(_words(keyword)) for keyword in objection.keywords)
        answers = [a.text for a in objection.answers]
        answers += [a.follow_up for a in objection.answers if a.follow_up]
        fields = (
            says,
            [word for keyword in keywords for word in keyword.split()],
            _words(objection.category),
            [word for text in answers for word in _words(text)],
        )
        for field, words in enumerate(fields):
            for word in set(words):
                masks = self._masks.setdefault(word, {})
                masks[position] = masks.get(position, 0) | 1 << field
        for keyword in dict.fromkeys(keywords):
            self._whole_keywords.setdefault(keyword, []).append(position)
        phases = frozenset(objection.phases)
        for phase in phases:
            self._phase_counts[phase] = self._phase_counts.get(phase, 0) + 1
        says_text = f" {' '.join(says)} "
        keywords_text = f"|{'|'.join(keywords)}|"
        entry = _Entry(objection, objection.category, phases, says_text, len(says), keywords_text)
        self._entries.append(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def categories(self) -> list[str]:
        """The categories in the order they first appear in the bank."""
        return list(dict.fromkeys(entry.category for entry in self._entries))

    def phase_distinguishes(self, phase: Phase | None) -> bool:
        """Whether being listed for ``phase`` sets an objection apart in this bank.

        Most objections of a bank list *indvendinger* (it is the objections phase): a
        mark on nearly every row tells nothing, so a phase listed by more than half of
        the bank never marks a hit.
        """
        count = self._phase_counts.get(phase, 0) if phase is not None else 0
        return 0 < count * 2 <= len(self._entries)

    def search(
        self, query: str, phase: Phase | None = None, category: str | None = None
    ) -> list[Hit]:
        """Objections matching every word of ``query``, best first, the weak tail cut.

        At most :data:`MAX_HITS` are returned for a query. An empty query lists all
        objections (of ``category``, when given), the current ``phase``'s first, then in
        bank order.

        The phase mark (``Hit.marked``) means "typical for the phase you are in". It is
        set only when it tells the listed hits apart: the phase is listed by at most
        half of the bank (:meth:`phase_distinguishes`) and not every listed hit has it.
        In phase 3 (indvendinger), where nearly every objection belongs, no hit is
        marked; the phase still nudges the order of near-equal hits.
        """
        tokens = _words(query)
        if not tokens:  # browsing: the same list every time the bank opens, kept
            browsed = self._browsed.get((phase, category))
            if browsed is None:
                browsed = self._ranked(tokens, phase, category, finished=False)
                self._browsed[(phase, category)] = browsed
            return list(browsed)
        # "vi " or "a-": the last word is finished too, not the start of a longer one.
        return self._ranked(tokens, phase, category, finished=not query[-1].isalnum())

    def browse_ahead(
        self, phases: Iterable[Phase], *, step: Callable[[], None] | None = None
    ) -> None:
        """Rank the bank as browsed (an empty query, every category) in each of ``phases``
        now, off the UI thread: the first open of the bank in a phase did it, 9–14 ms of
        that open with 5,000 objections. ``step`` is called before each phase."""
        for phase in phases:
            if step is not None:
                step()
            self.search("", phase=phase)

    def _ranked(
        self, tokens: list[str], phase: Phase | None, category: str | None, *, finished: bool
    ) -> list[Hit]:
        entries = self._entries
        if tokens:
            nudges = self._nudges(phase, _PHASE_NUDGE)
            scored = self._scored(tokens, category, nudges, finished)
            if scored:
                floor = max(scored)[0] - _CUT
                scored = [item for item in scored if item[0] >= floor]
        else:
            nudges = self._nudges(phase, 1.0)  # browsing: the phase's objections first
            scored = [
                (nudges[position] - position / 1_000_000, position)
                for position, entry in enumerate(entries)
                if category is None or entry.category == category
            ]
        scored.sort(key=lambda item: (-item[0], item[1]))
        if tokens:
            scored = scored[:MAX_HITS]
        in_phase = [phase is not None and phase in entries[p].phases for _, p in scored]
        mark = self.phase_distinguishes(phase) and 0 < sum(in_phase) < len(scored)
        return [
            Hit(entries[position].objection, score, here, mark and here)
            for (score, position), here in zip(scored, in_phase, strict=True)
        ]

    def _nudges(self, phase: Phase | None, nudge: float) -> list[float]:
        """Per objection, what being listed for ``phase`` adds to its score."""
        key = (phase, nudge)
        nudges = self._nudge_cache.get(key)
        if nudges is None:
            nudges = self._nudge_cache[key] = [
                nudge if phase is not None and phase in entry.phases else 0.0
                for entry in self._entries
            ]
        return nudges

    # Scoring -----------------------------------------------------------------------

    def _scored(
        self, tokens: Sequence[str], category: str | None, nudges: list[float], finished: bool
    ) -> list[tuple[float, int]]:
        per_token: list[dict[int, int]] = []
        for number, token in enumerate(tokens):
            complete = finished or number < len(tokens) - 1  # a space was typed after it
            matched = self._match(token, complete, single=len(tokens) == 1)
            if not matched:
                return []
            per_token.append(matched)
        value, in_says, coverage = self._code_value, self._code_says, self._coverage
        entries = self._entries
        if len(tokens) == 1:  # the common case while typing: kept lean for big banks
            return [
                (value[code] + coverage[position] * in_says[code] + nudges[position], position)
                for position, code in per_token[0].items()
                if category is None or entries[position].category == category
            ]
        smallest = min(per_token, key=len)
        candidates: AbstractSet[int] = smallest.keys()
        for found in per_token:
            if found is not smallest:
                candidates = candidates & found.keys()
        # A word found in nearly every objection ("vi", "har", "ikke") says little about
        # which one is meant: words weigh by how rare they are (inverse document frequency).
        size = len(entries) + 1
        weights = [max(_MIN_WEIGHT, math.log(size / (len(found) + 0.5))) for found in per_token]
        total_weight = sum(weights)
        # Column by column (one comprehension per query word): far faster than a loop
        # per objection when a common word matches thousands.
        if category is None:
            positions = list(candidates)
        else:
            positions = [p for p in candidates if entries[p].category == category]
        totals = [nudges[p] for p in positions]
        said = [0] * len(positions)
        for weight, found in zip(weights, per_token, strict=True):
            codes = [found[p] for p in positions]
            share = weight / total_weight
            totals = [t + share * value[c] for t, c in zip(totals, codes, strict=True)]
            said = [n + in_says[c] for n, c in zip(said, codes, strict=True)]
        base = [(t + coverage[p] * n, p) for t, n, p in zip(totals, said, positions, strict=True)]
        if not base:
            return []
        # The phrase bonus is the only thing left to add: skip hits it cannot lift past the cut.
        floor = max(base)[0] - _CUT - _PHRASE
        phrase = " ".join(tokens)
        whole_phrase, said_phrase, keyword_phrase = f" {phrase} ", f" {phrase}", f"|{phrase}|"
        result = []
        for score, position in base:
            if score < floor:
                continue
            entry = entries[position]
            if whole_phrase in entry.says or keyword_phrase in entry.keywords:
                score += _PHRASE
            elif said_phrase in entry.says or phrase in entry.keywords:
                score += _IN_KEYWORD
            result.append((score, position))
        return result

    def _match(self, token: str, complete: bool, single: bool) -> dict[int, int]:
        """For each objection the token matches: the code of its scores (see _code)."""
        words = self._vocabulary.points(token, complete)
        by_points: dict[float, list[str]] = {}
        for word, points in words.items():
            by_points.setdefault(points, []).append(word)
        found: dict[int, int] = {}
        merged = self._merged
        index = self._said_masks if len(token) <= 2 and not complete else self._masks
        for points in sorted(by_points, reverse=True):
            templates = self._template(points)
            group = by_points[points]
            if len(group) == 1:
                masks = index.get(group[0], {})
            else:  # words matched equally well: one mask per objection first (cheap ints)
                masks = dict(index.get(group[0], {}))
                for word in group[1:]:
                    for position, mask in index.get(word, {}).items():
                        masks[position] = masks.get(position, 0) | mask
            if not found:
                found = {position: templates[mask] for position, mask in masks.items()}
                continue
            for position, mask in masks.items():
                new = templates[mask]
                old = found.get(position)
                if old is None:
                    found[position] = new
                elif old != new:
                    both = merged.get((old, new))
                    if both is None:
                        both = merged[old, new] = self._code(
                            _max_scores(self._code_scores[old], self._code_scores[new])
                        )
                    found[position] = both
        if single:
            whole: _Scores = (0.0, _TIERS[_KEYWORDS] + _WHOLE_KEYWORD, 0.0, 0.0)
            for position in self._whole_keywords.get(token, ()):
                old_scores = self._code_scores[found[position]] if position in found else _NONE
                found[position] = self._code(_max_scores(old_scores, whole))
        return found

    def _code(self, scores: _Scores) -> int:
        """A small int for a scores tuple: a word's scores come from a few constants, so
        the same tuples recur; the scoring loops then index lists instead of hashing."""
        code = self._codes.get(scores)
        if code is None:
            code = self._codes[scores] = len(self._code_scores)
            self._code_scores.append(scores)
            self._code_value.append(_token_score(scores))
            self._code_says.append(1 if scores[_SAYS] > 0.0 else 0)
        return code

    def _template(self, points: float) -> list[int]:
        """For each field mask, the code of the scores a word matched with ``points`` gives."""
        templates = self._templates.get(points)
        if templates is None:
            templates = self._templates[points] = [
                self._code(
                    (
                        _TIERS[0] + points if mask & 1 else 0.0,
                        _TIERS[1] + points if mask & 2 else 0.0,
                        _TIERS[2] + points if mask & 4 else 0.0,
                        _TIERS[3] + points if mask & 8 else 0.0,
                    )
                )
                for mask in range(16)
            ]
        return templates


def _max_scores(a: _Scores, b: _Scores) -> _Scores:
    return (max(a[0], b[0]), max(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _token_score(scores: _Scores) -> float:
    """The best field's score, plus a little of how well the other fields matched."""
    best = max(scores)
    support = sum(
        (score - math.floor(score)) * weight
        for score, weight in zip(scores, _SUPPORT, strict=True)
        if 0.0 < score != best
    )
    return best + support
