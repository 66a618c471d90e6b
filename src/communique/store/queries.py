"""The store's read queries as SQL text, built once for every backend.

DuckDB and PostgreSQL agree on nearly all of it: each builder returns `(sql, params)` with `?`
placeholders and plain SQL (explicit column lists, `starts_with`, `->`/`->>` on JSON, LIKE with
an ESCAPE character, NULLS LAST), and a backend only turns the placeholders into its own (`%s`
for psycopg). Where the dialects differ, the difference is one field of `Dialect`. A query added
here works on both stores; the methods that run them are reads.py's `SqlReads`, which both
stores inherit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import E_UNKNOWN_VALUE, CommuniqueError
from ..model import RECORD_KINDS
from . import views
from .bulk import quote_ident
from .filters import (
    COUNT_SORTS,
    ActorFilter,
    ActorGrouping,
    ArticleFilter,
    EventFilter,
    EventGrouping,
    IncidentFilter,
    PlaceFilter,
    PlaceGrouping,
    QuoteFilter,
    QuoteGrouping,
    code_condition,
    code_pattern,
)

Query = tuple[str, list[Any]]


@dataclass(frozen=True, slots=True)
class Dialect:
    """What differs between the backends' SQL."""

    name: str
    # A date column (2025-04-10, 2025-02, 2022) as the first day it covers, NULL when it is none;
    # `{date}` stands for the column.
    first_day: str

    def day(self, column: str) -> str:
        return self.first_day.replace("{date}", column)


DUCKDB = Dialect(
    name="duckdb",
    first_day=("COALESCE(TRY_CAST({date} AS DATE), TRY_CAST({date} || '-01' AS DATE), "
               "TRY_CAST({date} || '-01-01' AS DATE))"))
# PostgreSQL has no TRY_CAST: the shape is checked first, so a date that is no date is NULL, not an error.
POSTGRES = Dialect(
    name="postgres",
    first_day=("CASE WHEN {date} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN CAST({date} AS DATE) "
               "WHEN {date} ~ '^[0-9]{4}-[0-9]{2}$' THEN CAST({date} || '-01' AS DATE) "
               "WHEN {date} ~ '^[0-9]{4}$' THEN CAST({date} || '-01-01' AS DATE) END"))

# The column `actor_counts` groups by, for each grouping.
ACTOR_GROUP_KEYS: dict[ActorGrouping, str] = {"name": "coalesce(name, text)", "cameo": "cameo", "code": "code"}

# Incidents with their best report's codes (the report of the evidence), the place's gazetteer
# id and kind, and the first report's URL.
INCIDENTS_SQL = """
SELECT i.id, i.status, i.fulfilled_by, i.event_type, e.mode, i.cameo, e.quad_class, e.goldstein, i.actor,
       i.recipient, i.date, i.date_precision, i.location, i.country, i.lat, i.lon, g.geonameid,
       i.num_mentions, i.num_articles, i.num_sources, i.first_report, i.last_report, i.evidence,
       i.evidence_article_id, r.idx AS evidence_idx, r.sentence AS evidence_sentence, k.kind AS place_kind,
       f.url AS first_url, f.article_id AS first_article_id,
       CAST(e.record->'actor' AS VARCHAR) AS actor_parties, CAST(e.record->'recipient' AS VARCHAR) AS recipient_parties,
       CAST(e.record->'context' AS VARCHAR) AS context
FROM incidents i
LEFT JOIN (SELECT incident_id, article_id, idx, sentence, evidence,
                  row_number() OVER (PARTITION BY incident_id, article_id, evidence ORDER BY idx) AS n
           FROM incident_reports) r
       ON r.incident_id = i.id AND r.article_id = i.evidence_article_id AND r.evidence = i.evidence AND r.n = 1
LEFT JOIN events e ON e.article_id = r.article_id AND e.idx = r.idx
LEFT JOIN (SELECT r2.incident_id, ie.lat, ie.lon, min(ie.geonameid) AS geonameid
           FROM incident_reports r2 JOIN incident_events ie ON ie.eid = r2.eid
           WHERE ie.geonameid IS NOT NULL GROUP BY r2.incident_id, ie.lat, ie.lon) g
       ON g.incident_id = i.id AND g.lat = i.lat AND g.lon = i.lon
LEFT JOIN (SELECT geonameid, min(record->>'kind') AS kind FROM places WHERE geonameid IS NOT NULL
           GROUP BY geonameid) k ON k.geonameid = g.geonameid
LEFT JOIN (SELECT r3.incident_id, a.url, r3.article_id,
                  row_number() OVER (PARTITION BY r3.incident_id ORDER BY r3.published, r3.article_id, r3.idx) AS n
           FROM incident_reports r3 JOIN articles a ON a.id = r3.article_id) f
       ON f.incident_id = i.id AND f.n = 1
"""
INCIDENT_ORDERS = {"articles": "i.num_articles DESC, i.num_mentions DESC, i.date DESC NULLS LAST, i.id",
                   "date": "i.date DESC NULLS LAST, i.num_articles DESC, i.id"}

