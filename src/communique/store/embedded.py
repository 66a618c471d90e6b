"""The embedded store: one DuckDB file (`./communique.duckdb` by default)."""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import (
    E_OUTPUT_UNWRITABLE,
    E_STORE_FULL,
    E_STORE_LOCKED,
    E_STORE_MISSING,
    E_STORE_NEWER,
    E_STORE_QUERY_TIMEOUT,
    E_STORE_READ_ONLY,
    E_STORE_UNOPENABLE,
    E_STORE_WRITE_FAILED,
    E_UNKNOWN_VALUE,
    CommuniqueError,
)
from ..model import RECORD_KINDS, CodedArticle, coded_from_dict
from . import views  # the web's queries
from .base import Row, TableFormat
from .bulk import JSON_STRINGS, insert_sql, row_structure, rows_json
from .filters import (
    COUNT_SORTS,
    ActorFilter,
    ActorGrouping,
    ArticleFilter,
    DyadLevel,
    EventFilter,
    EventGrouping,
    EventQuery,
    IncidentFilter,
    Page,
    PlaceFilter,
    PlaceGrouping,
    QuoteFilter,
    QuoteGrouping,
    TimelineInterval,
    TimelineKey,
    code_pattern,
)
from .incidents import event_incidents, link_articles
from .queries import DUCKDB, Queries
from .rows import TABLES, check_table, rows_for

MIGRATION_HEADER = re.compile(r"^-- migration: (\S+)\s*$", re.MULTILINE)


# Settings of every connection: DuckDB would otherwise download an extension when a file (a
# SQLite database given as --db) or a function asks for one; Communiqué runs offline.
CONNECTION_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# Seconds a command waits for another process's hold on the database to end (`code` holds it
# while it writes a batch), and between tries.
LOCK_WAIT = float(os.environ.get("COMMUNIQUE_LOCK_WAIT", "30"))
LOCK_RETRY = 0.2
LOCK_HELD = re.compile(r"Could not set lock on file|Conflicting lock is held", re.IGNORECASE)


# Every DuckDB file has these bytes at offset 8 (its main header's magic).
DUCKDB_MAGIC = b"DUCK"


def check_duckdb_file(path: str) -> None:
    """A file that is there but is no DuckDB database (a SQLite file, a text file) is refused
    before DuckDB sees it: DuckDB would look for an extension to read it."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return  # a new database
    except OSError as e:
        raise store_error(path, e) from e
    if head and head[8:12] != DUCKDB_MAGIC:
        kind = "a SQLite database" if head.startswith(b"SQLite format 3") else "not a DuckDB file"
        raise CommuniqueError(f"{path}: {kind}, not a Communiqué database; give another --db [{E_STORE_UNOPENABLE}]")


def connect(path: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A connection to the file, waiting up to `wait` seconds for another process's lock."""
    check_duckdb_file(path)
    remember_pandas_missing()
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=CONNECTION_CONFIG)
        except duckdb.Error as e:
            if not LOCK_HELD.search(str(e)):
                raise store_error(path, e) from e
            if time.monotonic() >= deadline:
                holder = re.search(r"PID (\d+)", str(e))
                raise CommuniqueError(
                    f"{path}: the database is in use by another process"
                    + (f" (PID {holder[1]})" if holder else "")
                    + f", still after waiting {wait:g} s; try again when it is done, or wait longer with "
                      f"COMMUNIQUE_LOCK_WAIT=SECONDS [{E_STORE_LOCKED}]") from e
            time.sleep(LOCK_RETRY)


