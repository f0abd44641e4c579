"""Warnings for sentences that state a rule or a figure without a ``source:``.

A line a consultant reads aloud that names a figure or a rule of law must say where it
comes from, so a trainer can check it when the rules change. The test is a simple,
documented heuristic (:func:`states_rule`): the text, with clock times and dates
removed, contains a digit, ``%``, ``§`` or ``kr.``, one of the words in
:data:`RULE_WORDS`, or a limit in words ("op til fire uger", "senest fire uger"). Script lines
(``say`` with its ``alternatives``) and objection answers (``text`` with its
``follow_up``) are checked; a ``source:`` on the line or the answer covers all of its
texts. These are warnings: they never fail a check.
"""

from __future__ import annotations

import re
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from canvass.content import nodes
from canvass.content.problems import Problem, warning

#: Words (regular expressions, case-insensitive) that state a rule or a figure.
RULE_WORDS: tuple[str, ...] = (
    "procent",
    "refusion",
    "tilskud",
    "rimelighedskrav",
    "merbeskæftigelse",
    "arbejdsgiverperiode",
    "sygedagpenge",
    "loven",
    "lovkrav",
    "forskelsbehandling",
    "fleksløn",
    "ingen løn",
    "betaler (i )?kun",  # a regular expression, like every entry
)

_NUMBER_WORDS = "to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|tretten|første"
_LIMIT = r"op til|højst|mindst|senest|over|fra|inden for de første|inden for"
#: "op til fire uger", "senest fire uger", "fra første fraværsdag": a limit stated in words
#: ("efter to uger" or "om tre måneder" is an appointment, not a rule).
_UNITS = ("uger", "måneder", "dage", "fraværsdag")
_PERIOD_TEXT = rf"\b({_LIMIT})\s+({_NUMBER_WORDS})\s+({'|'.join(_UNITS)})"
_PERIOD = re.compile(_PERIOD_TEXT, re.IGNORECASE)

# "kl. 10", "kl. 9.30", "den 14.", "14/12" are appointments, not figures to source.
_NOT_FIGURES = re.compile(r"\bkl\.\s*\d{1,2}([.:]\d{2})?|\bden\s+\d{1,2}\.|\b\d{1,2}/\d{1,2}\b")
_FIGURE = re.compile(r"\d|%|§|\bkr\.")
_WORDS = re.compile("|".join(RULE_WORDS), re.IGNORECASE)

# Case-insensitive searching is slow in Python's re (it was most of ``canvass check`` on a
# 5,000-objection bank). Lower-cased text searched case-sensitively finds the same as long
# as each character's lower case is the one re's case folding uses: true for ASCII, the
# Danish letters and caseless punctuation. Text with any other character (ı, ſ, İ, …)
# is searched with the case-insensitive patterns, as before.
_LOWER_PERIOD = re.compile(_PERIOD_TEXT)
_OTHER_CASE = re.compile(r"[^\x00-\x7fæøåÆØÅéÉ–—…«»“”„‘’·°§€½]")

# Most texts have no figure and no rule word: cheap tests that say "cannot match" first
# (a third of ``canvass check`` on a 5,000-objection bank went to these patterns).
# _FIGURE needs a digit, % or § (one character class, fast) or "kr.", and every pattern
# of _NOT_FIGURES needs a digit: without any of them the text stays as it is and has no
# figure. A period needs one of its units (on the lower-case path; other case folding is
# searched as before); a rule word of plain letters is looked for with ``in``, the
# others by their pattern.
_FIGURE_CHAR = re.compile(r"[\d%§]")
_PLAIN_WORDS = tuple(w for w in RULE_WORDS if re.fullmatch(r"[^\W\d_]+( [^\W\d_]+)*", w))
_PATTERN_WORDS = [re.compile(w) for w in RULE_WORDS if w not in _PLAIN_WORDS]


def states_rule(text: str) -> bool:
    """True when ``text`` looks like it states a figure or a rule (see the module doc)."""
    rest = text
    if _FIGURE_CHAR.search(text) or "kr." in text:
        rest = _NOT_FIGURES.sub(" ", text)
        if _FIGURE.search(rest):
            return True
    if _OTHER_CASE.search(rest):
        return bool(_WORDS.search(rest) or _PERIOD.search(rest))
    lower = rest.lower()
    if any(word in lower for word in _PLAIN_WORDS):
        return True
    if any(pattern.search(lower) for pattern in _PATTERN_WORDS):
        return True
    return any(unit in lower for unit in _UNITS) and bool(_LOWER_PERIOD.search(lower))


def source_warnings(path: Path, root: Node) -> list[Problem]:
    """A ``source-missing`` warning at every line or answer that states a rule unsourced."""
    found: list[Problem] = []
    for item, texts in _sourced_items(root):
        if nodes.value(item, "source") is not None:
            continue
        stated = next((text for text in texts if states_rule(text)), None)
        if stated is not None:
            shown = stated if len(stated) <= 60 else stated[:57] + "…"
            found.append(warning(path, *nodes.pos(item), "source-missing", text=shown))
    return found


def _sourced_items(root: Node) -> list[tuple[Node, list[str]]]:
    """``(node, texts)`` for every script line and objection answer, in file order."""
    found: list[tuple[Node, list[str]]] = []
    phases = nodes.value(root, "phases")
    if isinstance(phases, MappingNode):
        for _, phase in phases.value:
            for line in nodes.items(nodes.value(phase, "lines")):
                if isinstance(line, ScalarNode):
                    found.append((line, _texts([line])))
                else:
                    alternatives = nodes.items(nodes.value(line, "alternatives"))
                    variants = _variant_nodes(line)
                    texts = [nodes.value(line, "say"), *alternatives, *variants]
                    found.append((line, _texts(texts)))
    for objection in nodes.items(nodes.value(root, "objections")):
        for answer in nodes.items(nodes.value(objection, "answers")):
            texts = [nodes.value(answer, "text"), nodes.value(answer, "follow_up")]
            found.append((answer, _texts([*texts, *_variant_nodes(answer)])))
    return found


def _variant_nodes(item: Node) -> list[Node]:
    variants = nodes.value(item, "variants")
    return [value for _, value in variants.value] if isinstance(variants, MappingNode) else []


def _texts(items: list[Node | None]) -> list[str]:
    return [text for item in items if (text := nodes.text(item)) is not None]
