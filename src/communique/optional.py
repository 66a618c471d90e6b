"""Importing a module that may not exist yet: a stage still being built, or a plugin.

Stages call each other only through small documented functions; while one is missing, the
others leave its fields empty instead of guessing (see `pipeline.STAGES`).
"""

from __future__ import annotations

import importlib
from types import ModuleType


def optional_module(name: str) -> ModuleType | None:
    """The module `name`, or None when it does not exist. A module that exists but fails to
    import (a missing dependency inside it) still raises: that is a bug, not an absence."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name != name:
            raise
        return None
