"""The event coder's view of the stages it depends on: `time`, `geo` and `actors`.

Each is used only through its small documented function, looked up once per process. A stage
that is not installed (or does not offer the function yet) gives nothing: the event's field stays
empty, never filled in by guessing here. (An event's status needs only the parse: the coder reads
it with `communique.time.clause.event_status`, the one status reader, whichever stages run.)

    communique.time.event_date(trigger, coded) -> EventDate(value, precision, timex, rule)
    communique.geo.event_location(trigger, coded) -> Location | None
    communique.actors.role_sector(word) -> str | None
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import Any

from ..pipeline import stage_modules


def running_stages() -> dict[str, ModuleType]:
    """The stage modules this process runs, by module name (`--stages` may leave some out)."""
    return {stage.module: module for stage, module in stage_modules()}


@cache
def stage_function(module: str, name: str) -> Callable[..., Any] | None:
    """`module.name` if that stage runs in this process and offers it, else None."""
    return getattr(running_stages().get(module), name, None)


@cache
def actors_stage_installed() -> bool:
    """True when the actors stage runs in the pipeline (its records are then the only actors)."""
    return "communique.actors" in running_stages()



def role_sector(word: str) -> str | None:
    """The sector the actors stage's knowledge base gives a role noun, if that stage runs."""
    lookup = stage_function("communique.actors", "role_sector")
    return lookup(word) if lookup is not None else None