# Where events are read from: with their article, and the incident each reports (a planned
# event shows the incident that carried it out).
EVENTS_FROM = ("FROM events e JOIN articles a ON a.id = e.article_id "
               "LEFT JOIN incident_reports r ON r.article_id = e.article_id AND r.idx = e.idx "
               "LEFT JOIN incidents i ON i.id = r.incident_id")
EVENT_INCIDENT = "coalesce(i.fulfilled_by, r.incident_id)"
# The (name, expression) pairs `event_counts` groups by, for each grouping; plain SQL.
EVENT_GROUP_KEYS: dict[EventGrouping, list[tuple[str, str]]] = {
    "dyad": [("actor", "e.actor"), ("recipient", "e.recipient")],
    "type": [("event_type", "e.event_type")],
    "cameo": [("cameo", "e.cameo"), ("event_type", "e.event_type")],
    "actor": [("actor", "e.actor")],
    "recipient": [("recipient", "e.recipient")],
    "month": [("month", "SUBSTRING(e.date FROM 1 FOR 7)")],
}
# The speaker's words in the quote's record ("she", "the Kremlin").
QUOTE_MENTION = "(q.record->'speaker'->>'text')"
QUOTE_SORT_COLUMNS = {"published": "a.published", "speaker": "q.speaker", "speaker_code": "q.speaker_code",
                      "kind": "q.kind", "article_id": "q.article_id"}
QUOTE_GROUP_KEYS: dict[QuoteGrouping, list[tuple[str, str]]] = {
    "speaker": [("speaker", "q.speaker"), ("speaker_code", "q.speaker_code")],
    "country": [("speaker_code", "q.speaker_code")],
    "month": [("month", "SUBSTRING(CAST(a.published AS VARCHAR) FROM 1 FOR 7)")],
    "kind": [("kind", "q.kind")],
}
PLACE_GROUP_KEYS: dict[PlaceGrouping, list[str]] = {
    "place": ["name", "country", "geonameid", "role"], "country": ["country"], "role": ["role"]}
ARTICLE_SORT_COLUMNS = {"published": "a.published", "id": "a.id", "outlet": "a.outlet", "title": "a.title",
                        "events": "events", "quotes": "quotes"}
# Every actor code stored: of actors, speakers and event sides (a side may be "RUSGOV+USAGOV").
ACTOR_CODES_SQL = ("SELECT cameo AS code FROM actors WHERE cameo IS NOT NULL UNION "
                   "SELECT code FROM actors WHERE code IS NOT NULL UNION "
                   "SELECT speaker_code FROM quotes WHERE speaker_code IS NOT NULL UNION "
                   "SELECT actor FROM events WHERE actor IS NOT NULL UNION "
                   "SELECT recipient FROM events WHERE recipient IS NOT NULL")


def where_clause(conditions: list[str]) -> str:
    """"WHERE a AND b" for a query's filters, or nothing when there are none."""
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def with_limit(sql: str, params: list[Any], limit: int | None) -> Query:
    """The query and its parameters, with `LIMIT ?` when a limit is given."""
    return (sql + " LIMIT ?", [*params, limit]) if limit else (sql, params)


def order_by(sort: str | None, columns: dict[str, str]) -> str:
    """ORDER BY terms of a checked sort key ("date", "-date"), nulls last either way."""
    key = sort or f"-{next(iter(columns))}"
    return f"{columns[key.lstrip('-')]} {'DESC' if key.startswith('-') else 'ASC'} NULLS LAST"


