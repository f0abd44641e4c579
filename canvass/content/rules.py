"""Rules across one document that the pydantic models cannot see, checked on the node tree.

They read the nodes (not the model) so they still report with exact positions when
other parts of the file are broken.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from canvass.content import nodes
from canvass.content.model_errors import suggest
from canvass.content.problems import Problem, problem, warning
from canvass.content.yaml_loader import position
from canvass.domain.merge_fields import MERGE_FIELDS, find_fields, unknown_fields
from canvass.domain.phases import BALA_ORDER, PHASE_ORDER
from canvass.domain.segments import SEGMENTS, known_segment

_PHASES = [phase.value for phase in PHASE_ORDER]
_STEPS = [step.value for step in BALA_ORDER]
_PHASE_ORDER_TEXT = " → ".join(_PHASES)
_BALA_ORDER_TEXT = " → ".join(_STEPS)


def phase_problems(path: Path, root: Node) -> list[Problem]:
    """All five phases present (missing: at ``phases:``) and in order (else: at the key)."""
    pair = nodes.get(root, "phases")
    if pair is None or not isinstance(pair[1], MappingNode):
        return []  # the model reports a missing or mistyped ``phases``
    phases_key, mapping = pair
    found: list[Problem] = []
    seen: set[str] = set()
    latest = -1
    for key_node, _ in mapping.value:
        name = nodes.text(key_node) if isinstance(key_node, ScalarNode) else None
        if name not in _PHASES:
            continue  # an unknown phase name is the model's (enum) problem
        seen.add(name)
        index = _PHASES.index(name)
        if index < latest:
            found.append(
                problem(
                    path, *nodes.pos(key_node), "phase-order", phase=name, order=_PHASE_ORDER_TEXT
                )
            )
        latest = max(latest, index)
    for name in _PHASES:
        if name not in seen:
            found.append(
                problem(
                    path,
                    *nodes.pos(phases_key),
                    "phase-missing",
                    phase=name,
                    order=_PHASE_ORDER_TEXT,
                )
            )
    return found


def bala_problems(path: Path, root: Node) -> list[Problem]:
    """Each BALA step once across the phases, in BALA order.

    A script that names no BALA step at all uses the defaults
    (:data:`canvass.domain.phases.DEFAULT_BALA_PHASE`), so that is not a problem.
    """
    pair = nodes.get(root, "phases")
    if pair is None or not isinstance(pair[1], MappingNode):
        return []
    phases_key, mapping = pair
    uses: list[tuple[str, Node]] = []
    for _, phase_node in mapping.value:
        for item in nodes.items(nodes.value(phase_node, "bala")):
            step = nodes.text(item)
            if step in _STEPS:
                uses.append((step, item))
    if not uses:
        return []
    found: list[Problem] = []
    first: dict[str, Node] = {}
    latest = -1
    for step, item in uses:
        if step in first:
            line = first[step].start_mark.line + 1
            found.append(problem(path, *nodes.pos(item), "bala-duplicate", step=step, first=line))
            continue
        first[step] = item
        index = _STEPS.index(step)
        if index < latest:
            found.append(
                problem(path, *nodes.pos(item), "bala-order", step=step, order=_BALA_ORDER_TEXT)
            )
        latest = max(latest, index)
    for step in _STEPS:
        if step not in first:
            found.append(problem(path, *nodes.pos(phases_key), "bala-missing", step=step))
    return found


def merge_field_problems(path: Path, root: Node, text: str) -> list[Problem]:
    """Every ``{field}`` in every text value must be a declared merge field.

    The position is that of the ``{`` in the file when it can be found in the scalar's
    source (any style); otherwise the scalar's start.
    """
    found: list[Problem] = []
    for scalar in nodes.text_scalars(root):
        if "{" not in scalar.value:  # most text has no field at all: skip the search
            continue
        bad = unknown_fields(str(scalar.value))
        if not bad:
            continue
        source = text[scalar.start_mark.index : scalar.end_mark.index]
        in_source = [use for use in find_fields(source) if use.name not in MERGE_FIELDS]
        exact = [use.name for use in in_source] == [use.name for use in bad]
        for number, use in enumerate(bad):
            if exact:
                index = scalar.start_mark.index + in_source[number].offset
                line, column = position(text, index)
            else:  # e.g. a quoted scalar whose escapes changed the text
                line, column = nodes.pos(scalar)
            made = problem(path, line, column, "unknown-merge-field", field=use.name)
            message = suggest(made.message, use.name, list(MERGE_FIELDS))
            found.append(Problem(made.path, made.line, made.column, made.code, message))
    return found


def file_name_problems(path: Path, root: Node) -> list[Problem]:
    """A script's file stem must equal its id (``scripts/<id>.yaml``)."""
    id_node = nodes.value(root, "id")
    script_id = nodes.text(id_node)
    if id_node is None or script_id is None or script_id.strip() == path.stem:
        return []
    return [problem(path, *nodes.pos(id_node), "file-name", stem=path.stem, id=script_id)]


def segment_warnings(path: Path, root: Node) -> list[Problem]:
    """A warning for each ``target.segments`` name no company uses (it would never match)."""
    found: list[Problem] = []
    for item in nodes.items(nodes.value(nodes.value(root, "target"), "segments")):
        name = nodes.text(item)
        if name is not None and name.strip() and not known_segment(name):
            known = ", ".join(SEGMENTS)
            found.append(
                warning(path, *nodes.pos(item), "unknown-segment", segment=name, known=known)
            )
    return found
