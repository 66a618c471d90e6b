"""Cross-article incidents: one real event counted once, with every report of it.

After a batch is stored, its events are linked to incidents (`link_articles`); `link_all`
recomputes the whole store. Every event that reports something real or planned (statuses in
`data/store/incidents.toml`) belongs to exactly one incident, alone if nothing else reports it;
negated and hypothetical events belong to none.

How a pair of events is decided (the numbers are in incidents.toml):

1. **Blocking.** Two events are compared only when they share a block key and their date spans
   overlap (a coarse one, only with reports published within `coarse_report_days` of it): the
   same PLOVER type or CAMEO root, and the same pair of countries
   (actor's, recipient's, either way round); an event with a side missing meets the events of
   each of its countries; an event placed in a city (not an area) also meets the events of that
   city whenever they were published (unless dated only to a year). Two events that neither
   have a date of their own meet only with the same full CAMEO code. This is a hash join in
   DuckDB: never all pairs.
2. **Gates**, all of which must hold: the two are of different articles; the same PLOVER type,
   or the same CAMEO root; each side agrees with the other's (a part of one with a part of the
   other: same country, sectors in one group or one of them empty; an empty side agrees with
   anything), or, for a reciprocal type, each side with the other's opposite side; the date
   spans overlap (a day is a day, a month its days, an undated event the month before its
   article, an undated infinitive, a purpose, from then to a fortnight after it, a state "since"
   a date from that date to a month after the article, a publication-day fallback the few days
   before it); and, when both are located, the places agree (the same place, two points within
   `near_km`, or an area and a place in it; two places of no country by distance).
3. **Score**: the evidence summed (the same day named by both texts, the same full CAMEO code,
   the same trigger, a shared named party, shared wording, agreeing places, less for a side
   that one lacks, less for coarse dates reported more than `coarse_report_days` apart); the
   pair is linked when it reaches `threshold`. So two reports dated only coarsely must share
   some evidence beyond the codes.
4. **Grouping.** Within each connected group of links, links are taken strongest first and two
   incidents merge unless that would join dates with no day in common, places that disagree,
   or two reports of one article without narrowing the incident to a single day: a
   month-dated report cannot chain two different days.
5. **Plans.** Planned reports form planned incidents among themselves; a planned incident
   linked to a real one is `fulfilled_by` it (the strongest), and its events' exported
   `incident` is the real one's id.

The result is a function of the set of stored events: a write recomputes every connected group
it touches, found by following links out from the batch (and from the groups its articles had
before, so a re-coded article leaves no stale link). Ids are the smallest event hash of the
incident, so re-running changes nothing and arrival order does not matter. A full recompute
(`link_all`) works in bounded batches (`[scale]` in incidents.toml): candidates found and
scored a part of the events at a time into a table of links, components by a union-find
streamed over the links, grouping a chunk of whole components at a time; memory stays
bounded, the result is the same.
"""

from __future__ import annotations

import csv
import math
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb

from ..errors import E_DATA_BAD_ROW, DataFileError
from ..resources import load_toml

RULES_FILE = "store/incidents.toml"
CODE = re.compile(r"^[A-Za-z0-9_]{1,24}$")
WORD = re.compile(r"^[a-z]+$")


def hash64(sql: str) -> str:
    """SQL for the 64-bit hash of the text `sql` (event ids, word and block keys): the value of
    md5_number_upper, which DuckDB computes 4x slower (3.0 against 0.74 s on 3M strings, 2
    threads); the ids are exported (`inc-HEX`), so the value, not only the speed, must not
    change (tests/store/test_incidents.py holds the two equal)."""
    return f"CAST(md5_number({sql}) & 18446744073709551615 AS UBIGINT)"


@dataclass(frozen=True, slots=True)
class Rules:
    real: tuple[str, ...]
    planned: tuple[str, ...]
    fallback_marker: str
    fallback_back_days: int
    none_back_days: int
    coarse_span_days: int
    coarse_report_days: int
    place_span_days: int
    open_markers: tuple[str, ...]
    open_forward_days: int
    since_markers: tuple[str, ...]
    since_forward_days: int
    sector_groups: tuple[tuple[str, ...], ...]
    symmetric_types: tuple[str, ...]
    symmetric_prefixes: tuple[str, ...]
    near_km: float
    area_kinds: tuple[str, ...]
    score: dict[str, float]
    stop: tuple[str, ...]
    min_length: int
    batch_events: int = 100_000
    batch_edges: int = 500_000


def load_rules() -> Rules:
    data = load_toml(RULES_FILE)
    return Rules(
        real=tuple(data["status"]["real"]), planned=tuple(data["status"]["planned"]),
        fallback_marker=data["dates"]["fallback_rule_marker"],
        fallback_back_days=int(data["dates"]["fallback_back_days"]),
        none_back_days=int(data["dates"]["none_back_days"]), coarse_span_days=int(data["dates"]["coarse_span_days"]),
        coarse_report_days=int(data["dates"]["coarse_report_days"]),
        place_span_days=int(data["dates"]["place_span_days"]),
        open_markers=tuple(data["dates"]["open_rule_markers"]),
        open_forward_days=int(data["dates"]["open_forward_days"]),
        since_markers=tuple(data["dates"]["since_rule_markers"]),
        since_forward_days=int(data["dates"]["since_forward_days"]),
        sector_groups=tuple(tuple(g) for g in data["parties"]["sector_groups"]),
        symmetric_types=tuple(data["parties"]["symmetric_types"]),
        symmetric_prefixes=tuple(data["parties"]["symmetric_cameo_prefixes"]),
        near_km=float(data["places"]["near_km"]), area_kinds=tuple(data["places"]["area_kinds"]),
        score={k: float(v) for k, v in data["score"].items()},
        stop=tuple(data["words"]["stop"]), min_length=int(data["words"]["min_length"]),
        batch_events=int(data["scale"]["batch_events"]), batch_edges=int(data["scale"]["batch_edges"]))


