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
from .filters import ActorFilter, ArticleFilter, EventFilter, PlaceFilter, QuoteFilter
from .incidents import event_incidents, link_articles
from .queries import DUCKDB, Queries
from .rows import TABLES, check_table, rows_for

MIGRATION_HEADER = re.compile(r"^-- migration: (\S+)\s*$", re.MULTILINE)


def migrations(schema: str = "schema.sql") -> list[tuple[str, str]]:
    """(name, SQL) of each migration in a schema file of this package, in order."""
    sql = (resources.files("communique.store") / schema).read_text(encoding="utf-8")
    parts = MIGRATION_HEADER.split(sql)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2)]


class DuckDBStore:
    """Coded articles in a DuckDB file: writes, queries, exports (implements `base.Store`)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.types: dict[str, dict[str, str]] = {}  # column types by table, for bulk inserts
        self._queries: Queries | None = None
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

    @property
    def queries(self) -> Queries:
        """The shared query builders (queries.py), given this file's columns, read once."""
        if self._queries is None:
            self._queries = Queries(DUCKDB, {t: list(self.column_types(t)) for t in TABLES})
        return self._queries

    def articles(self, where: ArticleFilter | None = None) -> list[Row]:
        """Stored articles with the number of records of each kind."""
        return self.query(*self.queries.articles(where))

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
        """Events matching the filter, newest first, with their article's outlet and id."""
        return self.query(*self.queries.events(where))

    def quotes(self, where: QuoteFilter | None = None) -> list[Row]:
        """Quotes matching every given filter, newest article first."""
        return self.query(*self.queries.quotes(where))

    def actor_counts(self, where: ActorFilter | None = None) -> list[Row]:
        """Stored actor mentions counted by name, cameo or code, most mentioned first."""
        return self.query(*self.queries.actor_counts(where))

    def place_counts(self, where: PlaceFilter | None = None) -> list[Row]:
        """Stored places grouped by gazetteer entry and role, most mentioned first."""
        return self.query(*self.queries.place_counts(where))

    # -- exporting -------------------------------------------------------------------------

    def table_rows(self, table: str) -> list[Row]:
        """Every row of one table, without the JSON record column."""
        return self.query(*self.queries.table_rows(check_table(table)))

    def export_table(self, table: str, path: str, fmt: TableFormat) -> int:
        """Write one table (without the JSON record column) to a CSV or Parquet file."""
        check_table(table)
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
        target = path.replace("'", "''")
        select = self.queries.table_rows(table)[0]
        self.con.execute(f"COPY ({select}) TO '{target}' ({options})")
        return self.scalar(f"SELECT count(*) FROM {table}")
