"""Query parameters: each endpoint's parameters declared once, read from the query string into
the store's filter dataclasses, and described in the OpenAPI document from the same list.

A value of the wrong form (a date that is not one, an unknown event type, a limit over the
maximum) is a `BadParameter`, answered 400 with code E950: it never reaches the store.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import E_WEB_BAD_PARAMETER, CommuniqueError
from ..model import PLACE_ROLES, QUOTE_KINDS, STATUSES
from ..store.filters import (
    ACTOR_GROUPINGS,
    DYAD_LEVELS,
    EVENT_SORTS,
    FILTER_DATE,
    TIMELINE_INTERVALS,
    TIMELINE_KEYS,
    EventQuery,
    Page,
    day_bound,
    plover_types,
)

MAX_LIMIT = 500  # rows per page: a bigger page is refused, not cut
DEFAULT_LIMIT = 50
INCIDENT_SORTS = ("date", "event_type", "cameo", "actor", "recipient", "status", "location", "articles", "published")
INCIDENT_STATUSES = ("asserted", "reported", "planned")
CAMEO = re.compile(r"^\d{2,4}$")
CODE = re.compile(r"^[A-Za-z]{1,12}$")
CODE_PATTERN = re.compile(r"^[A-Za-z*]{1,12}$")  # an actor code, or a pattern with * (IR*)


class BadParameter(CommuniqueError):
    """A query parameter of the wrong form: a 400 answer."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem} [{E_WEB_BAD_PARAMETER}]")
        self.code = E_WEB_BAD_PARAMETER
        self.detail = f"{name}: {problem}"


@dataclass(frozen=True, slots=True)
class Param:
    """One query parameter: its name, OpenAPI type, allowed values and what it does."""

    name: str
    description: str
    kind: str = "string"  # string | integer | boolean | date
    choices: tuple[str, ...] | Callable[[], tuple[str, ...]] | None = None

    def allowed(self) -> tuple[str, ...] | None:
        return self.choices() if callable(self.choices) else self.choices

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "boolean" if self.kind == "boolean" else
                                  "integer" if self.kind == "integer" else "string"}
        if self.kind == "date":
            schema["pattern"] = FILTER_DATE.pattern
        if (allowed := self.allowed()) is not None:
            schema["enum"] = list(allowed)
        return schema


EVENT_PARAMS = (
    Param("actor", "actor side's CAMEO code by whole segments, any case (RUS matches RUSGOV, RU nothing; "
                   "IR* is a pattern)"),
    Param("recipient", "recipient side's code, as actor"),
    Param("either", "a code on either side, as actor"),
    Param("type", "PLOVER event type", choices=plover_types),
    Param("cameo", "CAMEO code or root (04 matches 040, 042, 046)"),
    Param("quad_class", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
          "4 material conflict", kind="integer", choices=("1", "2", "3", "4")),
    Param("status", "event status", choices=STATUSES),
    Param("since", "first day, on the event's own date (YYYY, YYYY-MM or YYYY-MM-DD)", kind="date"),
    Param("until", "last day, inclusive", kind="date"),
    Param("country", "the location's ISO 3166-1 alpha-3 code"),
    Param("location", "the location's name, exact"),
    Param("outlet", "the article's outlet, in part"),
    Param("text", "words of the evidence sentence, in part"),
    Param("article", "one article's id"),
    Param("incident", "an incident's id: the events that report it"),
    Param("include_negated", "also negated events", kind="boolean"),
)
PAGE_PARAMS = (
    Param("limit", f"rows per page, 1 to {MAX_LIMIT} (default {DEFAULT_LIMIT})", kind="integer"),
    Param("cursor", "the `next_cursor` of the page before"),
    Param("format", "json (default) or csv", choices=("json", "csv")),
)
# The event filters an incident has too (on its own values): the others are refused on /api/incidents.
INCIDENT_FILTERS = ("actor", "recipient", "either", "type", "cameo", "status", "since", "until", "country", "location",
                    "text")
INCIDENT_PARAMS = tuple(x for x in EVENT_PARAMS if x.name in INCIDENT_FILTERS)
EVENT_SORT_PARAM = Param("sort", "a column, - first for descending (default -date)",
                         choices=tuple(p for s in EVENT_SORTS for p in (s, "-" + s)))
INCIDENT_SORT_PARAM = Param("sort", "a column, - first for descending (default -articles)",
                            choices=tuple(p for s in INCIDENT_SORTS for p in (s, "-" + s)))
TIMELINE_PARAMS = (
    Param("interval", "day, week (named by its Monday) or month (default month)", choices=TIMELINE_INTERVALS),
    Param("by", "stack by quad_class (default) or event_type", choices=TIMELINE_KEYS),
    Param("of", "count events (default) or incidents (by event_type only; the incidents' filters)",
          choices=("events", "incidents")),
)
DYAD_PARAMS = (
    Param("level", "name each side by its full code or by its country (default country)", choices=DYAD_LEVELS),
    Param("limit", f"pairs, 1 to {MAX_LIMIT} (default 100)", kind="integer"),
    Param("format", "json (default) or csv", choices=("json", "csv")),
)
QUOTE_PARAMS = (
    Param("speaker", "the speaker's name or the words naming them, in part"),
    Param("country", "the start of the speaker's code (RUS, IGO)"),
    Param("since", "first publication day", kind="date"),
    Param("until", "last publication day", kind="date"),
    Param("text", "words of the quote, in part"),
    Param("kind", "direct, partial or indirect", choices=QUOTE_KINDS),
    *PAGE_PARAMS,
)
ACTOR_PARAMS = (
    Param("by", "group by name (default), cameo or code", choices=ACTOR_GROUPINGS),
    Param("code", "country or organisation code, exact"),
    Param("sector", "GOV, MIL, ..., exact"),
    *PAGE_PARAMS,
)
PLACE_PARAMS = (
    Param("role", "location or actor (a metonym)", choices=PLACE_ROLES),
    Param("country", "ISO 3166-1 alpha-3 code"),
    *PAGE_PARAMS,
)