# -- SQL text built from the rules (only codes and words that pass CODE / WORD are spliced in) --

def sql_list(values: Iterable[str], pattern: re.Pattern[str] = CODE) -> str:
    """A SQL list literal of checked values: they come from our data file, not from input."""
    vals = list(values)
    for v in vals:
        if not pattern.match(v):
            raise DataFileError(f"{RULES_FILE}: {v!r} is not a plain code or word [{E_DATA_BAD_ROW}]")
    return "[" + ", ".join(f"'{v}'" for v in vals) + "]"


def sector_group_sql(rules: Rules, var: str) -> str:
    """The sector group of `var.sector`: the first sector of its group, or itself."""
    cases = " ".join(f"WHEN list_contains({sql_list(g)}, {var}.sector) THEN '{g[0]}'" for g in rules.sector_groups)
    return f"CASE {cases} ELSE {var}.sector END" if cases else f"{var}.sector"


def parts_sql(rules: Rules, side: str) -> str:
    return (f"list_transform(list_filter({side}, p -> p.code IS NOT NULL), "
            f"p -> p.code || ':' || coalesce({sector_group_sql(rules, 'p')}, ''))")


def full_sql(rules: Rules, side: str) -> str:
    return (f"list_transform(list_filter({side}, p -> p.code IS NOT NULL AND p.sector IS NOT NULL), "
            f"p -> p.code || ':' || {sector_group_sql(rules, 'p')})")


def bare_sql(side: str) -> str:
    return (f"list_distinct(list_transform(list_filter({side}, p -> p.code IS NOT NULL AND p.sector IS NULL), "
            "p -> p.code))")


def codes_sql(side: str) -> str:
    return f"list_distinct(list_transform(list_filter({side}, p -> p.code IS NOT NULL), p -> p.code))"


# The columns of incident_events that the gates and the score read.
COMPARED = ("article_id", "event_type", "root", "cameo", "planned", "lo", "hi", "exact_day", "reciprocal", "published",
            "trigger", "names", "words", "geonameid", "place_country", "lat", "lon", "area", "actor_parts",
            "recipient_parts", "actor_full", "recipient_full", "actor_bare", "recipient_bare", "actor_codes",
            "recipient_codes")

PARTS_TYPE = '[{"code":"VARCHAR","sector":"VARCHAR","name":"VARCHAR"}]'


def features_sql(rules: Rules, where: str) -> str:
    """INSERT of the compared features of the events selected by `where` (on events e)."""
    statuses = sql_list(rules.real + rules.planned)
    symmetric = " OR ".join([f"list_contains({sql_list(rules.symmetric_types)}, e.event_type)"]
                            + [f"starts_with(coalesce(e.cameo, ''), '{p}')" for p in rules.symmetric_prefixes
                               if CODE.match(p)])
    stem = "CASE WHEN length(w) > 4 AND suffix(w, 's') THEN left(w, length(w) - 1) ELSE w END"
    # stop words go in one regular expression pass: a lookup per word is far slower at scale
    stop = "\\b(?:" + "|".join(w for w in rules.stop if WORD.match(w)) + ")\\b"
    words = (f"list_transform(list_distinct(list_filter(list_transform(regexp_split_to_array(regexp_replace("
             f"lower(coalesce(e.evidence, '')), '{stop}', ' ', 'g'), '[^a-z0-9]+'), w -> {stem}), "
             f"w -> length(w) >= {rules.min_length})), w -> {hash64('w')})")
    return f"""
INSERT INTO incident_events
WITH ev AS (
    SELECT e.*, a.published AS pub, a.outlet AS src,
           from_json(e.record->'actor', '{PARTS_TYPE}') AS aparts,
           from_json(e.record->'recipient', '{PARTS_TYPE}') AS rparts,
           contains(coalesce(e.rule, ''), $marker) AS fallback,
           len(list_filter($open_markers, m -> contains(coalesce(e.rule, ''), m))) > 0 AS open_ended,
           len(list_filter($since_markers, m -> contains(coalesce(e.rule, ''), m))) > 0 AS since,
           CASE e.date_precision WHEN 'day' THEN TRY_CAST(e.date AS DATE)
                WHEN 'month' THEN TRY_CAST(e.date || '-01' AS DATE)
                WHEN 'year' THEN TRY_CAST(e.date || '-01-01' AS DATE) END AS d0
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE list_contains({statuses}, e.status) AND ({where})
), kinds AS (
    SELECT article_id, geonameid, any_value(record->>'kind') AS kind FROM places
    WHERE geonameid IS NOT NULL GROUP BY ALL
)
SELECT {hash64("e.article_id || '#' || e.idx")}, e.article_id, e.idx, e.id, e.event_type, e.cameo,
       left(e.cameo, 2), e.status, list_contains({sql_list(rules.planned)}, e.status), e.date, e.date_precision,
       CASE WHEN e.fallback THEN e.pub - $fallback_days WHEN e.d0 IS NULL THEN e.pub - $none_days ELSE e.d0 END,
       CASE WHEN e.fallback THEN e.pub
            WHEN e.d0 IS NULL THEN e.pub + CASE WHEN e.open_ended THEN $open_days ELSE 0 END
            WHEN e.since THEN greatest(e.d0, e.pub + $since_days)
            WHEN e.date_precision = 'month' THEN last_day(e.d0)
            WHEN e.date_precision = 'year' THEN CAST(e.d0 + INTERVAL 1 YEAR AS DATE) - 1 ELSE e.d0 END,
       e.date_precision = 'day' AND e.d0 IS NOT NULL AND NOT e.fallback AND NOT e.since,
       {parts_sql(rules, 'e.aparts')}, {parts_sql(rules, 'e.rparts')},
       {full_sql(rules, 'e.aparts')}, {full_sql(rules, 'e.rparts')},
       {bare_sql('e.aparts')}, {bare_sql('e.rparts')}, {codes_sql('e.aparts')}, {codes_sql('e.rparts')},
       {symmetric},
       list_transform(list_distinct(list_filter(list_transform(list_concat(e.aparts, e.rparts),
                                                p -> CASE WHEN p.sector IS NOT NULL THEN lower(p.name) END),
                                 x -> x IS NOT NULL)), x -> {hash64('x')}),
       {words}, lower(e.trigger),
       TRY_CAST(e.record->'location'->>'geonameid' AS BIGINT), e.country, e.lat, e.lon,
       coalesce(list_contains({sql_list(rules.area_kinds)}, k.kind), FALSE),
       e.actor, e.recipient, e.location, e.sentence, e.evidence,
       coalesce(TRY_CAST(e.record->>'mentions' AS INTEGER), 1), e.pub, e.src
FROM ev e LEFT JOIN kinds k ON k.article_id = e.article_id
     AND k.geonameid = TRY_CAST(e.record->'location'->>'geonameid' AS BIGINT)
"""


