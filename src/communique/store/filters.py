"""What the store's queries select: one small frozen dataclass per query, every field optional.

The CLI builds them from its options and a web layer from its query string; every backend
reads them the same way (the semantics are documented on each field, not in SQL). A filter
checks its values when it is made: a date that is no date, an event type PLOVER does not have,
a sort key no column answers to is a `CommuniqueError` with a code, never a database error.

Actor codes match exactly, by whole CAMEO segments: a CAMEO code is built of three-letter
parts (country, then sector: RUS, RUSGOV, RUSGOVMIL), so `RUS` matches RUS, RUSGOV and RUSMIL,
while `IR` (no whole segment) matches only a code that is IR. `*` asks for a pattern (`IR*`
matches IRN and IRQ); `%` and `_` are literal characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from ..errors import E_BAD_FILTER_DATE, E_EMPTY_RANGE, E_UNKNOWN_VALUE, CommuniqueError
from ..model import PlaceRole, QuoteKind, Status
from ..resources import load_toml

# How `actor_counts` groups actor mentions: by canonical name, by CAMEO code, or by country code.
ActorGrouping = Literal["name", "cameo", "code"]
ACTOR_GROUPINGS: tuple[ActorGrouping, ...] = ("name", "cameo", "code")

# How `event_counts` groups events: actor and recipient together, PLOVER type, CAMEO code, one
# side, or the month of the event's own date.
EventGrouping = Literal["dyad", "type", "cameo", "actor", "recipient", "month"]
EVENT_GROUPINGS: tuple[EventGrouping, ...] = ("dyad", "type", "cameo", "actor", "recipient", "month")
# How `quote_counts` groups quotes: the speaker's name, the speaker's code, the month the
# article was published, the kind of quote.
QuoteGrouping = Literal["speaker", "country", "month", "kind"]
QUOTE_GROUPINGS: tuple[QuoteGrouping, ...] = ("speaker", "country", "month", "kind")
# How `place_counts` groups places: by gazetteer entry (the default), by country, by role.
PlaceGrouping = Literal["place", "country", "role"]
PLACE_GROUPINGS: tuple[PlaceGrouping, ...] = ("place", "country", "role")

# The keys a query may be sorted by (`sort="date"` ascending, `sort="-date"` descending); the
# first of each tuple, descending, is the default.
EVENT_SORTS: tuple[str, ...] = ("date", "published", "event_type", "cameo", "actor", "recipient", "status",
                                "location", "goldstein", "confidence", "outlet", "article_id")
QUOTE_SORTS: tuple[str, ...] = ("published", "speaker", "speaker_code", "kind", "article_id")
ARTICLE_SORTS: tuple[str, ...] = ("published", "id", "outlet", "title", "events", "quotes")
COUNT_SORTS: tuple[str, ...] = ("count", "key")

# The forms a filter date may take, and the day each form stands for at either end of a range.
FILTER_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def day_bound(text: str | None, *, end: bool, option: str) -> str | None:
    """A filter date as the ISO day it bounds: "2006" is 2006-01-01 as a start and 2006-12-31 as
    an end, "2006-02" 2006-02-01 or 2006-02-28; a full day stands for itself."""
    if text is None or text == "":
        return None
    found = FILTER_DATE.match(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        year, month, day = int(found[1]), found[2], found[3]
        if day is not None:
            return date(year, int(month), int(day)).isoformat()
        if month is not None:
            first = date(year, int(month), 1)
            if not end:
                return first.isoformat()
            following = date(year + first.month // 12, first.month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1).isoformat()
        return (date(year, 12, 31) if end else date(year, 1, 1)).isoformat()
    except ValueError:
        raise CommuniqueError(f"{option} {text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD "
                              f"[{E_BAD_FILTER_DATE}]") from None


def date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since and --until as the days they bound, checked to be in order."""
    start, stop = day_bound(since, end=False, option="--since"), day_bound(until, end=True, option="--until")
    if start and stop and start > stop:
        raise CommuniqueError(f"--since {since} is after --until {until}: nothing can match [{E_EMPTY_RANGE}]")
    return start, stop


@cache
def plover_types() -> tuple[str, ...]:
    """The PLOVER 2.0 event types (data/events/plover.toml), read here without the events stage."""
    return tuple(load_toml("events/plover.toml")["types"])


def event_type_named(value: str | None) -> str | None:
    """An event type given in any case, as PLOVER spells it; an unknown one lists the known."""
    if not value:
        return None
    if value.upper() not in plover_types():
        raise CommuniqueError(f"--type {value!r} is not a PLOVER 2.0 event type; choose one of "
                              f"{', '.join(plover_types())} [{E_UNKNOWN_VALUE}]")
    return value.upper()


def sort_key(value: str | None, keys: tuple[str, ...]) -> str:
    """A sort key ("date", "-date") checked against the keys a query knows; the default is
    its first key, descending."""
    if not value:
        return f"-{keys[0]}"
    if value.lstrip("-") not in keys:
        raise CommuniqueError(f"--sort {value!r}: sort by one of {', '.join(keys)} (a leading - for descending) "
                              f"[{E_UNKNOWN_VALUE}]")
    return value