def store_error(path: str, error: duckdb.Error | OSError) -> CommuniqueError:
    """A DuckDB (or OS) error on the database file as one coded line, the real cause kept."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    full = isinstance(error, OSError) and error.errno == errno.ENOSPC
    if full or re.search(r"No space left|disk is full", text, re.I):
        return CommuniqueError(f"{path}: the disk is full; the batch being written was rolled back: {text} "
                               f"[{E_STORE_FULL}]")
    if isinstance(error, IsADirectoryError) or "Is a directory" in text:
        return CommuniqueError(f"{path}: a directory, not a database file; give a file name [{E_STORE_UNOPENABLE}]")
    if re.search(r"Cannot open file .*No such file or directory", text):
        return CommuniqueError(f"{path}: the database cannot be created: its folder does not exist "
                               f"[{E_STORE_READ_ONLY}]")
    if re.search(r"Permission denied|Read-only file system|read-only mode", text, re.I):
        return CommuniqueError(f"{path}: the database cannot be written (permissions or a read-only disk): {text} "
                               f"[{E_STORE_READ_ONLY}]")
    if re.search(r"not a valid DuckDB database|extension|created with an? (?:newer|older)|version", text, re.I):
        return CommuniqueError(f"{path}: not a Communiqué database (DuckDB cannot read it: {text}) "
                               f"[{E_STORE_UNOPENABLE}]")
    return CommuniqueError(f"{path}: the database failed: {text} [{E_STORE_WRITE_FAILED}]")


def remember_pandas_missing() -> None:
    """duckdb 1.3's Python layer tries `import pandas` for each parameter value it binds; without
    pandas installed every try searches sys.path again (a failed import is not cached), about 500
    searches per stored batch. Recording the absence in sys.modules makes each try fail at once;
    with pandas installed nothing changes."""
    if "pandas" not in sys.modules and importlib.util.find_spec("pandas") is None:
        sys.modules["pandas"] = None  # type: ignore[assignment]  # `import pandas` now raises ImportError at once


def migrations(schema: str = "schema.sql") -> list[tuple[str, str]]:
    """(name, SQL) of each migration in a schema file of this package, in order."""
    sql = (resources.files("communique.store") / schema).read_text(encoding="utf-8")
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
# An event's date (2025-04-10, 2025-02, 2022) as the first day it covers, NULL when it is none.
EVENT_DAY = ("COALESCE(TRY_CAST(date AS DATE), TRY_CAST(date || '-01' AS DATE), "
             "TRY_CAST(date || '-01-01' AS DATE))")
INCIDENT_DAY = EVENT_DAY.replace("date", "i.date")
EVENT_DAY_OF_E = EVENT_DAY.replace("date", "e.date")  # events joined to incidents: both have a date


def incident_conditions(where: IncidentFilter) -> tuple[list[str], list[Any]]:
    """The WHERE conditions and parameters of an incident filter."""
    conditions: list[str] = []
    params: list[Any] = []
    for column, code in (("i.actor", where.actor), ("i.recipient", where.recipient)):
        if code:
            conditions.append(code_condition(column))
            params.append(code_pattern(code))
    for sql, value in (("upper(i.event_type) = upper(?)", where.event_type), ("i.status = ?", where.status),
                       (f"{INCIDENT_DAY} >= CAST(? AS DATE)", where.since),
                       (f"{INCIDENT_DAY} <= CAST(? AS DATE)", where.until),
                       ("i.num_articles >= ?", where.min_articles)):
        if value is not None:
            conditions.append(sql)
            params.append(value)
    if where.ids is not None:
        conditions.append(f"i.id IN ({', '.join('?' for _ in where.ids) or 'NULL'})")
        params += list(where.ids)
    return conditions, params


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


def code_condition(column: str) -> str:
    """A side's codes (column, "RUSGOV+USAGOV") against a code_pattern parameter."""
    return f"('+' || {column} || '+') LIKE ? ESCAPE '\\'"


def event_conditions(where: EventFilter) -> tuple[list[str], list[Any]]:
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
    for sql, value in (("e.event_type = ?", where.event_type), ("e.status = ?", where.status),
                       (f"{EVENT_DAY.replace('date', 'e.date')} >= CAST(? AS DATE)", where.since),
                       (f"{EVENT_DAY.replace('date', 'e.date')} <= CAST(? AS DATE)", where.until)):
        if value:
            conditions.append(sql)
            params.append(value)
    if where.incident:
        conditions.append(f"({EVENT_INCIDENT} LIKE ? ESCAPE '\\' OR r.incident_id LIKE ? ESCAPE '\\')")
        params += [like_prefix(where.incident)] * 2
    return conditions, params