# the keys hashed as hash64() does (this is a str.format template, so written out)
BLOCKS_SQL = """
INSERT INTO incident_blocks
WITH f AS (
    SELECT eid, lo, hi, hi - lo > {coarse_days} AS coarse, published AS pub, date_precision = 'none' AS undated, cameo,
           list_distinct(list_transform(actor_parts, p -> split_part(p, ':', 1))) AS ac,
           list_distinct(list_transform(recipient_parts, p -> split_part(p, ':', 1))) AS rc,
           event_type, list_filter([event_type, 'r' || root], t -> t IS NOT NULL) AS fams, geonameid, area
    FROM incident_events WHERE lo IS NOT NULL AND ({where})
), keys AS (
    SELECT eid, lo, hi, coarse, pub, undated, cameo, event_type, t, geonameid, area, by_root,
           len(ac) > 0 AND len(rc) > 0 AS complete,
           CASE WHEN len(ac) > 0 AND len(rc) > 0 THEN list_distinct(flatten(
               list_transform(ac, a -> list_transform(rc, r -> 'x|' || t || '|' || least(a, r) || '|'
                                                           || greatest(a, r))))) ELSE [] END AS xkeys,
           list_transform(list_distinct(list_concat(ac, rc)), c -> 'c|' || t || '|' || c) AS ckeys
    FROM (SELECT *, unnest(fams) AS t, generate_subscripts(fams, 1) = 2 AS by_root FROM f)
)
SELECT CAST(md5_number(unnest(xkeys)) & 18446744073709551615 AS UBIGINT), TRUE, by_root, event_type, FALSE, eid,
       lo, hi, coarse, pub, undated, cameo
FROM keys
UNION ALL
SELECT CAST(md5_number(unnest(ckeys)) & 18446744073709551615 AS UBIGINT), FALSE, by_root, event_type,
       NOT complete, eid, lo, hi, coarse, pub, undated, cameo
FROM keys
UNION ALL
-- a place key: reports of one city (not an area) meet whenever they were published, so a month-dated
-- background mention months later finds the event; on such a key only a span longer than a month
-- (a year) counts as coarse and keeps the publication-distance bound; the score weighs the distance
SELECT CAST(md5_number('g|' || t || '|' || geonameid) & 18446744073709551615 AS UBIGINT), TRUE, by_root,
       event_type, FALSE, eid, lo, hi,
       hi - lo > {place_days}, pub, undated, cameo
FROM keys WHERE geonameid IS NOT NULL AND NOT area
"""


def pairs_sql(rules: Rules, left: str, right: str = "SELECT * FROM incident_blocks", *, owned: bool = False) -> str:
    """Candidate pairs (ea < eb) of a block row of `left` with one of `right` (queries of
    incident_blocks rows): blocked, windowed. `owned`: only pairs whose `left` end comes later in
    (lo, eid) order, so a partition of the events into `left` slices (by lo) gives each pair
    exactly once, and the `right` rows a slice needs are those whose span reaches into it.

    A block is large (every ASSAULT of one country), so its rows are not joined on the key
    alone: every candidate either has two short spans that overlap, so starts at most
    `place_span_days` apart, or has a coarse end, so was published at most
    `coarse_report_days` apart. Each row is put in a bucket of that many days (of its start, or
    of its publication), and a `left` row meets the rows of its key in its own bucket and the
    two beside it: equality joins, each row against a few weeks of its block."""
    width = max(rules.place_span_days, rules.coarse_span_days, rules.coarse_report_days) + 1
    # the date gate asks the spans to overlap, so candidates need no wider window than that
    # coarsely dated reports are compared only with reports published about the same time: a
    # year or an undated background mention would otherwise meet every report of the year
    near = (f"b.lo <= a.hi AND a.lo <= b.hi AND a.eid <> b.eid AND (NOT (a.coarse OR b.coarse) "
            f"OR abs(date_diff('day', a.pub, b.pub)) <= {int(rules.coarse_report_days)}) "
            # complete events meet on their country pair; a side missing meets on one country
            "AND (a.pair OR a.wild OR b.wild) "
            # a pair of one type meets on its type's key; the root's key is for types that differ
            "AND (NOT a.by_root OR a.event_type IS DISTINCT FROM b.event_type) "
            # two reports that neither date the event have only the action to go on: the same code
            "AND NOT (coalesce(a.undated, FALSE) AND coalesce(b.undated, FALSE) "
            "AND a.cameo IS DISTINCT FROM b.cameo)"
            + (" AND (b.lo < a.lo OR (b.lo = a.lo AND b.eid < a.eid))" if owned else ""))

    def bucket(day: str) -> str:
        return f"CAST(floor(date_diff('day', DATE '2000-01-01', {day}) / {width}) AS BIGINT)"

    return f"""
WITH lb AS (SELECT *, {bucket('lo')} AS lo_k, {bucket('pub')} AS pub_k FROM ({left})),
     rb AS (SELECT *, {bucket('lo')} AS lo_k, {bucket('pub')} AS pub_k FROM ({right})),
     la AS (SELECT *, unnest([lo_k - 1, lo_k, lo_k + 1]) AS lo_near, unnest([pub_k - 1, pub_k, pub_k + 1]) AS pub_near
            FROM lb)
SELECT DISTINCT least(ae, be) AS ea, greatest(ae, be) AS eb FROM (
    SELECT a.eid AS ae, b.eid AS be FROM (SELECT * FROM la WHERE NOT coarse) a
        JOIN (SELECT * FROM rb WHERE NOT coarse) b ON b.bkey = a.bkey AND b.lo_k = a.lo_near AND {near}
    UNION ALL
    SELECT a.eid, b.eid FROM (SELECT * FROM la WHERE coarse) a
        JOIN rb b ON b.bkey = a.bkey AND b.pub_k = a.pub_near AND {near}
    UNION ALL
    SELECT a.eid, b.eid FROM (SELECT * FROM la WHERE NOT coarse) a
        JOIN (SELECT * FROM rb WHERE coarse) b ON b.bkey = a.bkey AND b.pub_k = a.pub_near AND {near}
)
"""


