"""The embedded store: one DuckDB file (`./communique.duckdb` by default)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import E_STORE_MISSING, E_STORE_UNOPENABLE, CommuniqueError
from ..model import RECORD_KINDS, CodedArticle, coded_from_dict
from .base import Row, TableFormat
from .bulk import JSON_STRINGS, insert_sql, row_structure, rows_json
from .filters import (
    ActorFilter,
    ActorGrouping,
    ArticleFilter,
    EventFilter,
    IncidentFilter,
    PlaceFilter,
    QuoteFilter,
)
from .incidents import event_incidents, link_articles
from .rows import TABLES, check_table, rows_for

MIGRATION_HEADER = re.compile(r"^-- migration: (\S+)\s*$", re.MULTILINE)
# An event's date as the first day it covers ("2025-02" -> 2025-02-01), for date-range filters.
EVENT_DAY = ("COALESCE(TRY_CAST(date AS DATE), TRY_CAST(date || '-01' AS DATE), "
             "TRY_CAST(date || '-01-01' AS DATE))")


def migrations() -> list[tuple[str, str]]:
    """(name, SQL) of each migration in schema.sql, in order."""
    sql = (resources.files("communique.store") / "schema.sql").read_text(encoding="utf-8")
    parts = MIGRATION_HEADER.split(sql)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2)]


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def where_clause(conditions: list[str]) -> str:
    """"WHERE a AND b" for a query's filters, or nothing when there are none."""
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def with_limit(sql: str, params: list[Any], limit: int | None) -> tuple[str, list[Any]]:
    """The query and its parameters, with `LIMIT ?` when a limit is given."""
    return (sql + " LIMIT ?", [*params, limit]) if limit else (sql, params)


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
INCIDENT_DAY = EVENT_DAY.replace("date", "i.date")
EVENT_DAY_OF_E = EVENT_DAY.replace("date", "e.date")  # events joined to incidents: both have a date


def incident_conditions(where: IncidentFilter) -> tuple[list[str], list[Any]]:
    """The WHERE conditions and parameters of an incident filter."""
    conditions: list[str] = []
    params: list[Any] = []
    for column, value in (("i.actor", where.actor), ("i.recipient", where.recipient)):
        if value:
            conditions.append(f"upper({column}) LIKE upper(?)")
            params.append(f"%{value}%")
    checks: list[tuple[str, object]] = [
        ("upper(i.event_type) = upper(?)", where.event_type), ("i.status = ?", where.status),
        (f"{INCIDENT_DAY} >= CAST(? AS DATE)", where.since), (f"{INCIDENT_DAY} <= CAST(? AS DATE)", where.until),
        ("i.num_articles >= ?", where.min_articles)]
    for sql, given in checks:
        if given is not None:
            conditions.append(sql)
            params.append(given)
    if where.ids is not None:
        conditions.append(f"i.id IN ({', '.join('?' for _ in where.ids) or 'NULL'})")
        params += list(where.ids)
    return conditions, params


# The column `actor_counts` groups by, for each grouping.
ACTOR_GROUP_KEYS: dict[ActorGrouping, str] = {"name": "coalesce(name, text)", "cameo": "cameo", "code": "code"}


