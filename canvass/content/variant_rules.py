"""Rules for A/B variants, checked on the node tree for exact positions.

A script line or an objection answer may carry ``variants:`` — a mapping of variant id to
text, at least two. Such a line needs an ``id`` (unique among the script's lines: the
events name it) and no ``say``; such an answer has no ``text``. The ids' shape and the
texts' types are the model's (:mod:`canvass.content.models`).
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, Node

from canvass.content import nodes
from canvass.content.problems import Problem, problem


def script_variant_problems(path: Path, root: Node) -> list[Problem]:
    """Variants of script lines, and line ids unique in the script."""
    found: list[Problem] = []
    seen: dict[str, int] = {}
    phases = nodes.value(root, "phases")
    if not isinstance(phases, MappingNode):
        return []
    for _, phase in phases.value:
        for line in nodes.items(nodes.value(phase, "lines")):
            id_node = nodes.value(line, "id")
            line_id = nodes.text(id_node)
            if id_node is not None and line_id is not None:
                if line_id in seen:
                    at = nodes.pos(id_node)
                    found.append(
                        problem(path, *at, "line-id-duplicate", id=line_id, first=seen[line_id])
                    )
                else:
                    seen[line_id] = id_node.start_mark.line + 1
            pair = nodes.get(line, "variants")
            if pair is None:
                continue
            found += _variants(path, line, pair, "say", "variants-and-say")
            if id_node is None:
                found.append(problem(path, *nodes.pos(pair[0]), "variants-need-id"))
    return found


def answer_variant_problems(path: Path, root: Node) -> list[Problem]:
    """Variants of objection answers."""
    found: list[Problem] = []
    for objection in nodes.items(nodes.value(root, "objections")):
        for answer in nodes.items(nodes.value(objection, "answers")):
            pair = nodes.get(answer, "variants")
            if pair is not None:
                found += _variants(path, answer, pair, "text", "variants-and-text")
    return found


def _variants(
    path: Path, item: Node, pair: tuple[Node, Node], text_key: str, code: str
) -> list[Problem]:
    key, mapping = pair
    found: list[Problem] = []
    if nodes.get(item, text_key) is not None:
        found.append(problem(path, *nodes.pos(key), code))
    if isinstance(mapping, MappingNode) and len(mapping.value) < 2:
        found.append(problem(path, *nodes.pos(key), "variants-too-few"))
    return found
