"""What a stage declares, and what the pipeline hands it (as spaCy's `Language.factory(requires=,
assigns=)`, for whole stages).

A stage is declared once, in `pipeline.STAGES`, as a `Stage`: its name, the stages whose records
it reads (`requires`), the CodedArticle list it fills (`assigns`), the callables it offers the
stages after it (`provides`, by field of `StageContext`), and its `extract` function:

    extract(doc: Doc, coded: CodedArticle, context: StageContext) -> list[record]

A stage reaches another only through the context it is handed, never by importing it: the
events coder asks `context.event_date` for a trigger's date, not `communique.time`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from .model import Actor, ActorRef, CodedArticle, Location, Status

if TYPE_CHECKING:
    from .time.dating import EventDate


@dataclass(frozen=True, slots=True)
class StageContext:
    """The callables a stage may use, each offered by the stage named beside it; None when that
    stage does not run. `trace` collects the events coder's decisions for `communique explain`."""

    make_doc: Callable[[str], Doc]  # the running model's tokenizer (no parse)
    stages: frozenset[str] = frozenset()  # the names of the stages that run
    event_date: Callable[[Token, CodedArticle], EventDate] | None = None  # timexes
    event_status: Callable[[Token], Status] | None = None  # timexes: asserted, planned, negated, ...
    event_location: Callable[[Token, CodedArticle], Location | None] | None = None  # places
    role_sector: Callable[[str], str | None] | None = None  # actors: "soldiers" -> MIL
    actor_at: Callable[[Token, CodedArticle], Actor | None] | None = None  # actors
    as_ref: Callable[[Actor], ActorRef] | None = None  # actors
    trace: list[Any] | None = None


Extract = Callable[[Doc, CodedArticle, StageContext], Iterable[Any]]


@dataclass(frozen=True, slots=True)
class Stage:
    """A pipeline stage's declaration."""

    name: str  # what `--stages` calls it
    assigns: str  # the CodedArticle field it fills
    extract: Extract
    requires: tuple[str, ...] = ()  # stages whose records or callables it reads: they run before it
    provides: Mapping[str, Callable[..., Any]] = field(default_factory=dict)  # StageContext fields
    setup: Callable[[Language], None] | None = None  # adds the spaCy components it needs


def without_context(extract: Callable[[Doc, CodedArticle], Iterable[Any]]) -> Extract:
    """A stage's `extract(doc, coded)` that uses nothing from the context, as the runner calls it."""

    def run(doc: Doc, coded: CodedArticle, context: StageContext) -> Iterable[Any]:
        return extract(doc, coded)

    run.__name__ = run.__qualname__ = getattr(extract, "__module__", "stage") + ".extract"
    return run