def read_date(name: str, value: str, *, last: bool) -> str:
    """An ISO day from YYYY, YYYY-MM or YYYY-MM-DD, as the command line reads it (filters.day_bound):
    the first day it covers, or with `last` the last."""
    try:
        day = day_bound(value, end=last, option=name)
    except CommuniqueError:
        raise BadParameter(name, f"{value!r} is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    assert day is not None  # value is not empty: `given` dropped empty values
    return day


def checked(param: Param, value: str) -> str:
    allowed = param.allowed()
    if allowed is not None and value not in allowed and value.upper() not in allowed:
        raise BadParameter(param.name, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def integer(name: str, value: str | None, default: int, lo: int, hi: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError as e:
        raise BadParameter(name, f"{value!r} is not a whole number") from e
    if not lo <= number <= hi:
        raise BadParameter(name, f"{number} is not between {lo} and {hi}")
    return number


def boolean(name: str, value: str | None) -> bool:
    if value in (None, "", "0", "false", "no"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise BadParameter(name, f"{value!r} is not true or false")


def given(query: Mapping[str, str], name: str) -> str | None:
    value = query.get(name)
    return value.strip() if value and value.strip() else None


def event_query(query: Mapping[str, str], *, incidents: bool = False) -> EventQuery:
    """The EventQuery of a query string; every value checked first."""
    by_name = {p.name: p for p in EVENT_PARAMS}
    if incidents and (other := [n for n in by_name if n not in INCIDENT_FILTERS and given(query, n)]):
        raise BadParameter(other[0], "not a filter of incidents")
    values: dict[str, Any] = {}
    for name in ("actor", "recipient", "either", "country", "location", "outlet", "text", "article", "incident"):
        values[name] = given(query, name)
    for name in ("actor", "recipient", "either", "country"):
        form, letters = (CODE, "letters only") if name == "country" else (CODE_PATTERN, "letters, or * in a pattern")
        if values[name] and not form.match(values[name]):
            raise BadParameter(name, f"{values[name]!r} is not a code ({letters})")
    if (kind := given(query, "type")) is not None:
        values["event_type"] = checked(by_name["type"], kind).upper()
    if (cameo := given(query, "cameo")) is not None and not CAMEO.match(cameo):
        raise BadParameter("cameo", f"{cameo!r} is not a CAMEO code or root (2 to 4 digits)")
    allowed_statuses = INCIDENT_STATUSES if incidents else STATUSES
    status = given(query, "status")
    if status is not None and status not in allowed_statuses:
        raise BadParameter("status", f"{status!r} is not one of {', '.join(allowed_statuses)}")
    since, until = date_range(query)
    quad = given(query, "quad_class")
    return EventQuery(
        actor=values["actor"], recipient=values["recipient"], either=values["either"],
        event_type=values.get("event_type"), cameo=cameo, status=status,  # type: ignore[arg-type]
        quad_class=integer("quad_class", quad, 0, 1, 4) if quad else None, since=since, until=until,
        country=values["country"], location=values["location"], outlet=values["outlet"], text=values["text"],
        article_id=values["article"], incident=values["incident"],
        include_negated=boolean("include_negated", query.get("include_negated")))


def date_range(query: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(since, until) as ISO days: the first day of `since`, the last of `until`."""
    since, until = given(query, "since"), given(query, "until")
    first = read_date("since", since, last=False) if since else None
    last = read_date("until", until, last=True) if until else None
    if first and last and first > last:
        raise BadParameter("since", f"{first} is after until {last}")
    return first, last


def cursor_offset(cursor: str | None) -> int:
    """The offset a cursor stands for: an opaque token, base64 of "o:N"."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii") + b"==").decode("ascii")
    except (binascii.Error, UnicodeError, ValueError) as e:
        raise BadParameter("cursor", "not a cursor this server gave") from e
    if not re.fullmatch(r"o:\d{1,9}", text):
        raise BadParameter("cursor", "not a cursor this server gave")
    return int(text[2:])


def next_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode("ascii")).decode("ascii").rstrip("=")


def page(query: Mapping[str, str], sort_param: Param, default_sort: str) -> Page:
    sort = checked(sort_param, given(query, "sort") or default_sort)
    return Page(limit=integer("limit", given(query, "limit"), DEFAULT_LIMIT, 1, MAX_LIMIT),
                offset=cursor_offset(given(query, "cursor")), sort=sort.lstrip("-"), descending=sort.startswith("-"))


def choice(query: Mapping[str, str], param: Param, default: str) -> str:
    return checked(param, given(query, param.name) or default)


def output_format(query: Mapping[str, str]) -> str:
    return checked(PAGE_PARAMS[2], given(query, "format") or "json")