def scored_sql(rules: Rules, pairs: str, features: str) -> str:
    """Linked pairs (ea, eb, score, plan) among the candidate pairs (ea, eb) of table `pairs`,
    each end's compared features read from `features` (incident_events or a slice of it)."""
    s = rules.score
    # Two sides agree when one is empty, or a part of each has the same country and the same
    # sector group, or a part without a sector has a country of the other side.
    def ok(x: str, y: str) -> str:
        return (f"(len(a.{x}_codes) = 0 OR len(b.{y}_codes) = 0 OR list_has_any(a.{x}_full, b.{y}_full) "
                f"OR list_has_any(a.{x}_bare, b.{y}_codes) OR list_has_any(b.{y}_bare, a.{x}_codes))")

    located_a = "(a.geonameid IS NOT NULL OR a.lat IS NOT NULL)"
    located_b = "(b.geonameid IS NOT NULL OR b.lat IS NOT NULL)"
    km = ("2 * 6371 * asin(sqrt(pow(sin(radians(b.lat - a.lat) / 2), 2) + cos(radians(a.lat)) * "
          "cos(radians(b.lat)) * pow(sin(radians(b.lon - a.lon) / 2), 2)))")
    # as places_agree: a place with no country (the European Union as a point) meets another
    # with none by distance; NULL comparisons must not turn "unknown" into "disagree" silently
    place_agree = (f"coalesce(a.geonameid = b.geonameid OR (a.place_country IS NOT DISTINCT FROM b.place_country "
                   f"AND (a.area OR b.area OR (a.lat IS NOT NULL AND b.lat IS NOT NULL "
                   f"AND {km} <= {float(rules.near_km)}))), FALSE)")
    # the words of each are distinct already: a filter is list_intersect without its hashing
    overlap = ("CASE WHEN least(len(a.words), len(b.words)) = 0 THEN 0.0 ELSE "
               "len(list_filter(a.words, w -> list_contains(b.words, w))) / least(len(a.words), len(b.words)) END")
    missing = ("(CAST((len(a.actor_parts) = 0) <> (len(b.actor_parts) = 0) AS INTEGER) + "
               "CAST((len(a.recipient_parts) = 0) <> (len(b.recipient_parts) = 0) AS INTEGER))")
    same_day = "(a.exact_day AND b.exact_day AND a.lo = b.lo)"
    # coarse dates reported far apart in time (met on a place key): the dates say less
    far = (f"((a.hi - a.lo > {int(rules.coarse_span_days)} OR b.hi - b.lo > {int(rules.coarse_span_days)}) "
           f"AND abs(date_diff('day', a.published, b.published)) > {int(rules.coarse_report_days)})")
    score = (f"CASE WHEN {same_day} THEN {s['same_day']} ELSE {s['dates_overlap']} END"
             f" + {s['same_cameo']} * CAST(coalesce(a.cameo = b.cameo, FALSE) AS INTEGER)"
             f" + {s['same_trigger']} * CAST(coalesce(a.trigger = b.trigger, FALSE) AS INTEGER)"
             f" + {s['shared_name']} * CAST(list_has_any(a.names, b.names) AS INTEGER)"
             f" + {s['wording']} * ({overlap})"
             # a place of the gazetteer on both: a point with no geonames id (the European Union
             # placed where it acts) names the actor again, not where the event happened
             f" + {s['place']} * CAST(a.geonameid IS NOT NULL AND b.geonameid IS NOT NULL AS INTEGER)"
             f" + {s['missing_side']} * {missing}"
             f" - {s['far_report']} * CAST({far} AS INTEGER)")
    parties = (f"(({ok('actor', 'actor')} AND {ok('recipient', 'recipient')})"
               f" OR ((a.reciprocal OR b.reciprocal) AND {ok('actor', 'recipient')} AND {ok('recipient', 'actor')}))")
    gates = (f"a.article_id <> b.article_id"
             f" AND (a.event_type = b.event_type OR (a.root = b.root AND a.root <> ''))"
             f" AND a.lo <= b.hi AND b.lo <= a.hi"
             f" AND (NOT ({located_a} AND {located_b}) OR {place_agree})"
             f" AND {parties}")
    # The gates are one CASE, the score is NULL where they fail: a CASE is opaque to the join
    # planner, which would otherwise take the gates' comparisons of a with b for a join
    # condition and may join the two ends' features first (all pairs) before the pairs table.
    return f"""
SELECT ea, eb, score, plan FROM (
    SELECT p.ea, p.eb, CASE WHEN {gates} THEN {score} END AS score, a.planned <> b.planned AS plan
    FROM {pairs} p JOIN {features} a ON a.eid = p.ea JOIN {features} b ON b.eid = p.eb
) WHERE score >= {s['threshold']}
"""


