"""Package names loaded on first use (PEP 562), so that importing a light module of a
package does not import everything the package offers (the app's first frame needs no
SQLAlchemy: :mod:`canvass.ui.app_boot`)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(
    package: str, namespace: dict[str, Any], where: Mapping[str, str | tuple[str, str]]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``where`` maps each name to the module
    that defines it (or to a module and the name there); the value is kept in
    ``namespace`` (the package's globals) so the next lookup is a plain attribute."""

    def __getattr__(name: str) -> Any:
        try:
            target = where[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        module, attribute = (target, name) if isinstance(target, str) else target
        value = getattr(importlib.import_module(module), attribute)
        namespace[name] = value
        return value

    return __getattr__
