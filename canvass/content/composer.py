"""Composing one YAML document's node tree from parser events, strictly and fast.

The events come from libyaml (PyYAML's C parser) or from the pure-Python parser; both
give the same kinds of events with 0-based marks. The loop
here replaces :class:`yaml.composer.Composer` (recursive, a few method calls per node):
it is iterative, so depth is only what :data:`MAX_DEPTH` allows, and it refuses anchors,
aliases and tags outside :data:`ALLOWED_TAGS` on the way, with the marks of their events.
Implicit tags are resolved with PyYAML's own resolver table, as ``yaml.compose`` does.

It is about twice as fast as ``yaml.compose(..., Loader=yaml.CSafeLoader)``, whose C
composer calls the Python resolver for every scalar (and cannot refuse anything).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    Event,
    MappingStartEvent,
    ScalarEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

#: Deepest nesting of lists and mappings allowed (a script needs five).
MAX_DEPTH = 12

CORE = "tag:yaml.org,2002:"
STR_TAG = CORE + "str"
NULL_TAG = CORE + "null"
SEQ_TAG = CORE + "seq"
MAP_TAG = CORE + "map"
#: Tags a file may write explicitly (``!!str`` and friends); ``!`` means "plain text".
ALLOWED_TAGS = frozenset({"!", *(CORE + n for n in ("str", "int", "float", "bool", "null"))})
ALLOWED_TAGS |= {SEQ_TAG, MAP_TAG}

# PyYAML's implicit resolvers, by first character (``None``: tried for every value).
_RESOLVERS: dict[Any, list[tuple[str, Any]]] = Resolver.yaml_implicit_resolvers
_ANY_START = _RESOLVERS.get(None, [])


class Mark(Protocol):
    """A PyYAML position (0-based), from the pure-Python or the C implementation."""

    line: int
    column: int


#: ``report(mark, code, **values)``: records a problem at ``mark``.
Report = Callable[..., None]


class TooDeepError(Exception):
    """Stops composing as soon as the nesting limit is passed."""

    def __init__(self, mark: Mark | None) -> None:
        self.mark = mark


def short_tag(tag: str) -> str:
    """``!!str`` for the core schema's tags, the tag as written otherwise."""
    return "!!" + tag[len(CORE) :] if tag.startswith(CORE) else tag


def resolve_scalar(value: str, plain: bool) -> str:
    """The implicit tag of a scalar, as PyYAML's ``Resolver.resolve`` gives it."""
    if plain:
        for tag, pattern in _RESOLVERS.get(value[:1], []):
            if pattern.match(value):
                return str(tag)
        for tag, pattern in _ANY_START:
            if pattern.match(value):
                return str(tag)
    return STR_TAG


def compose_document(get_event: Callable[[], Event], report: Report) -> Node | None:
    """The node tree of the document whose ``DocumentStartEvent`` comes next.

    Consumes events up to and including the ``DocumentEndEvent``. An alias becomes an
    empty null scalar (never the anchored node); an anchor is dropped. Every refused
    construct is reported; :class:`TooDeepError` ends the document.
    """
    get_event()  # the document start
    allowed = ALLOWED_TAGS
    plain_tags: dict[str, str] = {}  # plain scalars repeat (keys above all): resolve once
    root: Node | None = None
    # The innermost open collection, its items, whether it is a mapping, and the key
    # waiting for its value; the enclosing ones are pushed on ``stack``.
    current: Any = None
    values: list[Any] = []
    mapping = False
    key: Node | None = None
    stack: list[tuple[Any, list[Any], bool, Node | None]] = []
    depth = 0  # open collections
    while True:
        event: Any = get_event()
        kind = event.__class__
        if kind is ScalarEvent:
            tag = event.tag
            if event.anchor is not None or (tag is not None and tag not in allowed):
                _check(event, report)
            value = event.value
            if tag is None or tag == "!":
                if event.implicit[0]:  # plain: its tag depends on what it reads
                    tag = plain_tags.get(value)
                    if tag is None:
                        tag = plain_tags[value] = resolve_scalar(value, True)
                else:
                    tag = STR_TAG
            node: Node = ScalarNode(
                tag, value, event.start_mark, event.end_mark, event.style or None
            )
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            tag = event.tag
            if event.anchor is not None or (tag is not None and tag not in allowed):
                _check(event, report)
            if depth >= MAX_DEPTH:
                raise TooDeepError(event.start_mark)
            if kind is MappingStartEvent:
                tag = MAP_TAG if tag is None or tag == "!" else tag
                node = MappingNode(tag, [], event.start_mark, None, event.flow_style)
            else:
                tag = SEQ_TAG if tag is None or tag == "!" else tag
                node = SequenceNode(tag, [], event.start_mark, None, event.flow_style)
        elif kind is AliasEvent:
            report(event.start_mark, "alias", name=event.anchor)
            node = ScalarNode(NULL_TAG, "", event.start_mark, event.end_mark)
        elif kind is DocumentEndEvent:
            return root
        else:  # the end of the innermost sequence or mapping
            current.end_mark = event.end_mark
            current, values, mapping, key = stack.pop() if stack else (None, [], False, None)
            depth -= 1
            continue
        if current is None:
            root = node
        elif not mapping:
            values.append(node)
        elif key is None:
            key = node
        else:
            values.append((key, node))
            key = None
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            stack.append((current, values, mapping, key))
            current, values, mapping, key = node, node.value, kind is MappingStartEvent, None
            depth += 1


def _check(event: Any, report: Report) -> None:
    if event.anchor is not None:
        report(event.start_mark, "anchor", name=event.anchor)
    tag = event.tag
    if tag is not None and tag not in ALLOWED_TAGS:
        report(event.start_mark, "tag", tag=short_tag(tag))


class PurePythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's pure-Python reader, scanner and parser (its reader checks characters)."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


def has_libyaml() -> bool:
    """Whether PyYAML was built with libyaml (the wheel is)."""
    return bool(getattr(yaml, "__with_libyaml__", False))


def libyaml_parser(text: str) -> Any:
    """libyaml's event parser (``yaml._yaml.CParser``); only when :func:`has_libyaml`."""
    from yaml._yaml import CParser

    return CParser(text)