def count_order(sort: str | None, count: str, keys: list[str]) -> str:
    """ORDER BY of a count: most first (default, "-count"), fewest ("count"), or by the key."""
    if sort is not None and sort.lstrip("-") not in COUNT_SORTS:
        raise CommuniqueError(f"--sort {sort!r}: sort counts by one of {', '.join(COUNT_SORTS)} [{E_UNKNOWN_VALUE}]")
    by_key = ", ".join(f"{k} {'DESC' if (sort or '').startswith('-') else 'ASC'} NULLS LAST" for k in keys)
    if sort in ("key", "-key"):
        return f"{by_key}, {count} DESC"
    return f"{count} {'ASC' if sort == 'count' else 'DESC'}, {', '.join(f'{k} NULLS LAST' for k in keys)}"


def like_prefix(text: str) -> str:
    """A LIKE pattern for the values that start with `text`, its % and _ literal."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def grouped(keys: list[tuple[str, str]]) -> tuple[str, str, list[str]]:
    """(SELECT list, GROUP BY list, output names) of a count's key expressions."""
    return (", ".join(f"{sql} AS {name}" for name, sql in keys), ", ".join(sql for _, sql in keys),
            [name for name, _ in keys])


class Queries:
    """The read queries of one store: its dialect and its tables' columns (read from the schema)."""

    def __init__(self, dialect: Dialect, columns: Mapping[str, Sequence[str]]) -> None:
        self.dialect = dialect
        self.columns = columns

    def plain_columns(self, table: str, alias: str = "") -> str:
        """The table's columns without the JSON `record`, quoted, each prefixed by `alias.`."""
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + quote_ident(c) for c in self.columns[table] if c != "record")

    def table_rows(self, table: str) -> Query:
        return f"SELECT {self.plain_columns(table)} FROM {table}", []

    def count(self, table: str) -> Query:
        return f"SELECT count(*) AS n FROM {table}", []

    # -- articles --------------------------------------------------------------------------

    def articles(self, where: ArticleFilter | None = None) -> Query:
        """Stored articles with the number of records of each kind, by `where.sort`."""
        where = where or ArticleFilter()
        counts = ", ".join(f"(SELECT count(*) FROM {t} WHERE article_id = a.id) AS {t}" for t in RECORD_KINDS)
        sql = (f"SELECT a.id, a.published, a.outlet, a.title, a.path, {counts} FROM articles a "
               f"ORDER BY {order_by(where.sort, ARTICLE_SORT_COLUMNS)}, a.id")
        return with_limit(sql, [], where.limit)

    def find_article_id(self, key: str) -> Query:
        return ("SELECT id FROM articles WHERE id = ? OR path = ? OR starts_with(id, ?) "
                "ORDER BY id = ? DESC, id LIMIT 2", [key, key, key, key])

    def article_by_key(self, key: str) -> Query:
        """The article whose id, else whose path, is `key`."""
        return "SELECT id FROM articles WHERE id = ? OR path = ? ORDER BY id = ? DESC, id LIMIT 1", [key, key, key]

    def article_ids_starting(self, prefix: str, limit: int | None = None) -> Query:
        return with_limit("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
                          [like_prefix(prefix)], limit)

    def article_record(self, article_id: str) -> Query:
        return "SELECT record FROM articles WHERE id = ?", [article_id]

    def records(self, table: str, article_id: str) -> Query:
        return f"SELECT record FROM {table} WHERE article_id = ? ORDER BY idx", [article_id]

    def article_ids(self) -> Query:
        return "SELECT id FROM articles ORDER BY id", []

    # -- events and incidents --------------------------------------------------------------

    def event_incidents(self, article_id: str) -> Query:
        """(event idx, real incident id) of one article: a fulfilled plan points to what carried it out."""
        return ("SELECT r.idx, coalesce(i.fulfilled_by, i.id) AS incident FROM incident_reports r "
                "JOIN incidents i ON i.id = r.incident_id WHERE r.article_id = ?", [article_id])

    def event_conditions(self, where: EventFilter) -> tuple[list[str], list[Any]]:
        """The WHERE conditions (at least one) and parameters of an event filter, over EVENTS_FROM."""
        conditions: list[str] = ["TRUE"]
        params: list[Any] = []
        if not where.include_negated and where.status != "negated":
            conditions.append("e.status <> 'negated'")
        for column, value in (("e.actor", where.actor), ("e.recipient", where.recipient)):
            if value:
                conditions.append(code_condition(column))
                params.append(code_pattern(value))
        if where.either:
            conditions.append(f"({code_condition('e.actor')} OR {code_condition('e.recipient')})")
            params += [code_pattern(where.either)] * 2
        day = self.dialect.day("e.date")
        for sql, value in (("e.event_type = ?", where.event_type), ("e.status = ?", where.status),
                           (f"{day} >= CAST(? AS DATE)", where.since), (f"{day} <= CAST(? AS DATE)", where.until)):
            if value:
                conditions.append(sql)
                params.append(value)
        if where.incident:
            conditions.append(f"({EVENT_INCIDENT} LIKE ? ESCAPE '\\' OR r.incident_id LIKE ? ESCAPE '\\')")
            params += [like_prefix(where.incident)] * 2
        return conditions, params

    def events(self, where: EventFilter | None = None) -> Query:
        """Events matching the filter, newest first (or by `where.sort`), with their article's
        outlet and date and the incident each reports."""
        where = where or EventFilter()
        conditions, params = self.event_conditions(where)
        sql = (f"SELECT {self.plain_columns('events', 'e')}, a.outlet, a.published, {EVENT_INCIDENT} AS incident "
               f"{EVENTS_FROM} WHERE {' AND '.join(conditions)} "
               f"ORDER BY {order_by(where.sort, views.EVENT_SORT_COLUMNS)}, e.article_id, e.idx")
        return with_limit(sql, params, where.limit)

    def event_counts(self, where: EventFilter | None, by: EventGrouping, sort: str | None) -> Query:
        """Events counted by `by`: the key columns, `events`, and `articles` reporting them."""
        where = where or EventFilter()
        conditions, params = self.event_conditions(where)
        selected, group, names = grouped(EVENT_GROUP_KEYS[by])
        sql = (f"SELECT {selected}, count(*) AS events, count(DISTINCT e.article_id) AS articles {EVENTS_FROM} "
               f"WHERE {' AND '.join(conditions)} GROUP BY {group} ORDER BY {count_order(sort, 'events', names)}")
        return with_limit(sql, params, where.limit)

    def incident_conditions(self, where: IncidentFilter) -> tuple[list[str], list[Any]]:
        """The WHERE conditions and parameters of an incident filter."""
        conditions: list[str] = []
        params: list[Any] = []
        for column, code in (("i.actor", where.actor), ("i.recipient", where.recipient)):
            if code:
                conditions.append(code_condition(column))
                params.append(code_pattern(code))
        day = self.dialect.day("i.date")
        for sql, value in (("upper(i.event_type) = upper(?)", where.event_type), ("i.status = ?", where.status),
                           (f"{day} >= CAST(? AS DATE)", where.since), (f"{day} <= CAST(? AS DATE)", where.until),
                           ("i.num_articles >= ?", where.min_articles)):
            if value is not None:
                conditions.append(sql)
                params.append(value)
        if where.ids is not None:
            conditions.append(f"i.id IN ({', '.join('?' for _ in where.ids) or 'NULL'})")
            params += list(where.ids)
        return conditions, params

    def incidents(self, where: IncidentFilter | None = None) -> Query:
        where = where or IncidentFilter()
        conditions, params = self.incident_conditions(where)
        return with_limit(f"{INCIDENTS_SQL} {where_clause(conditions)} ORDER BY {INCIDENT_ORDERS[where.sort]}",
                          params, where.limit)

    def incident_reports(self, incident_id: str) -> Query:
        return ("SELECT r.incident_id, r.article_id, r.idx, r.sentence, r.evidence, r.mentions, r.published, "
                "r.outlet, a.url, a.title FROM incident_reports r JOIN incidents i ON i.id = r.incident_id "
                "JOIN articles a ON a.id = r.article_id WHERE i.id = ? OR i.fulfilled_by = ? "
                "ORDER BY r.published NULLS LAST, r.article_id, r.idx", [incident_id, incident_id])

    # -- quotes, actors, places ------------------------------------------------------------

    def quote_conditions(self, where: QuoteFilter) -> tuple[list[str], list[Any]]:
        """The WHERE conditions and parameters of a quote filter, over quotes q joined to articles a."""
        conditions: list[str] = []
        params: list[Any] = []
        if where.speaker:
            # the resolved name (column `speaker`) or the words the article uses ("she", "the Kremlin")
            conditions.append(f"(q.speaker ILIKE ? OR {QUOTE_MENTION} ILIKE ?)")
            params += [f"%{where.speaker}%", f"%{where.speaker}%"]
        if where.country:
            conditions.append(code_condition("q.speaker_code"))
            params.append(code_pattern(where.country))
        for sql, value in (("a.published >= CAST(? AS DATE)", where.since),
                           ("a.published <= CAST(? AS DATE)", where.until), ("q.kind = ?", where.kind)):
            if value:
                conditions.append(sql)
                params.append(value)
        if where.text:
            conditions.append("q.text ILIKE ?")
            params.append(f"%{where.text}%")
        return conditions, params

    def quotes(self, where: QuoteFilter | None = None) -> Query:
        """Quotes matching every given filter, newest article first (or by `where.sort`)."""
        where = where or QuoteFilter()
        conditions, params = self.quote_conditions(where)
        sql = ("SELECT a.published, q.article_id, q.kind, q.speaker, q.speaker_code, "
               f"{QUOTE_MENTION} AS mention, q.cue, q.text, q.start, q.\"end\", a.outlet "
               f"FROM quotes q JOIN articles a ON a.id = q.article_id {where_clause(conditions)} "
               f"ORDER BY {order_by(where.sort, QUOTE_SORT_COLUMNS)}, q.article_id, q.idx")
        return with_limit(sql, params, where.limit)

    def quote_counts(self, where: QuoteFilter | None, by: QuoteGrouping, sort: str | None) -> Query:
        """Quotes counted by `by`: the key columns, `quotes`, `articles`."""
        where = where or QuoteFilter()
        conditions, params = self.quote_conditions(where)
        selected, group, names = grouped(QUOTE_GROUP_KEYS[by])
        sql = (f"SELECT {selected}, count(*) AS quotes, count(DISTINCT q.article_id) AS articles "
               f"FROM quotes q JOIN articles a ON a.id = q.article_id {where_clause(conditions)} "
               f"GROUP BY {group} ORDER BY {count_order(sort, 'quotes', names)}")
        return with_limit(sql, params, where.limit)

    def actor_codes(self) -> Query:
        return ACTOR_CODES_SQL, []

    def actor_counts(self, where: ActorFilter | None = None) -> Query:
        """Actor mentions counted by name, cameo or code, most mentioned first."""
        where = where or ActorFilter()
        key = ACTOR_GROUP_KEYS[where.by]
        conditions: list[str] = []
        params: list[Any] = []
        if where.code:
            conditions.append("code = ?")
            params.append(where.code.upper())
        if where.sector:
            conditions.append("sector = ?")
            params.append(where.sector.upper())
        # min, not any_value: the same representative on every backend and every run
        columns = {"name": f"{key} AS name, min(cameo) AS cameo",
                   "cameo": "cameo, min(coalesce(name, text)) AS example",
                   "code": "code, count(DISTINCT cameo) AS cameos"}[where.by]
        sql = (f"SELECT {columns}, count(*) AS mentions, count(DISTINCT article_id) AS articles "
               f"FROM actors {where_clause(conditions)} GROUP BY {key} ORDER BY mentions DESC, {key}")
        return with_limit(sql, params, where.limit)

    def place_counts(self, where: PlaceFilter | None = None) -> Query:
        """Places grouped by gazetteer entry and role (or `where.by`), most mentioned first."""
        where = where or PlaceFilter()
        conditions: list[str] = []
        params: list[Any] = []
        if where.role:
            conditions.append("role = ?")
            params.append(where.role)
        if where.country:
            conditions.append("upper(country) = ?")
            params.append(where.country.upper())
        keys = ", ".join(PLACE_GROUP_KEYS[where.by])
        # min, not any_value: the same point on every backend and every run
        point = ", min(lat) AS lat, min(lon) AS lon" if where.by == "place" else ""
        sql = (f"SELECT {keys}, count(*) AS mentions, count(DISTINCT article_id) AS articles{point} "
               f"FROM places {where_clause(conditions)} GROUP BY {keys} ORDER BY mentions DESC, {keys}")
        return with_limit(sql, params, where.limit)
