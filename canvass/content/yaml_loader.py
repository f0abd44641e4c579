"""A strict, safe YAML loader for content files that reports problems with positions.

PyYAML's ``safe_load`` keeps the last of two duplicate keys, expands aliases (which can
blow up memory) and crashes with ``RecursionError`` on deep nesting. This loader reads
the file itself, composes the node tree with checks on the way, and builds plain
Python data from the nodes without ever calling a constructor for a tag. It never
raises: everything becomes a :class:`~canvass.content.problems.Problem`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml
from yaml.events import AliasEvent, NodeEvent, ScalarEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from canvass.content.problems import Problem, problem, sorted_problems
from canvass.files import UnreadableFile, read_regular

#: Larger files are refused before parsing; no script comes near this.
MAX_BYTES = 1024 * 1024
#: Deepest nesting of lists and mappings allowed (a script needs five).
MAX_DEPTH = 12

_CORE = "tag:yaml.org,2002:"
#: Tags a file may write explicitly (``!!str`` and friends); ``!`` means "plain text".
ALLOWED_TAGS = frozenset({"!", *(_CORE + n for n in ("str", "int", "float", "bool", "null"))})
ALLOWED_TAGS |= {_CORE + "seq", _CORE + "map"}
STR_TAG = _CORE + "str"
#: Scalar types built from their text; everything else (also refused tags) stays text.
_TYPED_SCALARS = frozenset({"null", "bool", "int", "float", "timestamp"})


@dataclass(frozen=True)
class LoadedYaml:
    """The result of loading one file.

    ``root`` is ``None`` when the file could not be read as one YAML document; otherwise
    ``data`` is the plain Python value built from it (also when ``problems`` lists
    recoverable ones such as a duplicate key: the first occurrence is kept).
    """

    path: Path
    raw: bytes = b""
    text: str = ""
    root: Node | None = None
    data: Any = None
    problems: list[Problem] = field(default_factory=list)


class _Mark(Protocol):
    """A PyYAML position (0-based), from the pure-Python or the C implementation."""

    line: int
    column: int


def _at(path: Path, mark: _Mark | None, code: str, **values: object) -> Problem:
    """A problem at ``mark`` (the start of the file when there is none)."""
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return problem(path, line, column, code, **values)


class _TooDeepError(Exception):
    """Stops composing as soon as the nesting limit is passed (before recursion is deep)."""

    def __init__(self, mark: _Mark | None) -> None:
        self.mark = mark


class _StrictLoader(yaml.SafeLoader):
    """A pure-Python SafeLoader whose composer refuses anchors, aliases and odd tags."""

    def __init__(self, text: str, path: Path, found: list[Problem]) -> None:
        self.path = path
        self.found = found
        self.depth = 0
        super().__init__(text)

    def _report(self, mark: _Mark | None, code: str, **values: object) -> None:
        self.found.append(_at(self.path, mark, code, **values))

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        if self.check_event(AliasEvent):
            alias = self.get_event()
            self._report(alias.start_mark, "alias", name=alias.anchor)
            # Stand-in so the rest of the file can still be checked; never the anchored node.
            return ScalarNode("tag:yaml.org,2002:null", "", alias.start_mark, alias.end_mark)
        event = self.peek_event()
        assert isinstance(event, NodeEvent)
        if event.anchor is not None:
            self._report(event.start_mark, "anchor", name=event.anchor)
            event.anchor = None
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in ALLOWED_TAGS:
            self._report(event.start_mark, "tag", tag=_short_tag(tag))
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH and not isinstance(event, ScalarEvent):
                raise _TooDeepError(event.start_mark)
            node = super().compose_node(parent, index)
            assert node is not None  # an event was peeked, so there is a node
            return node
        finally:
            self.depth -= 1


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def load_yaml(path: Path) -> LoadedYaml:
    """Load ``path`` strictly; never raises."""
    try:
        return _load(path)
    except Exception as error:  # the promise is: no exception escapes
        return LoadedYaml(path, problems=[problem(path, 1, 1, "internal", detail=repr(error))])


def _load(path: Path) -> LoadedYaml:
    try:
        raw = read_regular(path, MAX_BYTES)  # a FIFO or /dev/zero is refused, never read
    except UnreadableFile as error:
        if error.kind == "too_large":
            return LoadedYaml(path, problems=[problem(path, 1, 1, "too-large", size=error.size)])
        return LoadedYaml(path, problems=[problem(path, 1, 1, "unreadable", reason=error.reason)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return LoadedYaml(path, raw, problems=[_decode_problem(path, raw, error)])
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return LoadedYaml(path, raw, text, problems=[problem(path, 1, 1, "empty")])
    return _compose(path, raw, text)


def _decode_problem(path: Path, raw: bytes, error: UnicodeDecodeError) -> Problem:
    start = error.start
    line_start = raw.rfind(b"\n", 0, start) + 1
    prefix = raw[line_start:start].decode("utf-8", errors="replace").lstrip("\ufeff")
    line = raw.count(b"\n", 0, start) + 1
    return problem(path, line, len(prefix) + 1, "not-utf8", byte=f"{raw[start]:02X}")


def _compose(path: Path, raw: bytes, text: str) -> LoadedYaml:
    found: list[Problem] = []
    root: Node | None = None
    loader: _StrictLoader | None = None
    try:
        loader = _StrictLoader(text, path, found)  # its reader already checks characters
        loader.get_event()  # stream start
        if not loader.check_event(StreamEndEvent):
            root = loader.compose_document()
        if not loader.check_event(StreamEndEvent):
            found.append(_at(path, loader.peek_event().start_mark, "multiple-documents"))
    except _TooDeepError as error:
        found.append(_at(path, error.mark, "too-deep", limit=MAX_DEPTH))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except yaml.MarkedYAMLError as error:
        detail = " ".join(p for p in (error.context, error.problem) if p)
        found.append(
            _at(path, error.problem_mark or error.context_mark, "yaml-syntax", detail=detail)
        )
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except yaml.reader.ReaderError as error:
        line, column = position(text, error.position)
        char = f"{error.character:04X}" if isinstance(error.character, int) else "?"
        found.append(problem(path, line, column, "bad-character", char=char))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except yaml.YAMLError as error:
        found.append(problem(path, 1, 1, "yaml-syntax", detail=str(error)))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except RecursionError:  # belt and braces: depth is limited above
        found.append(problem(path, 1, 1, "too-deep", limit=MAX_DEPTH))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    finally:
        if loader is not None:
            loader.dispose()
    if root is None or (isinstance(root, ScalarNode) and root.tag == _CORE + "null"):
        found.append(problem(path, 1, 1, "empty"))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    data = _Builder(path, found).build(root)
    return LoadedYaml(path, raw, text, root, data, sorted_problems(found))


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of character ``index`` in ``text``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


class _Builder:
    """Builds plain dicts, lists and scalars from a checked node tree (depth ≤ MAX_DEPTH)."""

    def __init__(self, path: Path, found: list[Problem]) -> None:
        self.path = path
        self.found = found
        # Only its scalar helpers are used: it resolves ints, floats, bools, dates safely.
        self.scalars = yaml.SafeLoader("")

    def build(self, node: Node) -> Any:
        if isinstance(node, MappingNode):
            return self._mapping(node)
        if isinstance(node, SequenceNode):
            return [self.build(item) for item in node.value]
        return self.scalar(node)

    def _mapping(self, node: MappingNode) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.found.append(_at(self.path, key_node.start_mark, "key-not-text"))
                continue
            # Keys are compared as written: a script key is a name, never a number.
            key = str(key_node.value)
            if key in first:
                first_line = first[key].start_mark.line + 1
                self.found.append(
                    _at(self.path, key_node.start_mark, "duplicate-key", key=key, first=first_line)
                )
                continue
            first[key] = key_node
            result[key] = self.build(value_node)
        return result

    def scalar(self, node: Node) -> Any:
        """The Python value of a scalar with the safe resolver's types (text otherwise)."""
        name = node.tag[len(_CORE) :] if node.tag.startswith(_CORE) else "str"
        if name not in _TYPED_SCALARS:  # refused tags were reported; their text stays text
            return str(node.value)
        try:
            return getattr(self.scalars, f"construct_yaml_{name}")(node)
        except (ValueError, TypeError, yaml.YAMLError):
            self.found.append(
                _at(self.path, node.start_mark, "tag-value", tag=_short_tag(node.tag))
            )
            return str(node.value)