# -- grouping: pure functions over plain values ----------------------------------------------

# A link between two events: (smaller eid, larger eid, score, one planned and one not).
Edge = tuple[int, int, float, bool]
# The same order as strongest_first, for a query over a links table.
STRONGEST_FIRST = "score DESC, ea, eb"


@dataclass(frozen=True, slots=True)
class Member:
    """What the grouping needs of one event."""

    eid: int
    article_id: str
    planned: bool
    lo: int | None  # ordinal days
    hi: int | None
    place: tuple[int | None, str | None, float | None, float | None, bool] | None  # geonameid, country, lat, lon, area


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def places_agree(p: tuple, q: tuple, near_km: float) -> bool:
    """The same rule as the SQL gate: same place, or same country and an area or nearby points."""
    if p[0] is not None and p[0] == q[0]:
        return True
    if p[1] != q[1]:
        return False
    if p[4] or q[4]:
        return True
    return p[2] is not None and q[2] is not None and km_between((p[2], p[3]), (q[2], q[3])) <= near_km


@dataclass(slots=True)
class Group:
    members: list[Member]
    articles: set[str]
    lo: int | None
    hi: int | None
    places: list[tuple] = field(default_factory=list)


def group_of(m: Member) -> Group:
    return Group([m], {m.article_id}, m.lo, m.hi, [m.place] if m.place else [])


def can_merge(g: Group, h: Group, near_km: float) -> bool:
    """Two groups may become one incident: a day in common, agreeing places, and an article in
    both only when together they come down to one day (an article telling one event twice, in
    two sentences coded differently; two events of one article on different days stay apart)."""
    dated = g.lo is not None and h.lo is not None and g.hi is not None and h.hi is not None
    lo = max(g.lo, h.lo) if dated else None  # type: ignore[type-var]
    hi = min(g.hi, h.hi) if dated else None  # type: ignore[type-var]
    if lo is not None and hi is not None and lo > hi:
        return False
    if g.articles & h.articles and not (lo is not None and lo == hi):
        return False
    return all(places_agree(p, q, near_km) for p in g.places for q in h.places)


def absorb(g: Group, h: Group) -> None:
    """Merge `h` into `g`, in place (the caller keeps the larger: merging stays n log n)."""
    g.lo = h.lo if g.lo is None else g.lo if h.lo is None else max(g.lo, h.lo)
    g.hi = h.hi if g.hi is None else g.hi if h.hi is None else min(g.hi, h.hi)
    g.members.extend(h.members)
    g.articles |= h.articles
    # distinct places only: a wire story copied a hundred times has one place, not a hundred
    g.places.extend(p for p in h.places if p not in g.places)


def strongest_first(edges: Iterable[Edge]) -> list[Edge]:
    """Links in the order the grouping takes them: score down, then eids up (as STRONGEST_FIRST)."""
    return sorted(edges, key=lambda e: (-e[2], e[0], e[1]))


def group_component(members: Sequence[Member], edges: Sequence[Edge], near_km: float, *,
                    ordered: bool = False) -> dict[int, tuple[int, int | None]]:
    """{eid: (incident key, fulfilled-by key or None)} for one connected component. Keys are the
    smallest eid of each incident. Links are taken strongest first (ties by eids), so the result
    depends only on the sets of members and edges; `ordered`: the edges come in that order
    already (sorted by the database), not sorted again."""
    by_eid = {m.eid: m for m in members}
    group: dict[int, Group] = {m.eid: group_of(m) for m in members}
    for ea, eb, _score, plan in (edges if ordered else strongest_first(edges)):
        if plan:
            continue
        g, h = group[ea], group[eb]
        if g is h or not can_merge(g, h, near_km):
            continue
        if len(g.members) < len(h.members):
            g, h = h, g
        absorb(g, h)
        for m in h.members:
            group[m.eid] = g
    distinct = {id(g): g for g in group.values()}
    key_of = {i: min(m.eid for m in g.members) for i, g in distinct.items()}
    owner = {eid: key_of[id(g)] for eid, g in group.items()}
    # a planned incident is carried out by the real one its links point to most strongly
    pull: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for ea, eb, score, plan in edges:
        if plan:
            p, r = (ea, eb) if by_eid[ea].planned else (eb, ea)
            pull[owner[p]][owner[r]] += score
    fulfilled = {k: min(v.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, v in pull.items()}
    return {eid: (key, fulfilled.get(key)) for eid, key in owner.items()}


def components(nodes: Iterable[int], edges: Iterable[Edge]) -> dict[int, int]:
    """{eid: smallest eid of its connected component} (union-find with path halving)."""
    parent = {n: n for n in nodes}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ea, eb, _s, _p in edges:
        ra, rb = find(ea), find(eb)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {n: find(n) for n in parent}


def incident_id(key: int) -> str:
    return f"inc-{key:016x}"


# -- the store side ---------------------------------------------------------------------------

def refresh_features(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str] | None, rules: Rules) -> None:
    """Recompute the compared features and block keys of these articles' events (all if None)."""
    params = {"marker": rules.fallback_marker, "fallback_days": rules.fallback_back_days,
              "none_days": rules.none_back_days, "open_markers": list(rules.open_markers),
              "open_days": rules.open_forward_days, "since_markers": list(rules.since_markers),
              "since_days": rules.since_forward_days}
    if article_ids is None:
        con.execute("DELETE FROM incident_blocks")
        con.execute("DELETE FROM incident_events")
        con.execute(features_sql(rules, "TRUE"), params)
        con.execute(BLOCKS_SQL.format(where="TRUE", coarse_days=rules.coarse_span_days,
                                      place_days=rules.place_span_days))
        return
    con.execute("DELETE FROM incident_blocks WHERE eid IN (SELECT eid FROM incident_events "
                "WHERE article_id IN (SELECT unnest($ids)))", {"ids": list(article_ids)})
    con.execute("DELETE FROM incident_events WHERE article_id IN (SELECT unnest($ids))", {"ids": list(article_ids)})
    con.execute(features_sql(rules, "e.article_id IN (SELECT unnest($ids))"), {**params, "ids": list(article_ids)})
    con.execute(BLOCKS_SQL.format(where="article_id IN (SELECT unnest($ids))", coarse_days=rules.coarse_span_days,
                                  place_days=rules.place_span_days),
                {"ids": list(article_ids)})


