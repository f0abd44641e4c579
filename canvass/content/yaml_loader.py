"""A strict, safe YAML loader for content files that reports problems with positions.

PyYAML's ``safe_load`` keeps the last of two duplicate keys, expands aliases (which can
blow up memory) and crashes with ``RecursionError`` on deep nesting. This loader reads
the file itself, composes the node tree with checks on the way, and builds plain
Python data from the nodes without ever calling a constructor for a tag. It never
raises: everything becomes a :class:`~canvass.content.problems.Problem`.

The events come from libyaml (PyYAML's C parser) when it is installed — the pure-Python
scanner and parser took 90 % of loading a 5,000-objection bank — and
:mod:`canvass.content.composer` builds the nodes from them with our checks. A file
libyaml refuses is read again with the pure-Python parser, which decides, so broken
files get the same problems at the same positions as before and no file PyYAML
accepted is refused (libyaml is stricter on a few odd constructs). libyaml accepts a
few files the pure-Python parser refused; those are valid YAML (see the suite test).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from canvass.content.composer import (
    ALLOWED_TAGS,
    CORE,
    MAX_DEPTH,
    STR_TAG,
    Mark,
    PurePythonParser,
    TooDeepError,
    compose_document,
    has_libyaml,
    libyaml_parser,
    short_tag,
)
from canvass.content.problems import Problem, problem, sorted_problems
from canvass.files import UnreadableFile, read_regular

__all__ = ["ALLOWED_TAGS", "MAX_BYTES", "MAX_DEPTH", "STR_TAG", "LoadedYaml", "load_yaml"]
__all__ += ["load_yaml_text"]
__all__ += ["PurePythonParser", "has_libyaml", "libyaml_parser", "position"]

#: Larger files are refused before parsing; no script comes near this.
MAX_BYTES = 1024 * 1024
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


def _at(path: Path, mark: Mark | None, code: str, **values: object) -> Problem:
    """A problem at ``mark`` (the start of the file when there is none)."""
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return problem(path, line, column, code, **values)


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
    return _from_text(path, raw, text)


def load_yaml_text(path: Path, text: str) -> LoadedYaml:
    """Load ``text`` strictly as if it were the contents of ``path`` (which is not read);
    the same problems at the same positions as :func:`load_yaml` on that file. Never raises."""
    try:
        raw = text.encode("utf-8", errors="surrogateescape")
        if len(raw) > MAX_BYTES:
            return LoadedYaml(path, problems=[problem(path, 1, 1, "too-large", size=len(raw))])
        return _from_text(path, raw, text.removeprefix("\ufeff"))
    except Exception as error:  # the promise is: no exception escapes
        return LoadedYaml(path, problems=[problem(path, 1, 1, "internal", detail=repr(error))])


def _from_text(path: Path, raw: bytes, text: str) -> LoadedYaml:
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
    if has_libyaml():
        try:  # fast; a file libyaml refuses is read again below, as it always was
            return _compose_with(libyaml_parser, path, raw, text)
        except yaml.YAMLError:
            pass
    return _compose_with(PurePythonParser, path, raw, text, final=True)


def _compose_with(
    make_parser: Callable[[str], Any], path: Path, raw: bytes, text: str, *, final: bool = False
) -> LoadedYaml:
    """Compose with one parser; its errors become problems only when ``final``."""
    found: list[Problem] = []
    root: Node | None = None

    def report(mark: Mark | None, code: str, **values: object) -> None:
        found.append(_at(path, mark, code, **values))

    events: Any = None
    try:
        events = make_parser(text)  # the pure-Python reader also checks characters
        events.get_event()  # stream start
        if not events.check_event(StreamEndEvent):
            root = compose_document(events.get_event, report)
        if not events.check_event(StreamEndEvent):
            found.append(_at(path, events.peek_event().start_mark, "multiple-documents"))
    except TooDeepError as error:
        found.append(_at(path, error.mark, "too-deep", limit=MAX_DEPTH))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except yaml.MarkedYAMLError as error:
        if not final:
            raise
        detail = " ".join(p for p in (error.context, error.problem) if p)
        found.append(
            _at(path, error.problem_mark or error.context_mark, "yaml-syntax", detail=detail)
        )
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except yaml.reader.ReaderError as error:
        if not final:
            raise
        line, column = position(text, error.position)
        char = f"{error.character:04X}" if isinstance(error.character, int) else "?"
        found.append(problem(path, line, column, "bad-character", char=char))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except yaml.YAMLError as error:
        if not final:
            raise
        found.append(problem(path, 1, 1, "yaml-syntax", detail=str(error)))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    except RecursionError:  # belt and braces: composing is iterative, depth is limited
        found.append(problem(path, 1, 1, "too-deep", limit=MAX_DEPTH))
        return LoadedYaml(path, raw, text, problems=sorted_problems(found))
    finally:
        if events is not None:
            events.dispose()
    if root is None or (isinstance(root, ScalarNode) and root.tag == CORE + "null"):
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
        if node.tag == STR_TAG and isinstance(node, ScalarNode):  # most of a file: text
            return str(node.value)
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
        name = node.tag[len(CORE) :] if node.tag.startswith(CORE) else "str"
        if name not in _TYPED_SCALARS:  # refused tags were reported; their text stays text
            return str(node.value)
        try:
            return getattr(self.scalars, f"construct_yaml_{name}")(node)
        except (ValueError, TypeError, yaml.YAMLError):
            self.found.append(_at(self.path, node.start_mark, "tag-value", tag=short_tag(node.tag)))
            return str(node.value)
