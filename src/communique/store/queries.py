"""The store's read queries as SQL text, built once for every backend.

DuckDB and PostgreSQL agree on nearly all of it: each builder returns `(sql, params)` with `?`
placeholders and plain SQL (explicit column lists, `starts_with`, `->`/`->>` on JSON, `min` for
a representative value), and a backend only turns the placeholders into its own (`%s` for
psycopg). Where the dialects differ, the difference is one field of `Dialect`. A query added
here works on both stores; a backend's method is one line that runs it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import RECORD_KINDS
from .filters import ActorFilter, ActorGrouping, ArticleFilter, EventFilter, PlaceFilter, QuoteFilter

Query = tuple[str, list[Any]]


@dataclass(frozen=True, slots=True)
class Dialect:
    """What differs between the backends' SQL."""

    name: str
    # An event's date (2025-04-10, 2025-02, 2022) as the first day it covers, NULL when it is none.
    event_day: str


DUCKDB = Dialect(
    name="duckdb",
    event_day=("COALESCE(TRY_CAST(e.date AS DATE), TRY_CAST(e.date || '-01' AS DATE), "
               "TRY_CAST(e.date || '-01-01' AS DATE))"))
# PostgreSQL has no TRY_CAST: the shape is checked first, so a date that is no date is NULL, not an error.
POSTGRES = Dialect(
    name="postgres",
    event_day=("CASE WHEN e.date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN CAST(e.date AS DATE) "
               "WHEN e.date ~ '^[0-9]{4}-[0-9]{2}$' THEN CAST(e.date || '-01' AS DATE) "
               "WHEN e.date ~ '^[0-9]{4}$' THEN CAST(e.date || '-01-01' AS DATE) END"))

# The column `actor_counts` groups by, for each grouping.
ACTOR_GROUP_KEYS: dict[ActorGrouping, str] = {"name": "coalesce(name, text)", "cameo": "cameo", "code": "code"}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def where_clause(conditions: list[str]) -> str:
    """"WHERE a AND b" for a query's filters, or nothing when there are none."""
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def with_limit(sql: str, params: list[Any], limit: int | None) -> Query:
    """The query and its parameters, with `LIMIT ?` when a limit is given."""
    return (sql + " LIMIT ?", [*params, limit]) if limit else (sql, params)


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
        return f"SELECT count(*) FROM {table}", []

    def articles(self, where: ArticleFilter | None = None) -> Query:
        counts = ", ".join(f"(SELECT count(*) FROM {t} WHERE article_id = a.id) AS {t}" for t in RECORD_KINDS)
        sql = (f"SELECT a.id, a.published, a.outlet, a.title, a.path, {counts} FROM articles a "
               "ORDER BY a.published DESC NULLS LAST, a.id")
        return with_limit(sql, [], (where or ArticleFilter()).limit)

    def find_article_id(self, key: str) -> Query:
        return ("SELECT id FROM articles WHERE id = ? OR path = ? OR starts_with(id, ?) "
                "ORDER BY id = ? DESC, id LIMIT 2", [key, key, key, key])

    def article_record(self, article_id: str) -> Query:
        return "SELECT record FROM articles WHERE id = ?", [article_id]

    def records(self, table: str, article_id: str) -> Query:
        return f"SELECT record FROM {table} WHERE article_id = ? ORDER BY idx", [article_id]

    def article_ids(self) -> Query:
        return "SELECT id FROM articles ORDER BY id", []

    def event_incidents(self, article_id: str) -> Query:
        """(event idx, real incident id) of one article: a fulfilled plan points to what carried it out."""
        return ("SELECT r.idx, coalesce(i.fulfilled_by, i.id) AS incident FROM incident_reports r "
                "JOIN incidents i ON i.id = r.incident_id WHERE r.article_id = ?", [article_id])

    def events(self, where: EventFilter | None = None) -> Query:
        """Events matching the filter, newest first, with their article's outlet and date."""
        where = where or EventFilter()
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        if not where.include_negated and where.status != "negated":
            clauses.append("e.status <> 'negated'")
        for column, value in (("e.actor", where.actor), ("e.recipient", where.recipient)):
            if value:
                clauses.append(f"{column} ILIKE ?")
                params.append(f"%{value}%")
        if where.event_type:
            clauses.append("upper(e.event_type) = upper(?)")
            params.append(where.event_type)
        if where.status:
            clauses.append("e.status = ?")
            params.append(where.status)
        for bound, op in ((where.since, ">="), (where.until, "<=")):
            if bound:
                clauses.append(f"{self.dialect.event_day} {op} CAST(? AS DATE)")
                params.append(bound)
        sql = (f"SELECT {self.plain_columns('events', 'e')}, a.outlet, a.published FROM events e "
               "JOIN articles a ON a.id = e.article_id "
               f"WHERE {' AND '.join(clauses)} ORDER BY e.date DESC NULLS LAST, e.article_id, e.idx")
        return with_limit(sql, params, where.limit)

    def quotes(self, where: QuoteFilter | None = None) -> Query:
        """Quotes matching every given filter, newest article first."""
        where = where or QuoteFilter()
        conditions: list[str] = []
        params: list[Any] = []
        mention = "(q.record->'speaker'->>'text')"
        if where.speaker:
            # the resolved name (column `speaker`) or the words the article uses ("she", "the Kremlin")
            conditions.append(f"(q.speaker ILIKE ? OR {mention} ILIKE ?)")
            params += [f"%{where.speaker}%", f"%{where.speaker}%"]
        if where.country:
            conditions.append("upper(q.speaker_code) LIKE ?")
            params.append(where.country.upper() + "%")
        if where.since:
            conditions.append("a.published >= CAST(? AS DATE)")
            params.append(where.since)
        if where.until:
            conditions.append("a.published <= CAST(? AS DATE)")
            params.append(where.until)
        if where.text:
            conditions.append("q.text ILIKE ?")
            params.append(f"%{where.text}%")
        if where.kind:
            conditions.append("q.kind = ?")
            params.append(where.kind)
        sql = ("SELECT a.published, q.article_id, q.kind, q.speaker, q.speaker_code, "
               f"{mention} AS mention, q.cue, q.text, q.start, q.\"end\" "
               f"FROM quotes q JOIN articles a ON a.id = q.article_id {where_clause(conditions)} "
               "ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx")
        return with_limit(sql, params, where.limit)

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
        """Places grouped by gazetteer entry and role, most mentioned first."""
        where = where or PlaceFilter()
        conditions: list[str] = []
        params: list[Any] = []
        if where.role:
            conditions.append("role = ?")
            params.append(where.role)
        if where.country:
            conditions.append("upper(country) = ?")
            params.append(where.country.upper())
        sql = ("SELECT name, country, geonameid, role, count(*) AS mentions, "
               "count(DISTINCT article_id) AS articles, min(lat) AS lat, min(lon) AS lon "
               f"FROM places {where_clause(conditions)} "
               "GROUP BY name, country, geonameid, role ORDER BY mentions DESC, name")
        return with_limit(sql, params, where.limit)
