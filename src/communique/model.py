"""The record types: the one vocabulary every stage, the store and the output speak.

Field names follow the output contract in DESIGN.md; records may gain fields, never rename
them. Offsets are character offsets into `Article.text`, half-open `[start, end)`.
`sentence` is the 0-based index of the sentence in the parsed body.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, Literal, get_args

# The closed sets of the output contract, named once: records, the store's filters and the
# CLI's choices all take their values from here.
Status = Literal["asserted", "planned", "negated", "hypothetical", "reported"]
QuoteKind = Literal["direct", "partial", "indirect"]
PlaceRole = Literal["location", "actor", "demonym"]  # metonym "Moscow says"; demonym "Russian troops"
DatePrecision = Literal["day", "month", "year", "none"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]  # TIMEX3 types
TimexSource = Literal["text", "dateline"]

STATUSES: tuple[Status, ...] = get_args(Status)
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
PLACE_ROLES: tuple[PlaceRole, ...] = get_args(PlaceRole)
DATE_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)
# The statuses of what the story tells as done: the publication day may date them when the text
# gives no day, and a day of their own after it makes them plans.
FRESH_STATUSES: frozenset[Status] = frozenset({"asserted", "reported"})
TIMEX_TYPES: tuple[TimexType, ...] = get_args(TimexType)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the clean body: `Article.text[start:end]`."""

    start: int
    end: int


@dataclass(slots=True)
class Article:
    """One news article as read from its source, before any analysis."""

    id: str
    path: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD: the document creation time (DCT)
    dateline: str | None = None  # the date as the page prints it ("April 08, 2025"), not in `text`
    outlet: str | None = None
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    language: str = "en"
    text: str = ""  # the clean body: every offset in every record points into it
    paragraphs: list[Paragraph] = field(default_factory=list)
    image_caption: str | None = None
    image_credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return plain(self)


@dataclass(slots=True)
class ActorRef:
    """An actor as it appears on an event or as a quote's speaker."""

    text: str
    code: str | None = None  # ISO 3166-1 alpha-3 or IGO, UNO, EUR, NGO, ISM, IMG, MNC
    sector: str | None = None  # GOV, MIL, REB, OPP, BUS, MED, JUD, LEG, CVL, ...
    cameo: str | None = None  # code + sector, e.g. RUSGOV
    name: str | None = None  # canonical name, e.g. "United States"
    role: str | None = None  # title as written, e.g. "Kremlin spokesman"


@dataclass(slots=True)
class Location:
    """Where an event happened: a resolved gazetteer entry."""

    name: str
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression with its TIMEX3 type and normalized value."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str | None  # TIMEX3 value: 2025-04-10, 2025-W14, P1M, XXXX-WI, PRESENT_REF, ...
    mod: str | None = None  # START, END, MID, APPROX, ...
    sentence: int | None = None
    source: TimexSource = "text"  # or "dateline": the printed date line, not in the body (start == end == 0)


@dataclass(slots=True)
class Place:
    """A toponym and the gazetteer entry chosen for it."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    role: PlaceRole = "location"
    sentence: int | None = None
    kind: str | None = None  # gazetteer feature: country, admin1, admin2, city, region, sea, island, seat, ...
    capital: bool = False  # the entry is a country's capital or seat of government (a possible metonym)
    dateline: bool = False  # the place names the article's dateline city ("MOSCOW (Reuters) -")


@dataclass(slots=True)
class Actor:
    """A mention of a political actor, resolved to a code and sector."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    sector: str | None = None
    cameo: str | None = None
    role: str | None = None
    entity: int | None = None  # mentions of one actor within the article share this number
    sentence: int | None = None

    def ref(self) -> ActorRef:
        """The actor as an event or a quote carries it."""
        return ActorRef(text=self.text, code=self.code, sector=self.sector, cameo=self.cameo, name=self.name,
                        role=self.role)


@dataclass(slots=True)
class Quote:
    """A quotation or reported statement and who made it."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: str | None = None
    speaker: ActorRef | None = None
    sentence: int | None = None
    # [start, end) of the speaker's own words (the text inside quotation marks): the parts of a
    # split direct quote, or the quoted fragments inside reported speech; empty for pure paraphrase
    quoted: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """A coded event: who did what to whom, when, where, with the evidence."""

    id: str
    event_type: str  # PLOVER type, e.g. CONSULT
    actor: list[ActorRef]
    recipient: list[ActorRef]
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    date: str | None = None
    date_precision: DatePrecision = "none"
    status: Status = "asserted"
    location: Location | None = None
    sentence: int | None = None
    start: int = 0
    end: int = 0
    evidence: str = ""
    trigger: str = ""
    rule: str = ""
    confidence: float = 0.0
    mentions: int = 1  # how many times the article reports this event (title and sentences), after dedup


@dataclass(slots=True)
class CodedArticle:
    """An article and everything the pipeline found in it: one line of `--format jsonl`."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return plain(self)


def plain(value: Any) -> Any:
    """`value` as plain dicts and lists, as `dataclasses.asdict` gives it (tuples stay tuples),
    without the deep copy `asdict` makes of every leaf: the records are converted for every
    article written and printed, and `asdict` cost more than the store's inserts. Dispatched on
    the exact type first (a leaf, or a record type whose fields are known): most values are
    leaves, and `is_dataclass` per value was half of this function's time."""
    kind = type(value)
    if kind in LEAF_TYPES:
        return value
    names = RECORD_FIELDS.get(kind, ())
    if names == ():
        names = RECORD_FIELDS[kind] = field_names(kind) if is_dataclass(kind) else None
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


LEAF_TYPES = frozenset({str, int, float, bool, type(None)})
# The field names of each type `plain` met that is a dataclass, None for any other type.
RECORD_FIELDS: dict[type, tuple[str, ...] | None] = {}


@cache
def field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


def side_label(refs: list[ActorRef]) -> str | None:
    """One side of an event as text: CAMEO codes joined by "+" ("RUSGOV+USAGOV"), None if empty."""
    return "+".join(code for r in refs if (code := r.cameo or r.code or r.text)) or None


# The record lists of a CodedArticle, in the order of the output contract; the store keeps
# one table per entry.
RECORD_KINDS: tuple[str, ...] = ("events", "quotes", "timexes", "places", "actors")


def coded_from_dict(data: dict[str, Any]) -> CodedArticle:
    """Rebuild a CodedArticle from its `to_dict()` form (as read back from the store)."""
    art = dict(data["article"])
    art["paragraphs"] = [Paragraph(**p) for p in art.get("paragraphs", [])]
    known = set(Article.__dataclass_fields__)
    article = Article(**{k: v for k, v in art.items() if k in known})

    def ref(d: dict[str, Any] | None) -> ActorRef | None:
        return ActorRef(**d) if d else None

    def build_event(d: dict[str, Any]) -> Event:
        d = dict(d)
        d["actor"] = [ActorRef(**a) for a in d.get("actor", [])]
        d["recipient"] = [ActorRef(**a) for a in d.get("recipient", [])]
        d["location"] = Location(**d["location"]) if d.get("location") else None
        return Event(**d)

    def build_quote(d: dict[str, Any]) -> Quote:
        return Quote(**{**d, "speaker": ref(d.get("speaker"))})

    return CodedArticle(
        article=article,
        events=[build_event(e) for e in data.get("events", [])],
        quotes=[build_quote(q) for q in data.get("quotes", [])],
        timexes=[TimeExpr(**t) for t in data.get("timexes", [])],
        places=[Place(**p) for p in data.get("places", [])],
        actors=[Actor(**a) for a in data.get("actors", [])],
    )
