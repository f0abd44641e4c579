"""Key bindings whose texts come from the catalogue.

``BINDINGS`` are class attributes, built when a module is imported — before the
language is chosen. So bindings declare catalogue *keys* as description and tooltip,
and every node translates its own copy when it is created (:func:`localise_bindings`).
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from canvass.i18n import CATALOGUE, t


def key(
    prefix: str, keys: str, action: str, name: str, *, tip: bool = True, **kw: object
) -> Binding:
    """A binding named by convention: id ``<prefix>.<name>``, description
    ``<prefix>.key.<name>`` and (with ``tip``) tooltip ``<prefix>.key.<name>.tip``.

    One line per key keeps the screens' key tables short and easy to read.
    """
    return Binding(
        keys,
        action,
        f"{prefix}.key.{name}",
        id=f"{prefix}.{name}",
        tooltip=f"{prefix}.key.{name}.tip" if tip else "",
        **kw,  # type: ignore[arg-type]
    )


def text_for(key: str) -> str:
    """The catalogue text for ``key``, or ``key`` itself (Textual's own English texts)."""
    return t(key) if key in CATALOGUE else key


def localise_bindings(node: DOMNode) -> None:
    """Replace the catalogue keys in ``node``'s bindings by texts in the current language."""
    # Textual keeps a per-instance copy of the merged class bindings in ``_bindings``;
    # there is no public way to change descriptions, so rebuild that copy.
    translated: dict[str, list[Binding]] = {
        key: [
            replace(
                binding,
                description=text_for(binding.description),
                tooltip=text_for(binding.tooltip) if binding.tooltip else "",
                group=_localised_group(binding.group),
            )
            for binding in bindings
        ]
        for key, bindings in node._bindings.key_to_bindings.items()
    }
    node._bindings = BindingsMap.from_keys(translated)


def _localised_group(group: Binding.Group | None) -> Binding.Group | None:
    """A footer group with its catalogue key replaced by the text (equal groups stay equal)."""
    return None if group is None else replace(group, description=text_for(group.description))


#: Id prefixes of canvass's own bindings (every one has an id, for keymaps).
OWN_IDS = (
    "app.",
    "hub.",
    "call_list.",
    "call.",
    "objections.",
    "wrapup_dialog.",
    "picker.",
    "confirm.",
    "help.",
    "problems.",
    "followup.",
    "history.",
    "me.",
    "team.",
    "feedback.",
    "observer.",
    "review.",
    "goal.",
)


def is_own(binding: Binding) -> bool:
    """True for bindings canvass declares (as opposed to Textual's widget keys)."""
    return binding.id is not None and binding.id.startswith(OWN_IDS)


def help_description(binding: Binding) -> str | None:
    """What a binding does, for the help screen, or None when it should not be listed.

    canvass's own bindings are translated already; Textual's widget keys (cursor keys
    in tables, tab, ...) are listed when the catalogue has a text for their action.
    """
    key = f"help.action.{binding.action}"
    if key in CATALOGUE:
        return t(key)
    return binding.description if is_own(binding) else None
