"""What the store's queries select: one small frozen dataclass per query, every field optional.

The CLI builds them from its options and a web layer from its query string; every backend
reads them the same way (the semantics are documented on each field, not in SQL).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..model import PlaceRole, QuoteKind, Status

# How `actor_counts` groups actor mentions: by canonical name, by CAMEO code, or by country code.
ActorGrouping = Literal["name", "cameo", "code"]
ACTOR_GROUPINGS: tuple[ActorGrouping, ...] = ("name", "cameo", "code")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What `events` returns. Actor codes match in part ("RUS" ~ "RUSGOV"); negated events are
    left out unless `include_negated` or `status == "negated"`."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None  # PLOVER type, any case
    status: Status | None = None
    since: str | None = None  # ISO date, inclusive, on the event's own date
    until: str | None = None  # ISO date, inclusive
    include_negated: bool = False
    incident: str | None = None  # an incident id (or the start of one): the events that report it
    limit: int | None = None


# How `incidents` orders them: most articles first, or newest own date first.
IncidentSort = Literal["articles", "date"]
INCIDENT_SORTS: tuple[IncidentSort, ...] = ("articles", "date")


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """What `incidents` returns: the filters of `EventFilter`, on the incident's own values,
    plus the number of articles reporting it. `ids` picks incidents by id."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    status: Status | None = None  # asserted, reported or planned
    since: str | None = None
    until: str | None = None
    min_articles: int | None = None
    ids: tuple[str, ...] | None = None
    sort: IncidentSort = "articles"
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """What `quotes` returns, newest article first. Text filters match in part, any case."""

    speaker: str | None = None  # the resolved name or the words the article uses ("she", "the Kremlin")
    country: str | None = None  # the start of the speaker's code: "RUS", "IGO"
    since: str | None = None  # ISO date, inclusive, on the article's publication date
    until: str | None = None
    text: str | None = None
    kind: QuoteKind | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """What `actor_counts` counts: actor mentions grouped `by`, most mentioned first."""

    by: ActorGrouping = "name"
    code: str | None = None  # country or organisation code, exact, any case
    sector: str | None = None  # GOV, MIL, ..., exact, any case
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class PlaceFilter:
    """What `place_counts` counts: places grouped by gazetteer entry and role."""

    role: PlaceRole | None = None
    country: str | None = None  # ISO 3166-1 alpha-3, any case
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What `articles` lists, newest first."""

    limit: int | None = None