def code_pattern(value: str) -> str:
    """A code filter as a LIKE pattern over a side's codes joined by "+" and framed by "+"
    ("+RUSGOV+USAGOV+"), escaped with backslash; see the module's docstring for what matches.
    Compared case-sensitively, upper case: codes are upper case, and a side without a code is
    labelled by its words ("Russian officials"), which a code must not match."""
    code = value.strip().upper()
    literal = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if "*" in code:
        return "%+" + literal.replace("*", "%") + "+%"
    if code and len(code) % 3 == 0:  # whole segments: the code and the codes that extend it
        return "%+" + literal + "%"
    return "%+" + literal + "+%"


def code_condition(column: str) -> str:
    """A side's codes (column, "RUSGOV+USAGOV") against a code_pattern parameter, in SQL."""
    return f"('+' || {column} || '+') LIKE ? ESCAPE '\\'"


def code_matches(value: str, code: str) -> bool:
    """Whether a stored code matches a code filter, as `code_pattern` does in SQL."""
    wanted = value.strip().upper()
    if "*" in wanted:
        return re.fullmatch(re.escape(wanted).replace(r"\*", ".*"), code, re.DOTALL) is not None
    return code.startswith(wanted) if len(wanted) % 3 == 0 else code == wanted


def positive(limit: int | None) -> int | None:
    """A limit, checked: a database takes at most a signed 64-bit count."""
    if limit is not None and not 0 < limit < 2**63:
        raise CommuniqueError(f"--limit {limit}: give a number from 1 to {2**63 - 1} [{E_UNKNOWN_VALUE}]")
    return limit


def settle(instance: object, **values: object) -> None:
    """Set checked values on a frozen filter, in its __post_init__."""
    for name, value in values.items():
        object.__setattr__(instance, name, value)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What `events` returns, newest first by default. Codes match as the module's docstring
    says; `either` matches the actor or the recipient. Negated events are left out unless
    `include_negated` or `status == "negated"`."""

    actor: str | None = None
    recipient: str | None = None
    either: str | None = None  # a code on either side: the actor or the recipient
    event_type: str | None = None  # PLOVER type, any case (checked: an unknown type is an error)
    status: Status | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive, on the event's own date
    until: str | None = None  # inclusive: "2006" runs to 2006-12-31 (both kept as full days)
    include_negated: bool = False
    incident: str | None = None  # an incident id (or the start of one): the events that report it
    sort: str | None = None  # one of EVENT_SORTS, "-" first for descending; default "-date"
    limit: int | None = None

    def __post_init__(self) -> None:
        since, until = date_range(self.since, self.until)
        settle(self, since=since, until=until, event_type=event_type_named(self.event_type),
               sort=sort_key(self.sort, EVENT_SORTS), limit=positive(self.limit))


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

    def __post_init__(self) -> None:
        since, until = date_range(self.since, self.until)
        settle(self, since=since, until=until, event_type=event_type_named(self.event_type),
               limit=positive(self.limit))


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """What `quotes` returns, newest article first by default. Text filters match in part, any
    case; `country` matches the speaker's code as actor codes match (module docstring)."""

    speaker: str | None = None  # the resolved name or the words the article uses ("she", "the Kremlin")
    country: str | None = None  # the speaker's code: "RUS" (RUS, RUSGOV, ...), "IGO*"
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive, on the article's publication date
    until: str | None = None
    text: str | None = None
    kind: QuoteKind | None = None
    sort: str | None = None  # one of QUOTE_SORTS, "-" first for descending; default "-published"
    limit: int | None = None

    def __post_init__(self) -> None:
        since, until = date_range(self.since, self.until)
        settle(self, since=since, until=until, sort=sort_key(self.sort, QUOTE_SORTS), limit=positive(self.limit))


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """What `actor_counts` counts: actor mentions grouped `by`, most mentioned first."""

    by: ActorGrouping = "name"
    code: str | None = None  # country or organisation code, exact, any case
    sector: str | None = None  # GOV, MIL, ..., exact, any case
    limit: int | None = None

    def __post_init__(self) -> None:
        settle(self, limit=positive(self.limit))


@dataclass(frozen=True, slots=True)
class PlaceFilter:
    """What `place_counts` counts: places grouped `by` gazetteer entry (or country, or role)."""

    role: PlaceRole | None = None
    country: str | None = None  # ISO 3166-1 alpha-3, any case
    by: PlaceGrouping = "place"
    limit: int | None = None

    def __post_init__(self) -> None:
        settle(self, limit=positive(self.limit))


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What `articles` lists, newest first by default."""

    sort: str | None = None  # one of ARTICLE_SORTS, "-" first for descending; default "-published"
    limit: int | None = None

    def __post_init__(self) -> None:
        settle(self, sort=sort_key(self.sort, ARTICLE_SORTS), limit=positive(self.limit))

# -- the web's queries (web/): one filter for every view, paging, and the aggregates' groupings --

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
    match as on the command line (module docstring: "RUS" ~ RUSGOV, "RU" nothing, "IR*" a
    pattern), any case; `either` matches the actor or the recipient side.
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
