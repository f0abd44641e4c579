"""Which part of a content text a line belongs to, for the editor's preview.

:func:`outline` reads a text (never a file) and, when it is a valid script, objection file
or rubric on its own, returns the model and the line range of each phase or objection,
so the preview can show the part the cursor is in. Plain Python: no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from yaml.nodes import MappingNode, Node

from canvass.content import nodes
from canvass.content.models import CallScript, ObjectionFile
from canvass.content.rubric_model import Rubric
from canvass.content.yaml_loader import load_yaml_text

__all__ = ["Outline", "Section", "outline"]

Model = CallScript | ObjectionFile | Rubric


@dataclass(frozen=True)
class Section:
    """One part of the file: its key (a phase id, or an objection's index as text) and
    its 1-based first and last line."""

    key: str
    first: int
    last: int


@dataclass(frozen=True)
class Outline:
    """A valid model and its sections in file order."""

    model: Model
    sections: tuple[Section, ...]

    def section_at(self, line: int) -> str | None:
        """The key of the section holding 1-based ``line`` (the nearest one above it when
        the line is between sections; the first one when above all of them)."""
        if not self.sections:
            return None
        found = self.sections[0].key
        for section in self.sections:
            if section.first <= line:
                found = section.key
        return found


def outline(text: str) -> Outline | None:
    """The outline of ``text``, or None when it is not a valid file of a previewable kind."""
    loaded = load_yaml_text(Path("preview.yaml"), text)
    root, data = loaded.root, loaded.data
    if loaded.problems or not isinstance(root, MappingNode) or not isinstance(data, dict):
        return None
    try:
        if "objections" in data:
            objections = ObjectionFile.model_validate(data)
            entries = nodes.items(nodes.value(root, "objections"))
            return Outline(objections, _sections([(str(i), n) for i, n in enumerate(entries)]))
        if "rubric" in data:
            rubric = Rubric.model_validate(data)
            phases = nodes.items(nodes.value(root, "phases"))
            pairs = [(nodes.text(nodes.value(p, "id")) or "", p) for p in phases]
            return Outline(rubric, _sections(pairs))
        if "phases" in data:
            script = CallScript.model_validate(data)
            phases_node = nodes.value(root, "phases")
            pairs = []
            if isinstance(phases_node, MappingNode):
                pairs = [(nodes.text(key) or "", key) for key, _ in phases_node.value]
            return Outline(script, _sections(pairs))
    except ValidationError:
        return None
    return None


def _sections(pairs: list[tuple[str, Node]]) -> tuple[Section, ...]:
    found: list[Section] = []
    for number, (key, node) in enumerate(pairs):
        first = node.start_mark.line + 1
        following = pairs[number + 1][1].start_mark.line if number + 1 < len(pairs) else None
        last = following if following is not None else node.end_mark.line + 1
        found.append(Section(key, first, max(first, last)))
    return tuple(found)
