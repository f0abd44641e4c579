"""Rules for a sparring rubric (``rubrics/*.yaml``) that its pydantic model cannot see.

They read the node tree, not the model, so each problem has its exact position and they
still report when other parts of the file are broken: the phases are those of the
rubric's kind, once each and in order; every phase has 2–4 checkpoints; checkpoint ids
are unique in the rubric; a scale checkpoint describes exactly four levels and a yes/no
one none; a mandatory checkpoint cannot allow "ikke relevant"; the file is named by the
rubric's id. Types, unknown keys and weight ranges are the model's.
"""

from __future__ import annotations

import re
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from canvass.content import nodes
from canvass.content.problems import Problem, problem
from canvass.content.rubric_model import (
    CHECKPOINTS_PER_PHASE,
    SCALE_LEVELS,
    AnswerKind,
    RubricKind,
    phase_ids,
)
from canvass.i18n import t

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_TRUE = frozenset({"true", "yes", "on"})  # YAML 1.1 booleans, as the loader reads them


def rubric_problems(path: Path, root: Node) -> list[Problem]:
    """Every rule above, in file order of the nodes they concern."""
    found = _file_name(path, root)
    kind_text = nodes.text(nodes.value(root, "kind"))
    kind = RubricKind(kind_text) if kind_text in set(RubricKind) else None
    pair = nodes.get(root, "phases")
    if pair is None or not isinstance(pair[1], SequenceNode):
        return found  # the model reports a missing or mistyped ``phases``
    phases = [phase for phase in pair[1].value if isinstance(phase, MappingNode)]
    if kind is not None:
        found += _phase_problems(path, pair[0], phases, kind)
    first_ids: dict[str, int] = {}
    for phase in phases:
        found += _count_problems(path, phase)
        for point in nodes.items(nodes.value(phase, "checkpoints")):
            if isinstance(point, MappingNode):
                found += _checkpoint_problems(path, point, first_ids)
    return found


def _file_name(path: Path, root: Node) -> list[Problem]:
    """The file's stem must be the rubric's id (``rubrics/<id>.yaml``)."""
    id_node = nodes.value(root, "rubric")
    rubric_id = nodes.text(id_node)
    if id_node is None or rubric_id is None or rubric_id.strip() == path.stem:
        return []
    return [problem(path, *nodes.pos(id_node), "rubric-file-name", stem=path.stem, id=rubric_id)]


def _phase_problems(
    path: Path, phases_key: Node, phases: list[MappingNode], kind: RubricKind
) -> list[Problem]:
    """The kind's phases: none unknown, none twice, in order, none missing."""
    allowed = phase_ids(kind)
    order = " → ".join(allowed)
    kind_words = t(f"check.rubric-kind.{kind}")
    found: list[Problem] = []
    first: dict[str, int] = {}
    latest = -1
    for phase in phases:
        id_node = nodes.value(phase, "id")
        phase_id = nodes.text(id_node)
        if id_node is None or phase_id is None or not _SLUG.match(phase_id):
            continue  # missing, mistyped or malformed: the model's problem
        at = nodes.pos(id_node)
        if phase_id not in allowed:
            found.append(
                problem(
                    path, *at, "rubric-phase-unknown", phase=phase_id, kind=kind_words, order=order
                )
            )
            continue
        if phase_id in first:
            found.append(
                problem(path, *at, "rubric-phase-duplicate", phase=phase_id, first=first[phase_id])
            )
            continue
        first[phase_id] = id_node.start_mark.line + 1
        index = allowed.index(phase_id)
        if index < latest:
            found.append(problem(path, *at, "phase-order", phase=phase_id, order=order))
        latest = max(latest, index)
    for phase_id in allowed:
        if phase_id not in first:
            found.append(
                problem(
                    path,
                    *nodes.pos(phases_key),
                    "rubric-phase-missing",
                    phase=phase_id,
                    kind=kind_words,
                    order=order,
                )
            )
    return found


def _count_problems(path: Path, phase: MappingNode) -> list[Problem]:
    """2–4 checkpoints, reported at the ``checkpoints`` key."""
    pair = nodes.get(phase, "checkpoints")
    if pair is None or not isinstance(pair[1], SequenceNode):
        return []  # missing or mistyped: the model's problem
    count = len(pair[1].value)
    low, high = CHECKPOINTS_PER_PHASE
    if low <= count <= high:
        return []
    name = nodes.text(nodes.value(phase, "id")) or "?"
    at = nodes.pos(pair[0])
    return [
        problem(path, *at, "rubric-checkpoint-count", phase=name, count=count, low=low, high=high)
    ]


def _checkpoint_problems(
    path: Path, point: MappingNode, first_ids: dict[str, int]
) -> list[Problem]:
    """A unique id, levels that fit the kind, and no "ikke relevant" when mandatory."""
    found: list[Problem] = []
    id_node = nodes.value(point, "id")
    point_id = nodes.text(id_node)
    if id_node is not None and point_id is not None:
        if point_id in first_ids:
            found.append(
                problem(
                    path,
                    *nodes.pos(id_node),
                    "rubric-checkpoint-duplicate",
                    id=point_id,
                    first=first_ids[point_id],
                )
            )
        else:
            first_ids[point_id] = id_node.start_mark.line + 1
    found += _level_problems(path, point)
    na = nodes.get(point, "na")
    if na is not None and _is_true(na[1]) and _is_true(nodes.value(point, "mandatory")):
        found.append(problem(path, *nodes.pos(na[0]), "rubric-mandatory-na"))
    return found


def _level_problems(path: Path, point: MappingNode) -> list[Problem]:
    """Exactly four levels on a scale checkpoint; none on a yes/no one."""
    kind_node = nodes.value(point, "kind")
    kind = nodes.text(kind_node)
    levels = nodes.get(point, "levels")
    if kind_node is None or kind not in set(AnswerKind):
        return []  # missing or unknown kind: the model's problem
    if levels is not None and not isinstance(levels[1], SequenceNode):
        return []  # mistyped levels: the model's problem
    count = len(levels[1].value) if levels is not None else 0
    if kind == AnswerKind.YES_NO:
        if count and levels is not None:
            return [problem(path, *nodes.pos(levels[0]), "rubric-levels-yes-no")]
        return []
    if levels is None:
        return [problem(path, *nodes.pos(kind_node), "rubric-levels-missing", count=SCALE_LEVELS)]
    if count != SCALE_LEVELS:
        at = nodes.pos(levels[0])
        return [problem(path, *at, "rubric-levels-count", count=count, expected=SCALE_LEVELS)]
    return []


def _is_true(node: Node | None) -> bool:
    """Whether ``node`` is a YAML boolean that reads true."""
    return (
        isinstance(node, ScalarNode)
        and node.tag.endswith(":bool")
        and str(node.value).lower() in _TRUE
    )
