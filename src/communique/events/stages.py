"""The event coder's view of the stages it depends on: `time`, `geo` and `actors`.

Each is used only through its small documented function, looked up once per process. A stage
that is not installed (or does not offer the function yet) gives nothing: the event's field stays
empty, never filled in by guessing here.

    communique.time.event_date(trigger, coded) -> EventDate(value, precision, timex, rule) | None
    communique.time.event_status(trigger) -> "asserted" | "planned" | "negated" | "hypothetical" | "reported"
    communique.geo.event_location(trigger, coded) -> Location | None
    communique.actors.as_ref(actor) -> ActorRef
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..model import Actor, ActorRef
from ..optional import optional_module


@cache
def stage_function(module: str, name: str) -> Callable[..., Any] | None:
    """`module.name` if that stage is installed and offers it, else None."""
    found = optional_module(module)
    return getattr(found, name, None) if found is not None else None


@cache
def actors_stage_installed() -> bool:
    """True when the actors stage runs in the pipeline (its records are then the only actors)."""
    return hasattr(optional_module("communique.actors"), "extract")


def as_ref(actor: Actor) -> ActorRef:
    convert = stage_function("communique.actors", "as_ref")
    if convert is not None:
        return convert(actor)
    return ActorRef(text=actor.text, code=actor.code, sector=actor.sector, cameo=actor.cameo, name=actor.name,
                    role=actor.role)
