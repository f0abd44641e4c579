"""Turning pydantic ``ValidationError`` entries into short, positioned, translated problems."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import types
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from yaml.nodes import Node

from canvass.content import nodes
from canvass.content.problems import MAX_OF_A_KIND, Problem, problem
from canvass.i18n import t

_WRONG_TYPE = {
    "string_type": "text",
    "int_type": "int",
    "int_parsing": "int",
    "int_from_float": "int",
    "float_type": "float",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "tuple_type": "list",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
}


def model_problems(
    path: Path, root: Node, model: type[BaseModel], error: ValidationError
) -> list[Problem]:
    """One problem per error entry, placed through the node tree.

    Past :data:`MAX_OF_A_KIND` entries of one kind only the first further one is built; it
    carries the count of the rest (``also``), so 400,000 missing keys cost a count, not
    400,000 translated messages.
    """
    found: list[Problem] = []
    built: dict[str, int] = {}
    carrier: dict[str, Problem] = {}
    skipped: dict[str, int] = {}
    for entry in error.errors(include_url=False):
        kind = entry["type"]
        if built.get(kind, 0) > MAX_OF_A_KIND:
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        item = _problem(path, root, model, entry)
        if item is not None:
            found.append(item)
            built[kind] = built.get(kind, 0) + 1
            carrier[kind] = item
    for kind, count in skipped.items():
        last = carrier[kind]
        found[found.index(last)] = dataclasses.replace(last, also=count)
    return found


def _problem(path: Path, root: Node, model: type[BaseModel], entry: ErrorDetails) -> Problem | None:
    kind, loc, given = entry["type"], tuple(entry["loc"]), entry["input"]
    ctx: dict[str, Any] = dict(entry.get("ctx") or {})
    if kind == "missing":
        parent = nodes.walk(root, loc[:-1]).node
        return problem(path, *nodes.pos(parent), "missing", key=loc[-1])
    place = nodes.walk(root, loc)
    if kind == "extra_forbidden":
        key_node = place.key if place.complete and place.key is not None else place.node
        key = str(loc[-1])
        return _suggest(
            problem(path, *nodes.pos(key_node), "unknown-key", key=key),
            key,
            _fields_at(model, loc[:-1]),
        )
    line, column = nodes.pos(place.node)
    if kind in _WRONG_TYPE:
        expected = t(f"check.type.{_WRONG_TYPE[kind]}")
        return problem(path, line, column, "wrong-type", expected=expected, found=_found(given))
    if kind == "enum":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        shown = ", ".join(allowed)
        made = problem(path, line, column, "enum", value=given, allowed=shown)
        return _suggest(made, str(given), allowed)
    if kind == "string_pattern_mismatch":
        return problem(path, line, column, "pattern", value=given)
    if kind == "string_too_short":
        return problem(path, line, column, "empty-text")
    if kind == "string_too_long":
        return problem(path, line, column, "too-long", limit=ctx.get("max_length"))
    if kind == "too_short":
        if isinstance(given, list | tuple) and len(given) >= ctx.get("min_length", 0):
            return None  # items were given but failed: those failures are reported themselves
        return problem(path, line, column, "too-few", limit=ctx.get("min_length"))
    if kind in {"greater_than_equal", "greater_than"}:
        return problem(path, line, column, "too-small", limit=ctx.get("ge", ctx.get("gt")))
    if kind in {"less_than_equal", "less_than"}:
        return problem(path, line, column, "too-big", limit=ctx.get("le", ctx.get("lt")))
    return problem(path, line, column, "invalid", detail=entry["msg"])


def _found(given: object) -> str:
    """What the file has, in words ("a whole number", "a list", ...)."""
    if isinstance(given, bool):
        name = "bool"
    elif isinstance(given, int):
        name = "int"
    elif isinstance(given, float):
        name = "float"
    elif isinstance(given, str):
        name = "text"
    elif isinstance(given, list | tuple):
        name = "list"
    elif isinstance(given, dict):
        name = "mapping"
    elif given is None:
        name = "nothing"
    elif isinstance(given, dt.date):
        name = "date"
    else:
        name = "other"
    return t(f"check.type.{name}")


def suggest(message: str, word: str, choices: Sequence[str]) -> str:
    """``message`` with "did you mean 'x'?" added when ``word`` is close to one of ``choices``."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not close:
        return message
    return t("check.did-you-mean", message=message, suggestion=close[0])


def _suggest(made: Problem, word: str, choices: Sequence[str]) -> Problem:
    message = suggest(made.message, word, choices)
    return Problem(made.path, made.line, made.column, made.code, message)


def _fields_at(model: type[BaseModel], loc: Sequence[int | str]) -> list[str]:
    """The keys allowed in the mapping at ``loc`` (for did-you-mean on an unknown key)."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel) and isinstance(part, str):
            field = current.model_fields.get(part)
            if field is None:
                return []
            current = field.annotation
            continue
        origin, args = typing.get_origin(current), typing.get_args(current)
        if origin is tuple and args:
            current = args[0]
        elif origin is dict and len(args) == 2:
            current = args[1]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """``X`` from ``Annotated[X, ...]`` and ``X | None``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation
