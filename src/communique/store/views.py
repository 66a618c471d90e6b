"""The web's queries (web/), as plain SQL any backend runs: filtered event pages, counts over
time, dyads, event locations, incident pages.

Only standard SQL is written here (CASE, LIKE ... ESCAPE, substr, upper, count/sum, LIMIT/OFFSET
and the `?` placeholder), so the embedded DuckDB store and a PostgreSQL store run the same text
(a driver with `%s` placeholders replaces them). Every value from a request is a bound parameter;
only column names from the whitelists below are spliced in. What SQL cannot say portably (split
"USA+GBR" into its parts, the ISO week of a day) is done on the grouped rows in Python, which are
few: one per pair of codes, one per day and key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .filters import DyadLevel, EventQuery, Page, TimelineInterval, TimelineKey, code_condition, code_pattern

Row = dict[str, Any]

# The columns an events page returns: the event's, then its article's.
EVENT_ONLY_COLUMNS = ("e.article_id, e.idx, e.id, e.event_type, e.mode, e.cameo, e.quad_class, e.goldstein, e.actor, "
                      "e.recipient, e.date, e.date_precision, e.status, e.location, e.country, e.lat, e.lon, "
                      "e.sentence, e.start, e.\"end\", e.evidence, e.trigger, e.rule, e.confidence")
EVENT_COLUMNS = EVENT_ONLY_COLUMNS + ", a.outlet, a.published, a.title"
# Sort keys of events (filters.EVENT_SORTS: the CLI's and the web's) and of an incidents page, as columns.
EVENT_SORT_COLUMNS = {"date": "e.date", "published": "a.published", "event_type": "e.event_type",
                      "cameo": "e.cameo", "actor": "e.actor", "recipient": "e.recipient", "status": "e.status",
                      "location": "e.location", "goldstein": "e.goldstein", "confidence": "e.confidence",
                      "outlet": "a.outlet", "article_id": "e.article_id"}
INCIDENT_SORT_COLUMNS = {"date": "i.date", "event_type": "i.event_type", "cameo": "i.cameo", "actor": "i.actor",
                         "recipient": "i.recipient", "status": "i.status", "location": "i.location",
                         "articles": "i.num_articles", "published": "i.first_report"}
INCIDENT_COLUMNS = ("i.id, i.status, i.fulfilled_by, i.event_type, i.cameo, i.actor, i.recipient, i.date, "
                    "i.date_precision, i.location, i.country, i.lat, i.lon, i.num_mentions, i.num_articles, "
                    "i.num_sources, i.first_report, i.last_report, i.evidence, i.evidence_article_id")


def like_part(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, its own % and _ taken literally (ESCAPE '!')."""
    return "%" + like_literal(value) + "%"


def like_literal(value: str) -> str:
    return value.upper().replace("!", "!!").replace("%", "!%").replace("_", "!_")


@dataclass
class Conditions:
    """A WHERE clause being built: conditions joined by AND, and their bound parameters."""

    parts: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return "WHERE " + " AND ".join(self.parts) if self.parts else ""


def cameo_prefix(value: str) -> str:
    return like_literal(value) + "%"


# The filters an event and an incident share (same column names on both tables): the field of
# EventQuery, its condition on table `{t}`, the bound value.
SHARED_MATCHES: tuple[tuple[str, str, Callable[[str], str]], ...] = (
    # codes match as on the command line: by whole CAMEO segments ("RUS" ~ RUSGOV, not "RU"),
    # or a pattern with * (filters.code_pattern)
    ("actor", code_condition("{t}.actor"), code_pattern),
    ("recipient", code_condition("{t}.recipient"), code_pattern),
    ("event_type", "{t}.event_type = ?", str.upper),
    ("cameo", "{t}.cameo LIKE ? ESCAPE '!'", cameo_prefix),
    ("status", "{t}.status = ?", str),
    ("country", "{t}.country = ?", str.upper),
    ("location", "{t}.location = ?", str),
    ("text", "upper({t}.evidence) LIKE ? ESCAPE '!'", like_part),
)


def since_values(since: str) -> tuple[str, str, str]:
    """The values an event's own date (text at its precision) is compared with for `since`.

    A date read as its first day is on or after the day S when, as text, it is >= S (a later
    month, "2025-03" >= "2025-02-15", or a day) or it is the month or the year that S begins
    ("2025-02" for S = 2025-02-01, which as text sorts before S): plain comparisons, no cast,
    so the filter is as cheap as the column. `until` U needs only date < U + "~" ("2025-04",
    "2025-04-30" and "2025-04-30T10:00" all sort before "2025-04-30~")."""
    month = since[:7] if since.endswith("-01") else since
    year = since[:4] if since.endswith("-01-01") else since
    return since, month, year


def shared_conditions(where: EventQuery, alias: str) -> Conditions:
    """The conditions of `where` that an event and an incident share."""
    c = Conditions()
    for name, condition, bound in SHARED_MATCHES:
        value = getattr(where, name)
        if value:
            c.add(condition.format(t=alias), bound(value))
    if where.since:
        c.add(f"({alias}.date >= ? OR {alias}.date = ? OR {alias}.date = ?)", *since_values(where.since))
    if where.until:
        c.add(f"{alias}.date < ?", where.until + "~")
    if where.either:
        c.add(f"({code_condition(alias + '.actor')} OR {code_condition(alias + '.recipient')})",
              code_pattern(where.either), code_pattern(where.either))
    return c


def event_conditions(where: EventQuery) -> tuple[str, Conditions]:
    """(FROM clause, WHERE) of the events `where` selects; the article is joined only when needed."""
    c = shared_conditions(where, "e")
    if not where.include_negated and where.status != "negated":
        c.add("e.status <> 'negated'")
    if where.quad_class is not None:
        c.add("e.quad_class = ?", where.quad_class)
    if where.article_id:
        c.add("e.article_id = ?", where.article_id)
    if where.incident:
        c.add("EXISTS (SELECT 1 FROM incident_reports r JOIN incidents i ON i.id = r.incident_id "
              "WHERE r.article_id = e.article_id AND r.idx = e.idx AND (i.id = ? OR i.fulfilled_by = ?))",
              where.incident, where.incident)
    if where.outlet:
        c.add("upper(a.outlet) LIKE ? ESCAPE '!'", like_part(where.outlet))
        return "events e JOIN articles a ON a.id = e.article_id", c
    return "events e", c


def order_by(page: Page, columns: dict[str, str], tie: str) -> str:
    column = columns.get(page.sort, columns["date"])
    return f"ORDER BY {column} {'DESC' if page.descending else 'ASC'} NULLS LAST, {tie}"


def event_page_sql(where: EventQuery, page: Page) -> tuple[str, list[Any]]:
    """One page of events with their article's outlet, date and title. The page is cut from the
    events alone and only its rows are joined to their articles (four times faster on a million
    events), unless the filter or the sort needs the article."""
    source, c = event_conditions(where)
    order = order_by(page, EVENT_SORT_COLUMNS, "e.article_id, e.idx")
    if source == "events e" and not EVENT_SORT_COLUMNS.get(page.sort, "e.").startswith("a."):
        sql = (f"SELECT e.*, a.outlet, a.published, a.title FROM (SELECT {EVENT_ONLY_COLUMNS} FROM events e {c.sql()} "
               f"{order} LIMIT ? OFFSET ?) e JOIN articles a ON a.id = e.article_id {order}")
    else:
        sql = (f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id {c.sql()} "
               f"{order} LIMIT ? OFFSET ?")
    return sql, [*c.params, page.limit, page.offset]


def event_total_sql(where: EventQuery) -> tuple[str, list[Any]]:
    source, c = event_conditions(where)
    return f"SELECT count(*) AS events FROM {source} {c.sql()}", c.params


def incident_page_sql(where: EventQuery, page: Page) -> tuple[str, list[Any]]:
    """One page of incidents, filtered on their own values (type, sides, date, place, status)."""
    c = shared_conditions(where, "i")
    sql = (f"SELECT {INCIDENT_COLUMNS} FROM incidents i {c.sql()} "
           f"{order_by(page, INCIDENT_SORT_COLUMNS, 'i.id')} LIMIT ? OFFSET ?")
    return sql, [*c.params, page.limit, page.offset]


def incident_total_sql(where: EventQuery) -> tuple[str, list[Any]]:
    c = shared_conditions(where, "i")
    return f"SELECT count(*) AS incidents FROM incidents i {c.sql()}", c.params


# -- timeline -------------------------------------------------------------------------------

# The events precise enough for each interval, and the text of the period SQL groups them by.
TIMELINE_PRECISIONS = {"day": "('day')", "week": "('day')", "month": "('day', 'month')"}
TIMELINE_PERIODS = {"day": "substr(e.date, 1, 10)", "week": "substr(e.date, 1, 10)", "month": "substr(e.date, 1, 7)"}
TIMELINE_KEY_COLUMNS = {"quad_class": "e.quad_class", "event_type": "e.event_type"}


def timeline_sql(where: EventQuery, interval: TimelineInterval, key: TimelineKey) -> tuple[str, list[Any]]:
    """Events per period (a week is grouped by day here, then by `week_rows`) and key."""
    source, c = event_conditions(where)
    c.add(f"e.date_precision IN {TIMELINE_PRECISIONS[interval]}")
    period, key_column = TIMELINE_PERIODS[interval], TIMELINE_KEY_COLUMNS[key]
    sql = (f"SELECT {period} AS period, {key_column} AS key, count(*) AS events FROM {source} {c.sql()} "
           f"GROUP BY {period}, {key_column}")
    return sql, c.params


def incident_timeline_sql(where: EventQuery, interval: TimelineInterval) -> tuple[str, list[Any]]:
    """Incidents per period (by their own date) and PLOVER type: an incident has no QuadClass."""
    c = shared_conditions(where, "i")
    c.add(f"i.date_precision IN {TIMELINE_PRECISIONS[interval]}")
    period = TIMELINE_PERIODS[interval].replace("e.date", "i.date")
    sql = (f"SELECT {period} AS period, i.event_type AS key, count(*) AS events FROM incidents i {c.sql()} "
           f"GROUP BY {period}, i.event_type")
    return sql, c.params


def timeline_rows(rows: Iterable[Row], interval: TimelineInterval, count: str = "events") -> list[Row]:
    """The grouped rows, by period then key; days rolled up into ISO weeks (named by their Monday)."""
    totals: dict[tuple[str, Any], int] = defaultdict(int)
    for row in rows:
        period = str(row["period"])
        if interval == "week":
            try:
                day = date.fromisoformat(period)
            except ValueError:  # a day-precision date that is no calendar day: not on the axis
                continue
            period = (day - timedelta(days=day.weekday())).isoformat()
        totals[(period, row["key"])] += int(row["events"])
    ordered = sorted(totals.items(), key=lambda item: (item[0][0], str(item[0][1])))
    return [{"period": period, "key": key, count: n} for (period, key), n in ordered]


# -- dyads ----------------------------------------------------------------------------------

def dyads_sql(where: EventQuery) -> tuple[str, list[Any]]:
    """Events and Goldstein sums per stored (actor, recipient) pair of sides."""
    source, c = event_conditions(where)
    c.add("e.actor IS NOT NULL AND e.recipient IS NOT NULL AND e.actor <> '' AND e.recipient <> ''")
    sql = (f"SELECT e.actor, e.recipient, count(*) AS events, sum(e.goldstein) AS goldstein_sum, "
           f"count(e.goldstein) AS scored, sum(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperation, "
           f"sum(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict "
           f"FROM {source} {c.sql()} GROUP BY e.actor, e.recipient")
    return sql, c.params


def side_codes(side: str, level: DyadLevel) -> list[str]:
    """The codes of a side ("USAGOV+GBR" -> USAGOV, GBR), or their countries (the first three letters)."""
    codes = [part.strip() for part in side.split("+") if part.strip()]
    if level == "country":
        codes = [code[:3] for code in codes]
    return list(dict.fromkeys(codes))


def dyad_rows(rows: Iterable[Row], level: DyadLevel, limit: int) -> list[Row]:
    """Directed pairs (actor -> recipient) with `events`, mean `goldstein`, cooperation and conflict
    counts, most events first. A side of several parts counts the event once for each pair; a
    pair of one code with itself (RUSGOV -> RUSMIL seen as RUS -> RUS) is left out."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0, 0, 0])
    for row in rows:
        for actor in side_codes(str(row["actor"]), level):
            for recipient in side_codes(str(row["recipient"]), level):
                if actor == recipient:
                    continue
                s = sums[(actor, recipient)]
                s[0] += int(row["events"])
                s[1] += float(row["goldstein_sum"] or 0.0)
                s[2] += int(row["scored"])
                s[3] += int(row["cooperation"] or 0)
                s[4] += int(row["conflict"] or 0)
    out = [{"actor": a, "recipient": r, "events": int(s[0]),
            "goldstein": round(s[1] / s[2], 3) if s[2] else None, "cooperation": int(s[3]), "conflict": int(s[4])}
           for (a, r), s in sums.items()]
    out.sort(key=lambda d: (-int(d["events"] or 0), str(d["actor"]), str(d["recipient"])))
    return out[:limit]


# -- locations ------------------------------------------------------------------------------

def event_locations_sql(where: EventQuery, limit: int) -> tuple[str, list[Any]]:
    """Located events grouped by place, most events first."""
    source, c = event_conditions(where)
    c.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    sql = (f"SELECT e.location, e.country, e.lat, e.lon, count(*) AS events FROM {source} {c.sql()} "
           "GROUP BY e.location, e.country, e.lat, e.lon ORDER BY events DESC, e.location LIMIT ?")
    return sql, [*c.params, limit]