class DuckDBStore:
    """Coded articles in a DuckDB file: writes, queries, exports (implements `base.Store`)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.types: dict[str, dict[str, str]] = {}  # column types by table, for bulk inserts
        if read_only and not Path(self.path).exists():
            raise CommuniqueError(f"{self.path}: no such database; code some articles first [{E_STORE_MISSING}]")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            raise CommuniqueError(f"{self.path}: cannot open the database: {e} [{E_STORE_UNOPENABLE}]") from e
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied TIMESTAMP)")
        done = {row[0] for row in self.con.execute("SELECT name FROM migrations").fetchall()}
        for name, sql in migrations():
            if name in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(sql)
            self.con.execute("INSERT INTO migrations VALUES (?, now())", [name])
            self.con.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def write(self, batch: Iterable[CodedArticle]) -> int:
        """Store a batch of coded articles in one transaction, replacing what each had before."""
        by_table: dict[str, list[Row]] = {table: [] for table in TABLES}
        ids: list[str] = []
        for coded in batch:
            ids.append(coded.article.id)
            for table, rows in rows_for(coded).items():
                by_table[table].extend(rows)
        if not ids:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            # The ids as one JSON value too: a Python list parameter costs duckdb 1.3 an import attempt per item
            listed = [json.dumps(ids)]
            for table in RECORD_KINDS:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest({JSON_STRINGS}))", listed)
            self.con.execute(f"DELETE FROM articles WHERE id IN (SELECT unnest({JSON_STRINGS}))", listed)
            for table, rows in by_table.items():
                if rows:  # one statement per table: the batch's rows as one JSON value (bulk.py)
                    columns = list(rows[0])
                    self.con.execute(insert_sql(table, columns),
                                     [rows_json(rows, columns), row_structure(columns, self.column_types(table))])
            link_articles(self.con, ids)  # incidents: re-link what the batch touches, in its transaction
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(ids)

    def replace_article(self, coded: CodedArticle) -> None:
        self.write([coded])

    def column_types(self, table: str) -> dict[str, str]:
        """Each column's SQL type ("VARCHAR", "VARCHAR[]", ...), read from the file once per table."""
        if table not in self.types:
            self.types[table] = dict(self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                [table]).fetchall())
        return self.types[table]

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: self.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}

    def scalar(self, sql: str) -> int:
        row = self.con.execute(sql).fetchone()
        assert row is not None  # an aggregate always gives a row
        return int(row[0])

    def query(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        """Rows of a SELECT as dicts (inside this backend only: callers use the methods)."""
        cursor = self.con.execute(sql, params or [])
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def articles(self, where: ArticleFilter | None = None) -> list[Row]:
        """Stored articles with the number of records of each kind."""
        limit = (where or ArticleFilter()).limit
        counts = ", ".join(
            f"(SELECT count(*) FROM {t} WHERE article_id = a.id) AS {t}" for t in RECORD_KINDS)
        sql = (f"SELECT a.id, a.published, a.outlet, a.title, a.path, {counts} FROM articles a "
               "ORDER BY a.published DESC NULLS LAST, a.id")
        return self.query(sql + (" LIMIT ?" if limit else ""), [limit] if limit else [])

    def find_article_id(self, key: str) -> str | None:
        """The id of the article whose id is `key`, or starts with it, or whose path is `key`."""
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id = ? OR path = ? OR starts_with(id, ?) ORDER BY id = ? DESC LIMIT 2",
            [key, key, key, key]).fetchall()
        return rows[0][0] if rows else None

    def coded(self, article_id: str) -> CodedArticle | None:
        """A stored article with all its records, as the pipeline produced it."""
        row = self.con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return None
        data: dict[str, Any] = {"article": json.loads(row[0])}
        for table in RECORD_KINDS:
            records = self.con.execute(
                f"SELECT record FROM {table} WHERE article_id = ? ORDER BY idx", [article_id]).fetchall()
            data[table] = [json.loads(r[0]) for r in records]
        return coded_from_dict(data)

    def event_incidents(self, article_id: str) -> dict[int, str]:
        return event_incidents(self.con, article_id)

    def iter_coded(self) -> Iterator[CodedArticle]:
        ids = [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for article_id in ids:
            coded = self.coded(article_id)
            if coded is not None:
                yield coded

    def events(self, where: EventFilter | None = None) -> list[Row]:
        """Events matching the filter, newest first, with their article's outlet and id."""
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
        if where.since:
            clauses.append(f"{EVENT_DAY_OF_E} >= CAST(? AS DATE)")
            params.append(where.since)
        if where.until:
            clauses.append(f"{EVENT_DAY_OF_E} <= CAST(? AS DATE)")
            params.append(where.until)
        if where.incident:
            # a planned event shows the incident that carried it out; either id finds it
            clauses.append("(r.incident_id LIKE ? OR i.fulfilled_by LIKE ?)")
            params += [where.incident + "%", where.incident + "%"]
        sql = ("SELECT e.* EXCLUDE (record), a.outlet, a.published, "
               "coalesce(i.fulfilled_by, r.incident_id) AS incident FROM events e "
               "JOIN articles a ON a.id = e.article_id "
               "LEFT JOIN incident_reports r ON r.article_id = e.article_id AND r.idx = e.idx "
               "LEFT JOIN incidents i ON i.id = r.incident_id "
               f"WHERE {' AND '.join(clauses)} ORDER BY e.date DESC NULLS LAST, e.article_id, e.idx")
        if where.limit:
            sql += " LIMIT ?"
            params.append(where.limit)
        return self.query(sql, params)

    def incidents(self, where: IncidentFilter | None = None) -> list[Row]:
        """Incidents matching the filter, with their best report's codes and first report's URL."""
        where = where or IncidentFilter()
        conditions, params = incident_conditions(where)
        order = {"articles": "i.num_articles DESC, i.num_mentions DESC, i.date DESC NULLS LAST, i.id",
                 "date": "i.date DESC NULLS LAST, i.num_articles DESC, i.id"}[where.sort]
        rows = self.query(*with_limit(f"{INCIDENTS_SQL} {where_clause(conditions)} ORDER BY {order}",
                                      params, where.limit))
        for row in rows:  # the sides and context as the events' records have them
            for key in ("actor_parties", "recipient_parties", "context"):
                row[key] = json.loads(row[key]) if row[key] else []
        return rows

    def incident_reports(self, incident_id: str) -> list[Row]:
        """Every report of one incident (and of the planned incidents it carried out), first first."""
        return self.query(
            "SELECT r.incident_id, r.article_id, r.idx, r.sentence, r.evidence, r.mentions, r.published, "
            "r.outlet, a.url, a.title FROM incident_reports r JOIN incidents i ON i.id = r.incident_id "
            "JOIN articles a ON a.id = r.article_id WHERE i.id = ? OR i.fulfilled_by = ? "
            "ORDER BY r.published NULLS LAST, r.article_id, r.idx", [incident_id, incident_id])

    def quotes(self, where: QuoteFilter | None = None) -> list[Row]:
        """Quotes matching every given filter, newest article first."""
        where = where or QuoteFilter()
        conditions: list[str] = []
        params: list[Any] = []
        if where.speaker:
            # the resolved name (column `speaker`) or the words the article uses ("she", "the Kremlin")
            conditions.append("(q.speaker ILIKE ? OR (q.record->>'$.speaker.text') ILIKE ?)")
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
               "q.record->>'$.speaker.text' AS mention, q.cue, q.text, q.start, q.\"end\" "
               f"FROM quotes q JOIN articles a ON a.id = q.article_id {where_clause(conditions)} "
               "ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx")
        return self.query(*with_limit(sql, params, where.limit))

    def actor_counts(self, where: ActorFilter | None = None) -> list[Row]:
        """Stored actor mentions counted by name, cameo or code, most mentioned first."""
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
        columns = {"name": f"{key} AS name, any_value(cameo) AS cameo",
                   "cameo": "cameo, any_value(coalesce(name, text)) AS example",
                   "code": "code, count(DISTINCT cameo) AS cameos"}[where.by]
        sql = (f"SELECT {columns}, count(*) AS mentions, count(DISTINCT article_id) AS articles "
               f"FROM actors {where_clause(conditions)} GROUP BY {key} ORDER BY mentions DESC, {key}")
        return self.query(*with_limit(sql, params, where.limit))

    def place_counts(self, where: PlaceFilter | None = None) -> list[Row]:
        """Stored places grouped by gazetteer entry and role, most mentioned first."""
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
               "count(DISTINCT article_id) AS articles, any_value(lat) AS lat, any_value(lon) AS lon "
               f"FROM places {where_clause(conditions)} "
               "GROUP BY name, country, geonameid, role ORDER BY mentions DESC, name")
        return self.query(*with_limit(sql, params, where.limit))

    # -- exporting -------------------------------------------------------------------------

    def table_rows(self, table: str) -> list[Row]:
        """Every row of one table, without the JSON record column."""
        return self.query(f"SELECT * EXCLUDE (record) FROM {check_table(table)}")

    def export_table(self, table: str, path: str, fmt: TableFormat) -> int:
        """Write one table (without the JSON record column) to a CSV or Parquet file."""
        check_table(table)
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
        target = path.replace("'", "''")
        self.con.execute(f"COPY (SELECT * EXCLUDE (record) FROM {table}) TO '{target}' ({options})")
        return self.scalar(f"SELECT count(*) FROM {table}")
