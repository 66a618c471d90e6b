"""The event coder's view of the stages it depends on: `time`, `geo` and `actors`.

The events stage is handed a `StageContext` by the pipeline (`extract(doc, coded, context)`)
and keeps it here while it codes one article (`handed`), so the coder asks for a trigger's
date, status and place and a role's sector through the small functions below, never by
importing another stage. A callable the context lacks (its stage does not run) gives nothing:
the event's field stays empty, never filled in by guessing here.

    context.event_date(trigger, coded) -> EventDate(value, precision, timex, rule)
    context.event_status(trigger) -> str     (needs only the parse; one status reader for all)
    context.event_location(trigger, coded) -> Location | None
    context.role_sector(word) -> str | None
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.tokens import Token

from ..errors import E_STAGE_OUTSIDE, CommuniqueError
from ..model import Status
from ..stage import StageContext

# The context of the article being coded: set by the events stage for the length of one call,
# so that the coder's functions need no extra argument (and worker processes each have theirs).
HANDED: ContextVar[StageContext | None] = ContextVar("communique_events_context", default=None)


@contextmanager
def handed(context: StageContext) -> Iterator[StageContext]:
    """`context` as the coder's for the length of the `with` block."""
    token = HANDED.set(context)
    try:
        yield context
    finally:
        HANDED.reset(token)


def needs() -> StageContext:
    """The context the pipeline handed the events stage, else a clear error (a caller bypassed it)."""
    context = HANDED.get()
    if context is None:
        raise CommuniqueError("the event coder runs inside the pipeline: call pipeline.code_article, or "
                              f"events.extract(doc, coded, context) [{E_STAGE_OUTSIDE}]")
    return context


def actors_stage_installed() -> bool:
    """True when the actors stage runs in the pipeline (its records are then the only actors)."""
    return "actors" in needs().stages


def role_sector(word: str) -> str | None:
    """The sector the actors stage's knowledge base gives a role noun, if that stage runs."""
    lookup = needs().role_sector
    return lookup(word) if lookup is not None else None


def clause_status(trigger: Token) -> Status:
    """The trigger's status read from its clause, by the time stage's one status reader."""
    reader = needs().event_status
    if reader is None:
        raise CommuniqueError(f"the events stage runs without the timexes stage [{E_STAGE_OUTSIDE}]")
    return reader(trigger)
