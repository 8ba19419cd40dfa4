"""The import targets by key, loaded when first asked for (pandas-heavy modules stay unloaded
until an import starts)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from desktop.services.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the command line reads the keys and labels before any database work
    from desktop.services.imports.target import ImportTarget

# key -> (module, attribute); the order is the order the wizard and the CLI offer them in.
_TARGETS = {
    "schools": ("desktop.services.imports.targets.schools", "SCHOOLS"),
    "indicators": ("desktop.services.imports.targets.indicators", "INDICATORS"),
    "assessment": ("desktop.services.imports.targets.assessment", "ASSESSMENT"),
}
TARGET_KEYS = tuple(_TARGETS)
TARGET_LABELS = {
    "schools": QT_TRANSLATE_NOOP("Imports", "School directory"),
    "indicators": QT_TRANSLATE_NOOP("Imports", "School indicators"),
    "assessment": QT_TRANSLATE_NOOP("Imports", "Student assessment results"),
}


def get_target(key: str) -> ImportTarget:
    """The target called ``key``; a ValueError for an unknown key is a programming error."""
    if key not in _TARGETS:
        raise ValueError(f"unknown import target {key!r}; expected one of {', '.join(TARGET_KEYS)}")
    module, attribute = _TARGETS[key]
    return getattr(importlib.import_module(module), attribute)
