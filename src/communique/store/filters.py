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


# -- the web's queries (web/): one filter for every view, paging, and the aggregates' groupings --

# How `event_page` may sort: these columns of `events` (and the article's), either way.
EVENT_SORTS: tuple[str, ...] = ("date", "event_type", "cameo", "actor", "recipient", "status", "location",
                                "goldstein", "published", "outlet")
# The periods `timeline` counts by; an event counts only where its date is that precise or more.
TimelineInterval = Literal["day", "week", "month"]
TIMELINE_INTERVALS: tuple[TimelineInterval, ...] = ("day", "week", "month")
# What `timeline` stacks by: the QuadClass (1-4) or the PLOVER type.
TimelineKey = Literal["quad_class", "event_type"]
TIMELINE_KEYS: tuple[TimelineKey, ...] = ("quad_class", "event_type")
# How `dyads` names a side: the full CAMEO code (RUSGOV) or its country (RUS, the first three letters).
DyadLevel = Literal["code", "country"]
DYAD_LEVELS: tuple[DyadLevel, ...] = ("code", "country")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events a web view shows; every field optional, all given ones must hold. Codes
    match in part, any case ("RUS" ~ "RUSGOV"); `either` matches the actor or the recipient side.
    `cameo` is a code or a root ("04" ~ 040, 042, 046). Dates are ISO days, inclusive, on the
    event's own date, a coarse one read as its first day. Negated events are left out unless
    `include_negated` or `status == "negated"`."""

    actor: str | None = None
    recipient: str | None = None
    either: str | None = None
    event_type: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    status: Status | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None  # the location's ISO 3166-1 alpha-3 code, any case
    location: str | None = None  # the location's name, exact
    outlet: str | None = None  # the article's outlet, in part, any case
    text: str | None = None  # words of the evidence, in part, any case
    article_id: str | None = None
    incident: str | None = None  # an incident's id: its reports (and those of the plans it carried out)
    include_negated: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: `limit` rows after the first `offset`, sorted by `sort`."""

    limit: int = 50
    offset: int = 0
    sort: str = "date"  # one of EVENT_SORTS
    descending: bool = True