def set_scope(con: duckdb.DuckDBPyConnection, name: str, eids: Iterable[int]) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (eid UBIGINT PRIMARY KEY)")
    eids = list(eids)
    if eids:
        con.execute(f"INSERT INTO {name} SELECT DISTINCT unnest($e)", {"e": eids})


def table_of_rows(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, str],
                  rows: Iterable[Sequence[object]]) -> None:
    """Temporary table `name` ({column: SQL type}) holding `rows` (None for NULL). The rows go
    through a temporary CSV file: DuckDB loads that far faster than row inserts."""
    fd, path = tempfile.mkstemp(suffix=".csv", prefix="communique-incidents-")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(columns)
            out.writerows(rows)
        types = ", ".join(f"'{column}': '{sql_type}'" for column, sql_type in columns.items())
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM read_csv($p, header = true, "
                    f"columns = {{{types}}})", {"p": path})
    finally:
        os.unlink(path)


def links_table(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (ea UBIGINT, eb UBIGINT, score DOUBLE, plan BOOLEAN)")


def find_links(con: duckdb.DuckDBPyConnection, rules: Rules, into: str, left: str,
               right: str = "SELECT * FROM incident_blocks", features: str = "incident_events", *,
               owned: bool = False, params: dict | None = None) -> None:
    """Insert into links table `into` the linked pairs of the block rows of query `left` with
    those of `right` (pairs_sql), each end's features read from `features`: the one linking step
    of a write (its events against the store) and of a full recompute (a slice of the calendar
    against its window). The candidates go into a table of their own first (two ids a row): the
    scoring then joins it to both ends' features by equality only."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _inc_pairs AS {pairs_sql(rules, left, right, owned=owned)}", params)
    con.execute(f"INSERT INTO {into} {scored_sql(rules, '_inc_pairs', features)}")
    con.execute("DROP TABLE _inc_pairs")


def fetch_edges(con: duckdb.DuckDBPyConnection, select: str, params: dict | None = None) -> list[Edge]:
    """The (ea, eb, score, plan) rows of `select`: DuckDB returns them as Python ints, a float
    and a bool already."""
    return con.execute(select, params).fetchall()


def linked_edges(con: duckdb.DuckDBPyConnection, rules: Rules, left: str) -> list[Edge]:
    """The linked pairs with one end among the eids of table `left` (a write's few events)."""
    links_table(con, "_inc_found")
    find_links(con, rules, "_inc_found", f"SELECT b.* FROM incident_blocks b JOIN {left} s ON s.eid = b.eid")
    edges = fetch_edges(con, "SELECT ea, eb, score, plan FROM _inc_found")
    con.execute("DROP TABLE _inc_found")
    return edges


def closure(con: duckdb.DuckDBPyConnection, rules: Rules, seeds: set[int]) -> tuple[set[int], set[Edge]]:
    """The seeds and everything linked to them, with the stored groups of what is reached (a
    link may have been cut by the batch): the scope to recompute, and its links."""
    scope: set[int] = set()
    edges: set[Edge] = set()
    frontier = set(seeds)
    while frontier:
        frontier |= stored_groups(con, frontier)
        frontier -= scope
        if not frontier:
            break
        scope |= frontier
        set_scope(con, "_inc_frontier", frontier)
        found = linked_edges(con, rules, "_inc_frontier")
        edges.update(found)
        frontier = {x for e in found for x in e[:2]} - scope
    return scope, edges


def stored_groups(con: duckdb.DuckDBPyConnection, eids: set[int]) -> set[int]:
    """Every event of the stored components that any of `eids` belongs to."""
    set_scope(con, "_inc_probe", eids)
    rows = con.execute("SELECT r.eid FROM incident_reports r WHERE r.component IN "
                       "(SELECT component FROM incident_reports JOIN _inc_probe USING (eid)) "
                       "AND r.eid IN (SELECT eid FROM incident_events)").fetchall()
    return {int(r[0]) for r in rows}


# A date as Python's date.toordinal() counts it (0001-01-01 is day 1).
ORDINAL_SQL = "date_diff('day', DATE '0001-01-01', {}) + 1"


def members_of(con: duckdb.DuckDBPyConnection, name: str) -> list[Member]:
    rows = con.execute(
        f"SELECT e.eid, e.article_id, e.planned, {ORDINAL_SQL.format('e.lo')}, {ORDINAL_SQL.format('e.hi')}, "
        f"e.geonameid, e.place_country, e.lat, e.lon, e.area FROM incident_events e JOIN {name} s USING (eid)"
    ).fetchall()
    out = []
    for eid, art, planned, lo, hi, gid, country, lat, lon, area in rows:
        located = gid is not None or lat is not None
        out.append(Member(eid, art, bool(planned), lo, hi, (gid, country, lat, lon, bool(area)) if located else None))
    return out


# (eid, component, incident key, fulfilled-by key or None): one event's assignment.
Assigned = tuple[int, int, int, int | None]


def assign(members: Sequence[Member], edges: Iterable[Edge], near_km: float, *,
           component: dict[int, int] | None = None, ordered: bool = False) -> Iterator[Assigned]:
    """The assignment of every member. `component`: each member's component, when known
    already (else found from the edges); `ordered`: the edges come strongest first."""
    edges = list(edges)
    comp = component if component is not None else components((m.eid for m in members), edges)
    by_comp: dict[int, list[Member]] = defaultdict(list)
    for m in members:
        by_comp[comp[m.eid]].append(m)
    edges_by: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        edges_by[comp[e[0]]].append(e)
    for c, ms in by_comp.items():
        if len(ms) == 1:
            yield ms[0].eid, c, ms[0].eid, None
            continue
        for eid, (key, fulfilled) in group_component(ms, edges_by[c], near_km, ordered=ordered).items():
            yield eid, c, key, fulfilled


# incident_id in SQL, for a UBIGINT key
ID_SQL = "'inc-' || lpad(lower(hex({})), 16, '0')"


def assigned_table(con: duckdb.DuckDBPyConnection, rows: Iterable[Assigned]) -> None:
    """Table _inc_assigned (eid, component, incident id, fulfilled-by id) of these rows."""
    table_of_rows(con, "_inc_keys", {"eid": "UBIGINT", "component": "UBIGINT", "incident": "UBIGINT",
                                     "fulfilled": "UBIGINT"}, rows)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _inc_assigned AS SELECT eid, component, {ID_SQL.format('incident')} "
                f"AS incident, CASE WHEN fulfilled IS NOT NULL THEN {ID_SQL.format('fulfilled')} END AS fulfilled "
                "FROM _inc_keys")
    con.execute("DROP TABLE _inc_keys")


def write_incidents(con: duckdb.DuckDBPyConnection) -> None:
    """Reports and incidents from the assignment in table _inc_assigned."""
    con.execute("""
INSERT INTO incident_reports
SELECT m.incident, m.component, e.eid, e.article_id, e.idx, e.event_id, e.sentence, e.evidence, e.mentions,
       e.published, e.outlet
FROM _inc_assigned m JOIN incident_events e USING (eid)""")
    # The incident is told by its best report: dated most precisely, then most mentioned.
    con.execute("""
INSERT INTO incidents
WITH x AS (
    SELECT m.incident, m.component, m.fulfilled, e.*,
           CASE WHEN e.exact_day THEN 0 WHEN e.date_precision = 'day' THEN 1 WHEN e.date_precision = 'month' THEN 2
                WHEN e.date_precision = 'year' THEN 3 ELSE 4 END AS prank
    FROM _inc_assigned m JOIN incident_events e USING (eid)
)
SELECT incident, any_value(component),
       CASE WHEN bool_or(planned) THEN 'planned' WHEN bool_or(status = 'asserted') THEN 'asserted'
            ELSE 'reported' END,
       any_value(fulfilled),
       first(event_type ORDER BY prank, mentions DESC, published, article_id, idx),
       first(cameo ORDER BY prank, mentions DESC, published, article_id, idx),
       first(actor ORDER BY (actor IS NULL), prank, mentions DESC, published, article_id, idx),
       first(recipient ORDER BY (recipient IS NULL), prank, mentions DESC, published, article_id, idx),
       first(date ORDER BY prank, mentions DESC, published, article_id, idx),
       first(date_precision ORDER BY prank, mentions DESC, published, article_id, idx),
       first(location ORDER BY (location IS NULL), area, prank, mentions DESC, published, article_id, idx),
       first(place_country ORDER BY (location IS NULL), area, prank, mentions DESC, published, article_id, idx),
       first(lat ORDER BY (location IS NULL), area, prank, mentions DESC, published, article_id, idx),
       first(lon ORDER BY (location IS NULL), area, prank, mentions DESC, published, article_id, idx),
       sum(mentions), count(DISTINCT article_id), count(DISTINCT outlet), min(published), max(published),
       first(evidence ORDER BY prank, mentions DESC, published, article_id, idx),
       first(article_id ORDER BY prank, mentions DESC, published, article_id, idx)
FROM x GROUP BY incident""")


def link_articles(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    """After these articles were (re)written: recompute every incident their events touch,
    now or before. Runs inside the caller's transaction."""
    rules = load_rules()
    ids = list(article_ids)
    old = {int(r[0]) for r in con.execute(
        "SELECT DISTINCT component FROM incident_reports WHERE article_id IN (SELECT unnest($ids))",
        {"ids": ids}).fetchall()}
    refresh_features(con, ids, rules)
    seeds = {int(r[0]) for r in con.execute(
        "SELECT eid FROM incident_events WHERE article_id IN (SELECT unnest($ids)) UNION "
        "SELECT r.eid FROM incident_reports r JOIN incident_events USING (eid) "
        "WHERE r.component IN (SELECT unnest($old))", {"ids": ids, "old": list(old)}).fetchall()}
    scope, edges = closure(con, rules, seeds)
    set_scope(con, "_inc_scope", scope)
    touched = old | {int(r[0]) for r in con.execute(
        "SELECT DISTINCT component FROM incident_reports JOIN _inc_scope USING (eid)").fetchall()}
    con.execute("DELETE FROM incidents WHERE component IN (SELECT unnest($c))", {"c": list(touched)})
    con.execute("DELETE FROM incident_reports WHERE component IN (SELECT unnest($c)) "
                "OR article_id IN (SELECT unnest($ids))", {"c": list(touched), "ids": ids})
    assigned_table(con, assign(members_of(con, "_inc_scope"), edges, rules.near_km))
    write_incidents(con)


def link_all(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every incident of the store from its events, in bounded batches: candidate
    pairs found and scored a slice of the calendar at a time into a table of links, components
    found by streaming the links through a union-find, and grouped a chunk of whole components
    at a time; events with no link are incidents of their own, written in SQL."""
    rules = load_rules()
    unlink_all(con)
    refresh_features(con, None, rules)
    score_all(con, rules)
    label_components(con, rules)
    assigned_table(con, chunk_assignments(con, rules))
    con.execute(f"INSERT INTO _inc_assigned SELECT eid, eid, {ID_SQL.format('eid')}, NULL "
                "FROM incident_events WHERE eid NOT IN (SELECT eid FROM _inc_labels)")
    write_incidents(con)
    for table in ("_inc_links", "_inc_labels", "_inc_chunk", "_inc_assigned"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def chunk_assignments(con: duckdb.DuckDBPyConnection, rules: Rules) -> Iterator[Assigned]:
    """The assignment of every linked event, a chunk of whole components of _inc_labels at a
    time; each chunk's links come from the database grouped by component and strongest first,
    so neither the components nor the order are worked out again in Python."""
    chunks = con.execute("SELECT max(chunk) FROM _inc_labels").fetchone()
    for chunk in range(int(chunks[0]) + 1 if chunks and chunks[0] is not None else 0):
        con.execute("CREATE OR REPLACE TEMP TABLE _inc_chunk AS SELECT eid, component FROM _inc_labels "
                    "WHERE chunk = $c", {"c": chunk})
        component = dict(con.execute("SELECT eid, component FROM _inc_chunk").fetchall())
        edges = fetch_edges(con, "SELECT l.ea, l.eb, l.score, l.plan FROM _inc_links l JOIN _inc_chunk c "
                                 f"ON c.eid = l.ea ORDER BY c.component, {STRONGEST_FIRST}")
        yield from assign(members_of(con, "_inc_chunk"), edges, rules.near_km, component=component, ordered=True)


def score_all(con: duckdb.DuckDBPyConnection, rules: Rules) -> None:
    """Every linked pair of the store into table _inc_links, a slice of the calendar at a time:
    the events whose span starts in the slice (about `batch_events` of them) against those whose
    span reaches into it, each pair found once, by its end that starts later. A slice reads only
    its own window of blocks and features, so each step's joins stay the size of a slice."""
    links_table(con, "_inc_links")
    for lo, hi in date_slices(con, rules.batch_events):
        window = {"lo": lo, "hi": hi or date.max}
        # the rows whose span reaches into the slice: every end a pair owned by the slice can have
        for table, source in (("_inc_window", "incident_events"), ("_inc_wblocks", "incident_blocks")):
            con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {source} "
                        "WHERE hi >= $lo AND lo < $hi", window)
        find_links(con, rules, "_inc_links", "SELECT * FROM _inc_wblocks WHERE lo >= $lo",
                   "SELECT * FROM _inc_wblocks", "_inc_window", owned=True, params={"lo": lo})
    for table in ("_inc_window", "_inc_wblocks"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def date_slices(con: duckdb.DuckDBPyConnection, size: int) -> list[tuple[date, date | None]]:
    """[lo, hi) ranges of span starts holding about `size` blocked events each (the last open)."""
    rows = con.execute("""
SELECT min(lo) FROM (
    SELECT lo, CAST(floor((sum(n) OVER (ORDER BY lo) - n) / $size) AS BIGINT) AS part
    FROM (SELECT lo, count(*) AS n FROM incident_events WHERE lo IS NOT NULL GROUP BY lo)
) GROUP BY part ORDER BY 1""", {"size": max(1, size)}).fetchall()
    starts = [r[0] for r in rows]
    return [(lo, starts[i + 1] if i + 1 < len(starts) else None) for i, lo in enumerate(starts)]


def label_components(con: duckdb.DuckDBPyConnection, rules: Rules) -> None:
    """Table _inc_labels (eid, component, chunk) of every linked event: components by a
    union-find over the links read a slice at a time; chunks of whole components holding about
    `batch_edges` links each, for the grouping."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = parent.setdefault(x, x)
        while parent[root] != root:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    cursor = con.execute("SELECT ea, eb FROM _inc_links")
    while rows := cursor.fetchmany(500_000):
        for a, b in rows:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    table_of_rows(con, "_inc_comp", {"eid": "UBIGINT", "component": "UBIGINT"},
                  ((eid, find(eid)) for eid in parent))
    parent.clear()
    budget = max(1, rules.batch_edges)
    con.execute(f"""
CREATE OR REPLACE TEMP TABLE _inc_labels AS
WITH sizes AS (
    SELECT c.component, count(*) AS links FROM _inc_links l JOIN _inc_comp c ON c.eid = l.ea GROUP BY c.component
), chunks AS (
    SELECT component, CAST(floor((sum(links) OVER (ORDER BY component) - links) / {budget}) AS INTEGER) AS chunk
    FROM sizes
)
SELECT c.eid, c.component, k.chunk FROM _inc_comp c JOIN chunks k USING (component)""")
    con.execute("DROP TABLE _inc_comp")


def unlink_all(con: duckdb.DuckDBPyConnection) -> None:
    for table in ("incidents", "incident_reports", "incident_blocks", "incident_events"):
        con.execute(f"DELETE FROM {table}")