def like_prefix(text: str) -> str:
    """A LIKE pattern for the values that start with `text`, its % and _ literal."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def quote_conditions(where: QuoteFilter) -> tuple[list[str], list[Any]]:
    """The WHERE conditions and parameters of a quote filter, over quotes q joined to articles a."""
    conditions: list[str] = []
    params: list[Any] = []
    if where.speaker:
        # the resolved name (column `speaker`) or the words the article uses ("she", "the Kremlin")
        conditions.append("(q.speaker ILIKE ? OR (q.record->>'$.speaker.text') ILIKE ?)")
        params += [f"%{where.speaker}%", f"%{where.speaker}%"]
    if where.country:
        conditions.append(code_condition("q.speaker_code"))
        params.append(code_pattern(where.country))
    for sql, value in (("a.published >= CAST(? AS DATE)", where.since), ("a.published <= CAST(? AS DATE)", where.until),
                       ("q.kind = ?", where.kind)):
        if value:
            conditions.append(sql)
            params.append(value)
    if where.text:
        conditions.append("q.text ILIKE ?")
        params.append(f"%{where.text}%")
    return conditions, params


# The column `actor_counts` groups by, for each grouping.
ACTOR_GROUP_KEYS: dict[ActorGrouping, str] = {"name": "coalesce(name, text)", "cameo": "cameo", "code": "code"}


class DuckDBStore:
    """Coded articles in a DuckDB file: writes, queries, exports (implements `base.Store`)."""

    def __init__(self, path: str | Path, *, read_only: bool = False, wait: float = LOCK_WAIT,
                 hold: bool = True) -> None:
        """`hold=False` (a long writer such as `communique code`): the file is opened for each
        batch written and closed after it, so that other processes can read between batches;
        closing also checkpoints the write-ahead log into the file (see the README)."""
        self.path = str(path)
        self.read_only = read_only
        self.wait = wait
        self.hold = hold
        self.types: dict[str, dict[str, str]] = {}  # column types by table, for bulk inserts
        self._queries: Queries | None = None
        if read_only and not Path(self.path).exists():
            raise CommuniqueError(f"{self.path}: no such database; code some articles first [{E_STORE_MISSING}]")
        self.connection: duckdb.DuckDBPyConnection | None = connect(self.path, read_only=read_only, wait=wait)
        try:
            self.check_version()
            if not read_only:
                self.migrate()
        except duckdb.Error as e:
            self.close()
            raise store_error(self.path, e) from e
        except CommuniqueError:
            self.close()
            raise
        if not hold:
            self.close()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The open connection, opened again (waiting for other holders) after a release."""
        if self.connection is None:
            self.connection = connect(self.path, read_only=self.read_only, wait=self.wait)
        return self.connection

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_version(self) -> None:
        """A database a newer Communiqué migrated (a migration this one does not know) is not
        read or written: its tables may mean something else."""
        known = {name for name, _ in migrations()}
        has_table = self.con.execute("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_schema = current_schema() AND table_name = 'migrations'").fetchone()
        if not has_table or not has_table[0]:
            return
        unknown = sorted(r[0] for r in self.con.execute("SELECT name FROM migrations").fetchall() if r[0] not in known)
        if unknown:
            raise CommuniqueError(f"{self.path}: written by a newer Communiqué (schema {unknown[-1]}, this one knows "
                                  f"up to {max(known)}); upgrade, or use another --db [{E_STORE_NEWER}]")

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
        except (duckdb.IOException, duckdb.PermissionException, duckdb.FatalException,
                duckdb.TransactionException) as e:
            self.roll_back()  # a failed COMMIT (disk full) may have ended the transaction already
            raise store_error(self.path, e) from e
        except BaseException:
            self.roll_back()
            raise
        finally:
            if not self.hold:
                self.close()  # let readers in until the next batch
        return len(ids)

    def roll_back(self) -> None:
        """Undo the open transaction; the error that caused it, not a failed rollback, is what
        the caller reports (on a full disk DuckDB says "cannot rollback" and hides the cause)."""
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")

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

    @property
    def queries(self) -> Queries:
        """The shared query builders (queries.py), given this file's columns, read once."""
        if self._queries is None:
            self._queries = Queries(DUCKDB, {t: list(self.column_types(t)) for t in TABLES})
        return self._queries

    def articles(self, where: ArticleFilter | None = None) -> list[Row]:
        """Stored articles with the number of records of each kind."""
        where = where or ArticleFilter()
        counts = ", ".join(
            f"(SELECT count(*) FROM {t} WHERE article_id = a.id) AS {t}" for t in RECORD_KINDS)
        sql = (f"SELECT a.id, a.published, a.outlet, a.title, a.path, {counts} FROM articles a "
               f"ORDER BY {order_by(where.sort, ARTICLE_SORT_COLUMNS)}, a.id")
        return self.query(*with_limit(sql, [], where.limit))

    def article_ids(self, key: str | None = None, limit: int | None = None) -> list[str]:
        """Stored article ids in order; with `key`, the article whose id or path is `key`, else
        those whose id starts with it (an ambiguous prefix gives several)."""
        if key is None:
            return [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        exact = self.con.execute("SELECT id FROM articles WHERE id = ? OR path = ? ORDER BY id = ? DESC, id LIMIT 1",
                                 [key, key, key]).fetchall()
        if exact:
            return [exact[0][0]]
        sql, params = with_limit("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id",
                                 [like_prefix(key)], limit)
        return [r[0] for r in self.con.execute(sql, params).fetchall()]

    def find_article_id(self, key: str) -> str | None:
        """The id of the article whose id is `key`, or starts with it, or whose path is `key`."""
        rows = self.query(*self.queries.find_article_id(key))
        return rows[0]["id"] if rows else None

    def coded(self, article_id: str) -> CodedArticle | None:
        """A stored article with all its records, as the pipeline produced it."""
        row = self.con.execute(*self.queries.article_record(article_id)).fetchone()
        if row is None:
            return None
        data: dict[str, Any] = {"article": json.loads(row[0])}
        for table in RECORD_KINDS:
            records = self.con.execute(*self.queries.records(table, article_id)).fetchall()
            data[table] = [json.loads(r[0]) for r in records]
        return coded_from_dict(data)

    def event_incidents(self, article_id: str) -> dict[int, str]:
        return event_incidents(self.con, article_id)

    def iter_coded(self) -> Iterator[CodedArticle]:
        ids = [r[0] for r in self.con.execute(*self.queries.article_ids()).fetchall()]
        for article_id in ids:
            coded = self.coded(article_id)
            if coded is not None:
                yield coded

    def events(self, where: EventFilter | None = None) -> list[Row]:
        """Events matching the filter, newest first (or by `where.sort`), with their article's
        outlet and date and the incident each reports."""
        where = where or EventFilter()
        conditions, params = event_conditions(where)
        sql = (f"SELECT e.* EXCLUDE (record), a.outlet, a.published, {EVENT_INCIDENT} AS incident {EVENTS_FROM} "
               f"WHERE {' AND '.join(conditions)} ORDER BY {order_by(where.sort, views.EVENT_SORT_COLUMNS)}, "
               "e.article_id, e.idx")
        return self.query(*with_limit(sql, params, where.limit))

    def event_counts(self, where: EventFilter | None = None, by: EventGrouping = "dyad",
                     sort: str | None = None) -> list[Row]:
        """Events matching the filter counted by `by`, most first (`sort` "key" orders by the
        key): the key columns, `events`, and `articles`, how many articles report them."""
        where = where or EventFilter()
        conditions, params = event_conditions(where)
        keys = EVENT_GROUP_KEYS[by]
        sql = (f"SELECT {', '.join(f'{sql} AS {name}' for name, sql in keys)}, count(*) AS events, "
               f"count(DISTINCT e.article_id) AS articles {EVENTS_FROM} WHERE {' AND '.join(conditions)} "
               f"GROUP BY {', '.join(sql for _, sql in keys)} "
               f"ORDER BY {count_order(sort, 'events', [name for name, _ in keys])}")
        return self.query(*with_limit(sql, params, where.limit))

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
        """Quotes matching every given filter, newest article first (or by `where.sort`)."""
        where = where or QuoteFilter()
        conditions, params = quote_conditions(where)
        sql = ("SELECT a.published, q.article_id, q.kind, q.speaker, q.speaker_code, "
               "q.record->>'$.speaker.text' AS mention, q.cue, q.text, q.start, q.\"end\", a.outlet "
               f"FROM quotes q JOIN articles a ON a.id = q.article_id {where_clause(conditions)} "
               f"ORDER BY {order_by(where.sort, QUOTE_SORT_COLUMNS)}, q.article_id, q.idx")
        return self.query(*with_limit(sql, params, where.limit))

    def quote_counts(self, where: QuoteFilter | None = None, by: QuoteGrouping = "speaker",
                     sort: str | None = None) -> list[Row]:
        """Quotes matching the filter counted by `by`, most first: the key columns, `quotes`, `articles`."""
        where = where or QuoteFilter()
        conditions, params = quote_conditions(where)
        keys = QUOTE_GROUP_KEYS[by]
        sql = (f"SELECT {', '.join(f'{sql} AS {name}' for name, sql in keys)}, count(*) AS quotes, "
               "count(DISTINCT q.article_id) AS articles FROM quotes q JOIN articles a ON a.id = q.article_id "
               f"{where_clause(conditions)} GROUP BY {', '.join(sql for _, sql in keys)} "
               f"ORDER BY {count_order(sort, 'quotes', [name for name, _ in keys])}")
        return self.query(*with_limit(sql, params, where.limit))

    def actor_codes(self) -> list[str]:
        """Every actor code stored (CAMEO codes and country codes, of actors, speakers and event
        sides), sorted."""
        rows = self.con.execute("SELECT cameo FROM actors WHERE cameo IS NOT NULL UNION "
                                "SELECT code FROM actors WHERE code IS NOT NULL UNION "
                                "SELECT speaker_code FROM quotes WHERE speaker_code IS NOT NULL UNION "
                                "SELECT actor FROM events WHERE actor IS NOT NULL UNION "
                                "SELECT recipient FROM events WHERE recipient IS NOT NULL").fetchall()
        return sorted({code for (label,) in rows for code in label.split("+")})  # event sides: "RUSGOV+USAGOV"

    def actor_counts(self, where: ActorFilter | None = None) -> list[Row]:
        """Stored actor mentions counted by name, cameo or code, most mentioned first."""
        return self.query(*self.queries.actor_counts(where))

    def place_counts(self, where: PlaceFilter | None = None) -> list[Row]:
        """Stored places grouped by gazetteer entry and role (or `where.by`), most mentioned first."""
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
        point = ", any_value(lat) AS lat, any_value(lon) AS lon" if where.by == "place" else ""
        sql = (f"SELECT {keys}, count(*) AS mentions, count(DISTINCT article_id) AS articles{point} "
               f"FROM places {where_clause(conditions)} GROUP BY {keys} ORDER BY mentions DESC, {keys}")
        return self.query(*with_limit(sql, params, where.limit))

    # -- exporting -------------------------------------------------------------------------

    def table_rows(self, table: str) -> list[Row]:
        """Every row of one table, without the JSON record column."""
        return self.query(*self.queries.table_rows(check_table(table)))

    def export_table(self, table: str, path: str, fmt: TableFormat) -> int:
        """Write one table (without the JSON record column) to a CSV or Parquet file."""
        check_table(table)
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
        target = path.replace("'", "''")
        try:
            self.con.execute(f"COPY (SELECT * EXCLUDE (record) FROM {table}) TO '{target}' ({options})")
        except duckdb.IOException as e:
            raise CommuniqueError(f"{path}: cannot write the output file: {str(e).splitlines()[0]} "
                                  f"[{E_OUTPUT_UNWRITABLE}]") from e
        return self.scalar(f"SELECT count(*) FROM {table}")

    # -- the web's queries (web/): standard SQL from views.py, the same text for every backend --

    def view_rows(self, built: tuple[str, list[Any]]) -> list[Row]:
        """Rows of one of views.py's queries; a query stopped by `cancel` is a CommuniqueError."""
        try:
            return self.query(*built)
        except duckdb.InterruptException as e:
            raise CommuniqueError(f"the query was stopped: it ran over its time limit [{E_STORE_QUERY_TIMEOUT}]") from e

    def event_page(self, where: EventQuery, page: Page) -> list[Row]:
        return self.view_rows(views.event_page_sql(where, page))

    def event_total(self, where: EventQuery) -> int:
        return int(self.view_rows(views.event_total_sql(where))[0]["events"])

    def incident_page(self, where: EventQuery, page: Page) -> list[Row]:
        return self.view_rows(views.incident_page_sql(where, page))

    def incident_total(self, where: EventQuery) -> int:
        return int(self.view_rows(views.incident_total_sql(where))[0]["incidents"])

    def timeline(self, where: EventQuery, interval: TimelineInterval, key: TimelineKey) -> list[Row]:
        return views.timeline_rows(self.view_rows(views.timeline_sql(where, interval, key)), interval)

    def incident_timeline(self, where: EventQuery, interval: TimelineInterval) -> list[Row]:
        return views.timeline_rows(self.view_rows(views.incident_timeline_sql(where, interval)), interval, "incidents")

    def dyads(self, where: EventQuery, level: DyadLevel, limit: int) -> list[Row]:
        return views.dyad_rows(self.view_rows(views.dyads_sql(where)), level, limit)

    def event_locations(self, where: EventQuery, limit: int) -> list[Row]:
        return self.view_rows(views.event_locations_sql(where, limit))

    def cancel(self) -> None:
        self.con.interrupt()
