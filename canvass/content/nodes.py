"""Looking things up in a composed YAML node tree, to give problems exact positions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

STR_TAG = "tag:yaml.org,2002:str"


def pos(node: Node) -> tuple[int, int]:
    """The 1-based line and column where ``node`` starts."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def get(node: Node | None, key: str) -> tuple[ScalarNode, Node] | None:
    """The first ``(key node, value node)`` pair of mapping ``node`` whose key reads ``key``."""
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == key:
                return key_node, value_node
    return None


def value(node: Node | None, key: str) -> Node | None:
    """The value node for ``key`` in mapping ``node``, if there is one."""
    pair = get(node, key)
    return pair[1] if pair else None


def items(node: Node | None) -> list[Node]:
    """The items of sequence ``node`` (empty for anything else)."""
    return list(node.value) if isinstance(node, SequenceNode) else []


def text(node: Node | None) -> str | None:
    """The text of a plain-text scalar (``None`` for other nodes and typed scalars)."""
    if isinstance(node, ScalarNode) and node.tag == STR_TAG:
        return str(node.value)
    return None


@dataclass(frozen=True)
class Found:
    """Where a pydantic ``loc`` leads: the deepest node reached and its key, if any."""

    node: Node
    key: Node | None
    complete: bool


def walk(root: Node, loc: Sequence[int | str]) -> Found:
    """Follow ``loc`` (a pydantic error location) through the tree as far as it goes.

    ``"[key]"`` (pydantic's marker for a bad dict key) selects the key node itself.
    """
    node, key_node = root, None
    for part in loc:
        if part == "[key]" and key_node is not None:
            return Found(key_node, key_node, True)
        pair = get(node, part) if isinstance(part, str) else None
        if pair is not None:
            key_node, node = pair
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            key_node, node = None, node.value[part]
        else:
            return Found(node, key_node, False)
    return Found(node, key_node, True)


def text_scalars(root: Node) -> Iterator[ScalarNode]:
    """Every plain-text value scalar in the tree (keys are names, not text), in file order."""
    stack: list[Node] = [root]
    while stack:  # iterative: the tree is shallow, but this never needs to care
        node = stack.pop()
        if isinstance(node, MappingNode):
            stack.extend(value_node for _, value_node in reversed(node.value))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, ScalarNode) and node.tag == STR_TAG:
            yield node
